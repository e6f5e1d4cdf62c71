import { Collector } from './checks/collect';
import { RULES } from './checks/index';
import type { Rule } from './checks/rule';
import { buildDocumentModel } from './document';
import { formatDecimal } from './figures';
import { PageAnalysis, type AmountCell, type Finding, type TableSummary } from './report/schema';
import type { PageSnapshot } from './snapshot/schema';
import type { DocumentModel } from './tables/model';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface AnalyzeOptions {
  rules?: Rule[];
}

/** Tables as the CLI and overlay list them (one entry per <table> element of a budget table). */
export function tableSummaries(doc: DocumentModel): TableSummary[] {
  return doc.tables
    .flatMap((t) => t.parts.map((p, k) => ({ index: p.index, title: t.title || (k > 0 ? '（续表）' : ''), kind: t.kind, unit: t.unit, rows: p.rows, cols: p.cols })))
    .sort((a, b) => a.index - b.index);
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
  const doc = buildDocumentModel(snapshot);
  return analyzeModel(doc, opts);
}

export function analyzeModel(doc: DocumentModel, opts: AnalyzeOptions = {}): PageAnalysis {
  // a page without budget tables is not a budget disclosure: nothing to check, nothing to show
  const c = doc.tables.length > 0 ? runRules(doc, opts.rules) : new Collector();
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
  // a table whose header does not line up with its figures: one warning says so; its other failures
  // are consequences and uncertain, so they stay listed but only as info under that warning
  const lead = new Map<number | null, Finding>();
  for (const f of c.findings) {
    if (f.cause?.id === 'misaligned-header' && !lead.has(f.table)) lead.set(f.table, f);
  }
  for (const f of c.findings) {
    const head = lead.get(f.table);
    if (!head || f === head || f.severity === 'info') continue;
    f.severity = 'info';
    f.message = `（表头错位，存疑）${f.message}`;
    if (f.messageEn) f.messageEn = `(header misaligned, uncertain) ${f.messageEn}`;
  }
  const findings = [...c.findings, ...notRun].sort(
    (a, b) => (a.table ?? 1e9) - (b.table ?? 1e9) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.cells[0]?.[0] ?? 0) - (b.cells[0]?.[0] ?? 0),
  );
  const errors = c.findings.filter((f) => f.severity === 'error').length;
  const warnings = c.findings.filter((f) => f.severity === 'warning').length;
  const rounding = c.findings.filter((f) => f.severity === 'info' && f.cause?.id === 'rounding').length;
  return PageAnalysis.parse({
    report: { tables: tableSummaries(doc), findings },
    summary: {
      tables: doc.tables.length,
      relationsChecked: c.relations,
      problems: errors + warnings,
      errors,
      warnings,
      rounding,
      notRun: notRun.length,
      skippedTables: doc.skipped,
    },
    verified: c.verifiedRelations,
    amounts: amountCells(doc),
    year: doc.year,
  });
}
