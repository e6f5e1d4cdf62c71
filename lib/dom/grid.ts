import { buildGrid } from '../tables/grid';
import { rowCells, spanOf, tableRows } from './rows';

interface ElementCell { el: Element; rowSpan: number; colSpan: number }

const cache = new WeakMap<Element, { rowCount: number; slots: (Element | null)[][] }>();

/** The grid of a live <table> element, slots holding the source <td>/<th>. */
export function elementGrid(table: Element): (Element | null)[][] {
  const rows = tableRows(table);
  const hit = cache.get(table);
  if (hit && hit.rowCount === rows.length) return hit.slots;
  const cells: ElementCell[][] = rows.map((tr) =>
    rowCells(tr).map((el) => ({ el, rowSpan: spanOf(el, 'rowspan'), colSpan: spanOf(el, 'colspan') })),
  );
  const g = buildGrid(cells);
  const slots = g.slots.map((line) => line.map((s) => (s ? s.cell.el : null)));
  cache.set(table, { rowCount: rows.length, slots });
  return slots;
}

/** The <td>/<th> covering grid position (row, col) of a table, rowspan/colspan aware. */
export function cellElementAt(table: Element, row: number, col: number): HTMLTableCellElement | null {
  const slots = elementGrid(table);
  return (slots[row]?.[col] as HTMLTableCellElement | undefined) ?? null;
}

/** Forget a table's cached grid (after the page changed it). */
export function forgetGrid(table: Element): void {
  cache.delete(table);
}
