/**
 * Hostile pages (issue 10): markup that claims far more than it holds, nesting deeper than any real
 * document, bidi controls in labels and amounts. Pages come from tests/generators/hostilePages.ts.
 * Time bounds are relative to the plain page on the same machine and generous (10×), so a loaded
 * machine does not fail them but the old quadratic / rows × 1000 behaviour does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { parseCell } from '../../lib/figures';
import { buildGrid, MAX_GRID_SLOTS } from '../../lib/tables/grid';
import { withNestedTables, withSpanBomb } from '../generators/hostilePages';
import { proseFloodPage } from '../generators/proseFloodPage';
import { readPage, ROOT, snapshotHtml } from './helpers';

const PAGE = readPage('001_98990c82be280a35', 'merged');
/** the 7 errors of fixture 001 (tests/corpus/reviewed.json): one shifted row, six tables of the wrong year */
function expectSevenErrors(html: string): ReturnType<typeof analyzeSnapshot> {
  const a = analyzeSnapshot(snapshotHtml(html));
  expect(a.summary.errors).toBe(7);
  const errs = a.report.findings.filter((f) => f.severity === 'error');
  expect(errs.filter((f) => f.rule === 'period').map((f) => f.table).sort((x, y) => x! - y!)).toEqual([8, 9, 10, 11, 12, 13]);
  expect(errs.filter((f) => f.rule === 'row-hierarchy').map((f) => f.table)).toEqual([7]);
  return a;
}
function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
}

describe('span bombs: cost bounded by what the table holds', () => {
  it('grid: rowspan="0" colspan="1000" over 20,000 empty rows is one row, one column', () => {
    const cell = { rowSpan: 0, colSpan: 1000 };
    const rows = [[cell], ...Array.from({ length: 20_000 }, () => [] as typeof cell[])];
    const g = buildGrid(rows);
    expect(g.rows).toBe(1);
    expect(g.cols).toBe(1);
    expect(g.truncatedRows).toBe(0);
  });

  it('grid: with a real row after the empty ones, the layout stops at the slot budget and says how much it left out', () => {
    const cell = { rowSpan: 0, colSpan: 1000 };
    const rows = [[cell], ...Array.from({ length: 20_000 }, () => [] as typeof cell[]), [{ rowSpan: 1, colSpan: 1 }]];
    const g = buildGrid(rows);
    expect(g.rows * 1000).toBeLessThanOrEqual(MAX_GRID_SLOTS + 1000);
    expect(g.truncatedRows).toBe(1); // the one row with a cell that was not laid out
  });

  it('grid: ordinary spans are laid out as before (rowspan 2, colspan 2, rowspan 0)', () => {
    const c = (rowSpan: number, colSpan: number, id: string) => ({ rowSpan, colSpan, id });
    const g = buildGrid([[c(2, 1, 'a'), c(1, 2, 'b')], [c(1, 1, 'c'), c(0, 1, 'd')], [c(1, 1, 'e'), c(1, 1, 'f')]]);
    expect(g.slots.map((l) => l.map((s) => s?.cell.id ?? '-').join(''))).toEqual(['abb', 'acd', 'efd']);
    expect(g.slots[1]![0]!.isOrigin).toBe(false);
    expect(g.slots[0]![2]!.originCol).toBe(1);
  });

  it('fixture 001 + the bomb (20,000 empty rows): the 7 errors found, within 10× the plain page', () => {
    const plain = timed(() => expectSevenErrors(PAGE));
    const bomb = timed(() => expectSevenErrors(withSpanBomb(PAGE, { rows: 20_000 })));
    expect(bomb.ms).toBeLessThan(10 * plain.ms + 2000);
    // nothing with a cell was left out: no "too large" to say
    expect(bomb.value.report.findings.some((f) => f.rule === 'size-limit')).toBe(false);
  });

  it('fixture 001 + the bomb with a real row after 20,000 empty ones: 7 errors, and "too large — checked the first N" said', () => {
    const plain = timed(() => expectSevenErrors(PAGE));
    const bomb = timed(() => expectSevenErrors(withSpanBomb(PAGE, { rows: 20_000, tail: true })));
    expect(bomb.ms).toBeLessThan(10 * plain.ms + 2000);
    const said = bomb.value.report.findings.filter((f) => f.rule === 'size-limit');
    expect(said).toHaveLength(1);
    expect(said[0]!.severity).toBe('info');
    expect(said[0]!.messageEn).toMatch(/too large to check fully — checked the first \d+ rows/);
    expect(bomb.value.summary.notRun).toBeGreaterThanOrEqual(2);
  });

  it('CLI: fixture 001 + the 60,000-row bomb runs in a 1 GB heap, exit 0, 7 errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-hostile-'));
    const file = join(dir, 'bomb60k.html');
    writeFileSync(file, withSpanBomb(PAGE, { rows: 60_000 }));
    const r = await new Promise<{ code: number | null; out: string; err: string; ms: number }>((resolve, reject) => {
      const t = Date.now();
      const p = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['lib/cli/check.ts', file, '--json'], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024' },
      });
      let out = '';
      let err = '';
      p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      // 10 s is the bound; 10× that before we call it hung
      const timer = setTimeout(() => p.kill(), 100_000);
      p.on('error', reject);
      p.on('close', (code) => { clearTimeout(timer); resolve({ code, out, err, ms: Date.now() - t }); });
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { findings: { severity: string }[] };
    expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(7);
    expect(r.ms).toBeLessThan(100_000);
  }, 120_000);
});

