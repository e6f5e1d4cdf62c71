import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../lib/cli/load';
import { PageSnapshot } from '../../lib/snapshot/schema';
import { isPacked, packSnapshot, unpackSnapshot } from '../../lib/snapshot/wire';
import { PackedSnapshotSchema } from '../../lib/snapshot/wire-schema';
import { bigBudgetPage } from '../generators';
import { ROOT, snapshotHtml } from './helpers';

/**
 * The snapshot's wire form (lib/snapshot/wire.ts) carries the same snapshot: unpacked, it is the
 * snapshot the reader made, byte for byte as JSON (keys in the same order), on every kind of page we
 * have — and it is smaller, which is why it exists.
 */
const dirs = ['tests/fixtures/pages', 'tests/fixtures/corpus/html', 'tests/fixtures/negative', 'tests/fixtures/encodings'];
const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.html?$/.test(f)).map((f) => join(d, f)));
const pdfs = ['tests/fixtures/corpus/pdf/sh-putuo-wanli-street-2024-dept-budget.pdf', 'tests/fixtures/corpus/pdf/js-prov-rdbgt-2019-dept-budget-tables.pdf'];

function roundTrip(s: PageSnapshot): { packed: number; plain: number } {
  const packed = packSnapshot(s);
  // what the message boundary does to it
  const sent = JSON.parse(JSON.stringify(packed)) as unknown;
  expect(isPacked(sent)).toBe(true);
  expect(isPacked(s)).toBe(false);
  // the worker checks the packed form as it is (lib/snapshot/wire-schema.ts): every snapshot the reader makes passes
  const checked = PackedSnapshotSchema.safeParse(sent);
  expect(checked.success, checked.error?.message).toBe(true);
  const back = unpackSnapshot(sent as ReturnType<typeof packSnapshot>);
  expect(JSON.stringify(unpackSnapshot(checked.data as ReturnType<typeof packSnapshot>))).toBe(JSON.stringify(s));
  expect(JSON.stringify(back)).toBe(JSON.stringify(s));
  expect(PageSnapshot.safeParse(back).success).toBe(true);
  return { packed: JSON.stringify(packed).length, plain: JSON.stringify(s).length };
}

describe('the snapshot on the wire', () => {
  it(`HTML pages (${files.length}): unpacked is the snapshot, and at most half its size when it has tables`, async () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const { snapshot } = await loadDocument(join(ROOT, f));
      const { packed, plain } = roundTrip(snapshot);
      if (snapshot.tables.reduce((n, t) => n + t.rows.length, 0) > 50) expect(packed, f).toBeLessThan(plain / 2);
    }
  }, 120_000);

  it('PDFs: cell and table boxes, page sizes', async () => {
    for (const f of pdfs) {
      const { snapshot } = await loadDocument(join(ROOT, f));
      expect(snapshot.tables.some((t) => t.rows.some((r) => r.some((c) => c.box)))).toBe(true);
      roundTrip(snapshot);
    }
  }, 120_000);

  it('generated pages, spans, headers, indents, truncated tables', () => {
    roundTrip(snapshotHtml(bigBudgetPage({ tables: 12, cellsTarget: 3000, seed: 7 }).html, 'http://x.gov.cn/'));
    const s = snapshotHtml(
      `<table><tr><th colspan="2">a</th><td rowspan="0">b</td></tr><tr><td style="padding-left:2em"><b>c</b></td><td>　d</td></tr></table>`,
      'http://x.gov.cn/',
    );
    expect(s.tables[0]!.rows[0]![0]!.colSpan).toBe(2);
    roundTrip(s);
    roundTrip({ ...s, tables: s.tables.map((t) => ({ ...t, truncatedRows: 3, truncatedBy: 'page' as const })) });
  });
});
