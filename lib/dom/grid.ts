import { buildGrid } from '../tables/grid';
import { rowCells, spanOf, tableRows } from './rows';

interface ElementCell { el: Element; rowSpan: number; colSpan: number }

const cache = new WeakMap<Element, { rowCount: number; slots: (Element | null)[][] }>();

/**
 * How many rows the table has now, to notice a table the page changed. `table.rows` where the DOM has it:
 * the browser keeps that collection's length until the table changes, where walking the rows costs a pass
 * over them on every lookup (the overlay looks up thousands of cells per frame on a long page).
 */
const rowCount = (table: Element): number => (table as Partial<HTMLTableElement>).rows?.length ?? tableRows(table).length;

/** The grid of a live <table> element, slots holding the source <td>/<th>. */
export function elementGrid(table: Element): (Element | null)[][] {
  const hit = cache.get(table);
  if (hit && hit.rowCount === rowCount(table)) return hit.slots;
  const rows = tableRows(table);
  const cells: ElementCell[][] = rows.map((tr) =>
    rowCells(tr).map((el) => ({ el, rowSpan: spanOf(el, 'rowspan'), colSpan: spanOf(el, 'colspan') })),
  );
  const g = buildGrid(cells);
  const slots = g.slots.map((line) => line.map((s) => (s ? s.cell.el : null)));
  cache.set(table, { rowCount: rowCount(table), slots });
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
