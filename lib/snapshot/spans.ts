import { buildGrid, MAX_COLS } from '../tables/grid';
import type { CellSnapshot } from './schema';

export interface Clamped {
  rows: CellSnapshot[][];
  /** rows holding cells the grid did not lay out (slot budget spent) */
  truncated: number;
  /** slots the table's grid holds (rows × columns): what it spends of the page's budget */
  slots: number;
}

/**
 * Spans as far as the table really reaches: rowspan="0" and rowspans past the last row become the
 * rows that exist, colspans stop at the last column where a cell starts. The analysis then builds the
 * same small grid the reader built, whatever the attributes claimed.
 *
 * Almost every table needs no clamping, and building its grid to find that out was a third of the
 * snapshot's time in the browser (an object per slot). `spansFit` proves it from the cells' origin
 * columns alone; only a table it cannot prove goes through the grid. Both give the same result
 * (tested on random span tables in spans.test.ts).
 */
export function clampSpans(rows: CellSnapshot[][], budgetSlots: number): Clamped {
  const cols = spansFit(rows, budgetSlots);
  return cols >= 0 ? { rows, truncated: 0, slots: rows.length * cols } : clampSpansByGrid(rows, budgetSlots);
}

/** The general path: lay the table out as a grid and cut every span to what the grid holds. */
export function clampSpansByGrid(rows: CellSnapshot[][], budgetSlots: number): Clamped {
  const grid = buildGrid(rows, { maxSlots: budgetSlots });
  const placed = new Map<CellSnapshot, { row: number; col: number }>();
  for (const line of grid.slots) for (const s of line) if (s?.isOrigin) placed.set(s.cell, { row: s.originRow, col: s.originCol });
  const out: CellSnapshot[][] = [];
  for (let r = 0; r < grid.rows; r++) {
    out.push(
      rows[r]!.flatMap((cell) => {
        const at = placed.get(cell);
        if (!at) return []; // pushed past the last column (more than 1000 wide): never laid out
        const reach = grid.rows - at.row;
        const rowSpan = cell.rowSpan === 0 || cell.rowSpan > reach ? reach : cell.rowSpan;
        const colSpan = Math.max(1, Math.min(cell.colSpan, grid.cols - at.col));
        return rowSpan === cell.rowSpan && colSpan === cell.colSpan ? [cell] : [{ ...cell, rowSpan, colSpan }];
      }),
    );
  }
  return { rows: out, truncated: grid.truncatedRows, slots: grid.rows * grid.cols };
}

/**
 * The grid's column count when buildGrid would leave every row and every span as it is; -1 when it
 * might not (the general path then decides). It places each cell as buildGrid does (skipping columns
 * a rowspan from above still covers; an earlier rowspan keeps its columns), keeping one number per
 * column instead of a slot object per position. Nothing changes when:
 * - no row is dropped: the last row has cells (buildGrid drops trailing empty rows) and the slot
 *   budget cannot run out (each row's line is at most as wide as the widest cell end);
 * - every cell is placed before column 1000 and ends there;
 * - every rowspan is 1 or more and ends by the last row (0 and longer ones are cut);
 * - no colspan reaches past the last column where a cell starts (those are cut).
 */
export function spansFit(rows: readonly (readonly CellSnapshot[])[], budgetSlots: number): number {
  const n = rows.length;
  if (n === 0) return 0;
  if (rows[n - 1]!.length === 0) return -1;
  // last row covered by a rowspan in each column (-1: none)
  const until: number[] = [];
  let lastOrigin = -1;
  let maxEnd = 0;
  for (let r = 0; r < n; r++) {
    const line = rows[r]!;
    let c = 0;
    for (let i = 0; i < line.length; i++) {
      const cell = line[i]!;
      while (c < MAX_COLS && c < until.length && until[c]! >= r) c++;
      const rs = cell.rowSpan;
      const cs = cell.colSpan;
      if ((rs | 0) !== rs || (cs | 0) !== cs || rs < 1 || r + rs > n || cs < 1 || c + cs > MAX_COLS) return -1;
      if (c > lastOrigin) lastOrigin = c;
      if (c + cs > maxEnd) maxEnd = c + cs;
      if (rs > 1) {
        for (let k = c; k < c + cs; k++) {
          while (until.length < k) until.push(-1);
          if (k === until.length) until.push(r + rs - 1);
          else if (!(until[k]! > r)) until[k] = r + rs - 1;
        }
      }
      c += cs;
    }
  }
  if (maxEnd > lastOrigin + 1) return -1;
  if (n * Math.max(maxEnd, 1) > budgetSlots) return -1;
  return lastOrigin + 1;
}
