/**
 * The CLI (`npm run check -- FILE [--json]`, i.e. `tsx lib/cli/check.ts`) as a user runs it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { loadDocument, loadPage } from '../../lib/cli/load';
import { CheckReport } from '../../lib/report/schema';
import { ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const PAGE = 'tests/fixtures/pages/000_9397a020b08f6624.merged.html';

interface Run { code: number | null; stdout: string; stderr: string }
function run(cmd: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => p.kill(), 60_000);
    p.on('error', reject);
    p.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
  });
}
const check = (...args: string[]) => run(TSX, ['lib/cli/check.ts', ...args]);

const STACK = /^\s+at .+\(.+:\d+:\d+\)|^\s+at .+:\d+:\d+$|Error: .*\n\s+at /m;
const tmp = mkdtempSync(join(tmpdir(), 'ledger-lens-cli-'));

describe.concurrent('CLI: check', () => {
  it('--json prints exactly one JSON object that validates with CheckReport', async () => {
    const r = await check(PAGE, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = r.stdout.trim();
    expect(text.startsWith('{') && text.endsWith('}')).toBe(true);
    const parsed = JSON.parse(text); // throws on anything but one JSON value
    expect(typeof parsed).toBe('object');
    expect(Array.isArray(parsed)).toBe(false);
    const report = CheckReport.parse(parsed);
    expect(report.findings.filter((f) => f.message.includes('internal error')).map((f) => f.rule), 'rules that threw').toEqual([]);
    expect(Object.keys(parsed).sort()).toEqual(['findings', 'tables']);
    // same content as the library's analysis of the same page
    const direct = analyzeSnapshot(loadPage(join(ROOT, PAGE))).report;
    expect(report).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(report.tables.length).toBe(16);
    expect(report.findings.some((f) => f.rule === 'row-hierarchy' && f.cause?.id === 'rounding')).toBe(true);
  });

  it('npm run check -- PAGE --json prints one JSON object too', async () => {
    const r = await run('npm', ['run', 'check', '--', PAGE, '--json']);
    expect(r.code).toBe(0);
    expect(() => CheckReport.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  it('text output names the tables and findings', async () => {
    const r = await check(PAGE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('16 budget tables');
    // the CLI is not strict: a rule that throws would show as a check that could not run
    expect(r.stdout).not.toContain('internal error');
    expect(r.stderr).toBe('');
  });

  it('missing file: exit 2, message on stderr, no stack trace', async () => {
    const r = await check('tests/fixtures/pages/does-not-exist.html', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/does-not-exist\.html/);
    expect(r.stderr).toMatch(/ENOENT|cannot read|not found|no such/i);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('a directory: exit 2, no stack trace', async () => {
    const r = await check('tests/fixtures/pages', '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK);
  });

  it.each([
    ['plain text', 'just some words, 合计 3,185.85 万元\n'],
    ['JSON', '{"tables": [], "findings": []}\n'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe])],
    ['empty', ''],
  ])('non-HTML input (%s): exit 2, message on stderr, no stack trace', async (name, content) => {
    const f = join(tmp, `input-${name.replace(/\W/g, '_')}.txt`);
    writeFileSync(f, content);
    const r = await check(f, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(f);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('no file argument: usage on stderr, exit 2', async () => {
    const r = await check('--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/i);
    expect(r.stdout).toBe('');
  });
});

const ENCODINGS = join(ROOT, 'tests', 'fixtures', 'encodings');
const ENCODED = readdirSync(ENCODINGS).filter((f) => f.endsWith('.html')).sort();
const EXPECTED_ENCODED = ['000.gb18030-meta.html', '000.gb2312-http-equiv.html', '000.gbk-meta.html', '000.gbk-mislabelled-utf8.html', '000.gbk-undeclared.html', '000.utf16be-bom.html', '000.utf16le-bom.html', '000.utf8-bom.html'];

describe('encodings: the same page saved in GBK, GB2312, GB18030, UTF-16 and UTF-8 with a BOM', () => {
  const utf8Report = () => JSON.parse(JSON.stringify(analyzeSnapshot(loadPage(join(ROOT, PAGE))).report));

  it('all encoded copies are there (tests/fixtures/encodings/make.sh)', () => {
    expect(ENCODED).toEqual(EXPECTED_ENCODED);
    // and they really are not UTF-8 (except the BOM one): the test below would be empty otherwise
    for (const f of ENCODED.filter((x) => !x.includes('utf8'))) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(ENCODINGS, f))), f).toThrow();
    }
  });

  it.each(ENCODED)('%s gives the same tables and findings as the UTF-8 page', async (f) => {
    const doc = await loadDocument(join(ENCODINGS, f));
    expect(doc.kind).toBe('html');
    const report = JSON.parse(JSON.stringify(analyzeSnapshot(doc.snapshot).report));
    expect(report.tables.length).toBe(16);
    expect(report).toEqual(utf8Report());
    // a wrong declaration is followed by the bytes, and the user is told
    expect(doc.notes.length).toBe(f.includes('mislabelled') ? 1 : 0);
  });

  it('GB18030: a character outside GBK (four bytes) is decoded', async () => {
    const doc = await loadDocument(join(ENCODINGS, '000.gb18030-meta.html'));
    expect(doc.snapshot.flow.some((x) => x.kind === 'text' && x.text.includes('附注：\u{20BB7}'))).toBe(true);
  });

  it.concurrent.each(['000.gbk-undeclared.html', '000.utf16le-bom.html'])('CLI on %s: the UTF-8 page\'s JSON', async (f) => {
    const r = await check(join('tests', 'fixtures', 'encodings', f), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(utf8Report());
  });
});

describe.concurrent('CLI: inputs it cannot read are said to be so (exit 2, never "no findings")', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const binary = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));
  it.each([
    ['a PNG named .html', 'page.html', png, /图片.*PNG.*image \(PNG\)/],
    ['an xlsx (zip) named .html', 'table.html', readFileSync(join(ROOT, 'tests', 'fixtures', 'corpus', 'xlsx', 'sh-putuo-2026-dept-budget-template.xlsx')), /ZIP 压缩包.*ZIP archive/],
    ['binary bytes named .pdf', 'report.pdf', binary, /二进制文件.*binary file/],
    ['an empty file', 'empty.html', Buffer.alloc(0), /文件是空的.*the file is empty/],
    ['plain text', 'notes.html', Buffer.from('2024年部门预算\n合计 3,185.85 万元\n'), /不是 HTML 网页.*neither an HTML page nor a PDF/],
  ])('%s', async (_name, file, content, message) => {
    const dir = mkdtempSync(join(tmp, 'in-'));
    const f = join(dir, file);
    writeFileSync(f, content);
    const r = await check(f, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(f);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.trim().split('\n').length).toBe(1);
  });

  it('a directory without any HTML or PDF: exit 2 with the message (a directory with documents is a batch)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ledger-lens-empty-'));
    writeFileSync(join(empty, 'notes.txt'), 'plain text, not a page');
    const r = await check(empty);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/没有可核对的 HTML 或 PDF 文件.*no HTML or PDF file to check/);
  });

  it('by content, not by name: an HTML page named .pdf is read as HTML', async () => {
    const f = join(mkdtempSync(join(tmp, 'in-')), 'download.pdf');
    copyFileSync(join(ROOT, PAGE), f);
    const r = await check(f, '--json');
    expect(r.code).toBe(0);
    expect(CheckReport.parse(JSON.parse(r.stdout)).tables.length).toBe(16);
  });
});

describe.concurrent('CLI: text output says what was and was not checked', () => {
  it('a page read fine without budget tables says so, never "Findings: none"', async () => {
    const r = await check('tests/fixtures/negative/timetable.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('未发现预算表格');
    expect(r.stdout).toContain('no budget tables found: nothing was checked');
    expect(r.stdout).not.toMatch(/Findings: none|0 budget tables/);
  });

  it('findings without a difference (period checks) print no "undefined"', async () => {
    const r = await check('tests/fixtures/pages/001_98990c82be280a35.merged.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/period/);
    expect(r.stdout).toMatch(/expected 2024 {2}actual 2023\n/);
    expect(r.stdout).not.toContain('undefined');
  });

  it('an HTML report has no page labels and no source key', async () => {
    const r = await check(PAGE, '--json');
    const out = JSON.parse(r.stdout);
    expect(out.source).toBeUndefined();
    expect(out.tables.every((t: { pages?: unknown }) => t.pages === undefined)).toBe(true);
    expect(out.findings.every((f: { boxes?: unknown }) => f.boxes === undefined)).toBe(true);
  });
});
