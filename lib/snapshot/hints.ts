import { labelKey } from '../dom/text';
import { BUDGET_WORD } from '../tables/budget-words';
import type { PageSnapshot } from './schema';

/** Text blocks right above a table looked at as its possible title (lib/tables/context.ts reads a title there). */
const ABOVE = 3;

/**
 * Whether the page may hold a budget table: a word no budget table does without (lib/tables/budget-words.ts) in a
 * table's cells or caption, in the few text blocks right above a table, or in the page's title. False means the
 * analysis will find no budget table unless a table's title lies further above it than these blocks, so the answer
 * may only spare preparation (the overlay's fonts looked up before it is known whether anything is drawn), never
 * decide what is shown or checked. Stops at the first word: on a budget page that is within its first rows.
 */
export function mayHoldBudgetTable(snapshot: Pick<PageSnapshot, 'title' | 'tables' | 'flow'>): boolean {
  const speaks = (text: string) => text !== '' && BUDGET_WORD.test(labelKey(text));
  if (speaks(snapshot.title)) return true;
  for (let i = 0; i < snapshot.flow.length; i++) {
    if (snapshot.flow[i]!.kind !== 'table') continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < ABOVE; j--) {
      const item = snapshot.flow[j]!;
      if (item.kind !== 'text') continue;
      seen++;
      if (speaks(item.text)) return true;
    }
  }
  for (const table of snapshot.tables) {
    if (speaks(table.caption)) return true;
    for (const row of table.rows) for (const cell of row) if (speaks(cell.text)) return true;
  }
  return false;
}
