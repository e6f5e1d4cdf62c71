import { isBlock, isBoldElement, isSkipped, leadingIndent, normalizeSpace, rawText, styleIndent } from '../dom/text';
import { allTables, rowCells, spanOf, tableRows } from '../dom/rows';
import { buildGrid, MAX_GRID_SLOTS } from '../tables/grid';
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
}

function cellSnapshot(el: Element): CellSnapshot {
  const parts = rawText(el, [], { skipTables: true });
  const raw = parts.join('');
  // bold: the cell itself, or a <b>/<strong> wrapping its whole text (checked on the first child only:
  // a per-cell querySelector costs more than reading the text)
  let bold = isBoldElement(el);
  const lead = el.firstElementChild;
  if (!bold && lead && el.childElementCount === 1 && /^(B|STRONG)$/i.test(lead.nodeName)) bold = true;
  let indent = leadingIndent(raw) + styleIndent(el);
  if (lead) indent += styleIndent(lead);
  return {
    text: normalizeSpace(raw),
    rowSpan: spanOf(el, 'rowspan'),
    colSpan: spanOf(el, 'colspan'),
    header: el.nodeName.toUpperCase() === 'TH',
    indent,
    bold,
  };
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
 * Spans as far as the table really reaches: rowspan="0" and rowspans past the last row become the
 * rows that exist, colspans stop at the last column where a cell starts. The analysis then builds the
 * same small grid the reader built, whatever the attributes claimed.
 */
function clampSpans(rows: CellSnapshot[][], budgetSlots: number): { rows: CellSnapshot[][]; truncated: number; slots: number } {
  const grid = buildGrid(rows, { maxSlots: budgetSlots });
  const placed = new Map<CellSnapshot, { row: number; col: number }>();
  for (const line of grid.slots) for (const s of line) if (s?.isOrigin) placed.set(s.cell, { row: s.originRow, col: s.originCol });
  const out: CellSnapshot[][] = [];
  for (let r = 0; r < grid.rows; r++) {
    out.push(
      rows[r]!.flatMap((cell) => {
        const at = placed.get(cell);
        if (!at) return []; // pushed past the last column (more than 1000 wide): never laid out
        const reach = grid.rows - at.row;
        const rowSpan = cell.rowSpan === 0 || cell.rowSpan > reach ? reach : cell.rowSpan;
        const colSpan = Math.max(1, Math.min(cell.colSpan, grid.cols - at.col));
        return rowSpan === cell.rowSpan && colSpan === cell.colSpan ? [cell] : [{ ...cell, rowSpan, colSpan }];
      }),
    );
  }
  return { rows: out, truncated: grid.truncatedRows, slots: grid.rows * grid.cols };
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
): TableSnapshot {
  const rows = tableRows(table);
  const cellCap = Math.min(MAX_CELLS_PER_TABLE, budget.cells);
  const pageLimited = budget.cells < MAX_CELLS_PER_TABLE || budget.slots < MAX_GRID_SLOTS;
  const read: CellSnapshot[][] = [];
  let cells = 0;
  let truncated = 0;
  for (const tr of rows) {
    // once a row does not fit, every later row is left out too (rows are read in order or not at all)
    if (truncated > 0) { truncated++; continue; }
    const els = rowCells(tr);
    if (cells + els.length > cellCap && (read.length > 0 || cells >= cellCap)) { truncated++; continue; }
    const line = els.map(cellSnapshot);
    cells += line.length;
    read.push(line);
  }
  const clamped = clampSpans(read, Math.min(MAX_GRID_SLOTS, budget.slots));
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
  // `kids` is taken once per element: a DOM without live node lists (linkedom, in the CLI) builds the
  // list anew on every read, which made a page of 5,000 paragraphs in one <div> quadratic
  type Step = { kids: NodeListOf<ChildNode>; next: number; block: boolean };
  const stack: Step[] = [{ kids: root.childNodes, next: 0, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const kids = top.kids;
    if (top.next >= kids.length) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    const k = kids[top.next++]!;
    if (k.nodeType === 3) { buf.push((k as Text).data.replace(/[\r\n]+/g, ' ')); continue; }
    if (k.nodeType !== 1) continue;
    const el = k as Element;
    const name = el.nodeName.toUpperCase();
    if (isSkipped(el)) continue;
    if (name === 'BR') { buf.push(LINE); continue; }
    if (name === 'TABLE') {
      flush();
      const idx = tableIndex.get(el);
      if (idx !== undefined) flow.push({ kind: 'table', index: idx });
      continue; // text inside tables belongs to the table
    }
    const block = isBlock(el);
    if (block) {
      flush();
      if (/^H[1-6]$/.test(name)) heading = true;
    }
    stack.push({ kids: el.childNodes, next: 0, block });
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

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Snapshot a whole document: all tables (by document index) and the text flow. Yields to the event
 * loop every `sliceMs` so even a page with 100 tables never makes a long task.
 */
export async function snapshotPage(
  doc: Document,
  opts: ReadOptions = {},
): Promise<{ snapshot: PageSnapshot; tables: Element[] }> {
  const slice = opts.sliceMs ?? 8;
  const tables = allTables(doc);
  const index = new Map<Element, number>();
  tables.forEach((t, i) => index.set(t, i));
  let start = now();
  const check = async () => {
    if (opts.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (now() - start > slice) {
      await yieldToEventLoop();
      start = now();
    }
  };
  const snaps: TableSnapshot[] = [];
  const budget = pageBudget();
  const nest = nesting(tables);
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i]!;
    snaps.push(snapshotTable(t, i, budget, { nested: nest.nested.has(t), hasNestedTable: nest.hasNested.has(t) }));
    await check();
  }
  const flow = doc.body ? readFlow(doc.body, index) : [];
  await check();
  const url = doc.location?.href ?? doc.URL ?? '';
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
