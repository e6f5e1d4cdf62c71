/**
 * The HTML table model: rowspan/colspan expanded into a rectangular grid where each slot knows the
 * cell it comes from. Pure: works on snapshot rows (plain data) so it runs anywhere.
 */
export interface SpanCell {
  rowSpan: number; // 0 means "to the last row"
  colSpan: number;
}

export interface Slot<C> {
  cell: C;
  /** where the source cell starts (its own row and column in the grid) */
  originRow: number;
  originCol: number;
  isOrigin: boolean;
}

export interface Grid<C> {
  rows: number;
  cols: number;
  /** slots[r][c]; null where no cell covers the position (ragged rows) */
  slots: (Slot<C> | null)[][];
}

/** Hard cap on grid width: hostile colspans must not blow up memory. */
export const MAX_COLS = 1000;

export function buildGrid<C extends SpanCell>(rows: C[][]): Grid<C> {
  const nRows = rows.length;
  const slots: (Slot<C> | null)[][] = Array.from({ length: nRows }, () => []);
  let cols = 0;
  for (let r = 0; r < nRows; r++) {
    const line = slots[r]!;
    let c = 0;
    for (const cell of rows[r]!) {
      while (c < MAX_COLS && line[c]) c++;
      if (c >= MAX_COLS) break;
      const cs = Math.max(1, Math.min(cell.colSpan | 0, MAX_COLS - c));
      const rsRaw = cell.rowSpan | 0;
      const rs = rsRaw <= 0 ? nRows - r : Math.min(rsRaw, nRows - r);
      for (let dr = 0; dr < rs; dr++) {
        const target = slots[r + dr]!;
        for (let dc = 0; dc < cs; dc++) {
          // an earlier rowspan wins over a later overlapping cell, as browsers do
          if (target[c + dc] && dr > 0) continue;
          target[c + dc] = { cell, originRow: r, originCol: c, isOrigin: dr === 0 && dc === 0 };
        }
      }
      c += cs;
      if (c > cols) cols = c;
    }
    if (line.length > cols) cols = line.length;
  }
  for (const line of slots) {
    for (let c = 0; c < cols; c++) if (!line[c]) line[c] = null;
  }
  return { rows: nRows, cols, slots };
}
