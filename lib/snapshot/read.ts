import { isBlockName, isSkippedName, normalizeSpace, rawText } from '../dom/text';
import { allTables, rowCells, tableRows } from '../dom/rows';
import { eachCell, wholeTable, type CellsReader } from './cells';
import { MAX_GRID_SLOTS } from '../tables/grid';
import { clampSpans, type Clamped } from './spans';
import { yieldToEventLoop } from '../yield';
import type { CellSnapshot, FlowItem, PageSnapshot, TableSnapshot } from './schema';

/** Beyond this many cells a table is read only in part (and says so): a budget table is never this big. */
export const MAX_CELLS_PER_TABLE = 60_000;
/** What one page may cost in all: cells read and grid slots laid out, over all its tables. */
export const MAX_CELLS_PER_PAGE = 300_000;
export const MAX_SLOTS_PER_PAGE = 1_000_000;

/** What is left of the page's budget; each table read spends from it. */
export interface PageBudget { cells: number; slots: number }
export const pageBudget = (): PageBudget => ({ cells: MAX_CELLS_PER_PAGE, slots: MAX_SLOTS_PER_PAGE });
/** Text blocks longer than this are cut: the analysis needs sentences, not novels. */
const MAX_TEXT_BLOCK = 20_000;

export interface ReadOptions {
  signal?: AbortSignal;
  /** time slice before yielding to the event loop, in ms */
  sliceMs?: number;
  /**
   * The tables to read first (the content script: those in the viewport), as indices into `tables`
   * (allTables order); indices that name no table are ignored. Used only with `onFirst`.
   */
  first?: (tables: Element[]) => number[];
  /**
   * Called once, before the promise resolves, as soon as the `first` tables and the text flow are
   * read: a snapshot holding only those tables (each with its document index), the whole flow, the
   * title and url, no links. The flow array is the one the whole snapshot will hold: do not change it.
   */
  onFirst?: (partial: PageSnapshot) => void;
}

/**
 * nested: the table sits in another table's cell; hasNestedTable: another table sits in one of its
 * cells. Found by walking up from each table (a loop, not recursion: nesting depth is the page's choice)
 * to its nearest enclosing cell and table, instead of a selector query per table (quadratic in depth).
 */
function nesting(tables: Element[]): { nested: Set<Element>; hasNested: Set<Element> } {
  const nested = new Set<Element>();
  const hasNested = new Set<Element>();
  for (const t of tables) {
    let inCell = false;
    for (let p = t.parentElement; p; p = p.parentElement) {
      const n = p.nodeName.toUpperCase();
      if (n === 'TD' || n === 'TH') {
        inCell = true;
        nested.add(t);
      } else if (n === 'TABLE' && inCell) {
        hasNested.add(p);
        break;
      }
    }
  }
  return { nested, hasNested };
}

function nestingOf(table: Element): { nested: boolean; hasNestedTable: boolean } {
  const { nested, hasNested } = nesting([table, ...Array.from(table.getElementsByTagName('table'))]);
  return { nested: nested.has(table), hasNestedTable: hasNested.has(table) };
}

/**
 * Read one table. A table larger than its own cap or than what is left of the page's budget is read
 * in part: `truncatedRows` counts the rows left out (the analysis tells the user), `truncatedBy` says
 * which limit it was.
 */
export function snapshotTable(
  table: Element,
  index: number,
  budget: PageBudget = pageBudget(),
  nest: { nested: boolean; hasNestedTable: boolean } = nestingOf(table),
  /** how spans are cut to the table (tests pass the grid's general path to compare) */
  clamp: (rows: CellSnapshot[][], budgetSlots: number) => Clamped = clampSpans,
  /** how the cells are read (tests pass the general path, cell by cell, to compare) */
  readCells?: CellsReader,
): TableSnapshot {
  const rows = tableRows(table);
  const cellCap = Math.min(MAX_CELLS_PER_TABLE, budget.cells);
  const pageLimited = budget.cells < MAX_CELLS_PER_TABLE || budget.slots < MAX_GRID_SLOTS;
  const picked: Element[][] = [];
  let cells = 0;
  let truncated = 0;
  for (const tr of rows) {
    // once a row does not fit, every later row is left out too (rows are read in order or not at all)
    if (truncated > 0) { truncated++; continue; }
    const els = rowCells(tr);
    if (cells + els.length > cellCap && (picked.length > 0 || cells >= cellCap)) { truncated++; continue; }
    cells += els.length;
    picked.push(els);
  }
  // a table holding tables is read cell by cell (see cells.ts)
  const read = (readCells ?? (nest.hasNestedTable ? eachCell : wholeTable))(table, picked);
  const clamped = clamp(read, Math.min(MAX_GRID_SLOTS, budget.slots));
  // rows the grid did not lay out, plus empty rows after them (they would have been read with them)
  const dropped = truncated + (clamped.truncated > 0 ? read.length - clamped.rows.length : 0);
  budget.cells = Math.max(0, budget.cells - cells);
  budget.slots = Math.max(0, budget.slots - clamped.slots);
  const cap = Array.from(table.children).find((k) => k.nodeName.toUpperCase() === 'CAPTION');
  return {
    index,
    rows: clamped.rows,
    caption: cap ? normalizeSpace(rawText(cap).join('')) : '',
    nested: nest.nested,
    hasNestedTable: nest.hasNestedTable,
    truncatedRows: dropped,
    ...(dropped > 0 ? { truncatedBy: pageLimited ? ('page' as const) : ('table' as const) } : {}),
  };
}

