/**
 * What a file is, decided by its bytes, never by its name: a PDF, an HTML page (decoded to text in the
 * encoding it was written in), or something the checker cannot read — with a message saying what it
 * looks like, in Chinese and English. Pure: bytes in, verdict out (the CLI and tests share it).
 *
 * Why not trust the extension: saved government pages come as .htm/.html/.shtml/.jsp/.aspx or with
 * no extension at all, PDFs are downloaded as "download.do", and a file called .html may be an error
 * page in GBK or a zip. Why care about the encoding: many government sites serve GBK/GB2312/GB18030;
 * read as UTF-8, every Chinese label becomes U+FFFD and the checker would see no budget tables — and
 * report a page it did not read as clean.
 */

export interface Rejection {
  kind: 'rejected';
  /** stable id for tests and callers */
  reason: 'empty' | 'image' | 'archive' | 'office' | 'mhtml' | 'binary' | 'encoding' | 'not-html';
  zh: string;
  en: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | (string & {});

export interface HtmlInput {
  kind: 'html';
  text: string;
  encoding: Encoding;
  /** how the encoding was decided */
  encodingBy: 'bom' | 'declared' | 'utf-8' | 'detected';
  /** what a careful reader should know (a contradicted declaration, undecodable bytes) */
  notes: string[];
}

export type Sniffed = { kind: 'pdf' } | HtmlInput | Rejection;

const reject = (reason: Rejection['reason'], zh: string, en: string): Rejection => ({ kind: 'rejected', reason, zh, en });

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Magic numbers of the files most often mistaken for a disclosure page: images, archives, Office. */
function signature(b: Uint8Array): Rejection | null {
  const image = (name: string) => reject('image', `这是一张图片（${name}），不是网页或 PDF，无法核对`, `this is an image (${name}), not an HTML page or a PDF: nothing can be checked`);
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('PNG');
  if (startsWith(b, [0xff, 0xd8, 0xff])) return image('JPEG');
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return image('GIF');
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return image('WebP');
  if (startsWith(b, ascii('BM')) && b.length > 26 && b[6] === 0 && b[7] === 0 && b[8] === 0 && b[9] === 0) return image('BMP');
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return image('TIFF');
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    return reject('archive', '这是 ZIP 压缩包（或 xlsx / docx 等 Office 文件），不是网页或 PDF；请解压，或另存为 PDF / HTML 后再核对', 'this is a ZIP archive (or an xlsx/docx Office file), not an HTML page or a PDF; unpack it, or save it as PDF/HTML first');
  }
  if (startsWith(b, [0x1f, 0x8b])) return reject('archive', '这是 gzip 压缩文件，请先解压', 'this is a gzip-compressed file: decompress it first');
  if (startsWith(b, ascii('Rar!')) || startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return reject('archive', '这是压缩包（RAR / 7z），请先解压', 'this is an archive (RAR/7z): unpack it first');
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return reject('office', '这是旧版 Office 文件（doc / xls / wps），请另存为 PDF 或 HTML 后再核对', 'this is a legacy Office file (doc/xls/wps): save it as PDF or HTML first');
  }
  return null;
}

/** The PDF header may follow a little junk (the spec lets readers look in the first 1024 bytes). */
export function isPdf(b: Uint8Array): boolean {
  const head = latin1(b.subarray(0, 1024));
  return head.includes('%PDF-');
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/**
 * UTF-16 without a BOM: every other byte NUL in an otherwise ASCII-looking start. Checked before the
 * NUL test below, which would otherwise call such a page binary.
 */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05 && b[0] === 0x3c) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05 && b[1] === 0x3c) return 'utf-16be';
  return null;
}

/** NUL bytes or many C0 control characters in the first 8 KB: not text in any encoding we read. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i]!;
    if (x === 0) return true;
    // tab, LF, FF, CR and ESC (ISO-2022 shifts) occur in text; other C0 controls and DEL hardly ever
    if ((x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0c && x !== 0x0d && x !== 0x1b) || x === 0x7f) control++;
  }
  return control > Math.max(2, n * 0.01);
}

/** Charset labels as pages write them → the decoder we use. GB2312 and GBK are subsets of GB18030. */
export function normalizeCharset(label: string): Encoding | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['gb2312', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'gb_2312', 'csgb2312', 'chinese', 'iso-ir-58', 'euc-cn', 'x-euc-cn', 'gb18030'].includes(l)) return 'gb18030';
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8'].includes(l)) return 'utf-8';
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'x-big5'].includes(l)) return 'big5';
  // a page that says utf-16 in a <meta> read with an ASCII-compatible prescan is not UTF-16 (HTML spec)
  if (l.startsWith('utf-16') || l === 'unicode') return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null; // an unknown label: ignored, as browsers do
  }
}

/**
 * The charset declared in the first bytes: <meta charset=…>, <meta http-equiv="Content-Type"
 * content="…; charset=…">, or an XML declaration's encoding. Read as Latin-1, which keeps ASCII
 * intact whatever the real encoding is.
 */
