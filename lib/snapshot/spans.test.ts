import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/generators/prng';
import { allTables } from '../dom/rows';
import { pageBudget, snapshotTable, type PageBudget } from './read';
import { clampSpans, clampSpansByGrid, spansFit } from './spans';
import type { CellSnapshot } from './schema';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

/**
 * Every table of a page read twice: once as the snapshot reads it (spans proven to fit skip the grid),
 * once through the grid's general path. Counts how often the fast path proved a table, so a test can
 * tell it was exercised.
 */
function bothPaths(d: Document, budget: () => PageBudget = pageBudget) {
  let fast = 0;
  let general = 0;
  const counting = (rows: CellSnapshot[][], slots: number) => {
    if (spansFit(rows, slots) >= 0) fast++;
    else general++;
    return clampSpans(rows, slots);
  };
  const tables = allTables(d);
  const a = tables.map((t, i) => snapshotTable(t, i, budget(), undefined, counting));
  const b = tables.map((t, i) => snapshotTable(t, i, budget(), undefined, clampSpansByGrid));
  return { fast: a, general: b, proved: fast, notProved: general };
}

const cell = (rs: string, cs: string, inner = 'x') => `<td${rs ? ` rowspan="${rs}"` : ''}${cs ? ` colspan="${cs}"` : ''}>${inner}</td>`;

