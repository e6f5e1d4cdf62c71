/**
 * The CLI (`npm run check -- FILE [--json]`, i.e. `tsx lib/cli/check.ts`) as a user runs it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { loadPage } from '../../lib/cli/load';
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
