import type { CellSnapshot, PageBox, PageSnapshot, TableSnapshot } from './schema';

/**
 * The snapshot as it crosses the extension's message boundary: the same data, written compactly.
 *
 * Why: a message is converted key by key on the page's main thread before it leaves (extension
 * messaging is JSON-like, not a structured clone). A cell of the in-memory snapshot is an object of
 * six keys, five of them almost always at their defaults (no span, not a header, no indent, not bold);
 * on a fixture page those defaults were three quarters of the bytes sent (issue 13). Here a table is
 * its cell texts, row by row, plus a sparse list of the cells whose other fields are not the defaults.
 * `unpackSnapshot(packSnapshot(s))` is `s` exactly, keys in the same order (tests/lib/snapshot-wire.test.ts).
 */
export interface PackedSnapshot {
  packed: 1;
  url: string;
  title: string;
  tables: PackedTable[];
  flow: PageSnapshot['flow'];
  links?: PageSnapshot['links'];
  source?: PageSnapshot['source'];
}

export interface PackedTable extends Omit<TableSnapshot, 'rows'> {
  /** every cell's text, row by row (the row lengths are the table's) */
  text: string[][];
  /** cells not at the defaults: [row, cell, rowSpan, colSpan, header 1 | bold 2, indent] */
  attrs: [number, number, number, number, number, number][];
  /** PDF: cells with a box, [row, cell, box] */
  boxes?: [number, number, PageBox][];
}

export function packSnapshot(s: PageSnapshot): PackedSnapshot {
  return {
    packed: 1,
    url: s.url,
    title: s.title,
    tables: s.tables.map(packTable),
    flow: s.flow,
    ...(s.links ? { links: s.links } : {}),
    ...(s.source ? { source: s.source } : {}),
  };
}

function packTable(t: TableSnapshot): PackedTable {
  const { rows, ...rest } = t;
  const text: string[][] = [];
  const attrs: PackedTable['attrs'] = [];
  const boxes: [number, number, PageBox][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const texts: string[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c]!;
      texts[c] = cell.text;
      if (cell.rowSpan !== 1 || cell.colSpan !== 1 || cell.header || cell.bold || cell.indent !== 0) {
        attrs.push([r, c, cell.rowSpan, cell.colSpan, (cell.header ? 1 : 0) | (cell.bold ? 2 : 0), cell.indent]);
      }
      if (cell.box) boxes.push([r, c, cell.box]);
    }
    text.push(texts);
  }
  return { ...rest, text, attrs, ...(boxes.length ? { boxes } : {}) };
}

export function isPacked(v: unknown): v is PackedSnapshot {
  return typeof v === 'object' && v !== null && (v as { packed?: unknown }).packed === 1;
}

/**
 * The in-memory snapshot again. Not a validation by itself: the receiver checks the packed form first
 * (wire-schema.ts), and an attribute or box naming a cell that is not there throws a TypeError here,
 * which the caller reports.
 */
export function unpackSnapshot(p: PackedSnapshot): PageSnapshot {
  return {
    url: p.url,
    title: p.title,
    tables: p.tables.map(unpackTable),
    flow: p.flow,
    ...(p.links ? { links: p.links } : {}),
    ...(p.source ? { source: p.source } : {}),
  };
}

function unpackTable(p: PackedTable): TableSnapshot {
  const { text, attrs, boxes, ...rest } = p;
  const rows: CellSnapshot[][] = text.map((texts) => texts.map((t) => ({ text: t, rowSpan: 1, colSpan: 1, header: false, indent: 0, bold: false })));
  for (const [r, c, rowSpan, colSpan, flags, indent] of attrs) {
    const cell = rows[r]![c]!;
    cell.rowSpan = rowSpan;
    cell.colSpan = colSpan;
    cell.header = (flags & 1) !== 0;
    cell.bold = (flags & 2) !== 0;
    cell.indent = indent;
  }
  for (const [r, c, box] of boxes ?? []) rows[r]![c]!.box = box;
  // the table's own keys in the schema's order, rows where they were
  const { index, caption, nested, hasNestedTable, truncatedRows, truncatedBy, box } = rest;
  return {
    index,
    rows,
    caption,
    nested,
    hasNestedTable,
    truncatedRows,
    ...(truncatedBy !== undefined ? { truncatedBy } : {}),
    ...(box !== undefined ? { box } : {}),
  };
}
