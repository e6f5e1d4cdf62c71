/**
 * Overlay benchmark (`npx tsx tests/e2e/bench.ts [--runs 3]`): for every fixture page and a
 * generated page of 100 tables / ~50,000 cells, prints
 *   - time to first highlight: from the content script's start, and from navigation start;
 *   - main-thread time the overlay costs the page: the renderer's TaskDuration (CDP
 *     Performance.getMetrics) with the overlay minus the same page loaded where it does not run;
 *   - the floor: reading every table cell's text once (table.rows → cells → textContent), and the
 *     ratio of the overlay's cost to it;
 *   - the longest task after the overlay started.
 * Medians over `--runs` (default 3; the big page `--big-runs`, default 1; its size `--big-tables 100
 * --big-cells 50000`). Writes artifacts/bench.json. No assertions: numbers for people.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { artifactPath, ensureBuilt, launch, listHtml, overlayEval, PAGES_DIR, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';

const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const runs = flag('--runs', 3);
// the big page runs once by default: its analysis alone takes minutes (see the report)
const bigRuns = flag('--big-runs', 1);
const bigTables = flag('--big-tables', 100);
const bigCells = flag('--big-cells', 50_000);

interface Sample {
  firstFromStart: number;
  firstFromNav: number;
  snapshotMs: number;
  analysisMs: number;
  overlayTaskMs: number;
  readMs: number;
  longestAfterStart: number;
}

/** Start counting the renderer's main-thread time (before navigation, so the whole load counts). */
async function meter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

async function settle(page: Page, ms: number) {
  // let pending rAF passes, idle callbacks and GC finish before reading the counters
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

async function readFloor(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    let n = 0;
    for (const table of Array.from(document.getElementsByTagName('table'))) {
      for (const row of Array.from(table.rows)) for (const cell of Array.from(row.cells)) n += (cell.textContent ?? '').length;
    }
    const ms = performance.now() - t0;
    return n >= 0 ? ms : -1;
  });
}

async function sample(b: Browser, fx: Fixtures, path: string, settleMs: number): Promise<Sample> {
  // without the overlay: the same page on a host where nothing runs by itself
  const bare = await b.ctx.newPage();
  const bareMeter = await meter(bare);
  await bare.goto(fx.local(path));
  await settle(bare, settleMs);
  const bareTask = await bareMeter();
  const readMs = await readFloor(bare);
  await bare.close();

  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lt: [number, number][] };
    w.__lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const url = fx.gov(path);
  const overlayMeter = await meter(page);
  await page.goto(url);
  const st = await waitForTabState(b, url, ['on', 'no-tables', 'error'], 1_200_000);
  if (st.status !== 'on') throw new Error(`${path}: ${st.status} ${st.error ?? ''}`);
  await waitForOverlay(page, 1_200_000);
  for (const end = Date.now() + 60_000; !(await overlayEval(page, (v) => v.timings.firstPaint !== undefined)) && Date.now() < end; ) await page.waitForTimeout(50);
  await settle(page, settleMs);
  const overlayTask = await overlayMeter();
  // the timings are kept in the content script's world; performance.now() has the page's time origin
  const timingsNow = await overlayEval(page, (v) => v.timings);
  const info = await page.evaluate((t) => {
    const lt = (window as unknown as { __lt: [number, number][] }).__lt;
    return { t, longest: Math.max(0, ...lt.filter(([s]) => s >= t.start!).map(([, d]) => d)) };
  }, timingsNow);
  await page.close();
  const t = info.t;
  // a page without findings has nothing to highlight: its first paint (the panel) stands in
  const first = t.firstHighlight ?? t.firstPaint!;
  return {
    firstFromStart: first - t.start!,
    firstFromNav: first,
    snapshotMs: t.snapshot! - t.start!,
    analysisMs: t.analysis! - t.snapshot!,
    overlayTaskMs: overlayTask - bareTask,
    readMs,
    longestAfterStart: info.longest,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const ext = ensureBuilt();
const fx = await serveFixtures();
const big = bigBudgetPage({ tables: bigTables, cellsTarget: bigCells, seed: 1 });
fx.add('big-100x50k.html', big.html);
const b = await launch(ext, fx.port);

const targets = [...listHtml(PAGES_DIR).map((f) => ({ name: f, path: `pages/${f}`, settle: 400, runs })), { name: `big (${big.tables.length} tables, ${big.tdCount} cells)`, path: 'extra/big-100x50k.html', settle: 1500, runs: bigRuns }];
const results: Record<string, Record<keyof Sample, number>> = {};
const f = (x: number) => x.toFixed(0).padStart(7);
console.log(`overlay benchmark, median of ${runs} runs (big page: ${bigRuns}) (ms)`);
console.log('page'.padEnd(44) + ['1st hl', 'from nav', 'snapshot', 'analysis', 'main thr', 'read', 'ratio', 'max task'].map((h) => h.padStart(9)).join(''));
for (const tgt of targets) {
  const samples: Sample[] = [];
  for (let i = 0; i < tgt.runs; i++) samples.push(await sample(b, fx, tgt.path, tgt.settle));
  const m = Object.fromEntries((Object.keys(samples[0]!) as (keyof Sample)[]).map((k) => [k, median(samples.map((s) => s[k]))])) as Record<keyof Sample, number>;
  results[tgt.name] = m;
  const ratio = m.readMs > 0 ? m.overlayTaskMs / m.readMs : NaN;
  console.log(
    tgt.name.padEnd(44) +
      [m.firstFromStart, m.firstFromNav, m.snapshotMs, m.analysisMs, m.overlayTaskMs, m.readMs].map((x) => f(x) + '  ').join('') +
      ratio.toFixed(1).padStart(7) +
      '  ' +
      f(m.longestAfterStart),
  );
}
console.log('\n1st hl: content script start → first highlight drawn; from nav: navigation start → first highlight;');
console.log('snapshot: reading the page (chunked); analysis: background round trip; main thr: renderer main-thread time');
console.log('with the overlay minus without; read: reading every cell\'s text once; ratio = main thr / read; max task: longest task after start.');
writeFileSync(artifactPath('bench.json'), JSON.stringify({ runs, results }, null, 2));
await b.close();
await fx.close();
