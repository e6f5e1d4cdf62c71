// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellElementAt } from '../../lib/dom/grid';
import type { CodeCellInfo } from '../../lib/codes/cells';
import { codeCellJob } from './codes';

const code = (table: number, row: number, col: number, code: string): CodeCellInfo =>
  ({ table, cell: [row, col], code, domain: 'function', written: code }) as CodeCellInfo;

/** two tables, the second nested in the first one's second row; every cell a code */
function page() {
  document.body.innerHTML =
    '<table id="a"><tbody>' +
    '<tr><td>201</td><td>202</td></tr>' +
    '<tr><td>203<table id="b"><tbody><tr><td>301</td><td>302</td></tr></tbody></table></td><td>204</td></tr>' +
    '<tr><td>205</td><td>206</td></tr>' +
    '</tbody></table>' +
    '<table id="c"><tbody><tr><td>401</td><td>402</td></tr></tbody></table>';
  const tables = [...document.querySelectorAll('table')];
  const cellAt = (t: number, [r, c]: [number, number]) => cellElementAt(tables[t]!, r, c);
  return { tables, cellAt };
}

describe('codeCellJob (code cells of a result, found a slice at a time)', () => {
  it('looks cells up in slices of the given time and ends with them in document order', () => {
    const { tables, cellAt } = page();
    // the analysis lists them out of order: last table first, the nested table's cells among the outer ones
    const codes = [code(2, 0, 1, '402'), code(2, 0, 0, '401'), code(0, 2, 1, '206'), code(1, 0, 1, '302'), code(0, 0, 0, '201'), code(0, 1, 1, '204'), code(0, 2, 0, '205'), code(1, 0, 0, '301'), code(0, 1, 0, '203'), code(0, 0, 1, '202')];
    // a clock that moves 1 ms per cell looked up
    let clock = 0;
    const job = codeCellJob(codes, tables, (t, c) => (clock++, cellAt(t, c)), () => clock);
    const perStep: number[] = [];
    let before = 0;
    while (!job.step(3)) {
      perStep.push(job.cells.length - before);
      before = job.cells.length;
    }
    perStep.push(job.cells.length - before);
    expect(perStep).toEqual([3, 3, 3, 1]);
    expect(job.done).toBe(true);
    expect(job.cells.map((c) => c.td.firstChild!.textContent)).toEqual(['201', '202', '203', '301', '302', '204', '205', '206', '401', '402']);
    expect(job.byCell.get(tables[1]!.querySelector('td')!)?.info.code).toBe('301');
  });

  it('finishes at once when asked to (a hover that needs the cells now)', () => {
    const { tables, cellAt } = page();
    let clock = 0;
    const job = codeCellJob([code(0, 0, 0, '201'), code(0, 0, 1, '202'), code(0, 2, 0, '205')], tables, (t, c) => (clock++, cellAt(t, c)), () => clock);
    expect(job.step(1)).toBe(false);
    expect(job.step(Infinity)).toBe(true);
    expect(job.cells.map((c) => c.info.code)).toEqual(['201', '202', '205']);
  });
});
