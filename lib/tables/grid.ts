/**
 * The HTML table model: rowspan/colspan expanded into a rectangular grid where each slot knows the
 * cell it comes from. Pure: works on snapshot rows (plain data) so it runs anywhere.
 *
 * Cost is bounded by what the table holds, not by what its attributes claim (issue 10): a
 * `<td rowspan="0" colspan="1000">` over 20,000 empty rows must not become a 20,000 × 1000 grid.
 * - rows after the last row that has a cell of its own are not laid out (they hold nothing);
 * - columns after the last one where some cell starts are cut (only spans reach there);
 * - rowspans are carried row by row instead of written ahead, so the work done is what the rows
 *   laid out so far cost, and a slot budget stops the layout between rows (`truncatedRows` says how
 *   many rows were left out, so the caller can tell the user).
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
  /** rows holding cells that were not laid out because the grid reached its slot budget */
  truncatedRows: number;
}

/** Hard cap on grid width: hostile colspans must not blow up memory. */
export const MAX_COLS = 1000;
/** Slots (rows × columns) one table's grid may hold; far above any budget table (60,000 cells). */
export const MAX_GRID_SLOTS = 250_000;

export interface GridOptions {
  /** slot budget for this grid (default MAX_GRID_SLOTS); the first row is always laid out */
  maxSlots?: number;
}

interface Carry<C> { slot: Slot<C>; until: number }

export function buildGrid<C extends SpanCell>(rows: C[][], opts: GridOptions = {}): Grid<C> {
  const budget = opts.maxSlots ?? MAX_GRID_SLOTS;
  // rows after the last non-empty one only extend spans: nothing there to read
  let nRows = rows.length;
  while (nRows > 0 && rows[nRows - 1]!.length === 0) nRows--;
  const slots: (Slot<C> | null)[][] = [];
  // rowspans reaching into later rows, by column
  const carry: (Carry<C> | undefined)[] = [];
  let used = 0;
  let laid = nRows;
  let lastOriginCol = -1;
  for (let r = 0; r < nRows; r++) {
    // each row costs at most its width; stop between rows once the budget is spent
    if (r > 0 && used + Math.max(carry.length, 1) > budget) { laid = r; break; }
    const line: (Slot<C> | null)[] = [];
    for (let c = 0; c < carry.length; c++) {
      const k = carry[c];
      if (!k) continue;
      if (k.until < r) { carry[c] = undefined; continue; }
      line[c] = { cell: k.slot.cell, originRow: k.slot.originRow, originCol: k.slot.originCol, isOrigin: false };
    }
    let c = 0;
    for (const cell of rows[r]!) {
      while (c < MAX_COLS && line[c]) c++;
      if (c >= MAX_COLS) break;
      const cs = Math.max(1, Math.min(cell.colSpan | 0, MAX_COLS - c));
      const rsRaw = cell.rowSpan | 0;
      const rs = rsRaw <= 0 ? nRows - r : Math.min(rsRaw, nRows - r);
      const origin: Slot<C> = { cell, originRow: r, originCol: c, isOrigin: true };
      if (c > lastOriginCol) lastOriginCol = c;
      for (let dc = 0; dc < cs; dc++) {
        line[c + dc] = dc === 0 ? origin : { cell, originRow: r, originCol: c, isOrigin: false };
        // an earlier rowspan wins over a later overlapping cell, as browsers do
        const prev = carry[c + dc];
        if (rs > 1 && !(prev && prev.until > r)) carry[c + dc] = { slot: origin, until: r + rs - 1 };
      }
      c += cs;
    }
    used += line.length;
    slots.push(line);
  }
  // columns after the last one where a cell starts hold only the tails of spans
  const cols = lastOriginCol + 1;
  for (const line of slots) {
    if (line.length > cols) line.length = cols;
    for (let c = 0; c < cols; c++) if (!line[c]) line[c] = null;
  }
  let truncatedRows = 0;
  for (let r = laid; r < nRows; r++) if (rows[r]!.length) truncatedRows++;
  return { rows: slots.length, cols, slots, truncatedRows };
}
