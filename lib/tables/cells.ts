import { parseCell } from '../figures';
import type { TableSnapshot } from '../snapshot/schema';
import { buildGrid } from './grid';
import type { CellValue, TableCell } from './model';

/** Expand a table snapshot into a rectangular grid of read cells. */
export function readCells(table: TableSnapshot): { cells: TableCell[][]; cols: number } {
  const grid = buildGrid(table.rows);
  const parsed = new Map<object, { figure: CellValue; codeLike: boolean; yearLike: boolean }>();
  const cells: TableCell[][] = grid.slots.map((line, r) =>
    line.map((slot, c) => {
      if (!slot) {
        return { row: r, col: c, text: '', isOrigin: true, originRow: r, originCol: c, snap: null, figure: { kind: 'blank' }, codeLike: false, yearLike: false };
      }
      let p = parsed.get(slot.cell);
      if (!p) {
        const f = parseCell(slot.cell.text);
        const figure: CellValue =
          f.kind === 'amount' ? { kind: 'amount', value: f.value, decimals: f.decimals, text: slot.cell.text }
          : f.kind === 'percent' ? { kind: 'percent', value: f.value, decimals: f.decimals, text: slot.cell.text }
          : f.kind === 'blank' ? { kind: 'blank' }
          : f.kind === 'dash' ? { kind: 'dash', text: slot.cell.text }
          : { kind: 'text', text: slot.cell.text };
        p = { figure, codeLike: f.kind === 'amount' && f.codeLike, yearLike: f.kind === 'amount' && f.yearLike };
        parsed.set(slot.cell, p);
      }
      return {
        row: r, col: c, text: slot.cell.text, isOrigin: slot.isOrigin, originRow: slot.originRow, originCol: slot.originCol,
        snap: slot.cell, figure: p.figure, codeLike: p.codeLike, yearLike: p.yearLike,
      };
    }),
  );
  return { cells, cols: grid.cols };
}

/** A cell whose text is a money-looking amount (not a bare code or year). */
export function isAmountCell(c: TableCell): boolean {
  return c.figure.kind === 'amount' && !c.codeLike && !c.yearLike;
}
