import { Collector } from './checks/collect';
import { RULES } from './checks/index';
import type { Rule } from './checks/rule';
import { codeCellsOf } from './codes/cells';
import { buildDocumentModel } from './document';
import { readsAsDisclosure } from './prose/disclosure';
import { formatDecimal } from './figures';
import { Finding, type PageAnalysis, type AmountCell, type CellBox, type CellRef, type ReportSource, type TableSummary } from './report/schema';
import type { PageSnapshot } from './snapshot/schema';
import type { DocumentModel, TableCell } from './tables/model';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** Rules that read the 说明 alone, without any table: run on a disclosure page that has no budget table. */
// completeness: a 说明 page alone still shows template placeholders, 部门/单位 mix-ups and a 决算's asset date
const PROSE_RULES = new Set(['prose-arithmetic', 'period', 'completeness']);

export interface AnalyzeOptions {
  rules?: Rule[];
  /** what was read; analyzeSnapshot takes it from the snapshot */
  source?: { kind: 'html' } | { kind: 'pdf'; pages: number };
  /** PDF only: the pages each table element sits on (analyzeSnapshot reads them from the snapshot) */
  tablePages?: Map<number, number[]>;
  /** tables read only in part (size limits): told to the user as checks not run, never silently */
  truncated?: TruncatedTable[];
  /**
   * 'view': the snapshot holds only some tables (those in view and their neighbours, read first so the
   * reader sees results at once). Only rules of scope 'table' run, and only on tables whose model cannot
   * change when the rest of the page is read (`settledTables`). The whole page follows as 'full'.
   */
  stage?: 'view' | 'full';
}

export { VIEW_MARGIN, viewWindow } from './stages';
import { VIEW_MARGIN } from './stages';

/**
 * The budget tables of a partial snapshot whose model is the one the whole page would give: every
 * part and VIEW_MARGIN tables before the first and after the last part are in the snapshot (or the
 * page has none there). Which tables the page has is known from the text flow's table markers.
 */
export function settledTables(doc: DocumentModel, snapshot: PageSnapshot): DocumentModel['tables'] {
  const present = new Set(snapshot.tables.map((t) => t.index));
  let count = 0;
  for (const f of snapshot.flow) if (f.kind === 'table') count = Math.max(count, f.index + 1);
  for (const t of snapshot.tables) count = Math.max(count, t.index + 1);
  const has = (i: number) => i < 0 || i >= count || present.has(i);
  return doc.tables.filter((t) => {
    const idx = t.parts.map((p) => p.index);
    const first = Math.min(...idx);
    const last = Math.max(...idx);
    for (let k = 1; k <= VIEW_MARGIN; k++) if (!has(first - k) || !has(last + k)) return false;
    return true;
  });
}

export interface TruncatedTable { index: number; read: number; dropped: number; by: 'table' | 'page' }

/** The tables of a snapshot that the reader cut short (lib/snapshot/read.ts budgets). */
export function truncatedTables(snapshot: PageSnapshot): TruncatedTable[] {
  return snapshot.tables
    .filter((t) => t.truncatedRows > 0)
    .map((t) => ({ index: t.index, read: t.rows.length, dropped: t.truncatedRows, by: t.truncatedBy ?? 'table' }));
}

