/**
 * The viewer's reading and checking, off its main thread: pdf.js parses the PDF (in its own nested
 * worker), lib/pdf rebuilds the tables and prose, lib/analyze runs every rule. The page only draws.
 * Messages are validated: the worker answers exactly one request per document.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { z } from 'zod';
import { analyzeSnapshot } from '../../lib/analyze';
import { PdfReadError, readPdfDocument } from '../../lib/pdf/index';
import { READER_TAG, type ReaderReply } from './reader';

const Request = z.object({
  bytes: z.instanceof(Uint8Array),
  name: z.string(),
  url: z.string(),
  assets: z.object({ worker: z.string(), cmaps: z.string(), fonts: z.string() }),
});

const post = (m: ReaderReply) => (self as unknown as Worker).postMessage({ ...m, from: READER_TAG });

self.onmessage = async (e: MessageEvent) => {
  const req = Request.safeParse(e.data);
  if (!req.success) {
    post({ ok: false, code: 'read', message: 'bad request' });
    return;
  }
  const { bytes, name, url, assets } = req.data;
  // pdf.js's own worker, started here explicitly: left to itself inside a worker, pdf.js falls back
  // to running its worker code in this scope, where it would answer on our channel
  const pdfWorker = new Worker(assets.worker, { type: 'module' });
  GlobalWorkerOptions.workerPort = pdfWorker;
  try {
    const doc = await getDocument({ data: bytes, cMapUrl: assets.cmaps, cMapPacked: true, standardFontDataUrl: assets.fonts, isEvalSupported: false, enableXfa: false,
      // no document in a worker: fonts are parsed for their text, never installed as font faces
      disableFontFace: true, useSystemFonts: false })
      .promise.catch((err: Error) => {
        throw new PdfReadError(err?.name === 'PasswordException' ? 'encrypted' : 'corrupt', err?.message ?? String(err));
      });
    const t0 = performance.now();
    const r = await readPdfDocument(doc, { url });
    const t1 = performance.now();
    const snapshot = { ...r.snapshot, title: r.snapshot.title || name };
    const analysis = analyzeSnapshot(snapshot);
    const t2 = performance.now();
    void doc.destroy().finally(() => pdfWorker.terminate());
    post({ ok: true, snapshot, analysis, notes: r.notes, ms: { read: Math.round(t1 - t0), analyze: Math.round(t2 - t1) } });
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    post({ ok: false, code: err instanceof PdfReadError ? err.code : 'read', message });
  }
};