export function declaredCharset(b: Uint8Array): { label: string; encoding: Encoding | null } | null {
  // 1024 bytes is the HTML spec's prescan; Word-saved pages put long <style> blocks first, so look further
  const head = latin1(b.subarray(0, 8192));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const m of metas) {
    const cs = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m);
    if (cs) return { label: cs[1]!, encoding: normalizeCharset(cs[1]!) };
  }
  if (xml) return { label: xml[1]!, encoding: normalizeCharset(xml[1]!) };
  return null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const cjkCount = (s: string) => (s.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
const replacementCount = (s: string) => (s.match(/\uFFFD/g) ?? []).length;

function decodeStrict(b: Uint8Array, enc: string): string | null {
  try {
    return new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return null;
  }
}

const hasNonAscii = (b: Uint8Array) => b.some((x) => x >= 0x80);

/** Decode a text file: BOM, then the page's own declaration, then UTF-8, then GB18030 if it reads as Chinese. */
export function decodeText(b: Uint8Array): HtmlInput | Rejection {
  const html = (text: string, encoding: Encoding, encodingBy: HtmlInput['encodingBy'], notes: string[] = []): HtmlInput => ({ kind: 'html', text, encoding, encodingBy, notes });
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return html(new TextDecoder('utf-8').decode(b), 'utf-8', 'bom');
  if (startsWith(b, [0xff, 0xfe])) return html(new TextDecoder('utf-16le').decode(b), 'utf-16le', 'bom');
  if (startsWith(b, [0xfe, 0xff])) return html(new TextDecoder('utf-16be').decode(b), 'utf-16be', 'bom');
  const u16 = utf16WithoutBom(b);
  if (u16) return html(new TextDecoder(u16).decode(b), u16, 'detected');
  if (looksBinary(b)) return reject('binary', '这是二进制文件，不是网页或 PDF，无法核对', 'this is a binary file, not an HTML page or a PDF: nothing can be checked');

  const declared = declaredCharset(b);
  const utf8 = decodeStrict(b, 'utf-8');
  if (declared?.encoding && declared.encoding !== 'utf-8') {
    // a page converted to UTF-8 that kept its old <meta charset=gbk>: valid multi-byte UTF-8 with
    // Chinese in it does not happen by accident in GBK text, so the bytes win over the declaration
    if (utf8 !== null && hasNonAscii(b) && CJK.test(utf8)) {
      return html(utf8, 'utf-8', 'utf-8', [`页面声明编码为 ${declared.label}，但内容是 UTF-8，按 UTF-8 读取 / the page declares ${declared.label} but its bytes are UTF-8; read as UTF-8`]);
    }
    const text = new TextDecoder(declared.encoding).decode(b);
    const bad = replacementCount(text);
    const notes = bad ? [`按声明的 ${declared.label} 解码时有 ${bad} 处字符无法识别 / ${bad} characters could not be decoded as the declared ${declared.label}`] : [];
    return html(text, declared.encoding, 'declared', notes);
  }
  if (utf8 !== null) return html(utf8, 'utf-8', declared ? 'declared' : 'utf-8');
  // mostly UTF-8 with a few broken bytes (a damaged download): read it, and say so. Checked before
  // GB18030, which accepts almost any byte pair and would read damaged UTF-8 as plausible-looking
  // Chinese; GBK text read as UTF-8 is nearly all replacement characters, so it never passes here
  const lossy = new TextDecoder('utf-8').decode(b);
  const bad = replacementCount(lossy);
  if (bad <= Math.max(3, (lossy.length - bad) * 0.002) && (cjkCount(lossy) > bad * 10 || !hasNonAscii(b))) {
    return html(lossy, 'utf-8', 'utf-8', [`有 ${bad} 处字节不是有效的 UTF-8，已替换为 � / ${bad} byte sequences are not valid UTF-8 and were replaced`]);
  }
  const gb = decodeStrict(b, 'gb18030');
  if (gb !== null && !gb.includes('\uFFFD') && CJK.test(gb)) {
    const notes = declared ? [`页面声明编码为 ${declared.label}，但内容不是 UTF-8，识别为 GB18030（GBK）读取 / the page declares ${declared.label} but its bytes are not UTF-8; read as GB18030 (GBK)`] : [];
    return html(gb, 'gb18030', 'detected', notes);
  }
  return reject('encoding', '无法识别文件的文字编码（不是 UTF-8，也不是 GBK / GB18030），请用浏览器另存为 UTF-8 网页后再核对', 'cannot tell the text encoding (neither UTF-8 nor GBK/GB18030); save the page as UTF-8 from a browser first');
}

/**
 * Does the text have the structure of an HTML page? It starts with markup (doctype, comment, <html>,
 * or a fragment's first tag) and holds at least one element that carries content.
 */
export function looksLikeHtml(text: string): boolean {
  const t = text.replace(/^\uFEFF/, '');
  const start = t.slice(0, 4096).trimStart();
  const opensWithMarkup = /^<(!doctype\b|!--|\?xml\b|[a-z][\w:-]*[\s>/])/i.test(start);
  const htmlNearStart = /<\s*html[\s>]/i.test(t.slice(0, 2048));
  if (!opensWithMarkup && !htmlNearStart) return false;
  return /<\s*(html|body|table|p|div|tr|td|span|h[1-6])[\s>/]/i.test(t);
}

/** The verdict on a file's bytes. */
export function sniffInput(b: Uint8Array): Sniffed {
  if (b.length === 0 || b.every((x) => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d)) {
    return reject('empty', '文件是空的', 'the file is empty');
  }
  if (isPdf(b)) return { kind: 'pdf' };
  const sig = signature(b);
  if (sig) return sig;
  if (/^MIME-Version:/im.test(latin1(b.subarray(0, 1024))) && /multipart\/related/i.test(latin1(b.subarray(0, 4096)))) {
    return reject('mhtml', '这是 MHTML 网页归档（.mht），请在浏览器中打开后另存为“网页，仅 HTML”', 'this is an MHTML web archive (.mht): open it in a browser and save it as "Webpage, HTML only"');
  }
  const decoded = decodeText(b);
  if (decoded.kind === 'rejected') return decoded;
  if (!looksLikeHtml(decoded.text)) {
    return reject('not-html', '不是 HTML 网页，也不是 PDF（看起来是纯文本或其他格式），无法核对', 'neither an HTML page nor a PDF (it looks like plain text or another format): nothing can be checked');
  }
  return decoded;
}
