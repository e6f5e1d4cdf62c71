import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PackedSnapshot, PackedTable } from '../../lib/snapshot/wire';
import { packLists } from '../../lib/report/wire';
import { joinPart, joinParts, partJoiner, splitLists, splitSnapshot } from './analysis-parts';

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

describe('partJoiner (the parts joined in tasks of their own)', () => {
  /** a page's turns the test hands out one at a time, and a clock it moves */
  function turns() {
    const waiting: (() => void)[] = [];
    let clock = 0;
    return {
      pause: () => new Promise<void>((r) => waiting.push(r)),
      now: () => clock,
      tick: (ms: number) => void (clock += ms),
      waiting: () => waiting.length,
      give: async () => {
        waiting.shift()?.();
        for (let i = 0; i < 5; i++) await Promise.resolve();
      },
    };
  }
  const partsOf = (a: PageAnalysis, per: number) => {
    const { head, lists } = packLists(a);
    return { head, strings: lists.strings, parts: splitLists(lists, per).map((p) => JSON.stringify(p)) };
  };

  it('joins nothing in the task a part arrives in, and all of them after the page has had its turn', async () => {
    const whole = analysis(9, 4, 2);
    const expected = JSON.parse(JSON.stringify(whole)) as PageAnalysis;
    const { head, strings, parts } = partsOf(whole, 3);
    const t = turns();
    const ends: unknown[] = [];
    const j = partJoiner(head, strings, parts.length, (e) => ends.push(e ?? 'done'), { pause: t.pause, now: t.now });
    for (const p of parts) j.push(p);
    expect(j.allIn()).toBe(true);
    expect(head.verified ?? []).toHaveLength(0);
    expect(t.waiting(), 'it waits for a turn first').toBe(1);
    await t.give();
    expect(ends).toEqual(['done']);
    expect(head).toEqual(expected);
  });

  it('gives the page a turn whenever a slice is spent, and goes on after it', async () => {
    const whole = analysis(12, 0, 0);
    const { head, strings, parts } = partsOf(whole, 3); // 4 parts
    const t = turns();
    const ends: unknown[] = [];
    const j = partJoiner(head, strings, parts.length, (e) => ends.push(e ?? 'done'), { pause: t.pause, now: () => (t.tick(5), t.now()), sliceMs: 8 });
    for (const p of parts) j.push(p);
    await t.give(); // first turn: parts are joined until 8 ms are spent (each "takes" 5 here)
    expect(ends).toEqual([]);
    const after1 = head.verified!.length;
    expect(after1).toBeGreaterThan(0);
    expect(after1).toBeLessThan(12);
    expect(t.waiting(), 'waiting for the next turn').toBe(1);
    while (t.waiting()) await t.give();
    expect(ends).toEqual(['done']);
    expect(head.verified).toHaveLength(12);
  });

  it('ends with the error of a part that does not hold together, and joins nothing after it', async () => {
    const { head, strings, parts } = partsOf(analysis(6, 0, 0), 3);
    const t = turns();
    const ends: unknown[] = [];
    const j = partJoiner(head, strings, 3, (e) => ends.push(e ?? 'done'), { pause: t.pause, now: t.now });
    j.push('{"key":"amounts","rows":[[0,0,0,0,0,"x"]]}');
    j.push(parts[0]!);
    await t.give();
    expect(ends).toHaveLength(1);
    expect(ends[0]).toBeInstanceOf(Error);
    expect(head.verified ?? []).toHaveLength(0);
  });

  it('waits for parts still to come, and ends at once when there are none', async () => {
    const { head, strings, parts } = partsOf(analysis(6, 0, 0), 3);
    const t = turns();
    const ends: unknown[] = [];
    const j = partJoiner(head, strings, parts.length, (e) => ends.push(e ?? 'done'), { pause: t.pause, now: t.now });
    j.push(parts[0]!);
    expect(j.allIn()).toBe(false);
    await t.give();
    expect(ends).toEqual([]);
    j.push(parts[1]!);
    await t.give();
    expect(ends).toEqual(['done']);
    const none: unknown[] = [];
    partJoiner(head, strings, 0, (e) => none.push(e ?? 'done'));
    await Promise.resolve();
    expect(none).toEqual(['done']);
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
