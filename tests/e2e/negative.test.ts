/**
 * Pages without a budget table show nothing: no overlay element, no badge, the page untouched —
 * on the automatic path (a *.gov.cn address), where a false alarm would cost the most trust.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_WORD } from '../../lib/tables/budget-words';
import { hugeNonBudgetPage } from '../generators';
import { badgeText, ensureBuilt, launch, listHtml, NEGATIVE_DIR, overlayEval, overlayShown, serveFixtures, waitForTabState, type Browser, type Fixtures } from './harness';

const pages = listHtml(NEGATIVE_DIR).map((f) => `negative/${f}`);
const extra: Record<string, string> = {
  'huge-plain.html': hugeNonBudgetPage({ rows: 2000, seed: 7 }),
  'no-tables.html': '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body><p>关于2024年部门预算公开的通知。</p></body></html>',
};
const source = (path: string) => (path.startsWith('extra/') ? extra[path.slice(6)]! : readFileSync(join(NEGATIVE_DIR, path.slice(9)), 'utf8'));

let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  const ext = ensureBuilt();
  fx = await serveFixtures();
  for (const [name, html] of Object.entries(extra)) fx.add(name, html);
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
      // a page whose text has no budget word at all: read, but no font looked up for an overlay that cannot come
      if (!BUDGET_WORD.test(source(path))) {
        await page.waitForTimeout(300); // the lookups, had they started, take one task each
        const timings = await overlayEval(page, (v) => v.timings);
        expect(timings.snapshot, 'the page was read').toBeGreaterThan(0);
        expect(timings.prepared, 'no fonts looked up').toBeUndefined();
      }
    } finally {
      await page.close();
    }
  });
});
