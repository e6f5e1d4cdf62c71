import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { oddCellsPage } from '../../tests/lib/odd-cells';
import { bigBudgetPage } from '../../tests/generators';
import { allTables } from '../dom/rows';
import { eachCell, textReads, wholeTable } from './cells';
import { pageBudget, snapshotTable } from './read';
import { clampSpans } from './spans';

const PAGES = join(__dirname, '../../tests/fixtures/pages');
const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
const happy = (html: string) => {
  const w = new Window();
  w.document.write(html);
  return w.document as unknown as Document;
};

/**
 * Every table of a page read both ways: the whole table at once (the snapshot's path) and cell by cell
 * (the general path). `quick`: cells with elements inside whose text the fast path took without the
 * walk, so a test can tell the shortcut was exercised.
 */
function bothWays(doc: Document) {
  const nest = { nested: false, hasNestedTable: false };
  const tables = allTables(doc);
  const before = { ...textReads };
  const fast = tables.map((t, i) => snapshotTable(t, i, pageBudget(), nest, clampSpans, wholeTable));
  const quick = textReads.quick - before.quick;
  const walked = textReads.walked - before.walked;
  const general = tables.map((t, i) => snapshotTable(t, i, pageBudget(), nest, clampSpans, eachCell));
  const cells = general.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0);
  return { fast, general, cells, quick, walked };
}

describe('a table read at once reads as cell by cell', () => {
  it('the fixture pages (plain, merged and Word markup), in linkedom and happy-dom', () => {
    for (const f of readdirSync(PAGES).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(join(PAGES, f), 'utf8');
      for (const make of [linkedom, happy]) {
        const { fast, general, cells, quick, walked } = bothWays(make(html));
        expect(cells, f).toBeGreaterThan(1000);
        expect(fast, f).toEqual(general);
        // Word's <td><p><span>text</span></p></td> is read without the walk, all but a few cells
        if (f.includes('word')) expect(quick, f).toBeGreaterThan(20 * walked);
      }
    }
  });

  it('cells of every kind of markup: blocks beside text, <br>, scripts, nested tables, styles, bold leads, odd spans', () => {
    let quick = 0;
    let walked = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const html = oddCellsPage(seed, 8);
      for (const make of [linkedom, happy]) {
        const r = bothWays(make(html));
        expect(r.fast, `seed ${seed}`).toEqual(r.general);
        quick += r.quick;
        walked += r.walked;
      }
    }
    // both ways were taken many times: cells with elements read without the walk, and cells walked
    expect(quick).toBeGreaterThan(500);
    expect(walked).toBeGreaterThan(500);
  });

  it('a generated page in Word markup, whose cells wrap their text in <p><span>', () => {
    const { fast, general } = bothWays(linkedom(bigBudgetPage({ tables: 6, cellsTarget: 3000, seed: 9, styles: ['word'] }).html));
    expect(fast).toEqual(general);
  });

  it('a block that holds only part of the cell\'s text keeps the line break the walk puts there', () => {
    const doc = linkedom('<!doctype html><html><body><table><tr><td>合计<p>1.00</p></td><td><p>基本</p><p>支出</p></td><td><div><p> 3 </p></div></td><td>a<br>b</td></tr></table></body></html>');
    const [t] = allTables(doc);
    const fast = snapshotTable(t!, 0, pageBudget(), { nested: false, hasNestedTable: false }, clampSpans, wholeTable);
    expect(fast.rows[0]!.map((c) => c.text)).toEqual(['合计 1.00', '基本 支出', '3', 'a b']);
  });
});
