import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../document';
import { snapshotPage } from './read';
import type { PageSnapshot } from './schema';

const fixture = (name: string) =>
  parseHTML(readFileSync(join(__dirname, '../../tests/fixtures/pages', name), 'utf8')).document as unknown as Document;

/** A read with a priority: what onFirst got, and whether the promise had resolved by then. */
async function prioritised(doc: Document, first: (tables: Element[]) => number[], extra: { sliceMs?: number; onFirst?: (p: PageSnapshot) => void } = {}) {
  const partials: PageSnapshot[] = [];
  let resolved = false;
  let resolvedAtFirst: boolean | null = null;
  const read = snapshotPage(doc, {
    first,
    sliceMs: extra.sliceMs,
    onFirst: (p) => {
      partials.push(p);
      resolvedAtFirst = resolved;
      extra.onFirst?.(p);
    },
  }).then((r) => {
    resolved = true;
    return r;
  });
  const full = await read;
  return { partials, resolvedAtFirst, full: full.snapshot };
}

describe('priority read: chosen tables first, then the rest', () => {
  it('the partial holds exactly the chosen tables, as the whole snapshot has them; the whole snapshot is as without a priority', async () => {
    const doc = fixture('001_98990c82be280a35.merged.html');
    const plain = (await snapshotPage(doc)).snapshot;
    expect(plain.tables.length).toBeGreaterThan(12);
    // out of range, fractional and repeated indices are ignored
    const { partials, resolvedAtFirst, full } = await prioritised(doc, (tables) => [12, 3, 7, 7, -1, tables.length, 2.5]);
    expect(partials).toHaveLength(1);
    expect(resolvedAtFirst).toBe(false);
    const partial = partials[0]!;
    expect(partial.tables.map((t) => t.index)).toEqual([3, 7, 12]);
    expect(partial.tables).toEqual([3, 7, 12].map((i) => plain.tables[i]));
    // reused, not read again
    for (const t of partial.tables) expect(full.tables[t.index]).toBe(t);
    expect(partial.flow).toEqual(plain.flow);
    expect(partial.title).toBe(plain.title);
    expect(partial.url).toBe(plain.url);
    expect(full).toEqual(plain);
    // the analysis takes a partial (it looks tables up by index)
    const model = buildDocumentModel(partial);
    expect(model.tables.map((t) => t.index)).toEqual([3, 7, 12]);
  });

  it('the other tables are read after onFirst (a change made then shows in the whole snapshot only), with a yield between every table', async () => {
    const doc = fixture('000_9397a020b08f6624.word.html');
    const tables = Array.from(doc.getElementsByTagName('table'));
    const before = (await snapshotPage(doc)).snapshot;
    const { partials, resolvedAtFirst, full } = await prioritised(doc, () => [5], {
      sliceMs: 0,
      onFirst: () => {
        // the page changes table 0 and table 5 after the partial was handed over
        for (const i of [0, 5]) tables[i]!.querySelector('td')!.textContent = '已改';
      },
    });
    expect(resolvedAtFirst).toBe(false);
    expect(partials[0]!.tables.map((t) => t.index)).toEqual([5]);
    expect(partials[0]!.tables[0]).toEqual(before.tables[5]);
    // table 0 was read after the partial; table 5 was not read again
    expect(full.tables[0]!.rows[0]![0]!.text).toBe('已改');
    expect(full.tables[5]).toEqual(before.tables[5]);
    expect(full.tables.slice(1, 5)).toEqual(before.tables.slice(1, 5));
  });

  it('no table chosen: the partial is the flow alone, the whole snapshot unchanged', async () => {
    const doc = fixture('004_c5440fdc5d943430.plain.html');
    const plain = (await snapshotPage(doc)).snapshot;
    const { partials, full } = await prioritised(doc, () => []);
    expect(partials).toHaveLength(1);
    expect(partials[0]!.tables).toEqual([]);
    expect(partials[0]!.flow).toEqual(plain.flow);
    expect(full).toEqual(plain);
  });
});

describe('the read reports its own time (issue 13: what the read costs the page, apart from what it waits for)', () => {
  it('busyMs leaves out the yields between slices and the first stage hand-over', async () => {
    const doc = fixture('001_98990c82be280a35.merged.html');
    const spin = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* the callback's own work, not the read's */
      }
    };
    const t0 = performance.now();
    // a slice of 0 ms: a yield after every table; an onFirst that takes 60 ms
    const r = await snapshotPage(doc, { sliceMs: 0, first: () => [0], onFirst: () => spin(60) });
    const wall = performance.now() - t0;
    expect(r.busyMs).toBeGreaterThan(0);
    expect(wall - r.busyMs).toBeGreaterThanOrEqual(60);
    // and without a first stage, with no yields, the read's own time is about its wall time
    const t1 = performance.now();
    const whole = await snapshotPage(doc, { sliceMs: 1e9 });
    expect(whole.busyMs).toBeLessThanOrEqual(performance.now() - t1);
    expect(whole.busyMs).toBeGreaterThan((performance.now() - t1) / 2);
  });
});
