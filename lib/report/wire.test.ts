import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../analyze';
import { loadDocument } from '../cli/load';
import { bigBudgetPage } from '../../tests/generators';
import { ROOT, snapshotHtml } from '../../tests/lib/helpers';
import type { PageAnalysis } from './schema';
import { packLists, unpackLists, unpackRows, type PackedLists } from './wire';

/**
 * The analysis's long lists on the wire (lib/report/wire.ts): what crosses (JSON, as extension messages
 * are) unpacks to the lists the core made, byte for byte as JSON, and is much smaller; a row that does
 * not hold together is refused, as the report schema refused such an item.
 */
function roundTrip(a: PageAnalysis): { packed: number; plain: number } {
  const { head, lists } = packLists(a);
  expect(head.verified).toEqual([]);
  expect(head.amounts).toEqual([]);
  const sent = JSON.parse(JSON.stringify(lists)) as PackedLists;
  const back = unpackLists(JSON.parse(JSON.stringify(head)) as PageAnalysis, sent);
  expect(JSON.stringify(back)).toBe(JSON.stringify(a));
  return { packed: JSON.stringify(lists).length, plain: JSON.stringify({ verified: a.verified, amounts: a.amounts, codes: a.codes }).length };
}

describe('the analysis lists on the wire', () => {
  it('fixture and corpus pages: unpacked are the lists the core made', async () => {
    const files = ['tests/fixtures/pages', 'tests/fixtures/corpus/html'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.html?$/.test(f)).map((f) => join(d, f)));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const { snapshot } = await loadDocument(join(ROOT, f));
      const a = analyzeSnapshot(snapshot);
      expect(a.verified.length + a.amounts.length, f).toBeGreaterThan(0);
      roundTrip(a);
    }
  }, 120_000);

  it('a generated page of many tables: the same lists in under 40% of the bytes', () => {
    const a = analyzeSnapshot(snapshotHtml(bigBudgetPage({ tables: 20, cellsTarget: 8000, seed: 3 }).html, 'http://x.gov.cn/'));
    expect(a.codes?.length).toBeGreaterThan(100);
    const { packed, plain } = roundTrip(a);
    expect(packed).toBeLessThan(plain * 0.4);
  });

  it('relations in the prose (no table, a sentence), related cells in other tables, no code list', () => {
    const a = {
      report: { tables: [], findings: [] },
      summary: { tables: 2, relationsChecked: 2, problems: 0, errors: 0, warnings: 0, rounding: 0, notRun: 0, skippedTables: [] },
      verified: [
        { rule: 'prose-sum', table: null, cells: [], related: [], text: '其中：基本支出 10 万元' },
        { rule: 'cross-table', table: 0, cells: [[3, 2]], related: [{ table: 1, cells: [[4, 1], [4, 2]] }, { table: 2, cells: [] }] },
      ],
      amounts: [{ table: 1, cell: [4, 1], value: '-0.50', decimals: 2, unit: null }],
      year: null,
    } as PageAnalysis;
    roundTrip(a);
    expect('codes' in packLists(a).lists).toBe(false);
  });

  it('refuses rows that do not hold together', () => {
    const strings = ['row-hierarchy', '204', '公共安全支出'];
    const good = () => unpackRows('codes', [[0, 3, 0, 1, 0, 1, 0, 2]], strings);
    expect(good()[0]).toEqual({ table: 0, cell: [3, 0], code: '204', domain: 'function', written: '204', part: '类', name: '公共安全支出' });
    const refused: [Parameters<typeof unpackRows>[0], unknown[]][] = [
      ['verified', [[0, 0, -1, 2, 3, 5]]], // two cells announced, one given
      ['verified', [[9, 0, -1, 0]]], // no such string
      ['verified', [[0, 0, -1, 1, -3, 5]]], // a negative row
      ['verified', [[0, 'x', -1, 0]]],
      ['amounts', [[0, 1, 2, 2, 2, '1,234.00']]], // not an exact decimal string
      ['amounts', [[0, 1, 2, 2, 7, '1.00']]], // no such unit
      ['amounts', [[0, 1, 2]]],
      ['codes', [[0, 3, 0, 2, 0, 1, -1, -1]]], // the code is no digits
      ['codes', [[0, 3, 0, 1, 9, 1, -1, -1]]], // no such domain
      ['codes', [[0, 3, 0, 1, 0, 1, 5, -1]]], // no such part
      ['codes', ['row']],
    ];
    for (const [key, rows] of refused) expect(() => unpackRows(key, rows, strings), JSON.stringify(rows)).toThrow(/does not hold together/);
  });
});
