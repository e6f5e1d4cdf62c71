/**
 * A page that is hostile to the overlay (issue 10): it cannot read or rewrite the overlay (closed
 * shadow root), cannot stop it from mounting by defining custom elements first, cannot tear it down
 * by dispatching the framework's "content script started" event, and when it removes or alters the
 * overlay's host the overlay comes back — or, if the page keeps at it, the badge says so instead of
 * counting problems nobody can see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, ensureBuilt, launch, overlayEval, overlayShown, PAGES_DIR, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';
import { expectedAnalysis } from './expected';

const FILE = '004_c5440fdc5d943430.plain.html';
let fx: Fixtures;
let b: Browser;

/** The fixture page with a script of the page's own in its <head> (it runs before the content script). */
function withScript(name: string, script: string): string {
  const html = readFileSync(join(PAGES_DIR, FILE), 'utf8').replace('</head>', `<script>${script}</script></head>`);
  fx.add(name, html);
  return fx.gov(`extra/${name}`);
}

beforeAll(async () => {
  fx = await serveFixtures();
  b = await launch(ensureBuilt(), fx.port);
});
afterAll(async () => {
  await b?.close();
  await fx?.close();
});

const problems = () => expectedAnalysis(FILE).summary.problems;

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.ctx.newPage();
  await page.goto(url);
  const st = await waitForTabState(b, url, ['on', 'no-tables', 'error']);
  expect(st.status, st.error).toBe('on');
  await waitForOverlay(page);
  return { page, tabId: st.tabId };
}

/** The overlay's host as the page sees it: the element <html> holds besides <head> and <body>. */
const pageSideHosts = (page: Page) =>
  page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).map((e) => ({ tag: e.localName, shadow: e.shadowRoot !== null })));

describe('a page against the overlay', () => {
  it('cannot reach the shadow root: host.shadowRoot is null for page scripts, nothing of the overlay is in the page DOM', async () => {
    const { page } = await open(fx.gov(`pages/${FILE}`));
    // the content script has its root and draws in it …
    expect(await overlayEval(page, (v) => v.root?.querySelectorAll('.ll-item').length ?? 0)).toBe(expectedAnalysis(FILE).report.findings.length);
    // … and the page sees one plain element it cannot open
    expect(await pageSideHosts(page)).toEqual([{ tag: 'div', shadow: false }]);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('.ll-item, .ll-panel, .ll-box').length)).toBe(0);
    // the element the page sees is the overlay's host
    expect(await overlayEval(page, (v) => v.root!.host === document.documentElement.lastElementChild)).toBe(true);
    await page.close();
  });

  it('still gets the overlay on a page that defined the old host name and other custom elements first', async () => {
    const url = withScript(
      'predefined.html',
      `for (const n of ['ledger-lens-overlay', 'll-overlay', 'x-overlay']) customElements.define(n, class extends HTMLElement {
         static disabledFeatures = ['shadow'];
         constructor() { super(); window.__constructed = (window.__constructed || 0) + 1; }
       });`,
    );
    const { page, tabId } = await open(url);
    expect(await overlayEval(page, (v) => v.root?.querySelectorAll('.ll-panel').length ?? 0)).toBe(1);
    expect(await badgeText(b, tabId)).toBe(String(problems()));
    // no constructor of the page ran for us
    expect(await page.evaluate(() => (window as unknown as { __constructed?: number }).__constructed ?? 0)).toBe(0);
    await page.close();
  });

  it('does not tear the overlay down when the page dispatches the framework’s "content script started" event', async () => {
    const { page, tabId } = await open(fx.gov(`pages/${FILE}`));
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
    }, b.extId);
    await page.waitForTimeout(1000);
    expect(await overlayShown(page)).toBe(true);
    expect(await overlayEval(page, (v) => v.status)).toBe('on');
    expect(await badgeText(b, tabId)).toBe(String(problems()));
    await page.close();
  });

  it('puts the host back when the page removes it or sets attributes on it; the badge keeps agreeing', async () => {
    const { page, tabId } = await open(fx.gov(`pages/${FILE}`));
    await page.evaluate(() => document.documentElement.lastElementChild!.remove());
    await expect.poll(() => overlayShown(page)).toBe(true);
    await page.evaluate(() => {
      const host = document.documentElement.lastElementChild as HTMLElement;
      host.setAttribute('inert', '');
      host.hidden = true;
      host.style.display = 'none';
    });
    await expect.poll(() => overlayEval(page, (v) => v.root!.host.attributes.length)).toBe(0);
    // drawn and visible: a finding's box has a size
    expect(await overlayEval(page, (v) => v.root!.querySelector('.ll-panel')!.getBoundingClientRect().width)).toBeGreaterThan(0);
    expect(await overlayEval(page, (v) => v.status)).toBe('on');
    expect(await badgeText(b, tabId)).toBe(String(problems()));
    await page.close();
  });

  it('says so when the page keeps removing the host: no count of problems that nobody can see', async () => {
    const url = fx.gov(`pages/${FILE}`);
    const { page, tabId } = await open(url);
    await page.evaluate(() => {
      const strip = () => {
        for (const e of [...document.documentElement.children]) if (e !== document.head && e !== document.body) e.remove();
      };
      new MutationObserver(strip).observe(document.documentElement, { childList: true });
      strip();
    });
    const st = await waitForTabState(b, url, ['error'], 10_000);
    expect(st.error).toContain('页面移除了标注层');
    expect(await badgeText(b, tabId)).toBe('!');
    expect(await overlayShown(page)).toBe(false);
    await page.close();
  });
});