/** One check not run per table cut short; pinned to the table when it is a budget table we show. */
function sizeNotRuns(c: Collector, doc: DocumentModel, truncated: TruncatedTable[]): void {
  const shown = new Set(doc.tables.flatMap((t) => t.parts.map((p) => p.index)));
  for (const t of truncated) {
    const where = `第 ${t.index + 1} 个表格`;
    const reason =
      t.by === 'page'
        ? `页面过大，未能全部检查：${where}只检查了前 ${t.read} 行，其余 ${t.dropped} 行未读（this page is too large to check fully — checked the first ${t.read} rows of table ${t.index + 1}, ${t.dropped} rows not read）`
        : `表格过大，未能全部检查：${where}只检查了前 ${t.read} 行，其余 ${t.dropped} 行未读（this table is too large to check fully — checked the first ${t.read} rows, ${t.dropped} rows not read）`;
    c.notRun({ rule: 'size-limit', table: shown.has(t.index) ? t.index : null, reason });
  }
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

/**
 * What runRules does with a rule that throws. On a user's page a crash in one rule must not end the
 * analysis: it becomes a check that could not run. Under test it must fail the run, or a broken rule
 * passes every suite unseen: tests/setup.ts (vitest setupFiles) sets `strict` for every test file.
 */
export const ruleErrors = { strict: false };

/** Run every rule on a document model. A rule that throws is reported as a check that could not run (rethrown when strict). */
export function runRules(doc: DocumentModel, rules: Rule[] = RULES, opts: { strict?: boolean } = {}): Collector {
  const c = new Collector();
  for (const rule of rules) {
    try {
      rule.run(doc, c);
    } catch (e) {
      if (opts.strict ?? ruleErrors.strict) throw new Error(`rule ${rule.meta.id} threw: ${(e as Error).message}`, { cause: e });
      c.notRun({ rule: rule.meta.id, table: null, reason: `internal error: ${(e as Error).message}` });
    }
  }
  return c;
}

/** From a page snapshot to everything the overlay and the CLI show. Pure: no DOM, no extension APIs. */
export function analyzeSnapshot(snapshot: PageSnapshot, opts: AnalyzeOptions = {}): PageAnalysis {
  const source = snapshot.source?.kind === 'pdf' ? { kind: 'pdf' as const, pages: snapshot.source.pages } : { kind: 'html' as const };
  if (opts.stage === 'view') {
    const whole = buildDocumentModel(snapshot, { sentences: false });
    const doc = { ...whole, tables: settledTables(whole, snapshot) };
    const rules = (opts.rules ?? RULES).filter((r) => r.meta.scope === 'table');
    // only what the settled tables say: nothing about the page (skipped tables, sizes, attachments) yet
    const settled = new Set(doc.tables.flatMap((t) => t.parts.map((p) => p.index)));
    const truncated = truncatedTables(snapshot).filter((t) => settled.has(t.index));
    const analysis = analyzeModel({ ...doc, skipped: [] }, { source, tablePages: pagesOfTables(snapshot), ...opts, truncated, rules });
    return { ...analysis, stage: 'view' };
  }
  const doc = buildDocumentModel(snapshot);
  const analysis = analyzeModel(doc, { source, tablePages: pagesOfTables(snapshot), truncated: truncatedTables(snapshot), ...opts });
  // a disclosure's attachments (its tables are often the attached PDF); any other page's PDF links
  // are none of our business: the overlay never appears on a page just because it links a PDF
  if (snapshot.links?.length && (doc.tables.length > 0 || readsAsDisclosure(doc).disclosure)) analysis.attachments = snapshot.links;
  return analysis;
}

export function analyzeModel(doc: DocumentModel, opts: AnalyzeOptions = {}): PageAnalysis {
  // a page without budget tables may still be a disclosure's 说明 (the tables published as an attachment):
  // its prose is checked when the page reads as one; any other page gets nothing checked, nothing shown
  const rules = opts.rules ?? RULES;
  const shown = doc.tables.length > 0 || readsAsDisclosure(doc).disclosure;
  const c = doc.tables.length > 0 ? runRules(doc, rules) : shown ? runRules(doc, rules.filter((r) => PROSE_RULES.has(r.meta.id))) : new Collector();
  // what the size limits left out is said wherever anything is shown (a page showing nothing stays quiet)
  if (shown && opts.truncated?.length) sizeNotRuns(c, doc, opts.truncated);
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
  const findings = [...c.findings, ...notRun].map(inSchemaOrder).sort(
    (a, b) => (a.table ?? 1e9) - (b.table ?? 1e9) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.cells[0]?.[0] ?? 0) - (b.cells[0]?.[0] ?? 0),
  );
  // PDF: each finding carries the page boxes of its cells, so a viewer can draw on the page
  const grids = new Map(doc.tables.flatMap((t) => t.parts.map((p) => [p.index, p.cells] as const)));
  for (const f of findings) {
    const boxes = cellBoxes(f, grids);
    if (boxes.length) f.boxes = boxes; // the schema's last key: the order holds
  }
  const source: ReportSource | undefined = opts.source;
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  const rounding = c.findings.filter((f) => f.severity === 'info' && f.cause?.id === 'rounding').length;
  // built to the schema's type, not parsed: parsing a big page's result (50,000 cells: 4 MB) took
  // 250–700 ms here and again where it is received; the receiver (the background) parses it, and
  // tests/corpus/corpus.test.ts parses the result of every real document
  const analysis: PageAnalysis = {
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
      // the texts a skipped table keeps are for the rules (a 目录's reasons), not for the report
      skippedTables: doc.skipped.map(({ rows: _rows, ...rest }) => rest),
      ...(source ? { source } : {}),
    },
    verified: c.verifiedRelations,
    amounts: amountCells(doc),
    codes: codeCellsOf(doc),
    year: doc.year,
  };
  return analysis;
}

const FINDING_KEYS = Object.keys(Finding.shape) as (keyof Finding)[];

/**
 * A finding with the schema's keys in the schema's order and nothing else — what parsing it would
 * give. The result is not parsed where it is made (above), and an evidence report is written as built
 * (lib/report/evidence/build.ts), so the JSON a user saves from the viewer, the page or the CLI has
 * one shape whichever rule made the finding.
 */
function inSchemaOrder(f: Finding): Finding {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) out[k] = f[k];
  return out as Finding;
}
