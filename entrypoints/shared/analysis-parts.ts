import type { PageAnalysis } from '../../lib/report/schema';
import { LIST_KEYS, unpackRows, type ListKey, type ListParts, type PackedLists } from '../../lib/report/wire';
import type { PackedSnapshot, PackedTable } from '../../lib/snapshot/wire';
import { yieldToEventLoop } from '../../lib/yield';

/**
 * A page's snapshot and its analysis cross between the content script and the background in parts
 * (issue 13). Runtime messages are serialised and parsed on the page's main thread in one piece: on a
 * page of a hundred tables the analysis (4.4 MB: 24,000 verified relations, 21,000 amount cells,
 * 8,600 code cells) took a task of 140–160 ms to arrive, and the snapshot one to leave. In parts of
 * a bounded size each is a task of a few ms; the total is the same. The lists travel packed (rows of
 * numbers and a string table, lib/report/wire.ts: a third of the bytes) and are unpacked part by part.
 */

/** rows of one list per part (about 60 KB of JSON) */
export const ITEMS_PER_PART = 2500;
/** cells of the snapshot's tables per part */
export const CELLS_PER_PART = 4000;

/** a slice of one of the analysis's long lists, in its wire form (lib/report/wire.ts) */
export type AnalysisPart = { key: ListKey; rows: unknown[] };

/** The packed lists in parts of at most `per` rows, in list order (verified, amounts, codes). */
export function splitLists(lists: PackedLists, per = ITEMS_PER_PART): AnalysisPart[] {
  const parts: AnalysisPart[] = [];
  for (const key of LIST_KEYS) {
    const rows = (lists[key] ?? []) as unknown[];
    for (let i = 0; i < rows.length; i += per) parts.push({ key, rows: rows.slice(i, i + per) });
  }
  return parts;
}

/**
 * Put a part back into the analysis it came from (the head, in the order the parts were made), its rows
 * made items again with the head's string table; throws on a row that does not hold together.
 */
export function joinPart(head: PageAnalysis, part: AnalysisPart, strings: readonly string[]): void {
  if (!LIST_KEYS.includes(part?.key) || !Array.isArray(part.rows)) throw new Error('analysis: a part that is no list');
  const list = (head[part.key] ??= []) as unknown[];
  for (const item of unpackRows(part.key, part.rows, strings)) list.push(item);
}

/** The whole analysis from its head and its parts as JSON texts (ListParts); throws on a part that does not hold together. */
export function joinParts(head: PageAnalysis, lists: ListParts): PageAnalysis {
  for (const json of lists.parts) joinPart(head, JSON.parse(json) as AnalysisPart, lists.strings);
  return head;
}

/** ms of joining parts in one task before the page's own tasks get a turn */
export const JOIN_SLICE_MS = 8;

export interface PartJoinerOptions {
  sliceMs?: number;
  now?: () => number;
  /** how the joiner gives the page a turn (tests pass their own) */
  pause?: () => Promise<void>;
}

/**
 * Joins the parts of one analysis as they arrive, in tasks of its own: a port's messages can come in
 * a burst and be handled back to back, and a big page's 23 parts (1–20 ms each to parse and unpack)
 * then made tasks of 50–90 ms. `push` only queues; the parts are joined after a yield, in slices of
 * `sliceMs`, in the order they came. `done` is called once: with no argument when `expected` parts are
 * in, with the error when one does not hold together (nothing is joined after it).
 */
export function partJoiner(
  head: PageAnalysis,
  strings: readonly string[],
  expected: number,
  done: (error?: unknown) => void,
  opts: PartJoinerOptions = {},
): { push(json: string): void; stop(): void; allIn(): boolean } {
  const slice = opts.sliceMs ?? JOIN_SLICE_MS;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? yieldToEventLoop;
  const queue: string[] = [];
  let pushed = 0;
  let joined = 0;
  let running = false;
  let over = false;
  const end = (e?: unknown) => {
    if (over) return;
    over = true;
    done(e);
  };
  const drain = async () => {
    running = true;
    try {
      await pause();
      let t0 = now();
      while (queue.length && !over) {
        joinPart(head, JSON.parse(queue.shift()!) as AnalysisPart, strings);
        joined++;
        if (queue.length && now() - t0 > slice) {
          await pause();
          t0 = now();
        }
      }
    } catch (e) {
      end(e);
    } finally {
      running = false;
    }
    if (joined >= expected) end();
    // parts that came while the last one was joined
    else if (queue.length && !over) void drain();
  };
  if (expected <= 0) queueMicrotask(() => end());
  return {
    push(json) {
      if (over) return;
      pushed++;
      queue.push(json);
      if (!running) void drain();
    },
    stop() {
      over = true;
      queue.length = 0;
    },
    /** every part has come (some may still be waiting to be joined) */
    allIn: () => pushed >= expected,
  };
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
