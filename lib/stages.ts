/**
 * The first stage of a page's results (lib/analyze.ts `stage: 'view'`): which tables the content
 * script reads first. Its own module, without the rules: the content script imports it.
 */

/**
 * How many tables on each side of a table must be in a partial snapshot for that table to be settled.
 * A table is joined with the continuation parts that follow it (a table cut by a page break), and the
 * decision looks at the table before; two neighbours each side keep those decisions the same as on
 * the whole page (tests/corpus/stages.test.ts checks it on every real document and every window).
 */
export const VIEW_MARGIN = 2;

/** The table indices to read first for the tables in view: each with VIEW_MARGIN neighbours each side. */
export function viewWindow(inView: number[], count: number): number[] {
  const out = new Set<number>();
  for (const i of inView) for (let k = i - VIEW_MARGIN; k <= i + VIEW_MARGIN; k++) if (k >= 0 && k < count) out.add(k);
  return [...out].sort((a, b) => a - b);
}
