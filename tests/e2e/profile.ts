/**
 * Where the main thread's long tasks go (`npx tsx tests/e2e/profile.ts [pages/FILE.html | pdf/FILE.pdf | big] [--nodraw]`):
 * loads one fixture page (the automatic path) or opens one corpus PDF in the viewer, samples the
 * renderer's JavaScript with the CDP profiler until the overlay is on, then prints every stretch of
 * busy samples longer than 40 ms with the functions that took most of it (total time, own code only).
 * A tool for finding a long task, not a benchmark: the profiler itself slows the page down.
 */
import type { CDPSession, Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { ensureBuilt, launch, serveFixtures, waitForOverlay } from './harness';

const args = process.argv.slice(2);
// `--ext DIR`: a prebuilt extension (an unminified one, LL_NOMINIFY=1 LL_OUT=DIR npx wxt build, names its functions)
const extAt = args.indexOf('--ext');
const target = args.find((a, i) => !a.startsWith('--') && i !== extAt + 1) ?? 'pages/000_9397a020b08f6624.merged.html';
const ext = extAt >= 0 ? args[extAt + 1]! : ensureBuilt();
const fx = await serveFixtures();
if (target === 'big') fx.add('big.html', bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 1 }).html);
const b = await launch(ext, fx.port);
const page: Page = await b.ctx.newPage();
const cdp: CDPSession = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
if (target.startsWith('pdf/')) {
  await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(fx.local(target))}`);
  await page.waitForFunction(() => (document.querySelector('.ll-host') as HTMLElement | null)?.dataset.status === 'on', undefined, { timeout: 120_000 });
} else if (args.includes('--nodraw')) {
  // a page where the extension runs but draws nothing (tests/fixtures/negative)
  await page.goto(fx.gov(target));
  await page.waitForTimeout(2000);
} else {
  await page.goto(fx.gov(target === 'big' ? 'extra/big.html' : target));
  await waitForOverlay(page, 600_000);
}
await page.waitForTimeout(1500);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const idle = new Set(profile.nodes.filter((n) => /^\((idle|program|garbage collector)\)$/.test(n.callFrame.functionName) && n.callFrame.functionName !== '(garbage collector)').map((n) => n.id));
const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;
// stretches of busy samples (a gap of idle time over 2 ms ends one)
let t = 0;
interface Busy { start: number; end: number; samples: { id: number; dt: number }[] }
let run = null as Busy | null;
const runs: Busy[] = [];
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]! / 1000;
  const id = profile.samples[i]!;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  if (idle.has(id)) {
    if (run && t - run.end > 0.5) { runs.push(run); run = null; }
    continue;
  }
  if (!run) run = { start: t, end: t, samples: [] };
  run.end = t + dt;
  run.samples.push({ id, dt });
}
if (run) runs.push(run);
// LL_MIN=ms: the shortest stretch printed (default 40)
const all = { start: runs[0]?.start ?? 0, end: runs[runs.length - 1]?.end ?? 0, samples: runs.flatMap((r) => r.samples) };
for (const r of process.env.LL_WHOLE ? [all] : runs.filter((x) => x.end - x.start > (Number(process.env.LL_MIN) || 40))) {
  const total = new Map<string, number>();
  for (const s of r.samples) {
    const seen = new Set<string>();
    for (let id: number | undefined = s.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      if (!n.callFrame.url.includes('chrome-extension') && !/^\(garbage/.test(n.callFrame.functionName)) continue;
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + s.dt);
    }
  }
  console.log(`\n== busy ${(r.end - r.start).toFixed(0)} ms at ${r.start.toFixed(0)} ms`);
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LL_TOP) || 25)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  // LL_SELF=1: also where the time is spent itself (any script, the innermost frame)
  if (process.env.LL_SELF) {
    const self = new Map<string, number>();
    for (const s of r.samples) {
      const k = name(byId.get(s.id)!);
      self.set(k, (self.get(k) ?? 0) + s.dt);
    }
    console.log('  -- self');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  }
}
await b.close();
await fx.close();
