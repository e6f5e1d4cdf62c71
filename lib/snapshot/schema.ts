import { z } from 'zod';

/**
 * A page snapshot: everything the analysis needs, read from the DOM once, as plain data.
 * It is the boundary between the page (content script, CLI's DOM) and the pure analysis, so the
 * analysis can run off the page's main thread (extension background) and under Node alike.
 */
/**
 * Where something sits on a PDF page: 1-based page number, PDF points, origin at the page's top-left
 * corner (the pdf.js viewport at scale 1, so the viewer can scale it). HTML snapshots carry no boxes.
 */
export const PageBox = z.object({
  page: z.number().int().min(1),
  x: z.number(),
  y: z.number(),
  w: z.number().nonnegative(),
  h: z.number().nonnegative(),
});
export type PageBox = z.infer<typeof PageBox>;

export const CellSnapshot = z.object({
  /** normalised text: nested inline markup joined, &nbsp; / full-width spaces collapsed, trimmed */
  text: z.string(),
  /** 0 = to the end of the table section (HTML table model) */
  rowSpan: z.number().int().min(0),
  colSpan: z.number().int().min(1),
  header: z.boolean(), // <th>
  /** leading indentation in em-ish units (leading spaces, full-width spaces, padding/text-indent) */
  indent: z.number().nonnegative(),
  bold: z.boolean(),
  /** PDF only: the cell's box on its page */
  box: PageBox.optional(),
});
export type CellSnapshot = z.infer<typeof CellSnapshot>;

export const TableSnapshot = z.object({
  /** position of this <table> among all <table> elements of the document, in document order */
  index: z.number().int().nonnegative(),
  /** rows as in table.rows (thead rows, body rows, tfoot rows), cells as in row.cells */
  rows: z.array(z.array(CellSnapshot)),
  caption: z.string(),
  /** nested inside another table's cell */
  nested: z.boolean(),
  /** the table contains another table */
  hasNestedTable: z.boolean(),
  /** rows dropped because the table is too large to read (kept for the "skipped" message) */
  truncatedRows: z.number().int().nonnegative(),
  /** which limit cut the table: its own size, or what was left of the page's budget */
  truncatedBy: z.enum(['table', 'page']).optional(),
  /** PDF only: the table's box on its page (a table split over pages is one snapshot per page) */
  box: PageBox.optional(),
});
export type TableSnapshot = z.infer<typeof TableSnapshot>;

/** Document flow: text blocks and tables in document order. */
export const FlowItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), heading: z.boolean(), box: PageBox.optional() }),
  z.object({ kind: z.literal('table'), index: z.number().int().nonnegative() }),
]);
export type FlowItem = z.infer<typeof FlowItem>;

export const PageSnapshot = z.object({
  url: z.string(),
  title: z.string(),
  tables: z.array(TableSnapshot),
  flow: z.array(FlowItem),
  /** links on the page to PDF files (attachments): the viewer can open them */
  links: z.array(z.object({ href: z.string().max(4000), text: z.string().max(500) })).max(200).optional(),
  /** what was read: an HTML page (default) or a PDF, with its page sizes in points */
  source: z
    .object({
      kind: z.literal('pdf'),
      pages: z.number().int().nonnegative(),
      pageSizes: z.array(z.object({ w: z.number().positive(), h: z.number().positive() })),
    })
    .optional(),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;
