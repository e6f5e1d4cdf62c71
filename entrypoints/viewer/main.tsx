/**
 * The PDF viewer: renders a disclosure PDF with pdf.js (canvas + selectable text layer), reads it
 * with the same PDF reader the CLI uses (lib/pdf), has it checked in the background like any page,
 * and draws the same overlay (highlights, cards, findings panel, units, terms) on stand-in tables
 * placed over the rendered cells. Parsing runs in pdf.js's worker, checking in the background.
 *
 * viewer.html?file=<url> opens a link; without it, a file picker and drag and drop.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import type { PageAnalysis } from '../../lib/report/schema';
import type { Language, Settings } from '../../lib/settings/schema';
import { loadSettings } from '../shared/settings';
import { Overlay, type OverlayHost } from '../content/controller';
import { features } from '../content/features/registry';
import { mountUiIn } from '../content/ui';
import { ViewerBar, type ViewerStatus } from '../../components/ViewerBar';
import { createPagesView, type PagesView } from './pages';
import { readInWorker } from './reader';
import { buildStandIns, standInCellAt } from './stand-ins';
import { toBackground } from '../shared/messaging';
import { definitionTexts } from '../../lib/glossary/definitions';
import { cropPixels, CROP_SCALE, fileDigest, paintCrop, type Crop, type CropContext } from '../../lib/report/evidence';
import { checkedUrl, fetchPdf, isPdf, MAX_BYTES, requestSite, SourceError } from './source';
import '../../components/pages.css';
import '../../components/viewer.css';

/** pdf.js's files are copied into the build by wxt.config.ts (not in public/, so not in WXT's path types). */
const asset = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);
GlobalWorkerOptions.workerSrc = asset('/pdfjs/pdf.worker.mjs');

const ZOOMS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const pagesRoot = document.getElementById('pages')!;

interface Opened {
  doc: PDFDocumentProxy;
  view: PagesView;
  overlay: Overlay | null;
  abort: AbortController;
}

let lastDrawn: { doc: PDFDocumentProxy; page: number; canvas: Promise<HTMLCanvasElement> } | null = null;

/** A crop of a page for the evidence report: the page drawn off screen at the crop scale, the region cut out. */
async function drawCrop(doc: PDFDocumentProxy, crop: Crop): Promise<string | undefined> {
  if (crop.page < 1 || crop.page > doc.numPages) return undefined;
  // findings come in page order: the last page drawn is kept (one page, not the document, in memory)
  if (lastDrawn?.doc !== doc || lastDrawn.page !== crop.page) {
    const n = crop.page;
    lastDrawn = {
      doc,
      page: n,
      canvas: (async () => {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: CROP_SCALE });
        const c = document.createElement('canvas');
        c.width = Math.ceil(viewport.width);
        c.height = Math.ceil(viewport.height);
        await page.render({ canvas: c, canvasContext: c.getContext('2d')!, viewport }).promise;
        return c;
      })(),
    };
  }
  const full = await lastDrawn.canvas;
  const { w, h } = cropPixels(crop);
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  paintCrop(out.getContext('2d') as unknown as CropContext, full, crop);
  return out.toDataURL('image/png');
}

