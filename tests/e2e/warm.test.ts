/**
 * With pages checked by themselves (the default), the analysis worker is loaded when the extension
 * starts, not when the first page asks; and a document that went away is made again (issue 13: the first page on a fresh browser waited for the
 * offscreen document and its worker to load, ~480 ms to its first highlight against ~200 ms after).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launch, serveFixtures, waitForTabState, type Browser, type Fixtures } from './harness';

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

describe('analysis worker at start', () => {
  it('the offscreen document that runs the analysis workers is up before any page is opened', async () => {
    const offscreen = () =>
      b.sw.evaluate(async () => {
        const rt = (globalThis as unknown as { chrome: { runtime: { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> } } }).chrome.runtime;
        return (await rt.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
      });
    let n = 0;
    for (const end = Date.now() + 15_000; n === 0 && Date.now() < end; ) {
      n = await offscreen();
      if (n === 0) await new Promise((r) => setTimeout(r, 100));
    }
    // no page was opened: only the extension's start could have made it
    expect(b.ctx.pages().filter((p) => p.url().startsWith('http')).length).toBe(0);
    expect(n).toBe(1);
  });

  it('a page is still analysed after the offscreen document went away (closed, or its process ended)', async () => {
    await b.sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome;
      await c.offscreen.closeDocument();
    });
    const page = await b.ctx.newPage();
    const url = fx.gov('pages/004_c5440fdc5d943430.plain.html');
    await page.goto(url);
    const st = await waitForTabState(b, url, ['on', 'error'], 120_000);
    expect(st.status, st.error).toBe('on');
    await page.close();
  });
});
