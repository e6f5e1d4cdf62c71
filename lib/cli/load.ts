import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { sniffInput, type HtmlInput } from '../input/sniff';
import { snapshotPageSync } from '../snapshot/read';
import { PageSnapshot } from '../snapshot/schema';
import { pdfErrorCode, type PdfErrorCode, type PdfNodeModule } from './pdf-types';

/** The input cannot be read: the message (Chinese / English) goes to stderr and the CLI exits 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface LoadedDocument {
  snapshot: PageSnapshot;
  kind: 'html' | 'pdf';
  /** what the reader wants the user to know: the encoding guessed, pages it could not read … */
  notes: string[];
  bytes: number;
  /** the file's bytes as read (the evidence report hashes them) */
  raw: Uint8Array;
}

/** Larger than any disclosure (the biggest corpus PDF is a few MB); beyond this, reading is a mistake. */
const MAX_BYTES = 256 * 1024 * 1024;

const PDF_MESSAGES: Record<PdfErrorCode, [string, string]> = {
  encrypted: ['PDF 已加密，无法读取', 'The PDF is encrypted'],
  corrupt: ['PDF 文件已损坏或不完整，无法读取', 'the PDF is damaged or incomplete and cannot be read'],
  'no-text': ['这是扫描件（没有文字层），无法核对', 'scanned PDF without a text layer: nothing can be checked'],
  'too-large': ['PDF 太大，超出读取上限', 'the PDF is too large to read'],
  aborted: ['读取被中止', 'reading was aborted'],
};

function readBytes(path: string): Uint8Array {
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(`${path} 是目录，不是文件 / ${path} is a directory, not a file`);
    if (!st.isFile()) throw new InputError(`${path} 不是普通文件 / ${path} is not a regular file`);
    if (st.size > MAX_BYTES) throw new InputError(`${path} 文件过大（${Math.round(st.size / 1048576)} MB） / ${path} is too large (${Math.round(st.size / 1048576)} MB)`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const zh = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : '无法读取';
    throw new InputError(`无法读取 ${path}：${zh} / cannot read ${path}: ${code ?? (e as Error).message}`);
  }
}

/** The HTML verdict on a file's bytes, or an InputError saying what the file is instead. */
function sniffHtml(path: string, bytes: Uint8Array): HtmlInput | 'pdf' {
  const s = sniffInput(bytes);
  if (s.kind === 'rejected') throw new InputError(`${path}: ${s.zh} / ${s.en}`);
  return s.kind === 'pdf' ? 'pdf' : s;
}

function snapshotHtml(text: string, path: string): PageSnapshot {
  const { document } = parseHTML(text);
  return snapshotPageSync(document as unknown as Document, `file://${path}`).snapshot;
}

/** The PDF reader, loaded only when a PDF comes in (pdf.js is large); typed against PdfNodeModule. */
async function pdfReader(): Promise<PdfNodeModule> {
  const mod: PdfNodeModule = await import('../pdf/node');
  return mod;
}

/** Read a PDF from bytes; every PdfReadError becomes an InputError with the user's message. */
export async function readPdfInput(path: string, bytes: Uint8Array): Promise<LoadedDocument> {
  let pdf: PdfNodeModule;
  try {
    pdf = await pdfReader();
  } catch (e) {
    throw new InputError(`${path}: 这是 PDF，但本程序未包含 PDF 读取模块 / this is a PDF, but the PDF reader is not available (${(e as Error).message})`);
  }
  try {
    // pdf.js takes over (detaches) the buffer it is given: it reads a copy (Buffer.slice would share the memory), the bytes stay for the report's hash
    const r = await pdf.readPdfBytes(new Uint8Array(bytes), `file://${path}`);
    const snapshot = PageSnapshot.parse(r.snapshot);
    // whatever the reader decided, a PDF from which nothing was read is not reported on as if checked
    const empty = snapshot.tables.length === 0 && !snapshot.flow.some((f) => f.kind === 'text' && f.text.trim());
    if (empty) throw Object.assign(new Error('no text read from any page'), { code: 'no-text' });
    return { snapshot, kind: 'pdf', notes: r.notes, bytes: bytes.length, raw: bytes };
  } catch (e) {
    const code = pdfErrorCode(e);
    if (!code) throw e;
    const [zh, en] = PDF_MESSAGES[code];
    const detail = code === 'corrupt' || code === 'too-large' ? ` (${(e as Error).message})` : '';
    throw new InputError(`${path}: ${zh} / ${en}${detail}`);
  }
}

/**
 * Read a file from disk, whatever it is: a PDF goes to the PDF reader, an HTML page (any of the
 * encodings Chinese sites use) to the same DOM reader the content script uses; anything else is an
 * InputError. Decided by content, not by the file name.
 */
export async function loadDocument(path: string): Promise<LoadedDocument> {
  const bytes = readBytes(path);
  const s = sniffHtml(path, bytes);
  if (s === 'pdf') return readPdfInput(path, bytes);
  return { snapshot: snapshotHtml(s.text, path), kind: 'html', notes: s.notes, bytes: bytes.length, raw: bytes };
}

/** Read a saved HTML page into a snapshot (synchronous; PDFs need loadDocument). */
export function loadPage(path: string): PageSnapshot {
  const bytes = readBytes(path);
  const s = sniffHtml(path, bytes);
  if (s === 'pdf') throw new InputError(`${path}: 这是 PDF，请用 loadDocument 读取 / this is a PDF: read it with loadDocument`);
  return snapshotHtml(s.text, path);
}