function App() {
  const [lang, setLang] = useState<Language>('zh');
  const [status, setStatus] = useState<ViewerStatus>({ phase: 'empty' });
  const [page, setPage] = useState(1);
  const [zoom, setZoom] = useState(1.25);
  const [pending, setPending] = useState<{ origin: string; url: URL } | null>(null);
  const opened = useRef<Opened | null>(null);
  const settings = useRef<Settings | null>(null);

  const close = () => {
    const o = opened.current;
    opened.current = null;
    if (!o) return;
    o.abort.abort();
    o.overlay?.stop(false);
    o.view.destroy();
    void o.doc.destroy();
  };

  const openBytes = async (bytes: Uint8Array, name: string, url: string) => {
    close();
    if (!isPdf(bytes)) {
      setStatus({ phase: 'error', name, error: 'not-pdf' });
      return;
    }
    const abort = new AbortController();
    setStatus({ phase: 'opening', name, progress: 0 });
    // reading and checking start at once, in a worker, while the pages are drawn here
    const reading = readInWorker(bytes, name, url, abort.signal);
    const task = getDocument({
      data: bytes.slice(),
      cMapUrl: asset('/pdfjs/cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: asset('/pdfjs/standard_fonts/'),
      isEvalSupported: false,
      enableXfa: false,
    });
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) => setStatus({ phase: 'opening', name, progress: total ? loaded / total : 0 });
    let doc: PDFDocumentProxy;
    try {
      doc = await task.promise;
    } catch (e) {
      const encrypted = (e as Error)?.name === 'PasswordException';
      setStatus({ phase: 'error', name, error: encrypted ? 'encrypted' : 'corrupt', detail: (e as Error).message });
      return;
    }
    const view = await createPagesView(doc, pagesRoot, {
      zoom,
      signal: abort.signal,
      onPageChange: setPage,
      onFailure: (n, e) => setStatus((s) => ({ ...s, drawFailures: [...new Set([...(s.drawFailures ?? []), n])] })),
    });
    const o: Opened = { doc, view, overlay: null, abort };
    opened.current = o;
    document.title = `${name} · 账本核对 Ledger Lens`;
    setStatus({ phase: 'reading', name, pages: doc.numPages, progress: 0 });

    let notes: string[] = [];
    let readError: { code: string; message: string } | null = null;
    let analysis: PageAnalysis | null = null;
    const host: OverlayHost = {
      onInvalidated: (cb) => abort.signal.addEventListener('abort', cb),
      read: async (signal) => {
        const r = await reading;
        // for the benchmark (tests/e2e/bench.ts): when the worker's result arrived, when the stand-ins stood
        performance.mark('ll-result');
        if (!r.ok) {
          readError = r;
          throw new Error(r.message);
        }
        notes = r.notes;
        analysis = r.analysis;
        // the document's own 名词解释 explain its terms (the background keeps the text for the cards)
        void toBackground({ type: 'page-texts', texts: definitionTexts(r.snapshot.flow, r.snapshot.tables).map((t) => t.slice(0, 20_000)).slice(0, 20_000) });
        const tables = await buildStandIns(r.snapshot, (n) => view.pageEl(n), signal);
        performance.mark('ll-standins');
        return { snapshot: r.snapshot, tables };
      },
      analyze: async () => analysis!,
      // the report hashes the PDF's bytes as opened and cuts its crops from pages drawn for it
      evidence: {
        address: () => url,
        digests: async () => [await fileDigest(bytes, 'pdf')],
        drawCrop: (crop) => drawCrop(doc, crop),
      },
      mount: async (layers) => mountUiIn(document, document.body, layers),
      currentTables: () => null,
      readTable: () => null,
      cellFromPoint: (x, y) => standInCellAt(x, y),
    };
    const overlay = new Overlay(host, features, settings.current ?? (await loadSettings()));
    o.overlay = overlay;
    const state = await overlay.run('manual');
    if (opened.current !== o) return;
    if (state.status === 'error' || readError) {
      // the reader's own verdicts (a scan, a file it could not read): said plainly, pages still shown
      const err = readError as { code: string; message: string } | null;
      setStatus((s) => ({ ...s, phase: 'error', error: err?.code === 'no-text' ? 'no-text' : 'read', detail: err?.message ?? '' }));
      return;
    }
    setStatus((s) => ({ ...s, phase: 'done', summary: state.summary, notes }));
  };

  const openUrl = async (raw: string) => {
    let url: URL;
    try {
      url = checkedUrl(raw);
    } catch (e) {
      setStatus({ phase: 'error', name: raw, error: 'download', detail: (e as Error).message });
      return;
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
    setStatus({ phase: 'downloading', name, progress: 0 });
    try {
      const bytes = await fetchPdf(url, (done, total) => setStatus({ phase: 'downloading', name, progress: total ? done / total : 0, bytes: done }), new AbortController().signal);
      await openBytes(bytes, name, url.href);
    } catch (e) {
      if (e instanceof SourceError && e.code === 'permission' && e.origin) {
        setPending({ origin: e.origin, url });
        setStatus({ phase: 'error', name, error: 'permission', detail: e.origin });
        return;
      }
      setStatus({ phase: 'error', name, error: e instanceof SourceError && e.code === 'too-large' ? 'too-large' : 'download', detail: (e as Error).message });
    }
  };

  const openFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setStatus({ phase: 'error', name: file.name, error: 'too-large', detail: `${Math.round(file.size / 1048576)} MB` });
      return;
    }
    await openBytes(new Uint8Array(await file.arrayBuffer()), file.name, `file:///${encodeURIComponent(file.name)}`);
  };

  useEffect(() => {
    void loadSettings().then((s) => {
      settings.current = s;
      setLang(s.language);
    });
    const file = new URLSearchParams(location.search).get('file');
    if (file) void openUrl(file);
    // drag and drop anywhere on the viewer
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) {
        e.preventDefault();
        document.body.classList.add('ll-dragging');
      }
    };
    const leave = () => document.body.classList.remove('ll-dragging');
    const drop = (e: DragEvent) => {
      leave();
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      void openFile(f);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      close();
    };
  }, []);

  const applyZoom = (z: number) => {
    setZoom(z);
    opened.current?.view.setZoom(z);
  };
  const step = (dir: 1 | -1) => {
    const i = ZOOMS.findIndex((z) => z >= zoom - 1e-9);
    const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (i < 0 ? ZOOMS.length - 1 : i) + dir))]!;
    applyZoom(next);
  };
  const fitWidth = () => {
    const w = opened.current?.view.pages[0]?.size.w;
    if (w) applyZoom(Math.max(0.3, Math.min(4, (document.documentElement.clientWidth - 48) / w)));
  };

  return (
    <ViewerBar
      lang={lang}
      status={status}
      page={page}
      pages={opened.current?.doc.numPages ?? status.pages ?? 0}
      zoom={zoom}
      onPage={(n) => opened.current?.view.scrollToPage(n)}
      onZoomIn={() => step(1)}
      onZoomOut={() => step(-1)}
      onFitWidth={fitWidth}
      onFile={(f) => void openFile(f)}
      onGrant={
        pending
          ? async () => {
              const p = pending;
              if (await requestSite(p.origin)) {
                setPending(null);
                void openUrl(p.url.href);
              }
            }
          : undefined
      }
    />
  );
}

render(<App />, document.getElementById('app')!);
