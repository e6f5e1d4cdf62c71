/**
 * A tiny PDF writer for tests, by hand (no dependency): pages with stroked lines, thin filled
 * rectangles, images and text in Chinese and digits — the parts a disclosure PDF's tables are made of.
 *
 * Text uses a Type0 font with the predefined CMap UniGB-UCS2-H over the non-embedded CIDFont
 * STSong-Light (Adobe-GB1), as Chinese office software writes it: the string bytes are UCS-2 code
 * units, and pdf.js gets Unicode back from the CMap (which it loads from pdfjs-dist/cmaps).
 *
 * Coordinates are in PDF points with the origin at the page's TOP-LEFT corner and y growing down —
 * the same frame as PageBox in lib/snapshot/schema.ts, so tests can compare boxes directly. Text is
 * placed by its baseline. The writer converts to PDF user space (origin bottom-left).
 */

export const A4 = { w: 595, h: 842 } as const;

/** Width of a string in this font: ASCII half an em (/W below), everything else a full em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! < 0x80 ? 0.5 : 1;
  return em * size;
}

type Op =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number }
  | { kind: 'text'; x: number; y: number; size: number; text: string }
  | { kind: 'image'; x: number; y: number; w: number; h: number };

export class PdfPage {
  readonly ops: Op[] = [];
  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** A stroked line `x1 y1 m x2 y2 l S`. */
  line(x1: number, y1: number, x2: number, y2: number, width = 0.5): this {
    this.ops.push({ kind: 'line', x1, y1, x2, y2, width });
    return this;
  }

  /** A filled rectangle `x y w h re f` (tables ruled with thin rectangles instead of lines). */
  rect(x: number, y: number, w: number, h: number): this {
    this.ops.push({ kind: 'rect', x, y, w, h });
    return this;
  }

  /** Text with its baseline at y. */
  text(x: number, y: number, text: string, size = 10): this {
    this.ops.push({ kind: 'text', x, y, size, text });
    return this;
  }

  /** A small grey image stretched over the box: what a scanned page is made of. */
  image(x: number, y: number, w: number, h: number): this {
    this.ops.push({ kind: 'image', x, y, w, h });
    return this;
  }

  hasImage(): boolean {
    return this.ops.some((o) => o.kind === 'image');
  }
}

const n = (v: number) => (Math.round(v * 1000) / 1000).toString();

/** UCS-2 big-endian hex of a string, for UniGB-UCS2-H (BMP only; that is all the CMap covers). */
export function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xffff) throw new Error(`not in the BMP, UniGB-UCS2-H cannot show it: ${ch}`);
    hex += cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return hex;
}

function contentStream(p: PdfPage): string {
  const out: string[] = [];
  const Y = (y: number) => p.height - y;
  for (const o of p.ops) {
    if (o.kind === 'line') out.push(`q ${n(o.width)} w 0 G ${n(o.x1)} ${n(Y(o.y1))} m ${n(o.x2)} ${n(Y(o.y2))} l S Q`);
    else if (o.kind === 'rect') out.push(`q 0 g ${n(o.x)} ${n(Y(o.y + o.h))} ${n(o.w)} ${n(o.h)} re f Q`);
    else if (o.kind === 'text') out.push(`BT /F1 ${n(o.size)} Tf 0 g 1 0 0 1 ${n(o.x)} ${n(Y(o.y))} Tm <${ucs2Hex(o.text)}> Tj ET`);
    else out.push(`q ${n(o.w)} 0 0 ${n(o.h)} ${n(o.x)} ${n(Y(o.y + o.h))} cm /Im1 Do Q`);
  }
  return out.join('\n') + '\n';
}

export interface PdfOptions {
  /** an /Encrypt dictionary in the trailer whose user password is not empty: readers ask for a password */
  encrypted?: boolean;
  /** document title in /Info */
  title?: string;
}

export class PdfDocument {
  readonly pages: PdfPage[] = [];

  page(width: number = A4.w, height: number = A4.h): PdfPage {
    const p = new PdfPage(width, height);
    this.pages.push(p);
    return p;
  }

