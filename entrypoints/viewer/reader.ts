/** The viewer side of the reader worker (reader.worker.ts): one request per document, cancellable. */
import { browser } from 'wxt/browser';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';

export type ReaderReply =
  | { ok: true; snapshot: PageSnapshot; analysis: PageAnalysis; notes: string[]; ms: { read: number; analyze: number } }
  | { ok: false; code: string; message: string };

/** Every reply carries this tag; anything else arriving on the channel is not the reader's answer. */
export const READER_TAG = 'll-reader';

const asset = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

export function readInWorker(bytes: Uint8Array, name: string, url: string, signal: AbortSignal): Promise<ReaderReply> {
  const worker = new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReaderReply>((resolve) => {
    const done = (r: ReaderReply) => {
      worker.terminate();
      resolve(r);
    };
    signal.addEventListener('abort', () => done({ ok: false, code: 'aborted', message: 'closed' }), { once: true });
    worker.onmessage = (e: MessageEvent<ReaderReply & { from?: string }>) => {
      if (e.data?.from === READER_TAG) done(e.data);
    };
    worker.onerror = (e) => done({ ok: false, code: 'read', message: e.message || 'the reader stopped' });
    // a copy: the viewer keeps its own bytes for drawing
    worker.postMessage({ bytes: bytes.slice(), name, url, assets: { worker: asset('/pdfjs/pdf.worker.mjs'), cmaps: asset('/pdfjs/cmaps/'), fonts: asset('/pdfjs/standard_fonts/') } });
  });
}
