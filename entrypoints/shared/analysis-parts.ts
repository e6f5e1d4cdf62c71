import type { PageAnalysis } from '../../lib/report/schema';
import type { PackedSnapshot, PackedTable } from '../../lib/snapshot/wire';

/**
 * A page's snapshot and its analysis cross between the content script and the background in parts
 * (issue 13). Runtime messages are serialised and parsed on the page's main thread in one piece: on a
 * page of a hundred tables the analysis (4.4 MB: 24,000 verified relations, 21,000 amount cells,
 * 8,600 code cells) took a task of 140–160 ms to arrive, and the snapshot one to leave. In parts of
 * a bounded size each is a task of a few ms; the total is the same.
 */

/** the long lists of an analysis, sent after the rest of it */
export const LIST_KEYS = ['verified', 'amounts', 'codes'] as const;
export type ListKey = (typeof LIST_KEYS)[number];
/** items of one list per part (about 200 KB of JSON) */
export const ITEMS_PER_PART = 2500;
/** cells of the snapshot's tables per part */
export const CELLS_PER_PART = 4000;

export type AnalysisPart = { key: ListKey; items: unknown[] };

/** The analysis without its long lists (empty lists in their place), then the lists in parts. */
export function splitAnalysis(analysis: PageAnalysis, per = ITEMS_PER_PART): { head: PageAnalysis; parts: AnalysisPart[] } {
  const head: PageAnalysis = { ...analysis, verified: [], amounts: [], ...(analysis.codes ? { codes: [] } : {}) };
  const parts: AnalysisPart[] = [];
  for (const key of LIST_KEYS) {
    const list = (analysis[key] ?? []) as unknown[];
    for (let i = 0; i < list.length; i += per) parts.push({ key, items: list.slice(i, i + per) });
  }
  return { head, parts };
}

/** Put a part back into the analysis it came from (the head, in the order the parts were made). */
export function joinPart(head: PageAnalysis, part: AnalysisPart): void {
  const list = (head[part.key] ??= []) as unknown[];
  for (const item of part.items) list.push(item);
}

/** The snapshot (its wire form) without its tables, then the tables in groups of about `cells` cells (a bigger table alone). */
export function splitSnapshot(snapshot: PackedSnapshot, cells = CELLS_PER_PART): { head: PackedSnapshot; parts: PackedTable[][] } {
  const parts: PackedTable[][] = [];
  let group: PackedTable[] = [];
  let n = 0;
  for (const t of snapshot.tables) {
    const size = t.text.reduce((s, r) => s + r.length, 0);
    if (group.length && n + size > cells) {
      parts.push(group);
      group = [];
      n = 0;
    }
    group.push(t);
    n += size;
  }
  if (group.length) parts.push(group);
  return { head: { ...snapshot, tables: [] }, parts };
}
