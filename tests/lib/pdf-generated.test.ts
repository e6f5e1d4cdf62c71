/**
 * The PDF reader (lib/pdf) on generated PDFs whose every line and glyph position is known
 * (tests/generators/pdf.ts, pdf-docs.ts): a 收支总表 drawn across a page break is read into the same
 * report as its HTML twin, with its merged header, wrapped label, title, unit and 说明 intact, each
 * cell's box where it was drawn; encrypted, damaged and scanned files are refused with their reason.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import type { PdfNodeModule } from '../../lib/cli/pdf-types';
import { buildDocumentModel } from '../../lib/document';
import type { Finding } from '../../lib/report/schema';
import type { CellSnapshot, PageSnapshot } from '../../lib/snapshot/schema';
import { buildGrid } from '../../lib/tables/grid';
import { encryptedPdf, linesOnlyPdf, scanLikePdf, truncatedPdf } from '../generators/pdf';
import { budgetSummaryDocument, type GeneratedDoc } from '../generators/pdf-docs';
import { ROOT, snapshotHtml } from './helpers';

const { readPdfBytes }: PdfNodeModule = await import('../../lib/pdf/node');

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const tmp = mkdtempSync(join(tmpdir(), 'ledger-lens-pdf-'));

function check(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, ['lib/cli/check.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const squash = (s: string) => s.replace(/\s+/g, '');
/** what a finding says, without where on the page it is */
const gist = (f: Finding) => ({ rule: f.rule, severity: f.severity, table: f.table, cells: f.cells, related: f.related, expected: f.expected, actual: f.actual, difference: f.difference, unit: f.unit });
const withoutPages = <T extends { pages?: number[] }>(t: T) => {
  const { pages: _pages, ...rest } = t;
  return rest;
};

const docs = new Map<string, Promise<{ gen: GeneratedDoc; snapshot: PageSnapshot }>>();
function read(opts: Parameters<typeof budgetSummaryDocument>[0] = {}) {
  const key = JSON.stringify(opts);
  if (!docs.has(key)) {
    const gen = budgetSummaryDocument(opts);
    docs.set(key, readPdfBytes(gen.pdf, 'file:///generated.pdf').then((r) => ({ gen, snapshot: r.snapshot })));
  }
  return docs.get(key)!;
}

describe('a generated 收支总表 PDF is read as its HTML twin', () => {
  it('the same tables (continuation joined) and the same relations checked, no findings', async () => {
    const { gen, snapshot } = await read();
    const pdf = analyzeSnapshot(snapshot);
    const html = analyzeSnapshot(snapshotHtml(gen.html));
    expect(html.summary.problems).toBe(0); // the twin itself is consistent
    expect(pdf.report.tables.map(withoutPages)).toEqual(plain(html.report.tables));
    expect(pdf.report.tables.map((t) => t.pages)).toEqual([[1], [2]]);
    expect(pdf.summary.relationsChecked).toBe(html.summary.relationsChecked);
    expect(pdf.report.findings.map(gist)).toEqual(plain(html.report.findings.map(gist)));
    expect(pdf.summary.tables).toBe(1); // two parts, one table
    expect(pdf.report.source).toEqual({ kind: 'pdf', pages: 3 });
  });

  it('one table snapshot per page, with the merged header cells, header rows, the wrapped label joined', async () => {
    const { gen, snapshot } = await read();
    expect(snapshot.tables.length).toBe(2);
    gen.parts.forEach((part, i) => {
      const t = snapshot.tables[i]!;
      expect(t.box?.page).toBe(part.page);
      const grid = buildGrid(t.rows);
      const rows = Math.max(...part.cells.map((c) => c.row)) + 1;
      expect([grid.rows, grid.cols]).toEqual([rows, 4]);
      for (const d of part.cells) {
        const slot = grid.slots[d.row]![d.col]!;
        expect(slot.isOrigin, `part ${i} [${d.row},${d.col}] ${d.text}`).toBe(true);
        const cell = slot.cell as CellSnapshot;
        expect(squash(cell.text), `part ${i} [${d.row},${d.col}]`).toBe(squash(d.text));
        expect([cell.rowSpan, cell.colSpan]).toEqual([d.rowSpan, d.colSpan]);
      }
      // 收入 | 支出 each span two columns of the first header row
      expect(t.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([['收入', 2], ['支出', 2]]);
    });
    // the label drawn on two lines is one cell's text, joined without a space
    const wrapped = snapshot.tables[0]!.rows.flat().find((c) => c.text.startsWith('四、'));
    expect(wrapped?.text).toBe('四、财政专户管理资金收入');
  });

  it('every cell has its box on its page where it was drawn (within 1.5 pt)', async () => {
    const { gen, snapshot } = await read();
    gen.parts.forEach((part, i) => {
      const grid = buildGrid(snapshot.tables[i]!.rows);
      for (const d of part.cells) {
        const box = (grid.slots[d.row]![d.col]!.cell as CellSnapshot).box;
        expect(box, `part ${i} [${d.row},${d.col}]`).toBeDefined();
        expect(box!.page).toBe(part.page);
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(box![k] - d[k]), `part ${i} [${d.row},${d.col}] ${k}`).toBeLessThanOrEqual(1.5);
      }
    });
  });

  it('title and unit from the text above; running header and page numbers dropped; the 说明 sentence cut by the page break is whole', async () => {
    const { gen, snapshot } = await read();
    const texts = snapshot.flow.flatMap((f) => (f.kind === 'text' ? [f.text] : []));
    const firstTable = snapshot.flow.findIndex((f) => f.kind === 'table');
    const before = snapshot.flow.slice(0, firstTable).flatMap((f) => (f.kind === 'text' ? [squash(f.text)] : []));
    expect(before).toContain('2024年部门收支总表');
    expect(before.some((t) => t.includes('单位：万元'))).toBe(true);
    expect(texts.some((t) => t.includes(gen.runningHeader))).toBe(false);
    expect(texts.some((t) => /^-?\s*\d+\s*-?$/.test(t.trim()))).toBe(false);
    // Chinese lines are joined without spaces, figures are not split, and the page break does not cut the sentence
    const sentences = buildDocumentModel(snapshot).sentences.map((s) => s.text);
    expect(sentences.some((s) => s.includes(gen.sentenceAcrossPages))).toBe(true);
    expect(texts.join('\n')).toContain('一般公共预算拨款收入1,690.69万元');
    expect(texts.some((t) => t.includes('说明'))).toBe(true);
  });

  it('thin filled rectangles as rules read the same as stroked lines', async () => {
    const lines = analyzeSnapshot((await read()).snapshot).report;
    const rects = analyzeSnapshot((await read({ rectRules: true })).snapshot).report;
    expect(plain(rects)).toEqual(plain(lines));
  });
});

