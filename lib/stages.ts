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

/**
 * Whether a first stage pays: only where the rest of the page is long to analyse (the 100-table page:
 * its whole result came seconds after the first; a page with megabytes of 说明: the same). Under these
 * bounds the whole page's result comes about as soon — 7,000 table cells (about 1,000 rows of a
 * usual table), 0.1–0.3 s of analysis; 100,000 characters of text about as much — and a first stage only made a second analysis
 * run beside it: on two cores the whole page's analysis took 1.5–2× as long, and so did its first
 * highlight (issue 13).
 */
export const FIRST_STAGE_MIN_CELLS = 7000;
export const FIRST_STAGE_MIN_TEXT = 100_000;

/** The tables to read first: the tables in view with their neighbours; none when that is the whole page. */
export function firstWindow(inView: number[], count: number): number[] {
  const first = viewWindow(inView, count);
  // the tables in view and their neighbours are all the page has: a first stage would only analyse the same tables twice
  return first.length > 0 && first.length < count ? first : [];
}

/**
 * Cells of the tables outside `window`, counted only up to FIRST_STAGE_MIN_CELLS: `cellsOf(i)` is table
 * i's cell count as the content script estimates it before reading any cell (rows × the width of a row,
 * native counts). Cells, not rows: a 决算 table of 20–30 columns holds three times the cells per row.
 */
export function cellsOutside(window: number[], count: number, cellsOf: (i: number) => number): number {
  const inWindow = new Set(window);
  let rest = 0;
  for (let i = 0; i < count && rest < FIRST_STAGE_MIN_CELLS; i++) if (!inWindow.has(i)) rest += cellsOf(i);
  return rest;
}

/** Characters of text in a snapshot's flow, counted only up to FIRST_STAGE_MIN_TEXT. */
export function textChars(flow: readonly { kind: string; text?: string }[]): number {
  let n = 0;
  for (const item of flow) {
    if (item.kind === 'text') n += item.text?.length ?? 0;
    if (n >= FIRST_STAGE_MIN_TEXT) break;
  }
  return n;
}

/** Send the first stage: the rest of the page is long to analyse, by its tables or by its text. */
export function worthFirstStage(cells: number, text: number): boolean {
  return cells >= FIRST_STAGE_MIN_CELLS || text >= FIRST_STAGE_MIN_TEXT;
}