describe('spans: the fast path gives what the grid gives', () => {
  it('hand-made tables: rowspan 0, rowspan past the end, colspan 1000, trailing empty rows, nested tables, overlapping spans', () => {
    const pages = [
      // rowspan="0": to the last row; the grid cuts it to the rows there are
      `<table><tr>${cell('0', '')}${cell('', '')}</tr><tr>${cell('', '')}</tr><tr>${cell('', '')}</tr></table>`,
      // a rowspan reaching past the last row
      `<table><tr>${cell('9', '')}${cell('', '')}</tr><tr>${cell('', '')}</tr></table>`,
      // colspan 1000 over a two-column table; colspan 2000 (clamped to 1000 when read)
      `<table><tr>${cell('', '1000')}</tr><tr>${cell('', '')}${cell('', '')}</tr></table>`,
      `<table><tr>${cell('', '2000')}${cell('', '')}</tr></table>`,
      // a colspan ending exactly at the last column where a cell starts: fits
      `<table><tr>${cell('', '2')}${cell('', '')}</tr><tr>${cell('', '')}${cell('', '')}${cell('', '')}</tr></table>`,
      // empty rows after the last cell: the grid drops them
      `<table><tr>${cell('2', '')}${cell('', '')}</tr><tr></tr><tr></tr></table>`,
      // an ordinary budget header: rowspan 2 and colspan 3, all within the table
      `<table><tr>${cell('2', '')}${cell('', '3')}</tr><tr>${cell('', '')}${cell('', '')}${cell('', '')}</tr><tr>${cell('', '')}${cell('', '')}${cell('', '')}${cell('', '')}</tr></table>`,
      // a later cell overlapping an earlier rowspan (the earlier one keeps its columns)
      `<table><tr>${cell('', '')}${cell('3', '')}</tr><tr>${cell('', '3')}</tr><tr>${cell('', '')}${cell('', '')}</tr></table>`,
      // a later rowspan over a column an earlier, longer one still covers: the earlier keeps it, so the
      // last row's colspan starts a column further right and is cut
      `<table><tr>${cell('', '')}${cell('4', '')}${cell('', '')}</tr><tr>${cell('2', '2')}</tr><tr>${cell('', '')}</tr><tr>${cell('', '')}${cell('', '2')}</tr></table>`,
      // nested tables: each read as a table of its own, with spans of their own
      `<table><tr>${cell('2', '', `<table><tr>${cell('0', '2')}</tr><tr>${cell('', '')}</tr></table>`)}${cell('', '')}</tr><tr>${cell('', '')}</tr></table>`,
      // more than 1000 cells in a row: those past column 1000 are never laid out
      `<table><tr>${cell('', '999')}${cell('', '')}${cell('', '')}${cell('', '')}</tr></table>`,
    ];
    let proved = 0;
    let notProved = 0;
    for (const html of pages) {
      const r = bothPaths(doc(html));
      expect(r.fast, html).toEqual(r.general);
      proved += r.proved;
      notProved += r.notProved;
    }
    expect(proved).toBeGreaterThanOrEqual(3);
    expect(notProved).toBeGreaterThanOrEqual(6);
  });

  it('400 random tables (random spans, empty and nested cells, thead/tfoot), with room and with a slot budget running out', () => {
    const rng = createRng('spans-fast-path');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
    const rows = ['', '', '', '', '2', '3', '0', '9', '-1', 'x', '65535'];
    const cols = ['', '', '', '', '2', '3', '1000', '0', '2000', '4'];
    const inner = ['1.00', '1.00', '1.00', '', '<p>a</p>', '<table><tr><td rowspan="0">n</td><td colspan="5">m</td></tr></table>', '<table><tr><td>n</td><td>o</td></tr><tr><td colspan="2">m</td></tr></table>'];
    let proved = 0;
    let notProved = 0;
    for (let k = 0; k < 400; k++) {
      let html = '<table>';
      const section = pick(['', '', '', '', '', 'thead', 'tfoot']);
      if (section) html += `<${section}><tr>${cell(pick(rows), pick(cols))}${cell('', pick(cols))}</tr></${section}>`;
      const n = Math.floor(rng.next() * 8);
      for (let r = 0; r < n; r++) {
        html += '<tr>';
        const m = Math.floor(rng.next() * 6);
        for (let c = 0; c < m; c++) html += cell(rng.next() < 0.8 ? '' : pick(rows), rng.next() < 0.8 ? '' : pick(cols), pick(inner));
        html += '</tr>';
      }
      html += '</table>';
      // a slot budget of a few dozen: the grid stops between rows, the fast path must not claim the table
      const slots = pick([1_000_000, 1_000_000, 1_000_000, 40, 12, 0]);
      const r = bothPaths(doc(html), () => ({ cells: 300_000, slots }));
      expect(r.fast, `${html} (slots ${slots})`).toEqual(r.general);
      proved += r.proved;
      notProved += r.notProved;
    }
    // both paths were exercised, many times
    expect(proved).toBeGreaterThan(300);
    expect(notProved).toBeGreaterThan(500);
  });

  it('the fixture pages: identical, and nearly every table proved without a grid', () => {
    const dir = join(__dirname, '../../tests/fixtures/pages');
    let proved = 0;
    let tables = 0;
    for (const id of ['000_9397a020b08f6624', '001_98990c82be280a35', '004_c5440fdc5d943430']) {
      for (const style of ['plain', 'merged', 'word']) {
        const r = bothPaths(doc(readFileSync(join(dir, `${id}.${style}.html`), 'utf8')));
        expect(r.fast).toEqual(r.general);
        proved += r.proved;
        tables += r.proved + r.notProved;
      }
    }
    expect(proved / tables).toBeGreaterThan(0.9);
  });

  it('the slots a proved table spends are its rows × the grid\'s columns', () => {
    const rows: CellSnapshot[][] = [
      [{ text: 'a', rowSpan: 2, colSpan: 1, header: false, indent: 0, bold: false }, { text: 'b', rowSpan: 1, colSpan: 2, header: false, indent: 0, bold: false }],
      [{ text: 'c', rowSpan: 1, colSpan: 1, header: false, indent: 0, bold: false }, { text: 'd', rowSpan: 1, colSpan: 1, header: false, indent: 0, bold: false }],
    ];
    expect(spansFit(rows, 1000)).toBe(3);
    expect(clampSpans(rows, 1000)).toEqual(clampSpansByGrid(rows, 1000));
    expect(clampSpans(rows, 1000).slots).toBe(6);
  });
});
