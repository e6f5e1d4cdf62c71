import { describe, expect, it } from 'vitest';
import { FIRST_STAGE_MIN_ROWS, firstStageTables, viewWindow } from './stages';

describe('first stage: which tables go first, and whether a first stage is sent at all', () => {
  const rows = (n: number) => () => n;

  it('sends the tables in view with their neighbours when the rest of the page is long to analyse', () => {
    // 40 tables of 50 rows, tables 10 and 11 in view: 2,000 rows elsewhere
    expect(firstStageTables([10, 11], 40, rows(50))).toEqual(viewWindow([10, 11], 40));
    expect(firstStageTables([10, 11], 40, rows(50))).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it('sends none when the rest of the page is small (its whole result comes about as soon)', () => {
    // 18 tables of 25 rows: 325 rows outside the window
    expect(firstStageTables([0], 18, rows(25))).toEqual([]);
    // just under and at the bound
    const outside = 10 - 3; // tables 0..2 are the window of table 0
    expect(firstStageTables([0], 10, rows(Math.floor((FIRST_STAGE_MIN_ROWS - 1) / outside)))).toEqual([]);
    expect(firstStageTables([0], 10, rows(Math.ceil(FIRST_STAGE_MIN_ROWS / outside)))).toEqual([0, 1, 2]);
  });

  it('sends none when nothing is in view or the window is the whole page', () => {
    expect(firstStageTables([], 40, rows(500))).toEqual([]);
    expect(firstStageTables([1], 4, rows(5000))).toEqual([]);
  });

  it('counts only the tables outside the window, and stops counting at the bound', () => {
    const asked: number[] = [];
    const big = firstStageTables([0], 100, (i) => (asked.push(i), i === 1 ? 1_000_000 : FIRST_STAGE_MIN_ROWS / 2));
    expect(big).toEqual([0, 1, 2]);
    expect(asked).not.toContain(0);
    expect(asked).not.toContain(1);
    expect(asked.length).toBe(2); // tables 3 and 4 reach the bound
  });
});
