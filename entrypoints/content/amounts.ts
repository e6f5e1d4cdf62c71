import type { AmountCell, CellRef, PageAnalysis } from '../../lib/report/schema';

/**
 * Amount cells by their <td>, built per table on first use (hover), not up front: a page of a
 * hundred tables pays only for the tables the pointer visits.
 */
export function amountIndex(cellAt: (table: number, cell: CellRef) => Element | null) {
  let forAnalysis: PageAnalysis | null = null;
  let tableIndex = new Map<Element, number>();
  const perTable = new Map<number, Map<Element, AmountCell>>();
  return {
    /** the table's document index and the amount in `td`, if it is an amount cell */
    lookup(analysis: PageAnalysis, tables: Element[], td: Element): { table: number; amount?: AmountCell } | null {
      if (forAnalysis !== analysis) {
        forAnalysis = analysis;
        tableIndex = new Map(tables.map((el, i) => [el, i]));
        perTable.clear();
      }
      const tableEl = td.closest('table');
      const table = tableEl ? tableIndex.get(tableEl) : undefined;
      if (table === undefined) return null;
      let map = perTable.get(table);
      if (!map) {
        map = new Map();
        for (const a of analysis.amounts) {
          if (a.table !== table) continue;
          const el = cellAt(table, a.cell);
          if (el) map.set(el, a);
        }
        perTable.set(table, map);
      }
      return { table, amount: map.get(td) };
    },
  };
}
