/**
 * Pages without a budget table show nothing: no overlay element, no badge, the page untouched —
 * on the automatic path (a *.gov.cn address), where a false alarm would cost the most trust.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeNonBudgetPage } from '../generators';
import { badgeText, ensureBuilt, launch, listHtml, NEGATIVE_DIR, overlayShown, serveFixtures, waitForTabState, type Browser, type Fixtures } from './harness';

const pages = listHtml(NEGATIVE_DIR).map((f) => `negative/${f}`);

let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  const ext = ensureBuilt();
  fx = await serveFixtures();
  fx.add('huge-plain.html', hugeNonBudgetPage({ rows: 2000, seed: 7 }));
  fx.add('no-tables.html', '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body><p>关于2024年部门预算公开的通知。</p></body></html>');
  b = await launch(ext, fx.port);
});

afterAll(async () => {
  await b?.close();
  await fx?.close();
});

describe.each([...pages, 'extra/huge-plain.html', 'extra/no-tables.html'])('%s', (path) => {
  it('shows nothing', async () => {
    const page = await b.ctx.newPage();
    try {
      const url = fx.gov(path);
      await page.goto(url);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const st = await waitForTabState(b, url, ['on', 'no-tables', 'error'], 60_000);
      expect(st.status, JSON.stringify(st.summary)).toBe('no-tables');
      expect(await overlayShown(page)).toBe(false);
      expect(await badgeText(b, st.tabId)).toBe('');
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    } finally {
      await page.close();
    }
  });
});
