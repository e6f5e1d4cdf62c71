/**
 * The test PDF writer (tests/generators/pdf.ts) read back by pdf.js itself: the text comes back as
 * Unicode at the place it was written, the rules are in the operator list, the damaged files fail the
 * way real ones do. The PDF reader's own tests (tests/lib/pdf-generated.test.ts) rely on all of this.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { A4, drawTable, encryptedPdf, linesOnlyPdf, PdfDocument, scanLikePdf, textWidth, truncatedPdf, ucs2Hex } from './pdf';

const PKG = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

function open(data: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js may transfer the buffer: give it a copy
  return getDocument({ data: data.slice(), cMapUrl: join(PKG, 'cmaps') + '/', cMapPacked: true, standardFontDataUrl: join(PKG, 'standard_fonts') + '/', verbosity: 0, isEvalSupported: false }).promise;
}

interface Item { str: string; x: number; y: number; w: number; size: number }
async function textOf(doc: PDFDocumentProxy, page: number): Promise<Item[]> {
  const p = await doc.getPage(page);
  const h = p.view[3]!;
  const tc = await p.getTextContent();
  return tc.items
    .flatMap((i) => ('str' in i && i.str.trim() ? [i] : []))
    .map((i) => ({ str: i.str, x: i.transform[4] as number, y: h - (i.transform[5] as number), w: i.width, size: i.transform[0] as number }));
}

/** Straight segments of the page's paths, in the writer's top-left frame, with the paint op. */
async function segmentsOf(doc: PDFDocumentProxy, page: number) {
  const p = await doc.getPage(page);
  const h = p.view[3]!;
  const ol = await p.getOperatorList();
  const out: { paint: number; points: [number, number][] }[] = [];
  ol.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    // pdf.js 5: [paint op, [path data: 0 moveTo x y, 1 lineTo x y, 4 closePath …], bbox]
    const [paint, [data]] = ol.argsArray[i] as [number, [Float32Array | number[]]];
    const pts: [number, number][] = [];
    const d = Array.from(data);
    for (let k = 0; k < d.length; ) {
      const op = d[k]!;
      if (op === 0 || op === 1) {
        pts.push([d[k + 1]!, h - d[k + 2]!]);
        k += 3;
      } else if (op === 4) k += 1;
      else throw new Error(`unexpected path op ${op}`);
    }
    out.push({ paint, points: pts });
  });
  return { out, images: ol.fnArray.filter((f) => f === OPS.paintImageXObject).length };
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

