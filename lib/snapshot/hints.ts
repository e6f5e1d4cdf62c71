import { BUDGET_WORD_SPACED } from '../tables/budget-words';
import type { PageSnapshot } from './schema';

/** Text blocks right above a table looked at as its possible title (lib/tables/context.ts reads a title there). */
const ABOVE = 3;
/** A table's first rows: its header and the row labels the detector reads (the first 60 items of each block). */
const ROWS = 80;
/** Cells looked at in all; past them the answer is yes (the old behaviour), so the check stays a few ms on any page. */
const MAX_CELLS = 6_000;

/**
 * Whether the page may hold a budget table: a word no budget table does without (lib/tables/budget-words.ts) in a
 * table's cells or caption, in the few text blocks right above a table, or in the page's title. False means the
 * analysis will find no budget table unless a table's title lies further above it than these blocks, so the answer
 * may only spare preparation (the overlay's fonts looked up before it is known whether anything is drawn), never
 * decide what is shown or checked. Stops at the first word (on a budget page, within its first rows); reads a
 * table's first rows only, and at most MAX_CELLS cells, so a huge page without a budget costs it a few ms.
 */
export function mayHoldBudgetTable(snapshot: Pick<PageSnapshot, 'title' | 'tables' | 'flow'>): boolean {
  const speaks = (text: string) => text !== '' && BUDGET_WORD_SPACED.test(text);
  if (speaks(snapshot.title)) return true;
  for (let i = 0; i < snapshot.flow.length; i++) {
    if (snapshot.flow[i]!.kind !== 'table') continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < ABOVE; j--) {
      const item = snapshot.flow[j]!;
      if (item.kind !== 'text') break; // another table: what is above it was looked at for that one
      seen++;
      if (speaks(item.text)) return true;
    }
  }
  let budget = MAX_CELLS;
  for (const table of snapshot.tables) {
    if (speaks(table.caption)) return true;
    const rows = Math.min(table.rows.length, ROWS);
    for (let r = 0; r < rows; r++) {
      const row = table.rows[r]!;
      if ((budget -= row.length) < 0) return true;
      for (const cell of row) if (speaks(cell.text)) return true;
    }
  }
  return false;
}
