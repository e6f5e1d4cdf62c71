import { Collector } from './checks/collect';
import { RULES } from './checks/index';
import type { Rule } from './checks/rule';
import { codeCellsOf } from './codes/cells';
import { buildDocumentModel } from './document';
import { readsAsDisclosure } from './prose/disclosure';
import { formatDecimal } from './figures';
import { PageAnalysis, type AmountCell, type CellBox, type CellRef, type Finding, type ReportSource, type TableSummary } from './report/schema';
import type { PageSnapshot } from './snapshot/schema';
import type { DocumentModel, TableCell } from './tables/model';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** Rules that read the 说明 alone, without any table: run on a disclosure page that has no budget table. */
const PROSE_RULES = new Set(['prose-arithmetic', 'period']);

export interface AnalyzeOptions {
  rules?: Rule[];
  /** what was read; analyzeSnapshot takes it from the snapshot */
  source?: { kind: 'html' } | { kind: 'pdf'; pages: number };
  /** PDF only: the pages each table element sits on (analyzeSnapshot reads them from the snapshot) */
  tablePages?: Map<number, number[]>;
}

/** Tables as the CLI and overlay list them (one entry per <table> element of a budget table). */
export function tableSummaries(doc: DocumentModel, tablePages?: Map<number, number[]>): TableSummary[] {
  return doc.tables
    .flatMap((t) =>
      t.parts.map((p, k) => {
        const pages = tablePages?.get(p.index);
        return { index: p.index, title: t.title || (k > 0 ? '（续表）' : ''), kind: t.kind, unit: t.unit, rows: p.rows, cols: p.cols, ...(pages?.length ? { pages } : {}) };
      }),
    )
    .sort((a, b) => a.index - b.index);
}

/** The pages of each table snapshot: its own box and its cells' boxes (a PDF table may cross a page). */
export function pagesOfTables(snapshot: PageSnapshot): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const t of snapshot.tables) {
    const pages = new Set<number>();
    if (t.box) pages.add(t.box.page);
    for (const row of t.rows) for (const c of row) if (c.box) pages.add(c.box.page);
    if (pages.size) out.set(t.index, [...pages].sort((a, b) => a - b));
  }
  return out;
}

/**
 * The page box of every cited cell, looked up in the document model's grids (a slot covered by a
 * merged cell has the merged cell's box). Cells without a box (HTML) are left out.
 */
function cellBoxes(f: Finding, grids: Map<number, TableCell[][]>): CellBox[] {
  const out: CellBox[] = [];
  const add = (table: number, cells: CellRef[]) => {
    const grid = grids.get(table);
    for (const [r, c] of cells) {
      const box = grid?.[r]?.[c]?.snap?.box;
      if (box) out.push({ table, cell: [r, c], page: box.page, x: box.x, y: box.y, w: box.w, h: box.h });
    }
  };
  if (f.table !== null) add(f.table, f.cells);
  for (const rel of f.related) add(rel.table, rel.cells);
  return out;
}

function amountCells(doc: DocumentModel): AmountCell[] {
  const out: AmountCell[] = [];
  for (const t of doc.tables) {
    for (const b of t.blocks) {
      for (const it of b.items) {
        for (const [col, v] of it.values) {
          if (v.kind !== 'amount') continue;
          out.push({ table: it.table, cell: [it.row, col], value: formatDecimal(v.value, v.decimals), decimals: v.decimals, unit: t.columns[col]?.unit ?? t.unit });
        }
      }
    }
  }
  return out;
}

/** Run every rule on a document model. A rule that throws is reported as a check that could not run. */
export function runRules(doc: DocumentModel, rules: Rule[] = RULES): Collector {
  const c = new Collector();
  for (const rule of rules) {
    try {
      rule.run(doc, c);
    } catch (e) {
      c.notRun({ rule: rule.meta.id, table: null, reason: `internal error: ${(e as Error).message}` });
    }
  }
  return c;
}

/** From a page snapshot to everything the overlay and the CLI show. Pure: no DOM, no extension APIs. */
export function analyzeSnapshot(snapshot: PageSnapshot, opts: AnalyzeOptions = {}): PageAnalysis {
  const doc = buildDocumentModel(snapshot);
  const source = snapshot.source?.kind === 'pdf' ? { kind: 'pdf' as const, pages: snapshot.source.pages } : { kind: 'html' as const };
  const analysis = analyzeModel(doc, { source, tablePages: pagesOfTables(snapshot), ...opts });
  // a disclosure's attachments (its tables are often the attached PDF); any other page's PDF links
  // are none of our business: the overlay never appears on a page just because it links a PDF
  if (snapshot.links?.length && (doc.tables.length > 0 || readsAsDisclosure(doc).disclosure)) analysis.attachments = snapshot.links;
  return analysis;
}

export function analyzeModel(doc: DocumentModel, opts: AnalyzeOptions = {}): PageAnalysis {
  // a page without budget tables may still be a disclosure's 说明 (the tables published as an attachment):
  // its prose is checked when the page reads as one; any other page gets nothing checked, nothing shown
  const rules = opts.rules ?? RULES;
  const c = doc.tables.length > 0 ? runRules(doc, rules) : readsAsDisclosure(doc).disclosure ? runRules(doc, rules.filter((r) => PROSE_RULES.has(r.meta.id))) : new Collector();
  const notRun: Finding[] = c.notRuns.map((n) => ({
    rule: n.rule,
    severity: 'info',
    table: n.table,
    cells: [],
    related: [],
    message: `无法检查：${n.reason}`,
    messageEn: `Could not check: ${n.reason}`,
    cause: { id: 'not-run', zh: '该项检查未能运行，不算通过。', en: 'This check could not run; it does not count as passed.' },
  }));
  const findings = [...c.findings, ...notRun].sort(
    (a, b) => (a.table ?? 1e9) - (b.table ?? 1e9) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.cells[0]?.[0] ?? 0) - (b.cells[0]?.[0] ?? 0),
  );
  // PDF: each finding carries the page boxes of its cells, so a viewer can draw on the page
  const grids = new Map(doc.tables.flatMap((t) => t.parts.map((p) => [p.index, p.cells] as const)));
  for (const f of findings) {
    const boxes = cellBoxes(f, grids);
    if (boxes.length) f.boxes = boxes;
  }
  const source: ReportSource | undefined = opts.source;
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  const rounding = c.findings.filter((f) => f.severity === 'info' && f.cause?.id === 'rounding').length;
  return PageAnalysis.parse({
    // the HTML report keeps its original two keys; a PDF report adds what was read
    report: { tables: tableSummaries(doc, opts.tablePages), findings, ...(source?.kind === 'pdf' ? { source } : {}) },
    summary: {
      tables: doc.tables.length,
      relationsChecked: c.relations,
      problems: errors + warnings,
      errors,
      warnings,
      rounding,
      notRun: notRun.length,
      skippedTables: doc.skipped,
      ...(source ? { source } : {}),
    },
    verified: c.verifiedRelations,
    amounts: amountCells(doc),
    codes: codeCellsOf(doc),
    year: doc.year,
  });
}
