/**
 * What every rule finds and verifies on the nine fixture pages, rule by rule. The three markups of a
 * document must give the same result, and a rule switched off (or broken) changes its line here: the
 * fixture suite notices, not only the rule's own tests.
 *
 * Findings are the known ones (DOMAIN.md §5), plus 001 #7 (公用经费 by 部门预算经济分类), where row 201001's
 * figures from 公务用车运行维护费 on sit one column left of its parent row 201's, as in the seed. Counts of verified relations move when a
 * rule learns to check more: update them then, after looking at what changed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { FIXTURES, STYLES, fixtureSnapshot, type FixtureId } from './helpers';

interface PerRule {
  verified: number;
  /** errors and warnings: "severity #table [row,col] cause" */
  problems?: string[];
  rounding?: number;
  notRun?: number;
  /** other infos (scope notes, consequences of a misaligned header) */
  info?: number;
}

const EXPECTED: Record<FixtureId, Record<string, PerRule>> = {
  '000_9397a020b08f6624': {
    balance: { verified: 6 },
    'column-sums': { verified: 92, problems: ['warning #2 [3,3] misaligned-header', 'warning #7 [2,5] misaligned-header'], info: 3 },
    'cross-table': { verified: 55, notRun: 1 },
    'empty-table': { verified: 0, notRun: 3 },
    'row-hierarchy': { verified: 218, rounding: 4, info: 2 },
  },
  '001_98990c82be280a35': {
    balance: { verified: 6 },
    'column-sums': { verified: 53 },
    'cross-table': { verified: 19, problems: ['warning #6 [2,15] '], notRun: 1 },
    'empty-table': { verified: 5 },
    period: { verified: 0, problems: [8, 9, 10, 11, 12, 13].map((t) => `error #${t} - stale-year`) },
    'prose-arithmetic': { verified: 12 },
    'prose-vs-table': { verified: 32 },
    'row-hierarchy': { verified: 99, problems: ['error #7 [3,29] shifted-columns'] },
  },
  '004_c5440fdc5d943430': {
    balance: { verified: 10 },
    'column-sums': { verified: 63, problems: ['error #4 [10,2] difference-is-another-figure', 'error #4 [12,2] difference-is-another-figure'] },
    'cross-table': { verified: 75 },
    'empty-table': { verified: 2 },
    performance: { verified: 7, notRun: 2 },
    period: { verified: 8, problems: ['warning #16 - year-placeholder'] },
    'row-hierarchy': { verified: 87, problems: ['error #4 [7,2] difference-is-another-figure'] },
  },
};

describe.each(FIXTURES.flatMap((id) => STYLES.map((style) => [id, style] as const)))('fixture %s (%s): findings and verified relations by rule', (id, style) => {
  it('as listed', () => {
    const a = analyzeSnapshot(fixtureSnapshot(id, style));
    const got: Record<string, Required<PerRule>> = {};
    const of = (rule: string) => (got[rule] ??= { verified: 0, problems: [], rounding: 0, notRun: 0, info: 0 });
    for (const v of a.verified) of(v.rule).verified++;
    for (const f of a.report.findings) {
      const g = of(f.rule);
      if (f.severity !== 'info') g.problems.push(`${f.severity} #${f.table} ${f.cells[0] ? `[${f.cells[0].join(',')}]` : '-'} ${f.cause?.id ?? ''}`);
      else if (f.cause?.id === 'rounding') g.rounding++;
      else if (f.cause?.id === 'not-run') g.notRun++;
      else g.info++;
    }
    const want = Object.fromEntries(Object.entries(EXPECTED[id]).map(([rule, e]) => [rule, { problems: [], rounding: 0, notRun: 0, info: 0, ...e }]));
    expect(got).toEqual(want);
  });
});