describe('a wrong total in the PDF is found, on its page and cell', () => {
  it.each([
    ['支出总计 (page 2)', { wrongTotal: '10.00' }],
    ['本年支出合计, whose parts are on both pages', { wrongSubtotal: '10.00' }],
  ] as const)('%s: the same findings as the HTML twin, each with the boxes of its cells where they were drawn', async (_name, opts) => {
    const { gen, snapshot } = await read(opts);
    const pdf = analyzeSnapshot(snapshot);
    const html = analyzeSnapshot(snapshotHtml(gen.html));
    expect(html.summary.errors).toBeGreaterThan(0);
    expect(pdf.report.findings.map(gist)).toEqual(plain(html.report.findings.map(gist)));
    for (const f of pdf.report.findings.filter((x) => x.table !== null || x.related.length > 0)) {
      expect(f.boxes?.length, f.rule).toBe(f.cells.length + f.related.reduce((n, r) => n + r.cells.length, 0));
      for (const b of f.boxes!) {
        const drawnPart = gen.parts[b.table]!;
        // a slot inside a merged cell has the merged cell's box: the drawn cell that covers it
        const d = drawnPart.cells.find((c) => b.cell[0] >= c.row && b.cell[0] < c.row + c.rowSpan && b.cell[1] >= c.col && b.cell[1] < c.col + c.colSpan)!;
        expect(b.page).toBe(drawnPart.page);
        expect(Math.abs(b.x - d.x) + Math.abs(b.y - d.y)).toBeLessThanOrEqual(3);
      }
    }
    // the wrong figure itself is among the boxes, on page 2 where it was drawn
    const wrong = gen.parts[1]!.cells.find((c) => c.text === ('wrongTotal' in opts ? '1,970.69' : '1,870.69'))!;
    const hier = pdf.report.findings.find((f) => f.rule === 'row-hierarchy' && f.severity === 'error')!;
    expect(hier.boxes!.some((b) => b.page === 2 && b.cell[0] === wrong.row && b.cell[1] === wrong.col)).toBe(true);
  });
});

describe('PDFs that cannot be read are refused with their reason', () => {
  it.each([
    ['encrypted', encryptedPdf()],
    ['corrupt', truncatedPdf()],
    ['no-text', scanLikePdf()],
    ['no-text', linesOnlyPdf()],
  ] as const)('%s', async (code, bytes) => {
    await expect(readPdfBytes(bytes)).rejects.toMatchObject({ code });
  });
});

describe.concurrent('CLI on PDFs', () => {
  const write = (name: string, bytes: Uint8Array) => {
    const f = join(mkdtempSync(join(tmp, 'f-')), name);
    writeFileSync(f, bytes);
    return f;
  };

  it('--json: the report with its source, table pages and finding boxes', async () => {
    const f = write('sum.pdf', budgetSummaryDocument({ wrongTotal: '10.00' }).pdf);
    const r = await check(f, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.source).toMatchObject({ kind: 'pdf', pages: 3 });
    expect(out.tables.map((t: { pages: number[] }) => t.pages)).toEqual([[1], [2]]);
    expect(out.findings.some((f: Finding) => f.boxes?.some((b) => b.page === 2))).toBe(true);
  });

  it('text: page labels next to the tables', async () => {
    const f = write('sum.pdf', budgetSummaryDocument().pdf);
    const r = await check(f);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(PDF · 3 pages)');
    expect(r.stdout).toMatch(/#0 {2}2024年部门收支总表 {2}\(p\. 1\)/);
    expect(r.stdout).toMatch(/#1 .*\(p\. 2\)/);
  });

  it('a PDF named .html is read as a PDF (content, not name)', async () => {
    const f = write('page.html', budgetSummaryDocument().pdf);
    const r = await check(f, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.kind).toBe('pdf');
  });

  it.each([
    ['encrypted', encryptedPdf(), /PDF 已加密，无法读取 \/ The PDF is encrypted/],
    ['truncated', truncatedPdf(), /PDF 文件已损坏或不完整.*damaged or incomplete/],
    ['scanned', scanLikePdf(), /这是扫描件（没有文字层），无法核对 \/ scanned PDF without a text layer: nothing can be checked/],
  ] as const)('%s: exit 2 with the reason, nothing on stdout', async (name, bytes, message) => {
    const f = write(`${name}.pdf`, bytes);
    const r = await check(f, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n').length).toBe(1);
  });
});

