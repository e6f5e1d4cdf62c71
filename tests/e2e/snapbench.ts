/**
 * The page read alone, in Chromium (`npx tsx tests/e2e/snapbench.ts [--runs 5] [--only RE] [--base DIR] [--big]
 * [--min] [--warm N] [--profile]`): for every fixture page (and the generated 100-table page with `--big`),
 * on fresh pages each time,
 *   - floor: reading every cell's text once (table.rows → cells → textContent), as tests/e2e/bench.ts;
 *   - wall: `snapshotPage(document)` from call to result, in an isolated world as a content script
 *     runs (lib/snapshot bundled with esbuild; cold: a fresh page and a fresh world each time);
 *   - cpu: the same minus the time spent waiting in yields between slices; ticks: the renderer main
 *     thread's own running time over the call (CDP thread ticks), the number of yields, and the
 *     longest slice (the longest stretch of work between two yields);
 *   - whether the snapshot is the same in every run and tree (a hash of its JSON).
 * `--base DIR`: a second source tree (a copy of the repository's lib/ at DIR/lib, e.g.
 * `git archive HEAD lib | tar -x -C DIR`) measured on the same pages, interleaved run by run, so a busy
 * machine affects both alike, and its snapshots compared with this tree's. `--min`: the least of the runs
 * instead of the median (on a loaded machine, the least disturbed run). `--warm N`: N reads before the
 * one timed (how much of the cost is the code running cold). `--profile`: where the time goes, by
 * function (unminified bundles). No extension, no overlay: the extension's own timings are in
 * tests/e2e/bench.ts.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { chromiumPath, listHtml, PAGES_DIR, readFloor, ROOT, serveFixtures } from './harness';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : null);
const runs = Number(opt('--runs') ?? 5);
const only = opt('--only') ? new RegExp(opt('--only')!) : null;
const baseDir = opt('--base');

async function bundle(root: string, minify = true): Promise<string> {
  if (!existsSync(join(root, 'lib/snapshot/read.ts'))) throw new Error(`${root}: no lib/snapshot/read.ts`);
  const out = await esbuild({
    stdin: {
      contents: "import { snapshotPage } from './lib/snapshot/read'; (globalThis as any).__llSnap = snapshotPage;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    minify,
    target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

/** Wraps scheduler.yield in the world it runs in, to count the yields and the time spent waiting in them. */
const WARM = Number(opt('--warm') ?? 0);
const MEASURE = `(async () => { const WARM = ${WARM};
  const s = globalThis.scheduler;
  const real = s && s.yield ? s.yield.bind(s) : null;
  let waited = 0, yields = 0, longest = 0, mark = performance.now();
  if (real) globalThis.scheduler = { yield: async () => {
    const t = performance.now(); longest = Math.max(longest, t - mark); yields++;
    await real(); const u = performance.now(); waited += u - t; mark = u;
  } };
  for (let w = 0; w < WARM; w++) await globalThis.__llSnap(document);
  waited = 0; yields = 0; longest = 0;
  const t0 = performance.now(); mark = t0;
  const { snapshot } = await globalThis.__llSnap(document);
  const t1 = performance.now();
  longest = Math.max(longest, t1 - mark);
  // the snapshot's identity, to compare two trees' output (FNV-1a over its JSON, after the timing)
  const json = JSON.stringify(snapshot);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 16777619) >>> 0;
  return { hash: h.toString(16) + ':' + json.length, wall: t1 - t0, cpu: t1 - t0 - waited, yields, longest, cells: snapshot.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0) };
})()`;

interface Sample { hash: string; ticks: number; wall: number; cpu: number; yields: number; longest: number; cells: number }

/** `--profile`: where the time goes, by function (own bundle only): total (with callees) and self, summed over the runs. */
const profile = args.includes('--profile');
const totalsBy = new Map<string, Map<string, { total: number; self: number }>>();
interface ProfNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

