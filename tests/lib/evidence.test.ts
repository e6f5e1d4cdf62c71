/**
 * The evidence report (lib/report/evidence) built from real documents: every finding with its figures
 * in valid, self-contained HTML; the SHA-256 of the file read; the CSV read back equal to the findings;
 * page text escaped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { evidenceFor } from '../../lib/cli/evidence';
import { loadDocument } from '../../lib/cli/load';
import { buildEvidence, csvRecord, EvidenceReport, parseFindingsCsv, renderEvidenceHtml, renderFindingsCsv, sha256Hex, snapshotDigest } from '../../lib/report/evidence';
import { PageAnalysis } from '../../lib/report/schema';
import { ROOT, snapshotHtml } from './helpers';

const PAGE = join(ROOT, 'tests/fixtures/pages/001_98990c82be280a35.merged.html');
const PDF = join(ROOT, 'tests/fixtures/corpus/pdf/sh-putuo-wanli-street-2024-dept-budget.pdf');

/**
 * Any reference that would make a browser fetch something: a URL attribute (src, href, srcset …) on
 * any element that is not a data: URL or a #fragment, and @import or url() other than data: in a
 * style sheet or style attribute. Read from the parsed document, so escaped page text is not counted.
 */
export function externalReferences(html: string): string[] {
  const out: string[] = [];
  const d = parseHTML(html).document;
  const URL_ATTRS = ['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping', 'manifest'];
  for (const el of d.querySelectorAll('*')) {
    for (const a of URL_ATTRS) {
      const v = el.getAttribute(a);
      if (v !== null && !/^\s*(data:|#)/i.test(v)) out.push(`${el.tagName.toLowerCase()} ${a}=${v}`);
    }
  }
  const css = [...d.querySelectorAll('style')].map((s) => s.textContent ?? '').concat([...d.querySelectorAll('[style]')].map((e) => e.getAttribute('style') ?? ''));
  for (const text of css) {
    for (const m of text.matchAll(/@import[^;]*/gi)) out.push(m[0]);
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)/gi)) if (!/^data:/i.test(m[1]!)) out.push(m[0]);
  }
  return out;
}

