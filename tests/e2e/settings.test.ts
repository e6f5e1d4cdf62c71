/**
 * Settings drive the overlay through storage, as the options page writes them: language, sites where
 * the overlay stays off, verified marks, the default unit; the options page itself saves what it shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launch, overlayEval, overlayShown, ov, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILE = 'pages/004_c5440fdc5d943430.merged.html';
let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  fx = await serveFixtures();
  b = await launch(ensureBuilt(), fx.port);
});
afterAll(async () => {
  await b?.close();
  await fx?.close();
});

describe('settings', () => {
  it('the options page saves what the user picks, and the overlay follows', async () => {
    const options = await b.ctx.newPage();
    await options.goto(`chrome-extension://${b.extId}/options.html`);
    await options.getByLabel('English').check();
    await expect.poll(() => options.locator('h1').textContent()).toBe('Ledger Lens · Settings');
    await options.getByLabel('Show marks (✓) for relations that hold').uncheck();
    await options.locator('select').selectOption('万元');
    // a site where the overlay must not start by itself
    await options.getByRole('textbox', { name: 'Sites without the automatic overlay' }).fill('https://off.ledger-lens-test.gov.cn/some/page');
    await options.getByRole('textbox', { name: 'Sites without the automatic overlay' }).press('Enter');
    await expect.poll(() => options.locator('[data-list="disabled"] code').allTextContents()).toEqual(['off.ledger-lens-test.gov.cn']);
    const saved = await b.sw.evaluate(() => chrome.storage.local.get('settings'));
    expect(saved.settings).toMatchObject({ language: 'en', showVerified: false, defaultUnit: '万元', disabledSites: ['off.ledger-lens-test.gov.cn'] });

    // English overlay, amounts shown in 万元, no ✓ marks
    const page = await b.ctx.newPage();
    const url = fx.gov(FILE);
    await page.goto(url);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);
    expect(await ov(page, '.ll-panel h2').text()).toBe('Ledger Lens');
    expect(await overlayEval(page, (v) => v.root!.querySelector<HTMLSelectElement>('.ll-controls select')!.value)).toBe('万元');
    expect(await ov(page, '.ll-verified').count()).toBe(0);
    await expect.poll(() => ov(page, '.ll-unit-chip').count()).toBeGreaterThan(0);

    // a live change of language reaches the open overlay
    await options.getByLabel('中文').check();
    await expect.poll(() => ov(page, '.ll-panel h2').text()).toBe('账本核对');

    // the switched-off site: nothing runs by itself
    const off = await b.ctx.newPage();
    await off.goto(`http://off.ledger-lens-test.gov.cn/${FILE}`);
    await off.waitForTimeout(1500);
    expect(await overlayShown(off)).toBe(false);
    await options.close();
    await page.close();
    await off.close();
  });
});
