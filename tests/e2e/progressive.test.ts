/**
 * Progressive results (issue 13): the tables in view are read first and their in-table findings drawn
 * before the rest of a long page is read and checked; the whole page's result then replaces them. The
 * page: fixture 004 (its 表7 has three in-table errors), opened at 表7 (a #fragment on the page's fifth <table>), followed by 60
 * generated tables so the whole page takes far longer than the tables in view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigBudgetPage, proseFloodPage } from '../generators';
import { ensureBuilt, launch, overlayEval, PAGES_DIR, serveFixtures, tabState, waitForTabState, type Browser, type Fixtures } from './harness';

let fx: Fixtures;
let b: Browser;

/** 004 with an anchor on its 表7 (the fifth <table>). */
function anchored004(): string {
  const html = readFileSync(join(PAGES_DIR, '004_c5440fdc5d943430.plain.html'), 'utf8');
  let n = 0;
  return html.replace(/<table\b/gi, (m) => (++n === 5 ? '<table id="t7"' : m));
}

/** 004 at 表7 with a long tail of generated tables after its own. */
function longPage(): string {
  const anchored = anchored004();
  const tail = bigBudgetPage({ tables: 60, cellsTarget: 30_000, seed: 7 }).html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
  return anchored.replace(/<\/body>/i, `${tail}</body>`);
}

beforeAll(async () => {
  fx = await serveFixtures();
  fx.add('long-004.html', longPage());
  fx.add('plain-004.html', anchored004());
  // few table rows after the view, but a megabyte of 说明 text: the whole page takes seconds too
  fx.add('prose-004.html', proseFloodPage(anchored004(), { bytes: 1_000_000 }));
  b = await launch(ensureBuilt(), fx.port);
});
afterAll(async () => {
  await b?.close();
  await fx?.close();
});

interface Seen { cells: string[]; headline: string; status: string; timings: Record<string, number> }

