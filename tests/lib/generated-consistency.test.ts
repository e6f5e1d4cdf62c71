/**
 * The whole analysis on consistent generated compilations (bigBudgetPage: every department's tables are
 * derived from one ledger). A page that is right by construction must analyse with no error and no
 * warning, while a good number of cross-table relations are actually checked (so the test cannot pass
 * by checking nothing); with k planted wrong figures, every error found is one of them, each is found
 * (across its row and down its 款), with the planted difference.
 *
 * This fails when the generator breaks consistency (a checker that is right reports it) and when the
 * checker raises a false alarm on a consistent page or misses a planted figure.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import type { Finding } from '../../lib/report/schema';
import { bigBudgetPage } from '../generators';
import { formatHundredths } from '../generators/money';
import { snapshotHtml } from './helpers';

const problems = (fs: Finding[]) => fs.filter((f) => f.severity !== 'info');
const show = (f: Finding) => `${f.rule} ${f.severity} #${f.table}: ${f.message}`;

/** the cells a finding points at, as "table:row:col" */
function cellsOf(f: Finding): Set<string> {
  const out = new Set<string>();
  if (f.table !== null) for (const [r, c] of f.cells) out.add(`${f.table}:${r}:${c}`);
  for (const rel of f.related) for (const [r, c] of rel.cells) out.add(`${rel.table}:${r}:${c}`);
  return out;
}

describe.each([
  [10, 1],
  [10, 2],
  [50, 1],
])('consistent generated page of %s tables (seed %s)', (tables, seed) => {
  it('analyses with 0 errors and 0 warnings, and checks cross-table relations', () => {
    const page = bigBudgetPage({ tables, cellsTarget: 0, seed });
    expect(page.errors).toEqual([]);
    const a = analyzeSnapshot(snapshotHtml(page.html));
    expect(a.summary.tables).toBe(page.tables.length);
    expect(problems(a.report.findings).map(show)).toEqual([]);
    expect(a.summary.errors + a.summary.warnings).toBe(0);
    // relations between two tables that were checked and hold: several per table, never none
    const cross = a.verified.filter((v) => v.rule === 'cross-table' && v.related.length > 0);
    expect(cross.length).toBeGreaterThan(4 * page.tables.length);
    // and within tables: every 款/类/合计 row and total column
    expect(a.summary.relationsChecked).toBeGreaterThan(20 * page.tables.length);
  }, 120_000);
});

describe.each([
  [10, 3, 1],
  [50, 6, 2],
])('generated page of %s tables with %s planted errors (seed %s)', (tables, k, seed) => {
  it('finds exactly the planted figures', () => {
    const page = bigBudgetPage({ tables, cellsTarget: 0, seed, errors: k });
    expect(page.errors.length).toBe(k);
    expect(new Set(page.errors.map((e) => e.table)).size).toBe(k);
    // the same page as without errors, but for the planted cells
    const clean = bigBudgetPage({ tables, cellsTarget: 0, seed });
    expect(page.tables.length).toBe(clean.tables.length);
    expect(page.values.filter((v, i) => v.text !== clean.values[i]!.text).length).toBe(k);

    const a = analyzeSnapshot(snapshotHtml(page.html));
    const found = problems(a.report.findings);
    const planted = page.errors.map((e) => ({ ...e, key: `${e.table}:${e.rowIndex}:${e.gridCol}` }));
    // every error or warning is about a planted figure
    for (const f of found) expect(planted.some((p) => cellsOf(f).has(p.key)), show(f)).toBe(true);
    // every planted figure is found across its row and down its 款, with the planted difference
    for (const p of planted) {
      const mine = found.filter((f) => f.severity === 'error' && cellsOf(f).has(p.key));
      const delta = formatHundredths(p.written > p.correct ? p.written - p.correct : p.correct - p.written, false);
      for (const rule of ['row-hierarchy', 'column-sums']) {
        const f = mine.find((x) => x.rule === rule);
        expect(f, `${rule} finding on #${p.table} row ${p.rowIndex} col ${p.gridCol}`).toBeDefined();
        expect(f!.difference?.replace(/^-/, ''), show(f!)).toBe(delta);
      }
    }
    expect(a.summary.errors).toBe(found.filter((f) => f.severity === 'error').length);
    expect(a.summary.warnings).toBe(0);
  }, 120_000);
});
