import { z } from 'zod/mini';
import { AnalysisSummary, CellRef, Finding, TableSummary } from '../schema';

/**
 * The evidence report: what a reporter files with a story and a staff member keeps with a review.
 * One object rendered three ways (lib/report/evidence/html.ts, csv.ts, and as JSON), so the HTML, the
 * JSON and the CSV never disagree. Every amount stays the exact decimal string the page wrote.
 * zod/mini like lib/report/schema.ts: the content script builds these on every page (the export).
 */
const count = () => z.int().check(z.nonnegative());
const pageNo = () => z.int().check(z.minimum(1));

/** What the SHA-256 was computed over; said in words in the report itself. */
export const DigestOf = z.enum(['file', 'snapshot']);
export type DigestOf = z.infer<typeof DigestOf>;

export const Digest = z.object({
  algorithm: z.literal('SHA-256'),
  hex: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  of: DigestOf,
  /** what exactly was hashed, in Chinese and English */
  zh: z.string(),
  en: z.string(),
});
export type Digest = z.infer<typeof Digest>;

/** One cell of an excerpt row: the source cell's text, its grid column and span, and its role if cited. */
export const ExcerptCell = z.object({
  col: count(),
  colSpan: pageNo(),
  text: z.string(),
  /** the finding cites this cell (its role in the relation, from the finding's details, or 'cited') */
  mark: z.optional(z.string()),
});

export const Excerpt = z.object({
  table: count(),
  title: z.string(),
  unit: z.nullable(z.string()),
  /** the grid columns shown (0 … cols-1) */
  cols: count(),
  rows: z.array(z.object({ row: count(), cells: z.array(ExcerptCell) })),
  /** rows of the relation not shown (the excerpt is capped) */
  omittedRows: count(),
});
export type Excerpt = z.infer<typeof Excerpt>;

/** PDF: a region of a page around the cited cells, in PDF points from the page's top-left corner. */
export const Crop = z.object({
  page: pageNo(),
  x: z.number(),
  y: z.number(),
  w: z.number().check(z.nonnegative()),
  h: z.number().check(z.nonnegative()),
  /** the cited cells inside the region (page coordinates), outlined on the image */
  marks: z.array(z.object({ x: z.number(), y: z.number(), w: z.number().check(z.nonnegative()), h: z.number().check(z.nonnegative()) })),
  /** a PNG of the region (data: URL) when the environment could draw the page; else absent */
  image: z.optional(z.string().check(z.regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/))),
});
export type Crop = z.infer<typeof Crop>;

export const EvidenceFinding = z.extend(Finding, {
  /** 1-based number in this report (the CSV's first column) */
  no: pageNo(),
  tableTitle: z.nullable(z.string()),
  /** PDF: the pages of the cited cells */
  pages: z.array(pageNo()),
  excerpts: z.array(Excerpt),
  crops: z.array(Crop),
});
export type EvidenceFinding = z.infer<typeof EvidenceFinding>;

export const EvidenceReport = z.object({
  format: z.literal('ledger-lens-evidence/1'),
  document: z.object({
    title: z.string(),
    /** URL of the page, or the file's path */
    address: z.string(),
    kind: z.enum(['html', 'pdf']),
    pages: z.optional(count()),
  }),
  /** ISO 8601, UTC */
  checkedAt: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)),
  tool: z.object({ name: z.string(), version: z.string(), via: z.enum(['cli', 'extension']) }),
  /** first the digest of what was read; for a saved HTML file also the snapshot digest (comparable with the extension's) */
  digests: z.array(Digest).check(z.minLength(1)),
  /** how a PDF crop was made, or why there is none */
  cropNote: z.optional(z.object({ zh: z.string(), en: z.string() })),
  summary: z.omit(AnalysisSummary, { source: true }),
  year: z.nullable(z.int()),
  tables: z.array(TableSummary),
  findings: z.array(EvidenceFinding),
  notes: z.array(z.string()),
});
export type EvidenceReport = z.infer<typeof EvidenceReport>;

export { CellRef };