describe('progressive results', () => {
  it('draws the findings of the table in view before the whole page is checked, then the whole result', async () => {
    const page = await b.ctx.newPage();
    await page.addInitScript(() => {
      // the page's own view: when an element first went into <html> beside head and body (the overlay's
      // host), and the time of every animation frame's callbacks
      const seen = { hostAt: null as number | null, frames: [] as number[] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      const loop = () => {
        seen.frames.push(performance.now());
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of Array.from(r.addedNodes))
            if (seen.hostAt === null && n.nodeType === 1 && n.parentNode === document.documentElement && !/^(HEAD|BODY)$/.test(n.nodeName)) seen.hostAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    const url = `${fx.gov('extra/long-004.html')}#t7`;
    await page.goto(url);
    // poll what the overlay draws until the first finding box appears
    let first: Seen | null = null;
    let tabWhenFirst: string | undefined;
    for (const end = Date.now() + 120_000; !first && Date.now() < end; ) {
      const seen = await overlayEval(page, (v) => {
        const boxes = v.root ? Array.from(v.root.querySelectorAll('.ll-box[data-role="finding"]')) : [];
        // the panel is drawn in the task after the highlights' frame: wait for both
        const headline = v.root?.querySelector('.ll-summary .big, .ll-pill .n')?.textContent ?? '';
        if (!boxes.length || !headline) return null;
        return { cells: boxes.map((x) => (x as HTMLElement).dataset.cell ?? ''), headline, status: v.status, timings: v.timings };
      });
      if (seen) {
        first = seen;
        tabWhenFirst = (await tabState(b, url))?.status;
      } else await page.waitForTimeout(25);
    }
    expect(first, 'a finding box was drawn').not.toBeNull();
    // the first drawing is the partial result: the whole page has not been checked yet
    expect(first!.timings.firstShown, 'a first result was shown').toBeGreaterThan(0);
    expect(first!.timings.analysis).toBeUndefined();
    expect(first!.headline).toMatch(/其余表格核对中|checking the rest/);
    expect(first!.status).toBe('running');
    // badge and popup are not told a partial result
    expect(tabWhenFirst).toBe('running');
    // the overlay's host went into the page a frame before the first highlights were drawn: putting it
    // in repaints the whole page, which must not be one task with drawing the highlights
    // (seen from the page: its animation frames between the host's arrival and the first highlight —
    // one means the highlights came in the very frame that drew the host)
    const seenByPage = await page.evaluate(() => (window as unknown as { __seen: { hostAt: number | null; frames: number[] } }).__seen);
    const h = first!.timings.firstHighlight!;
    expect(seenByPage.hostAt, 'the host went into <html>').not.toBeNull();
    expect(h).toBeGreaterThan(seenByPage.hostAt!);
    expect(seenByPage.frames.filter((f) => f > seenByPage.hostAt! && f < h).length).toBeGreaterThanOrEqual(2);
    // 表7 is the page's fifth <table> (index 4)
    expect(first!.cells.some((c) => c.startsWith('4:'))).toBe(true);

    const st = await waitForTabState(b, url, ['on', 'error'], 300_000);
    expect(st.status, st.error).toBe('on');
    // the background says 'on' as it answers; the page draws the whole result right after
    const read = () =>
      overlayEval(page, (v) => ({
        status: v.status,
        cells: v.root ? Array.from(v.root.querySelectorAll('.ll-box[data-role="finding"]')).map((x) => (x as HTMLElement).dataset.cell ?? '') : [],
        headline: v.root?.querySelector('.ll-summary .big, .ll-pill .n')?.textContent ?? '',
        timings: v.timings,
      }));
    let final = await read();
    for (const end = Date.now() + 30_000; (final.status !== 'on' || /核对中/.test(final.headline)) && Date.now() < end; final = await read()) await page.waitForTimeout(50);
    console.log(
      `first result ${Math.round(first!.timings.firstShown! - first!.timings.start!)} ms after start; whole page ${Math.round(final.timings.analysis! - final.timings.start!)} ms`,
    );
    expect(final.headline).not.toMatch(/其余表格核对中|checking the rest/);
    // everything drawn first is still drawn (the first result is part of the whole)
    for (const c of first!.cells) expect(final.cells).toContain(c);
    expect(final.timings.analysis!).toBeGreaterThan(final.timings.firstShown!);
  }, 400_000);

  /** Poll until the overlay has drawn its whole result; what it recorded on the way. */
  async function whole(url: string): Promise<Record<string, number>> {
    const page = await b.ctx.newPage();
    await page.goto(url);
    const st = await waitForTabState(b, url, ['on', 'error'], 300_000);
    expect(st.status, st.error).toBe('on');
    let t: Record<string, number> = {};
    for (const end = Date.now() + 30_000; t.firstPaint === undefined && Date.now() < end; ) {
      t = await overlayEval(page, (v) => v.timings);
      if (t.firstPaint === undefined) await page.waitForTimeout(50);
    }
    await page.close();
    return t;
  }

  it('sends no first stage where the rest of the page is small: one analysis, not two side by side', async () => {
    const t = await whole(`${fx.gov('extra/plain-004.html')}#t7`);
    expect(t.firstPaint, 'the whole result was drawn').toBeGreaterThan(0);
    // the tables in view were read first, but not sent on their own
    expect(t.firstSnapshot).toBeUndefined();
    expect(t.firstShown).toBeUndefined();
  }, 400_000);

  it('sends one where the rest is long to analyse by its text, though few table rows follow', async () => {
    const t = await whole(`${fx.gov('extra/prose-004.html')}#t7`);
    expect(t.firstSnapshot, 'the first stage was sent').toBeGreaterThan(0);
    expect(t.firstShown, 'and drawn before the whole page').toBeGreaterThan(0);
    expect(t.analysis!).toBeGreaterThan(t.firstShown!);
  }, 400_000);
});
