import { isBlock, isBoldElement, isSkipped, leadingIndent, normalizeSpace, rawText, styleIndent } from '../dom/text';
import { allTables, rowCells, spanOf, tableRows } from '../dom/rows';
import type { CellSnapshot, FlowItem, PageSnapshot, TableSnapshot } from './schema';

/** Beyond this many cells a table is read only in part (and says so): a budget table is never this big. */
export const MAX_CELLS_PER_TABLE = 60_000;
/** Text blocks longer than this are cut: the analysis needs sentences, not novels. */
const MAX_TEXT_BLOCK = 20_000;

export interface ReadOptions {
  signal?: AbortSignal;
  /** time slice before yielding to the event loop, in ms */
  sliceMs?: number;
}

function cellSnapshot(el: Element): CellSnapshot {
  const parts = rawText(el);
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

function isNested(table: Element): boolean {
  let p = table.parentElement;
  while (p) {
    const n = p.nodeName.toUpperCase();
    if (n === 'TD' || n === 'TH') return true;
    p = p.parentElement;
  }
  return false;
}

/** Read one table; `deadline` lets the caller slice a huge table across tasks. */
export function snapshotTable(table: Element, index: number): TableSnapshot {
  const rows = tableRows(table);
  const out: CellSnapshot[][] = [];
  let cells = 0;
  let truncated = 0;
  for (const tr of rows) {
    if (cells >= MAX_CELLS_PER_TABLE) { truncated++; continue; }
    const line = rowCells(tr).map(cellSnapshot);
    cells += line.length;
    out.push(line);
  }
  const cap = Array.from(table.children).find((k) => k.nodeName.toUpperCase() === 'CAPTION');
  return {
    index,
    rows: out,
    caption: cap ? normalizeSpace(rawText(cap).join('')) : '',
    nested: isNested(table),
    hasNestedTable: !!table.querySelector('td table, th table'),
    truncatedRows: truncated,
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
  const walk = (node: Node) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
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
      if (isBlock(el)) {
        flush();
        if (/^H[1-6]$/.test(name)) heading = true;
        walk(el);
        flush();
      } else walk(el);
    }
  };
  walk(root);
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
  for (let i = 0; i < tables.length; i++) {
    snaps.push(snapshotTable(tables[i]!, i));
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
  return {
    snapshot: {
      url: href,
      title: normalizeSpace(doc.title ?? ''),
      tables: tables.map((t, i) => snapshotTable(t, i)),
      flow: doc.body ? readFlow(doc.body, index) : [],
      ...(links.length ? { links } : {}),
    },
    tables,
  };
}
