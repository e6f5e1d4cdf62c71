import { z } from 'zod';
import { formatDecimal } from '../figures';
import { UnitName } from '../report/schema';
import type { CellValue, DocumentModel } from './model';

/**
 * The document model as plain data (amounts as exact decimal strings): what `dump --json` prints and
 * what a test or another tool can rely on. The in-memory model holds Decimals and Maps; this is its
 * serialisable face, validated before it leaves the process.
 */
const Value = z.union([
  z.object({ kind: z.enum(['amount', 'percent']), value: z.string(), decimals: z.number().int().nonnegative(), text: z.string() }),
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.enum(['dash', 'text']), text: z.string() }),
]);

export const ItemSummary = z.object({
  id: z.number().int(),
  table: z.number().int(),
  row: z.number().int(),
  label: z.string(),
  code: z.object({ code: z.string(), domain: z.string(), level: z.number().int(), expanded: z.boolean() }).nullable(),
  numbering: z.string().nullable(),
  total: z.enum(['total', 'grand', 'subtotal']).nullable(),
  subset: z.boolean(),
  parent: z.number().int().nullable(),
  parentBy: z.string().nullable(),
  values: z.record(z.string(), Value),
});

export const TableModelSummary = z.object({
  index: z.number().int(),
  parts: z.array(z.object({ index: z.number().int(), rows: z.number().int(), cols: z.number().int(), headerRows: z.number().int() })),
  title: z.string(),
  kind: z.string(),
  kindBy: z.enum(['title', 'structure']),
  unit: z.nullable(UnitName),
  notes: z.array(z.string()),
  score: z.number(),
  reasons: z.array(z.string()),
  columns: z.array(z.object({ col: z.number().int(), path: z.array(z.string()), role: z.string(), codeDomain: z.string().optional(), unit: z.optional(UnitName) })),
  columnSums: z.array(z.object({ total: z.number().int(), parts: z.array(z.number().int()) })),
  blocks: z.array(z.object({ labelCol: z.number().int(), codeCols: z.array(z.number().int()), amountCols: z.array(z.number().int()), heading: z.array(z.string()), items: z.array(ItemSummary) })),
});

export const DocumentSummary = z.object({
  year: z.number().int().nullable(),
  docKind: z.string().nullable(),
  tables: z.array(TableModelSummary),
  skipped: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  sentences: z.array(z.object({ text: z.string(), section: z.string().nullable() })),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

function valueOf(v: CellValue): z.infer<typeof Value> {
  if (v.kind === 'amount' || v.kind === 'percent') return { kind: v.kind, value: formatDecimal(v.value, v.decimals), decimals: v.decimals, text: v.text };
  if (v.kind === 'blank') return { kind: 'blank' };
  return { kind: v.kind, text: v.text };
}

export function summarizeModel(doc: DocumentModel): DocumentSummary {
  return DocumentSummary.parse({
    year: doc.year,
    docKind: doc.docKind,
    skipped: doc.skipped,
    sentences: doc.sentences.map((s) => ({ text: s.text, section: s.section })),
    tables: doc.tables.map((t) => ({
      index: t.index,
      parts: t.parts.map((p) => ({ index: p.index, rows: p.rows, cols: p.cols, headerRows: p.headerRows })),
      title: t.title, kind: t.kind, kindBy: t.kindBy, unit: t.unit, notes: t.notes, score: t.score, reasons: t.reasons,
      columns: t.columns.map((c) => ({ col: c.col, path: c.path, role: c.role, ...(c.codeDomain ? { codeDomain: c.codeDomain } : {}), ...(c.unit ? { unit: c.unit } : {}) })),
      columnSums: t.columnSums,
      blocks: t.blocks.map((b) => ({
        labelCol: b.labelCol, codeCols: b.codeCols, amountCols: b.amountCols, heading: b.heading,
        items: b.items.map((i) => ({
          id: i.id, table: i.table, row: i.row, label: i.label,
          code: i.code ? { code: i.code.code, domain: i.code.domain, level: i.code.level, expanded: i.code.expanded } : null,
          numbering: i.numbering?.text ?? null, total: i.total ?? null, subset: i.subset, parent: i.parent, parentBy: i.parentBy ?? null,
          values: Object.fromEntries([...i.values].map(([col, v]) => [String(col), valueOf(v)])),
        })),
      })),
    })),
  });
}