  /** The file: header, objects, cross-reference table with exact byte offsets, trailer. */
  bytes(opts: PdfOptions = {}): Uint8Array {
    // objects are numbered up front: 1 catalog, 2 pages, 3 font, 4 CIDFont, 5 descriptor, 6 image,
    // then a page object and its content stream per page, then info and encrypt
    const objs: (string | Uint8Array)[] = [];
    const pageIds = this.pages.map((_, i) => 7 + 2 * i);
    const infoId = 7 + 2 * this.pages.length;
    const encryptId = infoId + 1;
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    objs[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${this.pages.length} >>`;
    objs[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
    // CIDs 1–95 are Adobe-GB1's proportional ASCII: half an em, so digits are as wide as in real PDFs
    objs[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>';
    objs[5] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
    const pixels = new Uint8Array([0x40, 0xc0, 0xc0, 0x40]);
    objs[6] = streamObj('/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', pixels);
    this.pages.forEach((p, i) => {
      const id = pageIds[i]!;
      const xobj = p.hasImage() ? ' /XObject << /Im1 6 0 R >>' : '';
      objs[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(p.width)} ${n(p.height)}] /Resources << /Font << /F1 3 0 R >>${xobj} >> /Contents ${id + 1} 0 R >>`;
      objs[id + 1] = streamObj('', new TextEncoder().encode(contentStream(p)));
    });
    objs[infoId] = `<< /Producer (ledger-lens test writer) /Title <FEFF${ucs2Hex(opts.title ?? '测试')}> >>`;
    const fileId = '5A1E6B2C9D3F40718293A4B5C6D7E8F9';
    if (opts.encrypted) {
      // Standard security handler, RC4 40-bit. O and U are not derived from an empty user password,
      // so the empty-password check fails and a reader must ask for the password.
      const o = 'A1'.repeat(32);
      const u = '5C'.repeat(32);
      objs[encryptId] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${o}> /U <${u}> /P -44 >>`;
    }

    const chunks: Uint8Array[] = [];
    let length = 0;
    const push = (x: string | Uint8Array) => {
      const b = typeof x === 'string' ? latin1Bytes(x) : x;
      chunks.push(b);
      length += b.length;
    };
    push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const offsets: number[] = [];
    for (let id = 1; id < objs.length; id++) {
      const body = objs[id];
      if (body === undefined) continue;
      offsets[id] = length;
      push(`${id} 0 obj\n`);
      push(body);
      push('\nendobj\n');
    }
    const xref = length;
    const size = objs.length;
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let id = 1; id < size; id++) {
      table += offsets[id] === undefined ? '0000000000 65535 f \n' : `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
    }
    push(table);
    const encrypt = opts.encrypted ? ` /Encrypt ${encryptId} 0 R` : '';
    push(`trailer\n<< /Size ${size} /Root 1 0 R /Info ${infoId} 0 R /ID [<${fileId}> <${fileId}>]${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`);
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new Error('PDF syntax must be Latin-1; put text through ucs2Hex');
    b[i] = c;
  }
  return b;
}

function streamObj(dict: string, data: Uint8Array): Uint8Array {
  const head = latin1Bytes(`<< ${dict}${dict ? ' ' : ''}/Length ${data.length} >>\nstream\n`);
  const tail = latin1Bytes('\nendstream');
  const out = new Uint8Array(head.length + data.length + tail.length);
  out.set(head, 0);
  out.set(data, head.length);
  out.set(tail, head.length + data.length);
  return out;
}

// ─── tables ────────────────────────────────────────────────────────────────────────────────────

/** One cell of a drawn table: its text lines (a wrapped label is several), span, alignment. */
export interface DrawCell {
  lines: string[];
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'right' | 'center';
}

export interface DrawTable {
  /** top-left corner */
  x: number;
  y: number;
  colWidths: number[];
  /** row heights; a row whose cell wraps onto two lines needs about twice the height */
  rowHeights: number[];
  rows: DrawCell[][];
  size?: number;
  /** rule with thin filled rectangles instead of stroked lines */
  rectRules?: boolean;
}

