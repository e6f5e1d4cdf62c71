/**
 * Opening a PDF under Node (CLI, tests, bench): pdf.js legacy build, CJK CMaps and standard fonts from
 * the installed package (never the network), no eval.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PdfReadError, readPdfDocument, type PdfReadOptions, type PdfReadResult } from './index';

/** Larger files are refused: no disclosure is this big, and pdf.js would hold it all in memory. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

function packageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

export async function readPdfBytes(data: Uint8Array, url = '', opts: Omit<PdfReadOptions, 'url'> = {}): Promise<PdfReadResult> {
  if (data.byteLength > MAX_PDF_BYTES) throw new PdfReadError('too-large', `the PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB`);
  // pdf.js refuses Node's Buffer (a Uint8Array subclass): give it a plain Uint8Array view
  if (data.constructor !== Uint8Array) data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = packageDir();
  const task = getDocument({
    data,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    if (name === 'PasswordException') throw new PdfReadError('encrypted', 'the PDF is encrypted (password protected): it cannot be read');
    throw new PdfReadError('corrupt', `the file is not a readable PDF: ${(e as Error).message}`);
  }
  try {
    return await readPdfDocument(doc, { ...opts, url });
  } finally {
    await doc.destroy();
  }
}

export async function readPdfFile(file: string, opts: Omit<PdfReadOptions, 'url'> = {}): Promise<PdfReadResult> {
  const s = await stat(file);
  if (s.size > MAX_PDF_BYTES) throw new PdfReadError('too-large', `the PDF is larger than ${MAX_PDF_BYTES / 1024 / 1024} MB`);
  const buf = await readFile(file);
  return readPdfBytes(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), pathToFileURL(path.resolve(file)).href, opts);
}