describe('no recursion whose depth the page controls', () => {
  it('tables nested 3,000 deep: read without a stack overflow, the 7 errors of the page still found, in time', () => {
    const plain = timed(() => expectSevenErrors(PAGE));
    const deep = timed(() => expectSevenErrors(withNestedTables(PAGE, 3000)));
    expect(deep.ms).toBeLessThan(10 * plain.ms + 2000);
  });

  it('inline elements nested 20,000 deep in a paragraph and in a cell: text read', () => {
    const deep = (n: number, inner: string) => '<span>'.repeat(n) + inner + '</span>'.repeat(n);
    const html = `<html><body><p>${deep(20_000, '说明文字')}</p><table><tr><td>${deep(20_000, '合计')}</td><td>1.00</td></tr></table></body></html>`;
    const snap = snapshotHtml(html);
    expect(snap.flow.some((f) => f.kind === 'text' && f.text === '说明文字')).toBe(true);
    expect(snap.tables[0]!.rows[0]![0]!.text).toBe('合计');
  });
});

describe('bidi and other format characters in page text', () => {
  it('an amount after U+202E reads as the amount', () => {
    const snap = snapshotHtml('<html><body><table><tr><td>合计</td><td>\u202E880,700.00</td></tr></table></body></html>');
    const cell = snap.tables[0]!.rows[0]![1]!;
    expect(cell.text).toBe('880,700.00');
    const f = parseCell(cell.text);
    expect(f.kind).toBe('amount');
    expect(f.kind === 'amount' && f.value.toFixed(2)).toBe('880700.00');
  });

  it('a label with U+2067 … U+2069, U+200F and a soft hyphen is cleaned, in cells and in prose', () => {
    const snap = snapshotHtml('<html><body><p>\u2067一般公共预算\u2069收入\u200F 100 万元</p><table><tr><td>\u2067基本\u00AD支出\u2069</td><td>\u200E1.00</td></tr></table></body></html>');
    expect(snap.tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['基本支出', '1.00']);
    expect(snap.flow.find((f) => f.kind === 'text')).toMatchObject({ text: '一般公共预算收入 100 万元' });
  });
});

describe('megabytes of 说明 prose (issue 10: 4.9 MB took 45–53 s and held up every other tab)', () => {
  /** CPU time, not wall time: the machine is shared, and what is bounded is the work done */
  function cpuMs<T>(fn: () => T): { value: T; ms: number } {
    const t = process.cpuUsage();
    const value = fn();
    const d = process.cpuUsage(t);
    return { value, ms: (d.user + d.system) / 1000 };
  }

  it('5 MB of prose with figures: analysed in well under a minute of CPU, about linearly in size', () => {
    const small = proseFloodPage(PAGE, { bytes: 1_250_000 });
    const big = proseFloodPage(PAGE, { bytes: 5_000_000 });
    // as the CLI does it: the page read into a snapshot (linkedom), then analysed
    const a = cpuMs(() => analyzeSnapshot(snapshotHtml(small)));
    const b = cpuMs(() => analyzeSnapshot(snapshotHtml(big)));
    console.log(`prose flood: 1.25 MB ${Math.round(a.ms)} ms, 5 MB ${Math.round(b.ms)} ms CPU (exponent ${(Math.log(b.ms / a.ms) / Math.log(4)).toFixed(2)})`);
    // measured 3 s and 9 s; the target is 10 s for 5 MB, asserted at 3× against a slower machine
    expect(b.ms).toBeLessThan(30_000);
    // linear is 4×, quadratic 16×
    expect(b.ms / a.ms).toBeLessThan(8);
    // the page's own tables are still checked: its 7 errors among the prose findings
    expect(b.value.report.findings.filter((f) => f.severity === 'error' && f.table !== null).length).toBe(7);
  }, 300_000);
});
