/**
 * Table export in real Chromium: the "导出表格" control above a table opens from the keyboard, copies
 * the table as TSV to the clipboard and downloads it as CSV and XLSX in the unit chosen in the panel —
 * each the same text / figures the core writes for that table under Node.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSheets } from '../../lib/export/document';
import { readPdfFile } from '../../lib/pdf/node';
import { toCsv, toTsv } from '../../lib/export/text';
import { snapshotHtml } from '../lib/helpers';
import { artifactPath, clickToolbar, ensureBuilt, launch, ov, overlayEval, PAGES_DIR, PDF_DIR, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';
import { join } from 'node:path';

const WAN = '000_9397a020b08f6624.merged.html';

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

describe('table export', () => {
  it('copies a table as TSV and downloads CSV and XLSX, converted to the unit chosen, from the keyboard', async () => {
    const page = await b.ctx.newPage();
    const url = fx.local(`pages/${WAN}`);
    await b.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.goto(url);
    await clickToolbar(b, page);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);

    // what the core writes under Node for the first budget table, amounts in 元
    const sheets = documentSheets(snapshotHtml(readFileSync(join(PAGES_DIR, WAN), 'utf8'), url), '元');
    const sheet = sheets[0]!;
    const table = sheet.origins[0]!.table;

    await ov(page, '.ll-controls select').select('元');
    await page.evaluate((t) => document.getElementsByTagName('table')[t]!.scrollIntoView({ block: 'center' }), table);
    // the overlay's shadow root is closed: its elements are reached from the content script's world
    const control = `.ll-sheet[data-table="${table}"]`;
    const button = ov(page, `${control} .ll-sheet-btn`);
    // never under the docked panel
    const [btn, panel] = await Promise.all([button.box(), ov(page, '.ll-panel').box()]);
    expect(btn.x + btn.width).toBeLessThanOrEqual(panel.x);

    // keyboard: Enter opens the menu with focus on its first action, Escape closes it and returns focus
    await button.focus();
    await page.keyboard.press('Enter');
    await ov(page, `${control} .ll-sheet-menu`).waitFor();
    const active = () => overlayEval(page, (v) => { const a = v.root?.getRootNode() as ShadowRoot | undefined; const el = a?.activeElement as HTMLElement | null | undefined; return { action: el?.getAttribute('data-action') ?? null, cls: el?.className ?? null }; });
    await expect.poll(async () => (await active()).action).toBe('tsv');
    await page.screenshot({ path: artifactPath('screenshots', 'export-menu.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => ov(page, `${control} .ll-sheet-menu`).count()).toBe(0);
    await expect.poll(async () => (await active()).cls).toBe('ll-sheet-btn');

    // copy (Enter on the first action)
    await page.keyboard.press('Enter');
    // the menu opens, and takes focus, on the next frames: the second Enter waits for both
    await expect.poll(async () => (await active()).action).toBe('tsv');
    await page.keyboard.press('Enter');
    expect(await ov(page, `${control} .ll-sheet-status`).text()).toContain('已复制');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 30_000 }).toBe(toTsv(sheet));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('元（由原表单位 万元 精确换算');

    // CSV
    await button.click();
    let download = page.waitForEvent('download');
    await ov(page, `${control} button[data-action="csv"]`).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/（元）\.csv$/);
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(toCsv(sheet));

    // XLSX: the sheet's figures at their places
    await button.click();
    download = page.waitForEvent('download');
    await ov(page, `${control} button[data-action="xlsx"]`).click();
    const xlsx = await download;
    expect(xlsx.suggestedFilename()).toMatch(/（元）\.xlsx$/);
    const files = unzipSync(readFileSync((await xlsx.path())!));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const numbers = sheet.rows.flat().filter((c) => c.t === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(xml).toContain(`<v>${n.t === 'number' ? n.v : ''}</v>`);

    // the page itself was not touched: no element added outside the overlay's host
    expect(await page.evaluate(() => document.querySelectorAll('a[download]').length)).toBe(0);
    await page.close();
  });

  it('in the PDF viewer: a table’s CSV names its pages and holds the figures the core reads', async () => {
    const FILE = 'sh-putuo-ghzy-2024-dept-final.pdf';
    const page = await b.ctx.newPage();
    const pdfUrl = fx.local(`pdf/${FILE}`);
    await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
    await page.waitForFunction(() => (document.querySelector('.ll-host') as HTMLElement | null)?.dataset.status === 'on', undefined, { timeout: 90_000 });

    const snap = (await readPdfFile(join(PDF_DIR, FILE))).snapshot;
    const sheet = documentSheets(snap, 'asWritten')[0]!;
    const table = sheet.origins[0]!.table;
    const title = Object.fromEntries(sheet.meta)['标题 / Title']!;
    // the panel's link to the table scrolls the viewer there
    await page.locator(`.ll-host .ll-group button.t[title$="${title}"]`).first().click();
    const control = page.locator(`.ll-host .ll-sheet[data-table="${table}"]`);
    await control.locator('.ll-sheet-btn').click();
    const download = page.waitForEvent('download');
    await control.locator('button[data-action="csv"]').click();
    const text = readFileSync((await (await download).path())!, 'utf8');
    const lines = text.split('\r\n');
    const source = lines.find((l) => l.startsWith('来源 / Source,'))!.slice('来源 / Source,'.length).replace(/,+$/, '');
    expect(source).toContain(FILE);
    expect(text).toMatch(/页码 \/ Pages,第 \d+ 页/);
    // the same sheet as under Node, but for the address the viewer read the file from
    const viaNode = toCsv({ ...sheet, meta: sheet.meta.map(([k, v]) => [k, k === '来源 / Source' ? source : v] as [string, string]) });
    expect(text).toBe(viaNode);
    await page.screenshot({ path: artifactPath('viewer', 'export.png') });
    await page.close();
  });
});