const LINE = '\u2029';

/** Document flow: text blocks outside tables and table markers, in document order. */
export function readFlow(root: Element, tableIndex: Map<Element, number>): FlowItem[] {
  const flow: FlowItem[] = [];
  let buf: string[] = [];
  let heading = false;
  const flush = () => {
    const raw = buf.join('');
    buf = [];
    // keep line structure: a paragraph pasted from PDF breaks lines mid-sentence, checks rejoin them
    for (const line of raw.split(LINE)) {
      const text = normalizeSpace(line).slice(0, MAX_TEXT_BLOCK);
      if (text) flow.push({ kind: 'text', text, heading });
    }
    heading = false;
  };
  // an explicit stack, not recursion: the page decides how deep its elements nest. A block element
  // pushes a marker that flushes its text when the walk leaves it.
  // Children are followed by nextSibling, not indexed in childNodes: in a browser each index into a
  // NodeList goes through its indexed getter (the slowest kind of DOM call), and a DOM without live
  // node lists (linkedom, in the CLI) built the list anew on every read
  type Step = { next: ChildNode | null; block: boolean };
  const stack: Step[] = [{ next: root.firstChild, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const k = top.next;
    if (k === null) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    top.next = k.nextSibling;
    if (k.nodeType === 3) { buf.push((k as Text).data.replace(/[\r\n]+/g, ' ')); continue; }
    if (k.nodeType !== 1) continue;
    const el = k as Element;
    const name = el.nodeName.toUpperCase();
    if (isSkippedName(name)) continue;
    if (name === 'BR') { buf.push(LINE); continue; }
    if (name === 'TABLE') {
      flush();
      const idx = tableIndex.get(el);
      if (idx !== undefined) flow.push({ kind: 'table', index: idx });
      continue; // text inside tables belongs to the table
    }
    const block = isBlockName(name);
    if (block) {
      flush();
      if (/^H[1-6]$/.test(name)) heading = true;
    }
    stack.push({ next: el.firstChild, block });
  }
  flush();
  return flow;
}

const MAX_LINKS = 200;

/**
 * Links to PDF files (a disclosure's tables are often an attached PDF): by the address's file name
 * or, for download scripts ("download.jsp?id=…"), by a link text that names a .pdf file.
 */
export function pdfLinks(doc: Document, base: string): { href: string; text: string }[] {
  const out: { href: string; text: string }[] = [];
  const seen = new Set<string>();
  const anchors = doc.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && out.length < MAX_LINKS; i++) {
    const a = anchors[i]!;
    const raw = a.getAttribute('href');
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw, base || undefined);
    } catch {
      continue;
    }
    if (!/^(https?|file):$/.test(url.protocol)) continue;
    const text = normalizeSpace(a.textContent ?? '').slice(0, 500);
    if (!/\.pdf$/i.test(url.pathname) && !/\.pdf\b/i.test(text)) continue;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    out.push({ href: url.href.slice(0, 4000), text });
  }
  return out;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}


/**
 * Whether a table read now would come out as with a fresh page budget: its own caps then bind, not
 * what is left of the page's (see snapshotTable). A table read first is reused only if this held both
 * when it was read and where the read in document order reaches it.
 */
const unconstrained = (b: PageBudget) => b.cells >= MAX_CELLS_PER_TABLE && b.slots >= MAX_GRID_SLOTS;

/** Indices `first` chose: whole numbers naming a table, each once, in document order. */
function chosen(picked: readonly number[], count: number): number[] {
  const ok = new Set<number>();
  for (const i of picked) if (Number.isInteger(i) && i >= 0 && i < count) ok.add(i);
  return [...ok].sort((a, b) => a - b);
}

