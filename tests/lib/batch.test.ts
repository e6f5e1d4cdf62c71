/**
 * The batch command as staff run it: `npm run check -- DIR/ FILE… --report summary.html` (tsx
 * lib/cli/check.ts), on a folder of real documents, with worker threads.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseFindingsCsv } from '../../lib/report/evidence';
import { BatchSummary } from '../../lib/report/evidence/summary';
import { ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const ERRORS_PAGE = join(ROOT, 'tests/fixtures/pages/000_9397a020b08f6624.merged.html'); // 2 errors (reviewed in tests/corpus)
const CLEAN_TABLE = join(ROOT, 'tests/fixtures/corpus/html/mof-yss-2018-local-general-debt-final-table.html'); // 0 errors
const CLEAN_TEXT = join(ROOT, 'tests/fixtures/corpus/html/mof-yss-2018-local-general-debt-final-explanation.html'); // 0 errors

function check(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(TSX, ['lib/cli/check.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => p.kill(), 170_000);
    p.on('error', reject);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-lens-batch-'));
  for (const [name, src] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    if (typeof src === 'string') copyFileSync(src, join(dir, name));
    else writeFileSync(join(dir, name), src);
  }
  return dir;
}

describe.concurrent('CLI: batch', () => {
  it('checks a folder of three documents in worker threads: one summary row each, linked reports, exit 1 for the one with errors', async () => {
    // names say nothing: the content decides; a picture in the folder is skipped, not checked
    const dir = folder({ 'a/page.htm': ERRORS_PAGE, 'b.html': CLEAN_TABLE, 'c/d/explanation': CLEAN_TEXT, 'picture.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) });
    const out = join(dir, 'out', 'summary.html');
    const r = await check([dir + '/', '--report', out, '--jobs', '2']);
    expect(r.stderr).not.toMatch(/could not start|crash/);
    expect(r.code).toBe(1);
    const summary = BatchSummary.parse(JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')));
    expect(summary.workers).toBe(2);
    expect(summary.skipped.map((s) => s.file)).toEqual([join(dir, 'picture.html')]);
    const d = parseHTML(readFileSync(out, 'utf8')).document;
    const rows = [...d.querySelectorAll('tbody tr[data-file]')];
    expect(rows.map((x) => x.getAttribute('data-file')).sort()).toEqual([join(dir, 'a/page.htm'), join(dir, 'b.html'), join(dir, 'c/d/explanation')].sort());
    const byFile = new Map(summary.rows.map((x) => [x.file, x]));
    const bad = byFile.get(join(dir, 'a/page.htm'));
    expect(bad).toMatchObject({ status: 'checked', errors: 2 });
    expect(byFile.get(join(dir, 'b.html'))).toMatchObject({ status: 'checked', errors: 0 });
    // every row links to that document's own report, written next to the summary; its CSV holds its findings
    for (const row of rows) {
      const href = row.querySelector('a')!.getAttribute('href')!;
      const report = join(dir, 'out', decodeURI(href));
      expect(existsSync(report), href).toBe(true);
      expect(readFileSync(report, 'utf8')).toContain(row.getAttribute('data-file'));
      const s = byFile.get(row.getAttribute('data-file')!)!;
      const csv = parseFindingsCsv(readFileSync(report.replace(/\.html$/, '.csv'), 'utf8'));
      if (s.status === 'checked') expect(csv.filter((f) => f.severity === 'error').length).toBe(s.errors);
    }
    // no progress bar escape codes when stderr is not a terminal: plain lines
    expect(r.stderr).not.toContain('\x1b[');
    expect(r.stderr).toMatch(/\[3\/3\]/);
  }, 180_000);

  it('lists a document it cannot read with the reason and exits 2; clean documents alone exit 0', async () => {
    const dir = folder({ 'good.html': CLEAN_TABLE, 'broken.pdf': Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n') });
    const out = join(dir, 'summary.html');
    const r = await check([dir, join(dir, 'missing.pdf'), '--report', out, '--jobs', '0']);
    expect(r.code).toBe(2);
    const summary = BatchSummary.parse(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')));
    const unread = summary.rows.filter((x) => x.status === 'unread');
    expect(unread.map((x) => x.file).sort()).toEqual([join(dir, 'broken.pdf'), join(dir, 'missing.pdf')].sort());
    expect(readFileSync(out, 'utf8')).toContain('PDF 文件已损坏');
    const clean = await check([CLEAN_TABLE, CLEAN_TEXT, '--jobs', '0']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/2 checked, 0 not read/);
  }, 180_000);
});
