/**
 * Terms and codes: hovering a budget word in the page's prose explains it (the page's own 名词解释
 * first), hovering a classification code in a table reads it as 类 › 款 › 项; terms are underlined
 * in the overlay, never in the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, clickToolbar, ensureBuilt, launch, overlayEval, ov, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILE = '001_98990c82be280a35.plain.html';
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

/** Centre of the first occurrence of `word` in a text node matching `where` (scrolled into view). */
async function wordAt(page: Page, word: string, where: (text: string) => boolean = () => true): Promise<{ x: number; y: number }> {
  const src = where.toString();
  return page.evaluate(
    ([w, whereSrc]) => {
      const test = eval(whereSrc) as (t: string) => boolean;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = (n as Text).data;
        const i = t.indexOf(w);
        if (i < 0 || (n.parentElement?.closest('table') && !test(t)) || !test(t)) continue;
        n.parentElement!.scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      throw new Error('not found: ' + w);
    },
    [word, src] as const,
  );
}

describe('terms and codes', () => {
  it('explains a term on hover, with the page’s own definition, and decodes a code', async () => {
    const page = await b.ctx.newPage();
    const url = fx.local(`pages/${FILE}`);
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbar(b, page);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);

    // a term in the prose
    const at = await wordAt(page, '机关运行经费', (t) => t.includes('万元'));
    await page.mouse.move(at.x, at.y);
    const card = ov(page, '.ll-term');
    await card.waitFor(10_000);
    const text = await card.text();
    expect(text).toContain('机关运行经费');
    expect(text).toContain('本页的解释'); // the page defines it in its 名词解释
    expect(text).toContain('来源');
    await page.screenshot({ path: artifactPath('screenshots', 'term-card.png') });

    // underlines are drawn in the overlay
    await expect.poll(() => ov(page, '.ll-underline').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // a functional classification code in a table cell
    const code = await page.evaluate(() => {
      const td = [...document.querySelectorAll('td')].find((c) => /^\s*2\d{6}\s*$/.test(c.textContent ?? ''))!;
      td.scrollIntoView({ block: 'center' });
      const r = td.getBoundingClientRect();
      return { code: td.textContent!.trim(), x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(code.x, code.y);
    await expect.poll(() => ov(page, '.ll-term').text(), { timeout: 10_000 }).toContain(code.code);
    const codeCard = await ov(page, '.ll-term').text();
    expect(codeCard).toContain(code.code.slice(0, 3)); // its 类
    expect(codeCard).toContain('支出功能分类科目');
    await page.screenshot({ path: artifactPath('screenshots', 'code-card.png') });

    // the page itself was never changed
    await page.mouse.move(1, 1);
    await ov(page, '.ll-panel button[aria-label="关闭标注"]').click();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('reaches underlined terms by keyboard: focus shows the card, Escape closes it, the setting removes them', async () => {
    const page = await b.ctx.newPage();
    const url = fx.local(`pages/${FILE}`);
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbar(b, page);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);

    const marks = ov(page, '.ll-termmark');
    await expect.poll(() => marks.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const first = marks.first();
    const label = (await first.attr('aria-label')) ?? '';
    expect(label).toMatch(/^术语：.+/);
    expect(await first.attr('role')).toBe('button');
    expect(await first.attr('tabindex')).toBe('0');
    // the targets follow the page's reading order
    const tops = await overlayEval(page, (v) => [...v.root!.querySelectorAll<HTMLElement>('.ll-termmark')].map((e) => parseFloat(e.style.top)));
    expect(tops.every((t, i) => i === 0 || t >= tops[i - 1]! - 2)).toBe(true);

    const card = ov(page, '.ll-term');
    const title = async () => ((await card.count()) ? await ov(page, '.ll-term .ll-term-title').text() : '');
    const isFocused = (l: typeof first) => l.isFocused();
    await first.focus();
    await expect.poll(title, { timeout: 10_000 }).not.toBe(''); // the glossary's name for the page's word
    const firstTitle = await title();
    expect(await card.attr('aria-label')).toBe(`术语解释: ${firstTitle}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await isFocused(first)).toBe(true);

    // Enter opens it again; the card's own Escape gives focus back to the term
    await page.keyboard.press('Enter');
    await card.waitFor(10_000);
    await ov(page, '.ll-term button').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await isFocused(first)).toBe(true);
    expect(await card.count()).toBe(0); // focus given back does not reopen it

    // Tab moves on to the next term and its card
    await page.keyboard.press('Tab');
    expect(await isFocused(marks.nth(1))).toBe(true);
    await expect.poll(title, { timeout: 10_000 }).not.toBe('');

    // a term the page defines itself: its card, the page's definition first
    const own = ov(page, '.ll-termmark[aria-label="术语：机关运行经费"]').first();
    await own.focus();
    await expect.poll(title, { timeout: 10_000 }).toBe('机关运行经费');
    expect(await card.text()).toContain('本页的解释');
    await page.screenshot({ path: artifactPath('screenshots', 'term-card-keyboard.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await isFocused(own)).toBe(true);

    // underlines off in the settings: no underlines and no focus targets
    await b.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), glossaryUnderline: false } });
    });
    await expect.poll(() => marks.count()).toBe(0);
    expect(await ov(page, '.ll-underline').count()).toBe(0);
    await b.sw.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, glossaryUnderline: true } });
    });

    await ov(page, '.ll-panel button[aria-label="关闭标注"]').click();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('reaches code cells by keyboard: focus shows the decoded code, Escape closes it, focus stays', async () => {
    const page = await b.ctx.newPage();
    const url = fx.local('pages/000_9397a020b08f6624.merged.html');
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbar(b, page);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);

    const codes = ov(page, '.ll-codemark');
    await expect.poll(() => codes.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    const target = ov(page, '.ll-codemark[aria-label="科目编码 2101501"]').first();
    expect(await target.attr('role')).toBe('button');
    expect(await target.attr('tabindex')).toBe('0');
    // terms and codes together follow the page's reading order
    const tops = await overlayEval(page, (v) => [...v.root!.querySelectorAll<HTMLElement>('.ll-termmark, .ll-codemark')].map((e) => parseFloat(e.style.top)));
    expect(tops.every((t, i) => i === 0 || t >= tops[i - 1]! - 2)).toBe(true);

    const card = ov(page, '.ll-term');
    const isFocused = (l: typeof target) => l.isFocused();
    await target.focus();
    await card.waitFor(10_000);
    expect(await card.attr('aria-label')).toBe('科目编码: 2101501');
    const path = await ov(page, '.ll-term .ll-code-path').text();
    for (const c of ['210', '21015', '2101501']) expect(path).toContain(c); // 类 › 款 › 项
    expect(await card.text()).toContain('支出功能分类科目');
    await page.screenshot({ path: artifactPath('screenshots', 'code-card-keyboard.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await isFocused(target)).toBe(true);

    // Enter opens it again; the card's own Escape gives focus back to the code
    await page.keyboard.press('Enter');
    await card.waitFor(10_000);
    await ov(page, '.ll-term button').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await isFocused(target)).toBe(true);
    expect(await card.count()).toBe(0);

    await ov(page, '.ll-panel button[aria-label="关闭标注"]').click();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
  });

  it('split 类/款/项 rows: each cell names its own level; unit codes get no classification card', async () => {
    const page = await b.ctx.newPage();
    const url = fx.local('pages/000_9397a020b08f6624.plain.html');
    await page.goto(url);
    await clickToolbar(b, page);
    await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);
    await expect.poll(() => ov(page, '.ll-codemark').count(), { timeout: 10_000 }).toBeGreaterThan(1);

    /** centre of the first cell whose row reads `cells` from its start (scrolled into view); `at` = which of them */
    const cellAt = (cells: string[], at: number) =>
      page.evaluate(
        ([want, k]) => {
          for (const tr of document.querySelectorAll('tr')) {
            const tds = [...tr.querySelectorAll('td')];
            if (want.every((w, i) => (tds[i]?.textContent ?? '').trim() === w)) {
              tds[k]!.scrollIntoView({ block: 'center' });
              const r = tds[k]!.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            }
          }
          throw new Error('row not found: ' + want.join('|'));
        },
        [cells, at] as const,
      );
    const card = ov(page, '.ll-term');
    const cardFor = async (cells: string[], at: number) => {
      await page.mouse.move(1, 1);
      await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(0);
      const p = await cellAt(cells, at);
      await page.mouse.move(p.x, p.y);
    };

    // the 类 cell of the row 210|15|01 行政运行 is the 类 210, not the 项's name
    await cardFor(['210', '15', '01'], 0);
    await expect.poll(async () => (await card.count()) ? ((await card.attr('aria-label')) ?? '') : '', { timeout: 10_000 }).toBe('科目编码: 210');
    let text = await card.text();
    expect(text).toContain('卫生健康支出');
    expect(text).not.toContain('行政运行');
    expect(text).not.toContain('单位代码');
    // the page's name is compared with the classification of the document's year (2026): the same, and cited
    expect(text).toContain('与科目名称一致');
    // its 项 cell "01" is 2101501, decoded from 类+款+项
    await cardFor(['210', '15', '01'], 2);
    await expect.poll(async () => (await card.count()) ? ((await card.attr('aria-label')) ?? '') : '', { timeout: 10_000 }).toBe('科目编码: 2101501');
    text = await card.text();
    for (const name of ['卫生健康支出', '医疗保障管理事务', '行政运行']) expect(text).toContain(name);

    // a unit code (6 digits, in the 单位代码 column) gets no classification card
    const unit = await cellAt(['210', '15', '01'], 3);
    await page.mouse.move(1, 1);
    await page.mouse.move(unit.x, unit.y);
    await page.waitForTimeout(1500);
    expect(await card.count()).toBe(0);
    await page.close();
  });
});
