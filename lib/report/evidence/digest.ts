import type { PageSnapshot } from '../../snapshot/schema';
import type { Digest } from './schema';
import { sha256 } from './sha256';

/**
 * SHA-256 through Web Crypto (Node 20, the viewer, the background); where it is missing — a content
 * script on a plain-http page is not a secure context, so it has no crypto.subtle — the same digest
 * computed in TypeScript.
 */
export async function sha256Hex(data: Uint8Array | string, opts: { webCrypto?: boolean } = {}): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // a view over a larger buffer (Node's Buffer pool) must be hashed as its own bytes only
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
  const subtle = opts.webCrypto === false ? undefined : globalThis.crypto?.subtle;
  const d = subtle ? new Uint8Array(await subtle.digest('SHA-256', own as Uint8Array<ArrayBuffer>)) : sha256(own);
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The text a page snapshot is hashed as: its title, every table (each row's cells as text, rowspan,
 * colspan) and every text block of the flow, as JSON. Nothing that depends on where or how the page
 * was read (the URL, styles, boxes, indentation) is in it, so the same page read by the extension and
 * by the CLI from a saved copy gives the same text when the readers see the same cells.
 */
export function snapshotDigestText(s: PageSnapshot): string {
  return JSON.stringify({
    v: 1,
    title: s.title,
    tables: s.tables.map((t) => ({ index: t.index, caption: t.caption, rows: t.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan])) })),
    text: s.flow.flatMap((f) => (f.kind === 'text' ? [f.text] : [])),
  });
}

export async function fileDigest(bytes: Uint8Array, kind: 'html' | 'pdf'): Promise<Digest> {
  const what = kind === 'pdf' ? ['PDF 文件', 'the PDF file'] : ['HTML 文件', 'the HTML file'];
  return {
    algorithm: 'SHA-256',
    hex: await sha256Hex(bytes),
    of: 'file',
    zh: `所读取的${what[0]}的全部字节（${bytes.length} 字节）`,
    en: `every byte of ${what[1]} as read (${bytes.length} bytes)`,
  };
}

export async function snapshotDigest(s: PageSnapshot): Promise<Digest> {
  const text = snapshotDigestText(s);
  return {
    algorithm: 'SHA-256',
    hex: await sha256Hex(text),
    of: 'snapshot',
    zh: '页面快照：页面标题、每个表格每个单元格的文字及其行列合并数、正文每个文字段，按顺序写成 JSON（UTF-8）后计算；不含网址、样式和排版',
    en: "the page snapshot: the page title, every table cell's text with its rowspan and colspan, and every text block, in order, as JSON (UTF-8); the address, styles and layout are not included",
  };
}