/** Where each drawn cell ended up (top-left frame), for tests to compare with the reader's boxes. */
export interface DrawnCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Draw a ruled table: the outer frame, and for every cell the rules on its right and bottom edge
 * (so a merged cell has no rule inside it), and its text lines. Returns the cells with their boxes.
 */
export function drawTable(page: PdfPage, t: DrawTable): DrawnCell[] {
  const size = t.size ?? 9;
  const colX = [t.x];
  for (const w of t.colWidths) colX.push(colX[colX.length - 1]! + w);
  const rowY = [t.y];
  for (const h of t.rowHeights) rowY.push(rowY[rowY.length - 1]! + h);
  const right = colX[colX.length - 1]!;
  const bottom = rowY[rowY.length - 1]!;
  const rule = (x1: number, y1: number, x2: number, y2: number) => {
    if (!t.rectRules) page.line(x1, y1, x2, y2, 0.5);
    else if (y1 === y2) page.rect(Math.min(x1, x2), y1 - 0.25, Math.abs(x2 - x1), 0.5);
    else page.rect(x1 - 0.25, Math.min(y1, y2), 0.5, Math.abs(y2 - y1));
  };
  rule(t.x, t.y, right, t.y);
  rule(t.x, t.y, t.x, bottom);
  const taken = new Set<string>();
  const drawn: DrawnCell[] = [];
  t.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken.has(`${r},${c}`)) c++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) taken.add(`${r + dr},${c + dc}`);
      const x0 = colX[c]!;
      const x1 = colX[c + cs]!;
      const y0 = rowY[r]!;
      const y1 = rowY[r + rs]!;
      rule(x1, y0, x1, y1);
      rule(x0, y1, x1, y1);
      const lineH = size * 1.3;
      const top = y0 + (y1 - y0 - lineH * cell.lines.length) / 2;
      cell.lines.forEach((line, k) => {
        const w = textWidth(line, size);
        const align = cell.align ?? 'left';
        const lx = align === 'right' ? x1 - 3 - w : align === 'center' ? (x0 + x1 - w) / 2 : x0 + 3;
        if (line) page.text(lx, top + lineH * k + size, line, size);
      });
      drawn.push({ row: r, col: c, rowSpan: rs, colSpan: cs, text: cell.lines.join(''), x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
      c += cs;
    }
  });
  return drawn;
}

/** A page that holds only an image: a scan without a text layer. */
export function scanLikePdf(pages = 2): Uint8Array {
  const d = new PdfDocument();
  for (let i = 0; i < pages; i++) d.page().image(30, 30, A4.w - 60, A4.h - 60);
  return d.bytes();
}

/** Pages with only rules (an empty ruled form, no text at all). */
export function linesOnlyPdf(): Uint8Array {
  const d = new PdfDocument();
  drawTable(d.page(), { x: 50, y: 80, colWidths: [200, 100, 100], rowHeights: [20, 20, 20], rows: [[{ lines: [''] }, { lines: [''] }, { lines: [''] }], [{ lines: [''] }, { lines: [''] }, { lines: [''] }], [{ lines: [''] }, { lines: [''] }, { lines: [''] }]] });
  return d.bytes();
}

/** A PDF whose user password is not empty. */
export function encryptedPdf(): Uint8Array {
  const d = new PdfDocument();
  d.page().text(50, 80, '收支总表', 16);
  return d.bytes({ encrypted: true });
}

/**
 * A damaged PDF: a real one cut off half way, as a broken download is (no cross-reference table, no
 * trailer, the page's objects cut). `keep` is the fraction of bytes kept; pdf.js repairs a file cut
 * only near its end (keep 0.97 opens), so the default stays well inside the broken range.
 */
export function truncatedPdf(keep = 0.5): Uint8Array {
  const d = new PdfDocument();
  d.page().text(50, 80, '收支总表', 16);
  const full = d.bytes();
  return full.slice(0, Math.max(16, Math.floor(full.length * keep)));
}
