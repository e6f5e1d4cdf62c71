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
 * --big-cells 50000`).
 * Then the PDF viewer, every corpus PDF opened from a served link as tests/e2e/viewer.test.ts does:
 * first page drawn, the worker's result arriving, stand-ins built, first highlight, the longest task
 * and the tasks over 50 ms from the result on (`--pdf-runs`, default 1; `--no-html` / `--no-pdf`).
 * Between the two, the main-thread time on pages with no budget table (tests/fixtures/negative: what every page of
 * an automatic site pays) and the first page on a fresh browser (`--fresh N`, default 3 browsers; 0 leaves it out).
 * Writes artifacts/bench.json. No assertions: numbers for people. tests/e2e/profile.ts shows what runs
 * inside a long task.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { artifactPath, ensureBuilt, launch, meter, settle, listHtml, NEGATIVE_DIR, overlayEval, PAGES_DIR, PDF_DIR, readFloor, serveFixtures, waitForOverlay, waitForTabState, type Browser, type Fixtures } from './harness';

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
// the viewer rows: every corpus PDF, `--pdf-runs` times (default 1); `--no-html` / `--no-pdf` leave a part out
const pdfRuns = flag('--pdf-runs', 1);
const doHtml = !args.includes('--no-html');
const doPdf = !args.includes('--no-pdf');
// `--ext DIR`: a prebuilt extension (to compare two builds under the same load); `--only RE`: pages and PDFs whose name matches
const extArg = args.includes('--ext') ? args[args.indexOf('--ext') + 1]! : null;
const only = args.includes('--only') ? new RegExp(args[args.indexOf('--only') + 1]!) : null;
const picked = (name: string) => !only || only.test(name);

interface Sample {
  /** content script start → the first, partial result (tables in view) drawn; NaN when the page had none */
  firstResult: number;
  firstFromStart: number;
  firstFromNav: number;
  snapshotMs: number;
  /** the read's own time on the page's thread (its slices; the yields between them and the first stage's hand-over left out) */
  readBusyMs: number;
  analysisMs: number;
  /** of the analysis round trip, the time the worker spent analysing */
  workerMs: number;
  overlayTaskMs: number;
  readMs: number;
  longestAfterStart: number;
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
    firstResult: t.firstShown !== undefined ? t.firstShown - t.start! : NaN,
    firstFromStart: first - t.start!,
    firstFromNav: first,
    snapshotMs: t.snapshot! - t.start!,
    readBusyMs: t.readBusy ?? NaN,
    analysisMs: t.analysis! - t.snapshot!,
    workerMs: t.workerMs ?? NaN,
    overlayTaskMs: overlayTask - bareTask,
    readMs,
    longestAfterStart: info.longest,
  };
}

interface ViewerSample {
  /** navigation start → first page's canvas in the document */
  firstPage: number;
  /** navigation start → the worker's result (read + checked) arrived on the main thread */
  result: number;
  /** result → stand-in tables built */
  standIns: number;
  /** navigation start → first highlight (or the panel, for a PDF without findings) */
  first: number;
  /** longest main-thread task, anywhere */
  longest: number;
  /** longest task from the result's arrival on (drawing pages may fall in it too) */
  longestAfterResult: number;
  /** tasks over 50 ms from the result's arrival on */
  over50AfterResult: number;
}

/** Open one PDF in the viewer (as the viewer e2e test does: ?file= a served link) and time it. */
async function sampleViewer(b: Browser, fx: Fixtures, file: string): Promise<ViewerSample> {
  const page = await b.ctx.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lt: [number, number][]; __firstPage: number };
    w.__lt = [];
    w.__firstPage = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // the first page is drawn when its canvas is put in (pages.ts adds it once pdf.js has rendered it)
    new MutationObserver((recs, mo) => {
      for (const r of recs)
        for (const n of Array.from(r.addedNodes))
          if ((n as Element).classList?.contains('ll-canvas')) {
            w.__firstPage = performance.now();
            mo.disconnect();
            return;
          }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(fx.local(`pdf/${file}`))}`);
  await page.waitForFunction(() => /firstHighlight|firstPaint/.test((document.querySelector('.ll-host') as HTMLElement | null)?.dataset.timings ?? ''), undefined, { timeout: 300_000 });
  await settle(page, 1500);
  const info = await page.evaluate(() => {
    const w = window as unknown as { __lt: [number, number][]; __firstPage: number };
    const t = JSON.parse((document.querySelector('.ll-host') as HTMLElement).dataset.timings!) as Record<string, number>;
    const [result, standIns] = ['ll-result', 'll-standins'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
    return { t, lt: w.__lt, firstPage: w.__firstPage, result: result!, standIns: standIns! };
  });
  await page.close();
  const after = info.lt.filter(([s, d]) => s + d >= info.result).map(([, d]) => d);
  return {
    firstPage: info.firstPage,
    result: info.result,
    standIns: info.standIns - info.result,
    first: info.t.firstHighlight ?? info.t.firstPaint ?? NaN,
    longest: Math.max(0, ...info.lt.map(([, d]) => d)),
    longestAfterResult: Math.max(0, ...after),
    over50AfterResult: after.filter((d) => d > 50).length,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const ext = extArg ?? ensureBuilt();
const fx = await serveFixtures();
const big = bigBudgetPage({ tables: bigTables, cellsTarget: bigCells, seed: 1 });
fx.add('big-100x50k.html', big.html);
const b = await launch(ext, fx.port);

const targets = (!doHtml ? [] : [...listHtml(PAGES_DIR).map((f) => ({ name: f, path: `pages/${f}`, settle: 400, runs })), { name: `big (${big.tables.length} tables, ${big.tdCount} cells)`, path: 'extra/big-100x50k.html', settle: 1500, runs: bigRuns }]).filter((t) => picked(t.name));
const results: Record<string, Record<keyof Sample, number> & { longestEach: number[] }> = {};
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–').padStart(7);
if (doHtml) {
  console.log(`HTML pages (the content script), median of ${runs} runs (big page: ${bigRuns}) (ms); floor = reading every cell's text once`);
  console.log('page'.padEnd(44) + ['1st res', '1st hl', 'from nav', 'snapshot', 'read', 'floor', 'read/fl', 'analysis', 'worker', 'main thr', 'thr/fl', 'max task', 'runs>50'].map((h) => h.padStart(9)).join(''));
}
for (const tgt of targets) {
  const samples: Sample[] = [];
  for (let i = 0; i < tgt.runs; i++) samples.push(await sample(b, fx, tgt.path, tgt.settle));
  const m = Object.fromEntries((Object.keys(samples[0]!) as (keyof Sample)[]).map((k) => [k, median(samples.map((s) => s[k]))])) as Record<keyof Sample, number>;
  const longestEach = samples.map((x) => Math.round(x.longestAfterStart));
  results[tgt.name] = { ...m, longestEach };
  const ratio = (x: number) => (m.readMs > 0 ? (x / m.readMs).toFixed(1) : '–').padStart(7) + '  ';
  console.log(
    tgt.name.padEnd(44) +
      [m.firstResult, m.firstFromStart, m.firstFromNav, m.snapshotMs, m.readBusyMs, m.readMs].map((x) => f(x) + '  ').join('') +
      ratio(m.readBusyMs) +
      [m.analysisMs, m.workerMs, m.overlayTaskMs].map((x) => f(x) + '  ').join('') +
      ratio(m.overlayTaskMs) +
      f(m.longestAfterStart) +
      `${longestEach.filter((x) => x > 50).length}/${longestEach.length}`.padStart(9),
  );
}
if (doHtml) {
  console.log('\n1st res: content script start → first result drawn (the tables in view, before the whole page; – when none);');
  console.log('1st hl: content script start → first highlight drawn; from nav: navigation start → first highlight;');
  console.log('snapshot: content script start → page read (wall: settings, session set-up, the read in slices and the yields between them);');
  console.log('read: the read\'s own time (its slices); floor: reading every cell\'s text once; analysis: background round trip of the');
  console.log('whole page, of which worker: the analysis itself;');
  console.log('main thr: renderer main-thread time with the overlay minus without; read/fl, thr/fl: ratios to the floor; max task: longest task after start (median of the runs);');
  console.log('runs>50: the runs whose longest task after start was over 50 ms (each run\'s longest: artifacts/bench.json, longestEach).');
}

// ---- pages that are no disclosure: what every page of an automatic site pays (nothing is drawn) ----------------
const negResults: Record<string, number> = {};
if (doHtml) {
  const negs = listHtml(NEGATIVE_DIR).filter(picked);
  if (negs.length) console.log(`\nPages with no budget table (${NEGATIVE_DIR.split('/').slice(-2).join('/')}), main-thread time the extension adds, median of ${runs} (ms):`);
  for (const file of negs) {
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const bare = await b.ctx.newPage();
      const bareMeter = await meter(bare);
      await bare.goto(fx.local(`negative/${file}`));
      await settle(bare, 400);
      const bareTask = await bareMeter();
      await bare.close();
      const page = await b.ctx.newPage();
      const m = await meter(page);
      const url = fx.gov(`negative/${file}`);
      await page.goto(url);
      await waitForTabState(b, url, ['no-tables', 'on', 'error'], 120_000);
      await settle(page, 400);
      xs.push((await m()) - bareTask);
      await page.close();
    }
    negResults[file] = median(xs);
    console.log(`  ${file.padEnd(40)}${f(median(xs))}`);
  }
}

// ---- the first page on a fresh browser: no analysis has run yet (a worker's first one runs code never optimised) ----
// `--fresh N` browsers (default 3; 0 leaves it out), each opening one fixture page first
const freshRuns = flag('--fresh', 3);
const freshPage = listHtml(PAGES_DIR).filter(picked)[0];
const freshResults: Sample[] = [];
if (doHtml && freshRuns > 0 && freshPage) {
  for (let i = 0; i < freshRuns; i++) {
    const fb = await launch(ext, fx.port);
    try {
      freshResults.push(await sample(fb, fx, `pages/${freshPage}`, 400));
    } finally {
      await fb.close();
    }
  }
  const list = (k: keyof Sample) => freshResults.map((x) => f(x[k]).trim()).join(', ');
  console.log(`\nFirst page on a fresh browser (${freshRuns} browsers, ${freshPage}), each run (ms):`);
  console.log(`  1st hl ${list('firstFromStart')}; analysis ${list('analysisMs')}, of which worker ${list('workerMs')}; main thr ${list('overlayTaskMs')}`);
}

// ---- the PDF viewer: every corpus PDF opened from a served link ----------------------------------------------
const viewerResults: Record<string, Record<keyof ViewerSample, number>> = {};
if (doPdf) {
  console.log(`\nPDF viewer, median of ${pdfRuns} run(s) (ms from navigation start)`);
  console.log('pdf'.padEnd(52) + ['1st page', 'result', 'stand-in', '1st hl', 'max task', 'max aft', '>50 aft'].map((h) => h.padStart(9)).join(''));
  for (const file of readdirSync(PDF_DIR).filter((x) => x.endsWith('.pdf') && picked(x)).sort()) {
    const samples: ViewerSample[] = [];
    for (let i = 0; i < pdfRuns; i++) samples.push(await sampleViewer(b, fx, file));
    const m = Object.fromEntries((Object.keys(samples[0]!) as (keyof ViewerSample)[]).map((k) => [k, median(samples.map((s) => s[k]))])) as Record<keyof ViewerSample, number>;
    viewerResults[file] = m;
    console.log(file.replace(/\.pdf$/, '').padEnd(52) + [m.firstPage, m.result, m.standIns, m.first, m.longest, m.longestAfterResult, m.over50AfterResult].map((x) => f(x) + '  ').join(''));
  }
  console.log('\n1st page: first page drawn; result: the worker\'s reading and checking arrived; stand-in: building the stand-in tables;');
  console.log('1st hl: first highlight; max task: longest main-thread task (drawing pages included); max aft / >50 aft: longest task and');
  console.log('tasks over 50 ms from the result on (a page drawn meanwhile counts too: pdf.js draws on the main thread).');
}
writeFileSync(artifactPath('bench.json'), JSON.stringify({ runs, results, negative: negResults, fresh: freshResults, viewer: viewerResults }, null, 2));
await b.close();
await fx.close();