describe('tests/generators/pdf.ts: a hand-written PDF pdf.js reads', () => {
  it('Chinese and digits come back as Unicode, at the baseline and width they were written', async () => {
    const d = new PdfDocument();
    d.page().text(50, 60, '2024年收支总表', 16).text(72, 90, '单位：万元', 10).text(300, 90, '1,690.69', 10);
    d.page().text(40, 100, '（二）一般公共预算拨款收入', 12);
    const doc = await open(d.bytes());
    expect(doc.numPages).toBe(2);
    const p1 = await textOf(doc, 1);
    expect(p1.map((i) => i.str)).toEqual(['2024年收支总表', '单位：万元', '1,690.69']);
    const [title, unit, figure] = p1 as [Item, Item, Item];
    expect([title.x, title.y, title.size]).toEqual([50, 60, 16]);
    expect([unit.x, unit.y]).toEqual([72, 90]);
    expect(near(figure.x, 300) && near(figure.y, 90)).toBe(true);
    // digits are half an em, Chinese a full em: as wide as the writer says
    expect(near(title.w, textWidth('2024年收支总表', 16))).toBe(true);
    expect(near(title.w, 4 * 8 + 5 * 16)).toBe(true);
    expect(near(figure.w, 8 * 5)).toBe(true);
    expect((await textOf(doc, 2)).map((i) => i.str)).toEqual(['（二）一般公共预算拨款收入']);
  });

  it('stroked rules are constructPath + stroke segments at the drawn coordinates; a merged cell has no inner rule', async () => {
    const d = new PdfDocument();
    const cells = drawTable(d.page(), {
      x: 50, y: 100, colWidths: [150, 80, 80], rowHeights: [20, 30],
      rows: [[{ lines: ['项目'] }, { lines: ['预算数'], colSpan: 2 }], [{ lines: ['一般公共预算', '拨款收入'] }, { lines: ['100.00'], align: 'right' }, { lines: ['3.50'], align: 'right' }]],
    });
    expect(cells.map((c) => [c.row, c.col, c.colSpan, c.text])).toEqual([[0, 0, 1, '项目'], [0, 1, 2, '预算数'], [1, 0, 1, '一般公共预算拨款收入'], [1, 1, 1, '100.00'], [1, 2, 1, '3.50']]);
    const doc = await open(d.bytes());
    const { out } = await segmentsOf(doc, 1);
    expect(out.every((s) => s.paint === OPS.stroke && s.points.length === 2)).toBe(true);
    const segs = out.map((s) => s.points.flat().map((v) => Math.round(v)));
    // 2 frame rules + 2 per cell (right, bottom)
    expect(segs.length).toBe(2 + 2 * cells.length);
    expect(segs).toContainEqual([50, 100, 360, 100]); // top
    expect(segs).toContainEqual([200, 100, 200, 120]); // between 项目 and 预算数
    expect(segs).not.toContainEqual([280, 100, 280, 120]); // inside the merged 预算数: no rule
    expect(segs).toContainEqual([280, 120, 280, 150]); // between the two figures below it
    // the wrapped label is two text lines inside one cell
    const text = await textOf(doc, 1);
    const label = text.filter((i) => i.str === '一般公共预算' || i.str === '拨款收入');
    expect(label.length).toBe(2);
    expect(label.every((i) => i.y > 120 && i.y < 150)).toBe(true);
    // right-aligned figures end 3 pt before their cell's right rule
    const fig = text.find((i) => i.str === '3.50')!;
    expect(near(fig.x + fig.w, 357)).toBe(true);
  });

  it('thin-rectangle rules are filled rectangles', async () => {
    const d = new PdfDocument();
    drawTable(d.page(), { x: 40, y: 40, colWidths: [100, 60], rowHeights: [20], rows: [[{ lines: ['合计'] }, { lines: ['5.00'] }]], rectRules: true });
    const { out } = await segmentsOf(await open(d.bytes()), 1);
    expect(out.length).toBe(2 + 2 * 2);
    expect(out.every((s) => s.paint === OPS.fill)).toBe(true);
    const boxes = out.map((s) => {
      const xs = s.points.map((p) => p[0]);
      const ys = s.points.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)].map((v) => Math.round(v * 100) / 100);
    });
    expect(boxes).toContainEqual([40, 39.75, 160, 0.5]); // top rule, 0.5 pt thick
    expect(boxes).toContainEqual([139.75, 40, 0.5, 20]); // between the two cells
  });

  it('the cross-reference table points at every object exactly', () => {
    // pdf.js silently repairs a wrong xref, so the reading tests above would not notice one
    const d = new PdfDocument();
    d.page().text(10, 20, '合计', 9).line(0, 0, 10, 10);
    d.page().image(0, 0, 10, 10);
    const bytes = d.bytes({ encrypted: true });
    const text = Buffer.from(bytes).toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const rows = text.slice(startxref).split('\n').slice(2).filter((l) => / [nf] $/.test(l));
    const used = rows.map((r, id) => [id, r] as const).filter(([, r]) => r.endsWith('n '));
    expect(used.length).toBe(12); // 6 shared + 2 per page + info + encrypt
    for (const [id, r] of used) expect(text.slice(Number(r.slice(0, 10)), Number(r.slice(0, 10)) + 12)).toMatch(new RegExp(`^${id} 0 obj\\n`));
  });

  it('UCS-2 codes as UniGB-UCS2-H expects them; characters outside the BMP are refused', () => {
    expect(ucs2Hex('合计1')).toBe('5408 8BA1 0031'.replace(/ /g, ''));
    expect(() => ucs2Hex('\u{20BB7}')).toThrow(/BMP/);
  });

  it('an /Encrypt dictionary in the trailer: pdf.js asks for a password', async () => {
    await expect(open(encryptedPdf())).rejects.toMatchObject({ name: 'PasswordException' });
    // the same document without it opens: it is the encryption, not the file, that stops it
    const d = new PdfDocument();
    d.page().text(50, 80, '收支总表', 16);
    await expect(open(d.bytes())).resolves.toBeTruthy();
  });

  it('a file cut half way is an invalid PDF', async () => {
    await expect(open(truncatedPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });

  it('a scan-like PDF has pages and images but no text; a lines-only PDF has rules but no text', async () => {
    const scan = await open(scanLikePdf(2));
    expect(scan.numPages).toBe(2);
    for (const p of [1, 2]) {
      expect(await textOf(scan, p)).toEqual([]);
      expect((await segmentsOf(scan, p)).images).toBe(1);
    }
    const lines = await open(linesOnlyPdf());
    expect(await textOf(lines, 1)).toEqual([]);
    expect((await segmentsOf(lines, 1)).out.length).toBe(2 + 2 * 9);
    expect(A4.w).toBeLessThan(A4.h);
  });
});
