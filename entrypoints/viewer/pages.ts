/**
 * The viewer's pages: one box per PDF page at the current zoom, the canvas and pdf.js's text layer
 * (selectable, found by the browser's find) drawn only for pages near the viewport, so a long PDF
 * costs what is on screen. Positions are PDF points × zoom (CSS variable --total-scale-factor), so
 * anything placed in page coordinates (the stand-in tables) follows the zoom without being rebuilt.
 */
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/types/src/display/api';
import { TextLayer } from 'pdfjs-dist';

export interface PageSize {
  w: number;
  h: number;
}

interface PageView {
  n: number;
  el: HTMLElement;
  size: PageSize;
  drawnAt: number; // zoom the canvas was drawn at (0: not drawn)
  task: RenderTask | null;
  text: TextLayer | null;
  failed: boolean;
}

export interface PagesView {
  pages: PageView[];
  /** The element of page n (1-based), where the stand-in tables of that page go. */
  pageEl(n: number): HTMLElement | null;
  setZoom(z: number): void;
  zoom(): number;
  /** The page most visible in the viewport (1-based). */
  current(): number;
  scrollToPage(n: number): void;
  /** Pages that could not be drawn (reported, never silent). */
  failures(): number[];
  destroy(): void;
}

export async function createPagesView(
  doc: PDFDocumentProxy,
  container: HTMLElement,
  opts: { zoom: number; signal: AbortSignal; onPageChange(n: number): void; onFailure(n: number, e: unknown): void },
): Promise<PagesView> {
  let zoom = opts.zoom;
  const pages: PageView[] = [];
  const proxies = new Map<number, PDFPageProxy>();
  const dpr = () => Math.min(2, window.devicePixelRatio || 1);

  // page sizes first (cheap), so the scroll height is right before anything is drawn
  for (let n = 1; n <= doc.numPages; n++) {
    if (opts.signal.aborted) break;
    const p = await doc.getPage(n);
    proxies.set(n, p);
    const vp = p.getViewport({ scale: 1 });
    const el = document.createElement('section');
    el.className = 'll-page';
    el.dataset.page = String(n);
    el.setAttribute('aria-label', `第 ${n} 页 / page ${n}`);
    el.style.setProperty('--page-w', `${vp.width}px`);
    el.style.setProperty('--page-h', `${vp.height}px`);
    container.append(el);
    pages.push({ n, el, size: { w: vp.width, h: vp.height }, drawnAt: 0, task: null, text: null, failed: false });
  }
  container.style.setProperty('--total-scale-factor', String(zoom));

  const visible = new Set<number>();
  const draw = async (v: PageView) => {
    if (v.drawnAt === zoom || opts.signal.aborted) return;
    const page = proxies.get(v.n)!;
    const at = zoom;
    v.task?.cancel();
    const viewport = page.getViewport({ scale: at });
    const canvas = document.createElement('canvas');
    const ratio = dpr();
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.className = 'll-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    const task = page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
    v.task = task;
    try {
      await task.promise;
    } catch (e) {
      if ((e as Error)?.name === 'RenderingCancelledException') return;
      v.failed = true;
      opts.onFailure(v.n, e);
      return;
    }
    if (zoom !== at) return; // zoom changed meanwhile: the next pass draws it
    v.el.querySelector('.ll-canvas')?.remove();
    v.el.prepend(canvas);
    v.drawnAt = at;
    if (!v.text) {
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      v.el.append(layer);
      const text = new TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport: page.getViewport({ scale: 1 }) });
      v.text = text;
      await text.render().catch((e) => opts.onFailure(v.n, e));
    }
  };

  // draw what is near the viewport; forget canvases far away (memory on long documents)
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const n = Number((e.target as HTMLElement).dataset.page);
        if (e.isIntersecting) visible.add(n);
        else visible.delete(n);
      }
      for (const n of visible) void draw(pages[n - 1]!);
      opts.onPageChange(current());
    },
    { rootMargin: '100% 0px' },
  );
  for (const v of pages) io.observe(v.el);
  const onScroll = () => opts.onPageChange(current());
  window.addEventListener('scroll', onScroll, { passive: true, signal: opts.signal });

  function current(): number {
    const mid = window.innerHeight / 2;
    let best = 1;
    let dist = Infinity;
    for (const n of visible) {
      const r = pages[n - 1]!.el.getBoundingClientRect();
      const d = r.top <= mid && r.bottom >= mid ? 0 : Math.min(Math.abs(r.top - mid), Math.abs(r.bottom - mid));
      if (d < dist) {
        dist = d;
        best = n;
      }
    }
    return best;
  }

  opts.signal.addEventListener('abort', () => {
    io.disconnect();
    for (const v of pages) v.task?.cancel();
  });

  return {
    pages,
    pageEl: (n) => pages[n - 1]?.el ?? null,
    setZoom(z) {
      const page = current();
      zoom = z;
      container.style.setProperty('--total-scale-factor', String(z));
      for (const n of visible) void draw(pages[n - 1]!);
      pages[page - 1]?.el.scrollIntoView({ block: 'start' });
    },
    zoom: () => zoom,
    current,
    scrollToPage(n) {
      pages[Math.max(1, Math.min(pages.length, n)) - 1]?.el.scrollIntoView({ block: 'start' });
    },
    failures: () => pages.filter((p) => p.failed).map((p) => p.n),
    destroy() {
      io.disconnect();
      container.replaceChildren();
    },
  };
}