describe('evidence report of an HTML page', () => {
  let report: EvidenceReport;
  let html: string;
  let doc: ReturnType<typeof parseHTML>['document'];
  beforeAll(async () => {
    const loaded = await loadDocument(PAGE);
    report = await evidenceFor(PAGE, loaded, analyzeSnapshot(loaded.snapshot), new Date('2026-01-02T03:04:05Z'));
    html = renderEvidenceHtml(report);
    doc = parseHTML(html).document;
  });

  it('is an HTML document with the title, address, time, version and every finding with its figures', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('head > meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('[data-k="address"]')?.textContent).toBe(PAGE);
    expect(doc.querySelector('[data-k="checkedAt"]')?.textContent).toBe('2026-01-02T03:04:05.000Z');
    expect(doc.querySelector('[data-k="version"]')?.textContent).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(doc.querySelector('[data-k="title"]')?.textContent).toBe(report.document.title);
    expect(report.document.title).not.toBe('');
    // the fixture's known findings: errors and a warning, all of them in the report
    expect(report.findings.filter((f) => f.severity === 'error').length).toBe(7);
    const articles = [...doc.querySelectorAll('article.finding')];
    expect(articles.length).toBe(report.findings.length);
    for (const f of report.findings) {
      const a = doc.getElementById(`f${f.no}`)!;
      expect(a, `finding ${f.no}`).toBeTruthy();
      expect(a.getAttribute('data-severity')).toBe(f.severity);
      expect(a.getAttribute('data-rule')).toBe(f.rule);
      const text = a.textContent!;
      expect(text).toContain(f.message);
      if (f.messageEn) expect(text).toContain(f.messageEn);
      for (const k of ['expected', 'actual', 'difference'] as const) {
        if (f[k] === undefined) continue;
        expect(a.querySelector(`[data-k="${k}"]`)?.textContent).toBe(`${f[k]}${f.unit ? ' ' + f.unit : ''}`);
      }
      if (f.cause) expect(text).toContain(f.cause.zh);
      // every cited cell: its labels and its figure as written, and its mark in the table excerpt
      for (const d of f.details ?? []) {
        const row = a.querySelector(`tr[data-cell="${d.table}:${d.cell[0]},${d.cell[1]}"]`);
        expect(row, `finding ${f.no} cell ${d.cell}`).toBeTruthy();
        expect(row!.querySelector('[data-k="written"]')!.textContent).toBe(d.written || '（空）');
        expect(row!.textContent).toContain(d.label.join(' › '));
      }
    }
  });

  it('traces every cited figure to a marked cell of the table excerpt', () => {
    let checked = 0;
    for (const f of report.findings) {
      for (const d of f.details ?? []) {
        const e = f.excerpts.find((x) => x.table === d.table)!;
        const row = e.rows.find((r) => r.row === d.cell[0]);
        if (!row) continue; // beyond the excerpt's cap (said in the excerpt)
        const cell = row.cells.find((c) => c.col <= d.cell[1] && d.cell[1] < c.col + c.colSpan)!;
        expect(cell.mark, `finding ${f.no} ${d.cell}`).toBeTruthy();
        if (d.written) expect(cell.text).toContain(d.written);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('loads nothing from outside: no external src/href, @import or url(), and a CSP that forbids it', () => {
    expect(externalReferences(html)).toEqual([]);
    expect(doc.querySelectorAll('script, link, iframe, object, embed').length).toBe(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(html).toMatch(/@media print\{[\s\S]*?\.group\{break-before:page\}/);
  });

  it('gives the SHA-256 of the file bytes as read, and of the snapshot', async () => {
    const expected = createHash('sha256').update(readFileSync(PAGE)).digest('hex');
    expect(report.digests[0]).toMatchObject({ of: 'file', hex: expected });
    expect(doc.querySelector('[data-digest="file"]')?.textContent).toBe(expected);
    const loaded = await loadDocument(PAGE);
    expect(report.digests[1]).toEqual(await snapshotDigest(loaded.snapshot));
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('writes a CSV (UTF-8 with BOM) that reads back as the findings, figures exactly as written', () => {
    const csv = renderFindingsCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = parseFindingsCsv(csv);
    expect(back).toEqual(report.findings.map(csvRecord));
    for (const [i, f] of report.findings.entries()) {
      expect(back[i]!.expected).toBe(f.expected ?? '');
      expect(back[i]!.difference).toBe(f.difference ?? '');
      expect(back[i]!.message).toBe(f.message);
    }
    expect(back.some((r) => /^-?\d+\.\d+$/.test(r.difference))).toBe(true);
  });
});

describe('evidence report: built to the schema, not parsed into it', () => {
  // The extension writes the report it builds without parsing it (the content script would build
  // every report schema on every page for it), so what it builds must already be what the schema
  // gives: the same keys, in the same order, nothing extra — on real documents, from the analysis
  // as the worker makes it (the viewer) and as the background passes it on (parsed; the page).
  const FILES = ['tests/fixtures/pages/000_9397a020b08f6624.merged.html', 'tests/fixtures/pages/001_98990c82be280a35.word.html', 'tests/fixtures/pages/004_c5440fdc5d943430.plain.html', PDF.slice(ROOT.length + 1)];
  for (const file of FILES) {
    it(file.split('/').pop()!, async () => {
      const loaded = await loadDocument(join(ROOT, file));
      const raw = analyzeSnapshot(loaded.snapshot);
      for (const analysis of [raw, PageAnalysis.parse(raw)]) {
        const r = await buildEvidence({ snapshot: loaded.snapshot, analysis, address: file, checkedAt: new Date(0), version: '0', via: 'extension', digests: [await snapshotDigest(loaded.snapshot)] });
        expect(r.findings.length).toBeGreaterThan(0);
        expect(JSON.stringify(EvidenceReport.parse(r))).toBe(JSON.stringify(r));
      }
    }, 120_000);
  }
});

describe('evidence report: hostile page text', () => {
  it('escapes every page-derived string (title, cells, address) and keeps figures intact in the CSV', async () => {
    const evil = '<img src=http://evil.example/x onerror=alert(1)><script>alert(2)</script>';
    const page = `<html><head><title>${evil.replace(/</g, '&lt;')}</title></head><body>
      <p>2024年部门收支总表</p><p>单位：万元</p>
      <table><tr><th>项目</th><th>金额</th></tr>
      <tr><td>=HYPERLINK("http://evil.example")&lt;script&gt;</td><td>10.00</td></tr>
      <tr><td>一般公共服务支出</td><td>7.00</td></tr>
      <tr><td>合计</td><td>20.00</td></tr></table></body></html>`;
    const snapshot = snapshotHtml(page, 'http://x.gov.cn/"><script>alert(3)</script>');
    const analysis = analyzeSnapshot(snapshot);
    const r = await buildEvidence({ snapshot, analysis, address: snapshot.url, checkedAt: new Date(), version: '0', via: 'cli', digests: [await snapshotDigest(snapshot)] });
    expect(r.document.title).toContain('<script>');
    const html = renderEvidenceHtml(r);
    const d = parseHTML(html).document;
    expect(d.querySelectorAll('script, img').length).toBe(0);
    expect(externalReferences(html)).toEqual([]);
    expect(d.querySelector('[data-k="title"]')?.textContent).toBe(r.document.title);
    expect(d.querySelector('[data-k="address"]')?.textContent).toBe(snapshot.url);
    // the excerpt shows the hostile label as text
    if (r.findings.some((f) => f.excerpts.length)) expect(html).not.toContain('<script>');
    const back = parseFindingsCsv(renderFindingsCsv(r));
    expect(back).toEqual(r.findings.map(csvRecord));
  });
});

describe('evidence report of a PDF', () => {
  let report: EvidenceReport;
  beforeAll(async () => {
    const loaded = await loadDocument(PDF);
    report = await evidenceFor(PDF, loaded, analyzeSnapshot(loaded.snapshot));
  }, 120_000);

  it('hashes the PDF bytes and gives the page and box of every cited cell, with a crop of the region', () => {
    expect(report.digests).toHaveLength(1);
    expect(report.digests[0]).toMatchObject({ of: 'file', hex: createHash('sha256').update(readFileSync(PDF)).digest('hex') });
    expect(report.document).toMatchObject({ kind: 'pdf', pages: expect.any(Number) });
    const boxed = report.findings.filter((f) => f.boxes?.length);
    expect(boxed.length).toBeGreaterThan(0);
    for (const f of boxed) {
      expect(f.pages).toEqual([...new Set(f.boxes!.map((b) => b.page))].sort((a, b) => a - b));
      expect(f.crops.map((c) => c.page)).toEqual(f.pages);
      for (const c of f.crops)
        for (const m of c.marks) {
          // the region holds every cited cell of its page
          expect(m.x).toBeGreaterThanOrEqual(c.x);
          expect(m.y).toBeGreaterThanOrEqual(c.y);
          expect(m.x + m.w).toBeLessThanOrEqual(c.x + c.w + 1e-6);
          expect(m.y + m.h).toBeLessThanOrEqual(c.y + c.h + 1e-6);
        }
    }
    // pdfjs-dist's optional canvas is installed here: every crop is drawn, and the report says how
    const crops = boxed.flatMap((f) => f.crops);
    expect(crops.every((c) => c.image?.startsWith('data:image/png;base64,'))).toBe(true);
    expect(report.cropNote?.en).toMatch(/drawn from the PDF/);
    const html = renderEvidenceHtml(report);
    expect(externalReferences(html)).toEqual([]);
    expect(parseHTML(html).document.querySelectorAll('figure.crop img').length).toBe(crops.length);
  });
});