/**
 * Snapshot a whole document: all tables (by document index) and the text flow. Yields to the event
 * loop every `sliceMs` so even a page with 100 tables never makes a long task.
 *
 * With `onFirst`, the tables `first` picks (the ones in view) and the text flow are read before
 * anything else and handed over as a partial snapshot (no links); then the other tables are read and
 * the whole snapshot returned, identical to a read without `first`. The tables read first are reused,
 * not read again; on a page whose budget runs low (over 240,000 cells before a table) a chosen table
 * is read again in document order, so the whole snapshot accounts the budget as always. The partial's
 * tables are each as the whole snapshot has them, except there: the partial reads its tables against
 * a budget of its own (so it is bounded too), and a table the whole read cut short for the page's
 * budget may be whole (or cut differently) in the partial.
 */
export async function snapshotPage(
  doc: Document,
  opts: ReadOptions = {},
): Promise<{ snapshot: PageSnapshot; tables: Element[]; busyMs: number }> {
  const slice = opts.sliceMs ?? 12;
  const begun = now();
  const tables = allTables(doc);
  const index = new Map<Element, number>();
  tables.forEach((t, i) => index.set(t, i));
  let start = now();
  // the time spent reading, yields and the onFirst callback left out (what the read costs the page's thread)
  let busy = start - begun;
  // called between pieces of work; true when the slice is spent (then the caller awaits a yield)
  const due = () => {
    if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    return now() - start > slice;
  };
  const pause = async () => {
    busy += now() - start;
    await yieldToEventLoop();
    start = now();
    if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
  };
  const nest = nesting(tables);
  const nestOf = (t: Element) => ({ nested: nest.nested.has(t), hasNestedTable: nest.hasNested.has(t) });
  const urlOf = () => doc.location?.href ?? doc.URL ?? '';
  let flow: FlowItem[] | null = null;

  // the priority read: chosen tables, then the flow, handed over at once
  const early = new Map<number, { snap: TableSnapshot; cells: number; slots: number; reusable: boolean }>();
  if (opts.onFirst) {
    const picked = opts.first ? chosen(opts.first(tables), tables.length) : [];
    const own = pageBudget();
    for (const i of picked) {
      const reusable = unconstrained(own);
      const before = { ...own };
      const t = tables[i]!;
      const snap = snapshotTable(t, i, own, nestOf(t));
      early.set(i, { snap, cells: before.cells - own.cells, slots: before.slots - own.slots, reusable });
      if (due()) await pause();
    }
    flow = doc.body ? readFlow(doc.body, index) : [];
    const handOver = now();
    opts.onFirst({ url: urlOf(), title: normalizeSpace(doc.title ?? ''), tables: picked.map((i) => early.get(i)!.snap), flow });
    busy -= now() - handOver;
    if (due()) await pause();
  }

  const snaps: TableSnapshot[] = [];
  const budget = pageBudget();
  for (let i = 0; i < tables.length; i++) {
    const e = early.get(i);
    if (e && e.reusable && unconstrained(budget)) {
      // what snapshotTable would have spent: with the budget unconstrained, exactly what it spent then
      snaps.push(e.snap);
      budget.cells = Math.max(0, budget.cells - e.cells);
      budget.slots = Math.max(0, budget.slots - e.slots);
      continue;
    }
    const t = tables[i]!;
    snaps.push(snapshotTable(t, i, budget, nestOf(t)));
    if (due()) await pause();
  }
  if (!flow) {
    flow = doc.body ? readFlow(doc.body, index) : [];
    if (due()) await pause();
  }
  const url = urlOf();
  const links = pdfLinks(doc, doc.baseURI || url);
  return {
    snapshot: {
      url,
      title: normalizeSpace(doc.title ?? ''),
      tables: snaps,
      flow,
      ...(links.length ? { links } : {}),
    },
    tables,
    busyMs: busy + (now() - start),
  };
}

/** Synchronous variant for Node (CLI, tests): same result, no yielding. */
export function snapshotPageSync(doc: Document, url = ''): { snapshot: PageSnapshot; tables: Element[] } {
  const tables = allTables(doc);
  const index = new Map<Element, number>();
  tables.forEach((t, i) => index.set(t, i));
  const href = url || (doc.URL ?? '');
  const links = pdfLinks(doc, href);
  const budget = pageBudget();
  const nest = nesting(tables);
  return {
    snapshot: {
      url: href,
      title: normalizeSpace(doc.title ?? ''),
      tables: tables.map((t, i) => snapshotTable(t, i, budget, { nested: nest.nested.has(t), hasNestedTable: nest.hasNested.has(t) })),
      flow: doc.body ? readFlow(doc.body, index) : [],
      ...(links.length ? { links } : {}),
    },
    tables,
  };
}
