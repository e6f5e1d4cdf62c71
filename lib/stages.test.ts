import { describe, expect, it } from 'vitest';
import { FIRST_STAGE_MIN_CELLS, FIRST_STAGE_MIN_TEXT, firstWindow, cellsOutside, textChars, viewWindow, worthFirstStage } from './stages';

describe('first stage: which tables are read first, and whether they are sent on their own', () => {
  const cells = (n: number) => () => n;

  it('reads the tables in view with their neighbours first; none when that is the whole page or nothing is in view', () => {
    expect(firstWindow([10, 11], 40)).toEqual(viewWindow([10, 11], 40));
    expect(firstWindow([10, 11], 40)).toEqual([8, 9, 10, 11, 12, 13]);
    expect(firstWindow([1], 4)).toEqual([]);
    expect(firstWindow([], 40)).toEqual([]);
  });

  it('counts the cells outside the window only, and stops at the bound', () => {
    const asked: number[] = [];
    const n = cellsOutside([0, 1, 2], 100, (i) => (asked.push(i), FIRST_STAGE_MIN_CELLS / 2));
    expect(n).toBe(FIRST_STAGE_MIN_CELLS);
    expect(asked).toEqual([3, 4]); // the window's tables are not counted; two tables reach the bound
    expect(cellsOutside([0, 1, 2], 18, cells(25))).toBe(15 * 25);
  });

  it('counts the text of the flow, and stops at the bound', () => {
    const flow = [{ kind: 'text', text: 'x'.repeat(60_000) }, { kind: 'table' }, { kind: 'text', text: 'y'.repeat(60_000) }, { kind: 'text', text: 'z' }];
    expect(textChars(flow)).toBe(120_000);
    expect(textChars(flow.slice(0, 2))).toBe(60_000);
  });

  it('is sent only where the rest of the page is long to analyse, by its tables or its text', () => {
    // a fixture-sized page: 18 tables of ~140 cells, a few thousand characters of 说明
    expect(worthFirstStage(cellsOutside([0, 1, 2], 18, cells(140)), 8_000)).toBe(false);
    // as many rows in tables three times as wide (决算 tables of 20–30 columns) is long to analyse
    expect(worthFirstStage(cellsOutside([0, 1, 2], 18, cells(3 * 350)), 8_000)).toBe(true);
    // at and under each bound
    expect(worthFirstStage(FIRST_STAGE_MIN_CELLS - 1, FIRST_STAGE_MIN_TEXT - 1)).toBe(false);
    expect(worthFirstStage(FIRST_STAGE_MIN_CELLS, 0)).toBe(true);
    // few cells, megabytes of prose: the whole page takes seconds, the first stage pays
    expect(worthFirstStage(300, FIRST_STAGE_MIN_TEXT)).toBe(true);
    // many tables after the view (the 100-table page)
    expect(worthFirstStage(cellsOutside([0, 1, 2], 100, cells(500)), 2_000)).toBe(true);
  });
});
