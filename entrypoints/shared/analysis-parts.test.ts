import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PackedSnapshot, PackedTable } from '../../lib/snapshot/wire';
import { packLists } from '../../lib/report/wire';
import { joinPart, joinParts, splitLists, splitSnapshot } from './analysis-parts';

function analysis(verified: number, amounts: number, codes: number): PageAnalysis {
  return {
    report: { tables: [], findings: [] },
    summary: { tables: 1, relationsChecked: verified, problems: 0, errors: 0, warnings: 0, rounding: 0, notRun: 0, skippedTables: [] },
    verified: Array.from({ length: verified }, (_, i) => ({ rule: 'r', table: 0, cells: [[i, 0]], related: [] })),
    amounts: Array.from({ length: amounts }, (_, i) => ({ table: 0, cell: [i, 1], value: String(i), decimals: 0, unit: '元' })),
    codes: Array.from({ length: codes }, (_, i) => ({ table: 0, cell: [i, 0], code: String(201 + i), domain: 'function', written: String(201 + i) })),
    year: 2024,
  } as PageAnalysis;
}

describe('splitLists / joinPart (the result sent in parts)', () => {
  it('sends the packed lists in parts of at most the given size and puts them back as they were', () => {
    const a = analysis(23, 10, 4);
    const whole = JSON.parse(JSON.stringify(a)) as PageAnalysis;
    const { head, lists } = packLists(a);
    const parts = splitLists(lists, 5);
    expect(parts.map((p) => [p.key, p.rows.length])).toEqual([
      ['verified', 5], ['verified', 5], ['verified', 5], ['verified', 5], ['verified', 3],
      ['amounts', 5], ['amounts', 5],
      ['codes', 4],
    ]);
    // what crosses is JSON: the head (with the string table) and each part on their own
    const got = JSON.parse(JSON.stringify(head)) as PageAnalysis;
    const strings = JSON.parse(JSON.stringify(lists.strings)) as string[];
    for (const p of parts) joinPart(got, JSON.parse(JSON.stringify(p)), strings);
    expect(got).toEqual(whole);
  });

  it('joinParts: parts as the worker sends them (one JSON text each) give the whole analysis back', () => {
    const a = analysis(7, 3, 2);
    const whole = JSON.parse(JSON.stringify(a)) as PageAnalysis;
    const { head, lists } = packLists(a);
    const parts = splitLists(lists, 4).map((p) => JSON.stringify(p));
    expect(parts).toHaveLength(4);
    expect(joinParts(JSON.parse(JSON.stringify(head)) as PageAnalysis, { strings: lists.strings, parts })).toEqual(whole);
    expect(() => joinParts(head, { strings: lists.strings, parts: ['{"key":"amounts","rows":[[0,0,0,0,0,"1,0"]]}'] })).toThrow();
  });

  it('leaves codes out when the analysis has none', () => {
    const a = analysis(1, 1, 0);
    delete a.codes;
    const { head, lists } = packLists(a);
    expect('codes' in head).toBe(false);
    expect(splitLists(lists, 5).map((p) => p.key)).toEqual(['verified', 'amounts']);
  });

  it('refuses a part that is no list of rows', () => {
    const { head, lists } = packLists(analysis(1, 1, 1));
    expect(() => joinPart(head, { key: 'findings' as never, rows: [] }, lists.strings)).toThrow();
    expect(() => joinPart(head, { key: 'amounts', rows: [[0, 0, 0, 0, 0, 'x']] }, lists.strings)).toThrow();
  });
});

describe('splitSnapshot (the snapshot sent in parts)', () => {
  const table = (index: number, rows: number, cols: number) =>
    ({ index, text: Array.from({ length: rows }, () => Array.from({ length: cols }, () => '1')), attrs: [], caption: '', nested: false, hasNestedTable: false, truncatedRows: 0 }) as PackedTable;

  it('groups the tables by cell count, a table bigger than a part alone, the rest of the snapshot apart', () => {
    const snap: PackedSnapshot = { packed: 1, url: 'u', title: 't', flow: [], tables: [table(0, 10, 10), table(1, 10, 10), table(2, 10, 5), table(3, 30, 10), table(4, 2, 2)] };
    const { head, parts } = splitSnapshot(snap, 250);
    expect(head.tables).toEqual([]);
    expect(head.url).toBe('u');
    expect(parts.map((g) => g.map((t) => t.index))).toEqual([[0, 1, 2], [3], [4]]);
    expect(parts.flat()).toEqual(snap.tables);
  });
});
