/**
 * "导出报告 / Export report" in real Chromium: the button of the findings panel (content script,
 * isolated world) downloads the evidence report; the downloaded file opens with the network off and
 * shows every finding (screenshot in artifacts/report/).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { parseFindingsCsv, snapshotDigest } from '../../lib/report/evidence';
import { artifactPath, ensureBuilt, launch, ov, serveFixtures, waitForOverlay, type Browser, type Fixtures } from './harness';
import { loadPage } from '../../lib/cli/load';
import { join } from 'node:path';
import { PAGES_DIR, PDF_DIR } from './harness';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

const FILE = '001_98990c82be280a35.merged.html';
const PDF = 'sh-putuo-wanli-street-2024-dept-budget.pdf';

let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  const ext = ensureBuilt();
  fx = await serveFixtures();
  b = await launch(ext, fx.port);
});

afterAll(async () => {
  await b?.close();
  await fx?.close();
});

describe('evidence report from the findings panel', () => {
  it('downloads the HTML (and CSV) from the panel; the report opens offline with every finding', async () => {
    const page = await b.ctx.newPage();
    const url = fx.gov(`pages/${FILE}`);
    await page.goto(url);
    await waitForOverlay(page);
    const expected = analyzeSnapshot(loadPage(join(PAGES_DIR, FILE))).report.findings;

    // the overlay's shadow root is closed: read from the content script's world
    const status = async () => ((await ov(page, '.ll-export-status').count()) ? ov(page, '.ll-export-status').text() : '');
    const downloading = page.waitForEvent('download', { timeout: 60_000 }).catch(async (e: Error) => {
      throw new Error(`no download (${e.message}); the panel says: ${await status()}`);
    });
    expect(await ov(page, '.ll-export button[data-format="html"]').text()).toContain('导出报告');
    await ov(page, '.ll-export button[data-format="html"]').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^账本核对-.+\.html$/);
    const htmlPath = artifactPath('report', 'panel-report.html');
    await download.saveAs(htmlPath);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain(url);
    // the live page read in Chromium hashes as the CLI's reading of the same saved file
    const cliSnapshot = await snapshotDigest(loadPage(join(PAGES_DIR, FILE)));
    expect(html).toContain(`data-digest="snapshot">${cliSnapshot.hex}<`);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), ov(page, '.ll-export button[data-format="csv"]').click()]);
    const csvPath = artifactPath('report', 'panel-report.csv');
    await csvDownload.saveAs(csvPath);
    const csv = parseFindingsCsv(readFileSync(csvPath, 'utf8'));
    expect(csv.map((r) => [r.rule, r.severity, r.expected, r.actual, r.difference])).toEqual(expected.map((f) => [f.rule, f.severity, f.expected ?? '', f.actual ?? '', f.difference ?? '']));

    // the downloaded report, opened with every network request refused
    const offline = await b.ctx.newPage();
    const requests: string[] = [];
    await offline.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
      requests.push(u);
      return route.abort();
    });
    await b.ctx.setOffline(true);
    try {
      await offline.goto(`file://${htmlPath}`);
      expect(await offline.locator('article.finding').count()).toBe(expected.length);
      for (const f of expected.filter((x) => x.difference !== undefined)) {
        await expect.poll(() => offline.locator(`[data-k="difference"]`, { hasText: f.difference! }).count()).toBeGreaterThan(0);
      }
      await offline.screenshot({ path: artifactPath('report', 'panel-report.png'), fullPage: false });
      await offline.locator('article.finding.sev-error').first().screenshot({ path: artifactPath('report', 'panel-report-finding.png') });
    } finally {
      await b.ctx.setOffline(false);
    }
    expect(requests).toEqual([]);
  }, 120_000);

  it('downloads the report of a PDF from the viewer: SHA-256 of the PDF bytes, every cited region cropped from the drawn page', async () => {
    const page = await b.ctx.newPage();
    await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(fx.local(`pdf/${PDF}`))}`);
    await page.waitForFunction(() => (document.querySelector('.ll-host') as HTMLElement | null)?.dataset.status === 'on', undefined, { timeout: 90_000 });
    const downloading = page.waitForEvent('download', { timeout: 90_000 });
    await page.locator('.ll-host .ll-export button', { hasText: '导出报告' }).click();
    const download = await downloading;
    const path = artifactPath('report', 'viewer-report.html');
    await download.saveAs(path);
    const html = readFileSync(path, 'utf8');
    const bytes = readFileSync(join(PDF_DIR, PDF));
    expect(html).toContain(`data-digest="file">${createHash('sha256').update(bytes).digest('hex')}<`);
    const d = parseHTML(html).document;
    const articles = [...d.querySelectorAll('article.finding')];
    const boxed = articles.filter((a) => /第 \d+ 页/.test(a.querySelector('h3')?.textContent ?? ''));
    expect(boxed.length).toBeGreaterThan(0);
    for (const a of boxed) expect(a.querySelectorAll('figure.crop img[src^="data:image/png;base64,"]').length, a.id).toBeGreaterThan(0);
    const offline = await b.ctx.newPage();
    await b.ctx.setOffline(true);
    try {
      await offline.goto(`file://${path}`);
      await offline.locator('figure.crop').first().screenshot({ path: artifactPath('report', 'viewer-report-crop.png') });
    } finally {
      await b.ctx.setOffline(false);
    }
  }, 180_000);
});
