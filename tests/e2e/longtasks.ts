/**
 * Which moments of a run have a long task (`npx tsx tests/e2e/longtasks.ts [pages/FILE.html | big] [--runs 3]
 * [--ext DIR]`): loads the page on the automatic path, records every long task (over 50 ms) and every long
 * animation frame after the content script's start, and prints them beside the overlay's own marks (first
 * stage read, first result shown, panel drawn, whole result in, …), each in ms from the script's start. A
 * task right after `analysis` is the whole result being drawn; one near `firstShown` the first result's.
 * Wall time: on a loaded machine a task of 25 ms of CPU can last 60 (tests/e2e/trace.ts gives CPU time).
 */
import type { Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { ensureBuilt, launch, overlayEval, serveFixtures, waitForOverlay, waitForTabState } from './harness';

const args = process.argv.slice(2);
const at = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : null);
const runs = Number(at('--runs') ?? 3);
const ext = at('--ext') ?? ensureBuilt();
const target = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'big';
const fx = await serveFixtures();
if (target === 'big') fx.add('big.html', bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 1 }).html);
const b = await launch(ext, fx.port);
const path = target === 'big' ? 'extra/big.html' : target;
for (let r = 0; r < runs; r++) {
  const page: Page = await b.ctx.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lt: [number, number][]; __loaf: [number, number, number][] };
    w.__lt = [];
    w.__loaf = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    try {
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { renderStart: number })[]) w.__loaf.push([e.startTime, e.duration, e.renderStart]);
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      /* a browser without the long-animation-frame entry */
    }
  });
  const url = fx.gov(path);
  await page.goto(url);
  await waitForTabState(b, url, ['on', 'no-tables', 'error'], 600_000);
  await waitForOverlay(page, 600_000);
  await page.waitForTimeout(2500);
  const t = await overlayEval(page, (v) => v.timings);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __lt: [number, number][]; __loaf: [number, number, number][] };
    return { lt: w.__lt, loaf: w.__loaf };
  });
  const s = t.start!;
  const marks = Object.entries(t)
    .filter(([k]) => k !== 'start' && k !== 'workerMs' && k !== 'readBusy')
    .sort((x, y) => x[1] - y[1])
    .map(([k, v]) => `${k} ${Math.round(v - s)}`);
  console.log(`run ${r + 1}: ${marks.join(', ')}`);
  const tasks = seen.lt.filter(([st]) => st >= s);
  for (const [st, d] of tasks) console.log(`  long task at ${Math.round(st - s)} ms: ${Math.round(d)} ms`);
  for (const [st, d, rs] of seen.loaf.filter(([st]) => st >= s)) console.log(`  long frame at ${Math.round(st - s)} ms: ${Math.round(d)} ms (drawing began after ${Math.round(rs - st)} ms)`);
  if (!tasks.length) console.log('  no long task');
  await page.close();
}
await b.close();
await fx.close();
