/**
 * The PDF reader: a PDF opened by pdf.js → the same PageSnapshot the HTML reader produces, so every
 * rule runs unchanged. Environment-agnostic (no Node imports): the caller opens the document.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { PageSnapshot, TableSnapshot } from '../snapshot/schema';
import { buildFlow } from './flow';
import { layoutPage, type PageLayout } from './page';
import { pageSegments, type Matrix } from './rules';
import { toRun, type RawTextItem, type Run } from './text';

export interface PdfReadOptions {
  url?: string;
  signal?: AbortSignal;
  /** pages read at most (default 300); the rest is reported in the notes */
  maxPages?: number;
}

export interface PdfReadResult {
  snapshot: PageSnapshot;
  pages: number;
  textItems: number;
  /** what could not be read, per page */
  notes: string[];
}

export type PdfReadErrorCode = 'encrypted' | 'corrupt' | 'no-text' | 'too-large' | 'aborted';

export class PdfReadError extends Error {
  constructor(public code: PdfReadErrorCode, message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export const DEFAULT_MAX_PAGES = 300;

const BOLD_NAME = /bold|black|heavy|hei|黑体|demi|semibold|W[6-9]\b/i;

function boldTester(page: PDFPageProxy): (font: string) => boolean {
  const cache = new Map<string, boolean>();
  return (font) => {
    let v = cache.get(font);
    if (v === undefined) {
      v = false;
      try {
        // the font object is in commonObjs once the operator list has been read
        const objs = page.commonObjs as unknown as { has(id: string): boolean; get(id: string): { name?: string; bold?: boolean } | null };
        if (objs.has(font)) {
          const f = objs.get(font);
          v = !!f && (f.bold === true || BOLD_NAME.test(f.name ?? ''));
        }
      } catch {
        v = false;
      }
      cache.set(font, v);
    }
    return v;
  };
}

async function readPage(doc: PDFDocumentProxy, n: number, prevXs: number[] | null): Promise<{ layout: PageLayout; items: number; rulesSkipped: boolean }> {
  const page = await doc.getPage(n);
  {
    const viewport = page.getViewport({ scale: 1 });
    const vt = viewport.transform as Matrix;
    const ops = await page.getOperatorList();
    const content = await page.getTextContent();
    const bold = boldTester(page);
    const runs: Run[] = [];
    let items = 0;
    for (const it of content.items) {
      if (!('str' in it)) continue;
      items++;
      const r = toRun(it as RawTextItem, vt, bold);
      if (r) runs.push(r);
    }
    const segs = pageSegments(ops.fnArray, ops.argsArray, vt);
    const layout = layoutPage(n, viewport.width, viewport.height, runs, segs ?? [], prevXs);
    return { layout, items, rulesSkipped: segs === null };
  }
}

/** Read a PDF opened by pdf.js into a page snapshot (tables by their rules, prose in reading order). */
export async function readPdfDocument(doc: PDFDocumentProxy, opts: PdfReadOptions = {}): Promise<PdfReadResult> {
  const max = opts.maxPages ?? DEFAULT_MAX_PAGES;
  const total = doc.numPages;
  const count = Math.min(total, max);
  const notes: string[] = [];
  const layouts: PageLayout[] = [];
  const sizes: { w: number; h: number }[] = [];
  let textItems = 0;
  const emptyPages: number[] = [];
  for (let n = 1; n <= count; n++) {
    if (opts.signal?.aborted) throw new PdfReadError('aborted', 'reading the PDF was aborted');
    try {
      // the columns of the last table on the previous page, for a piece of it continued here
      const prev = layouts[layouts.length - 1];
      const lastTable = prev && prev.page === n - 1 ? [...prev.tables].sort((a, b) => b.grid.rect.y2 - a.grid.rect.y2)[0] : undefined;
      const { layout, items, rulesSkipped } = await readPage(doc, n, lastTable?.grid.xs ?? null);
      layouts.push(layout);
      sizes.push({ w: layout.w, h: layout.h });
      textItems += items;
      if (rulesSkipped) notes.push(`page ${n}: too many drawn paths; its tables were not read`);
      if (layout.lines.length === 0 && layout.tables.every((t) => t.rows.every((r) => r.every((c) => !c.text)))) {
        if (layout.tables.length === 0) emptyPages.push(n);
      }
    } catch (e) {
      if (e instanceof PdfReadError) throw e;
      notes.push(`page ${n}: could not be read (${(e as Error).message})`);
      const fallback = sizes[sizes.length - 1] ?? { w: 595, h: 842 };
      sizes.push(fallback);
      emptyPages.push(n);
    }
  }
  if (textItems === 0 || layouts.every((l) => l.lines.length === 0 && l.tables.every((t) => t.rows.every((r) => r.every((c) => !c.text))))) {
    throw new PdfReadError('no-text', 'the PDF has no text layer (a scan?): nothing can be read or checked');
  }
  for (const n of emptyPages) notes.push(`page ${n}: no text (a scanned or blank page): not read`);
  if (total > count) notes.push(`only the first ${count} of ${total} pages were read`);
  const { flow, tables, notes: flowNotes } = buildFlow(layouts);
  notes.push(...flowNotes);
  let title = '';
  try {
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: unknown } | undefined;
    if (info && typeof info.Title === 'string') title = info.Title.trim();
  } catch {
    // metadata is optional
  }
  const snapshot: PageSnapshot = {
    url: opts.url ?? '',
    title,
    tables: tables as TableSnapshot[],
    flow,
    source: { kind: 'pdf', pages: count, pageSizes: sizes },
  };
  return { snapshot, pages: count, textItems, notes };
}