async function inIsolatedWorld(page: Page, code: string, expr: string, variant = ''): Promise<Sample> {
  if (!totalsBy.has(variant)) totalsBy.set(variant, new Map());
  const totals = totalsBy.get(variant)!;
  const cdp = await page.context().newCDPSession(page);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'snapbench' })) as { executionContextId: number };
  await cdp.send('Runtime.evaluate', { expression: code + '\n//# sourceURL=snapbench.js', contextId: executionContextId });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskMs = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const before = await taskMs();
  if (profile) await cdp.send('Profiler.start');
  const r = (await cdp.send('Runtime.evaluate', { expression: expr, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as { result: { value: Sample }; exceptionDetails?: unknown };
  if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
  // the main thread's own running time over the read (thread ticks: what a loaded machine's other
  // processes take is not counted), less nothing: the page is idle meanwhile; hashing the snapshot counts too
  r.result.value.ticks = (await taskMs()) - before;
  if (profile) {
    const { profile: prof } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfNode[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: ProfNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}${n.callFrame.url.includes('snapbench') ? '' : ' ' + n.callFrame.url.split('/').pop()}`;
    for (let i = 0; i < prof.samples.length; i++) {
      const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
      const leaf = byId.get(prof.samples[i]!)!;
      if (/^\((idle|program)\)$/.test(leaf.callFrame.functionName)) continue;
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const k = key(byId.get(id)!);
        if (seen.has(k)) continue;
        seen.add(k);
        const e = totals.get(k) ?? { total: 0, self: 0 };
        e.total += dt;
        if (id === leaf.id) e.self += dt;
        totals.set(k, e);
      }
    }
  }
  await cdp.detach();
  return r.result.value;
}

const variants: { name: string; code: string }[] = [{ name: 'this', code: await bundle(ROOT, !profile) }];
if (baseDir) variants.unshift({ name: 'base', code: await bundle(resolve(baseDir), !profile) });

const fx = await serveFixtures();
const targets = listHtml(PAGES_DIR).map((f) => ({ name: f, url: fx.local(`pages/${f}`) }));
if (args.includes('--big')) {
  const big = bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 1 });
  fx.add('big.html', big.html);
  targets.push({ name: `big (${big.tables.length} tables, ${big.tdCount} cells)`, url: fx.local('extra/big.html') });
}
const ctx = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// `--min`: the least of the runs instead of the median (on a loaded machine, the run least disturbed)
const median = args.includes('--min') ? (xs: number[]) => Math.min(...xs) : (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fresh = async (url: string) => {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return page;
};

const cols = ['floor', ...variants.flatMap((v) => [`${v.name} wall`, 'cpu', 'ticks', 'w/fl', 'c/fl', 'yields', 'slice'])];
console.log(`snapshotPage in an isolated world, fresh page each time, median of ${runs} runs (ms)`);
console.log('page'.padEnd(40) + cols.map((c) => c.padStart(10)).join(''));
for (const t of targets.filter((x) => !only || only.test(x.name))) {
  const floors: number[] = [];
  const got = variants.map(() => [] as Sample[]);
  for (let i = 0; i < runs; i++) {
    const p = await fresh(t.url);
    floors.push(await readFloor(p));
    await p.close();
    for (let v = 0; v < variants.length; v++) {
      const q = await fresh(t.url);
      got[v]!.push(await inIsolatedWorld(q, variants[v]!.code, MEASURE, variants[v]!.name));
      await q.close();
    }
  }
  const fl = median(floors);
  const cells = got.map((g) => g[0]!.cells);
  const hashes = new Set(got.flatMap((g) => g.map((x) => x.hash)));
  const row = [fl.toFixed(1)];
  for (const g of got) {
    const m = (k: Exclude<keyof Sample, 'hash'>) => median(g.map((s) => s[k]));
    row.push(m('wall').toFixed(1), m('cpu').toFixed(1), m('ticks').toFixed(1), (m('wall') / fl).toFixed(1), (m('cpu') / fl).toFixed(1), String(m('yields')), m('longest').toFixed(1));
  }
  console.log(t.name.slice(0, 39).padEnd(40) + row.map((c) => c.padStart(10)).join('') + (hashes.size > 1 ? `  SNAPSHOTS DIFFER: ${[...hashes].join(' ')}` : '  same snapshot'));
  if (hashes.size > 1) process.exitCode = 1;
}
if (profile) {
  for (const [variant, totals] of totalsBy) {
  console.log(`\nprofile (${variant}, all runs, ms): total  self  function:line`);
  for (const [k, v] of [...totals].sort((a, b) => b[1].total - a[1].total).slice(0, 40)) console.log(`${v.total.toFixed(1).padStart(8)}${v.self.toFixed(1).padStart(8)}  ${k}`);
  }
}
await ctx.close();
await fx.close();
