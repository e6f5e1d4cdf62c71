/**
 * Where the renderer's main-thread time goes (`npx tsx tests/e2e/trace.ts [pages/FILE.html | pdf/FILE.pdf | big] [--ext DIR] [--bare | --nodraw]`):
 * a Chromium trace (devtools.timeline) of one page loaded with the overlay, from navigation until the
 * overlay has settled. Prints the total per kind of work (script, style recalculation, layout, paint,
 * parsing …) of the renderer's main thread, and every task over 30 ms with its own breakdown and
 * the functions of the extension it ran. Unlike profile.ts (JavaScript samples only) this counts the
 * style and layout work the overlay's elements cause. A tool, not a benchmark: tracing slows the page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { bigBudgetPage } from '../generators';
import { ensureBuilt, launch, serveFixtures, waitForOverlay } from './harness';

const args = process.argv.slice(2);
const target = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--ext') ?? 'pages/000_9397a020b08f6624.merged.html';
const ext = args.includes('--ext') ? args[args.indexOf('--ext') + 1]! : ensureBuilt();
const fx = await serveFixtures();
if (target === 'big') fx.add('big.html', bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 1 }).html);
const b = await launch(ext, fx.port);
const page: Page = await b.ctx.newPage();
const cdp: CDPSession = await page.context().newCDPSession(page);

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; cat: string; args?: { data?: Record<string, unknown>; [k: string]: unknown } }
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Ev[])));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: { includedCategories: process.env.LL_TRACE_LIGHT ? ['devtools.timeline', 'toplevel'] : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', ...(process.env.LL_TRACE_INVAL ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []), ...(process.env.LL_TRACE_FONTS ? ['fonts'] : []), ...(process.env.LL_TRACE_CATS ? process.env.LL_TRACE_CATS.split(',') : [])], recordMode: 'recordContinuously' },
});
if (target.startsWith('pdf/')) {
  await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(fx.local(target))}`);
  await page.waitForFunction(() => /firstHighlight|firstPaint/.test((document.querySelector('.ll-host') as HTMLElement | null)?.dataset.timings ?? ''), undefined, { timeout: 300_000 });
} else if (args.includes('--bare')) {
  // the same page where the extension does not run by itself: what the page costs alone
  await page.goto(fx.local(target === 'big' ? 'extra/big.html' : target));
  await page.waitForTimeout(3000);
} else if (args.includes('--nodraw')) {
  // a page where the extension runs but draws nothing (tests/fixtures/negative): what every page of an automatic site pays
  await page.goto(fx.gov(target));
  await page.waitForTimeout(3000);
} else {
  await page.goto(fx.gov(target === 'big' ? 'extra/big.html' : target));
  await waitForOverlay(page, 600_000);
}
await page.waitForTimeout(2000);
await cdp.send('Tracing.end');
await done;

// the renderer main thread: the thread named CrRendererMain of the process that ran the page's layout
const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
const mains = names.filter((e) => (e.args as { name?: string })?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
const layoutCount = new Map<string, number>();
for (const e of events) if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') layoutCount.set(`${e.pid}:${e.tid}`, (layoutCount.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
const main = mains.sort((x, y) => (layoutCount.get(y) ?? 0) - (layoutCount.get(x) ?? 0))[0]!;
const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);

const KIND: Record<string, string> = {
  FunctionCall: 'script', EvaluateScript: 'script', 'v8.compile': 'compile', 'v8.compileModule': 'compile', 'V8.CompileCode': 'compile', TimerFire: 'script', FireAnimationFrame: 'script', EventDispatch: 'script', RunMicrotasks: 'script', 'v8.run': 'script', V8Execute: 'script',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'paint', 'Layerize': 'paint', UpdateLayer: 'paint', CompositeLayers: 'paint', ParseHTML: 'parse', ParseAuthorStyleSheet: 'parse-css', 'HitTest': 'hit-test', 'IntersectionObserverController::computeIntersections': 'intersection', MajorGC: 'gc', MinorGC: 'gc', 'V8.GC_SCAVENGER': 'gc',
};
// LL_TRACE_CPU=1: the breakdowns count the thread's own time (tdur) instead of wall time: on a loaded
// machine a task's wall time also holds the time its thread waited for a core
const span = (e: Ev) => (process.env.LL_TRACE_CPU && e.tdur !== undefined ? e.tdur : e.dur!);
/** exclusive time by kind inside [start, end) of nested X events */
function breakdown(evs: Ev[]): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { end: number; kind: string }[] = [];
  // exclusive time: each event's duration minus its children's; attributed to the innermost known kind
  const excl = new Map<Ev, number>();
  const parentOf = new Map<Ev, Ev | null>();
  const open: Ev[] = [];
  for (const e of evs) {
    while (open.length && open[open.length - 1]!.ts + open[open.length - 1]!.dur! <= e.ts) open.pop();
    const p = open[open.length - 1] ?? null;
    parentOf.set(e, p);
    excl.set(e, span(e));
    if (p) excl.set(p, excl.get(p)! - span(e));
    open.push(e);
  }
  void stack;
  for (const e of evs) {
    let kind: string | undefined;
    for (let x: Ev | null | undefined = e; x && !kind; x = parentOf.get(x)) kind = KIND[x.name];
    kind ??= 'other';
    out.set(kind, (out.get(kind) ?? 0) + Math.max(0, excl.get(e)!) / 1000);
  }
  return out;
}
const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
const top = tasks.filter((t, i) => !tasks.slice(Math.max(0, i - 3), i).some((p) => p.ts + p.dur! > t.ts));
const within = (t: Ev) => onMain.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!);
const fmt = (m: Map<string, number>) => [...m].filter(([k]) => k !== 'other' || true).sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
const total = breakdown(onMain.filter((e) => top.some((t) => e.ts >= t.ts && e.ts < t.ts + t.dur!)));
console.log(`main thread, all tasks: ${(top.reduce((s, t) => s + t.dur!, 0) / 1000).toFixed(0)} ms — ${fmt(total)}`);
const t0 = top[0]?.ts ?? 0;
{
  // from the content script's start: what the extension adds (the page's own parse and first layout come before it)
  const from = onMain.find((e) => e.name === 'EventDispatch' && /content-script-started/.test(String((e.args?.data as { type?: string })?.type)))?.ts;
  if (from !== undefined) {
    const after = top.filter((t) => t.ts >= from - 1000 || t.ts + t.dur! > from);
    const cpu = after.reduce((s, t) => s + (t.tdur ?? t.dur!), 0) / 1000;
    // LL_TRACE_PAINT=1: every paint event after the start, with what it covered
    if (process.env.LL_TRACE_PAINT)
      for (const e of onMain.filter((x) => x.ts >= from && (x.name === 'Paint' || x.name === 'RasterTask' || x.name === 'PaintImage')))
        console.log(`  paint at ${((e.ts - from) / 1000).toFixed(0).padStart(5)} ms cpu ${((e.tdur ?? e.dur!) / 1000).toFixed(1).padStart(5)} ${JSON.stringify(e.args?.data ?? {}).slice(0, 200)}`);
    console.log(`from the script's start: ${after.length} tasks, cpu ${cpu.toFixed(0)} ms — ${fmt(breakdown(onMain.filter((e) => after.some((t) => e.ts >= t.ts && e.ts < t.ts + t.dur!))))}`);
  }
}
for (const t of top.filter((x) => x.dur! > 30_000)) {
  const evs = within(t);
  const fns = new Map<string, number>();
  for (const e of evs) {
    if (e.name !== 'FunctionCall' && e.name !== 'TimerFire' && e.name !== 'FireAnimationFrame' && e.name !== 'EventDispatch') continue;
    const d = e.args?.data as { url?: string; functionName?: string; lineNumber?: number; type?: string } | undefined;
    const k = `${e.name}${d?.type ? ':' + d.type : ''} ${d?.functionName ?? ''} ${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}`;
    fns.set(k, (fns.get(k) ?? 0) + e.dur! / 1000);
  }
  const counts = new Map<string, number>();
  for (const e of evs) if (['Layout', 'UpdateLayoutTree', 'Paint'].includes(e.name)) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const elCount = evs.filter((e) => e.name === 'UpdateLayoutTree').map((e) => (e.args as { elementCount?: number })?.elementCount ?? (e.args?.data as { elementCount?: number })?.elementCount ?? 0);
  // where the task was posted from (Chromium's own code, when no script ran in it)
  const posted = t.args as { src_file?: string; src_func?: string } | undefined;
  console.log(`\n== task ${(t.dur! / 1000).toFixed(0)} ms (cpu ${t.tdur !== undefined ? (t.tdur / 1000).toFixed(0) : '–'}) at ${((t.ts - t0) / 1000).toFixed(0)} ms${posted?.src_func ? ` [posted by ${posted.src_file?.split('/').pop()}:${posted.src_func}]` : ''} — ${fmt(breakdown(evs))}  [${[...counts].map(([k, v]) => `${k}×${v}`).join(' ')}${elCount.length ? ' styled ' + elCount.join('/') : ''}]`);
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
  // the style and layout passes of this task: how much was dirty, and who forced them
  for (const e of evs.filter((x) => (x.name === 'Layout' || x.name === 'UpdateLayoutTree') && x.dur! > 3000)) {
    const a = e.args as { beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean; stackTrace?: { functionName: string; lineNumber: number }[] }; elementCount?: number } | undefined;
    const st = a?.beginData?.stackTrace?.slice(0, 4).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < ') ?? '';
    const what = e.name === 'Layout' ? `dirty ${a?.beginData?.dirtyObjects}/${a?.beginData?.totalObjects}${a?.beginData?.partialLayout ? ' partial' : ''}` : `elements ${a?.elementCount ?? ''}`;
    console.log(`  ${(e.dur! / 1000).toFixed(1).padStart(7)}  ${e.name} ${what} ${st}`);
  }
  // LL_TRACE_NAMES=1: the task's time by event name (inclusive), to see inside layout and style
  if (process.env.LL_TRACE_NAMES) {
    const byName = new Map<string, [number, number]>();
    for (const e of evs) {
      if (e === t) continue;
      const v = byName.get(e.name) ?? [0, 0];
      byName.set(e.name, [v[0] + e.dur! / 1000, v[1] + 1]);
    }
    for (const [k, [ms, n]] of [...byName].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25)) console.log(`     ${ms.toFixed(1).padStart(7)} ×${String(n).padEnd(5)} ${k}`);
  }
  // LL_TRACE_SEQ=1: the task's events in order (what ran, what it forced)
  if (process.env.LL_TRACE_SEQ)
    for (const e of evs.filter((x) => x.dur! > 1000 && x !== t)) {
      const d = e.args?.data as { functionName?: string; url?: string; lineNumber?: number; type?: string } | undefined;
      console.log(`     ${((e.ts - t.ts) / 1000).toFixed(1).padStart(6)} +${(e.dur! / 1000).toFixed(1).padStart(5)}  ${e.name} ${d?.type ?? ''} ${d?.functionName ?? ''} ${d?.lineNumber ?? ''} ${JSON.stringify((e.args as { beginData?: unknown })?.beginData ?? '').slice(0, 160)}`);
    }
}
// LL_TRACE_ALL=1: every task of 2 ms or more from the content script's start, named by the first function it ran
if (process.env.LL_TRACE_ALL) {
  const startAt = onMain.find((e) => e.name === 'EventDispatch' && /content-script-started/.test(String((e.args?.data as { type?: string })?.type)))?.ts ?? t0;
  const sums = new Map<string, number>();
  for (const t of top.filter((x) => x.ts >= startAt - 1 && x.dur! >= 2000)) {
    const evs = within(t);
    const fn = evs.find((e) => e.name === 'FunctionCall' && (e.args?.data as { url?: string })?.url?.includes('chrome-extension'));
    const d = fn?.args?.data as { functionName?: string; lineNumber?: number } | undefined;
    const label = fn ? `${d?.functionName || '(anon)'}:${d?.lineNumber}` : evs.some((e) => e.name === 'EventDispatch' && /content-script-started/.test(String((e.args?.data as { type?: string })?.type))) ? 'script start' : '(no extension code)';
    sums.set(label, (sums.get(label) ?? 0) + t.dur! / 1000);
    // cpu: the thread's own time in the task (tdur); on a loaded machine a task's wall time also holds the time the thread waited for a core
    console.log(`${((t.ts - startAt) / 1000).toFixed(0).padStart(6)} ms ${(t.dur! / 1000).toFixed(1).padStart(6)} cpu ${t.tdur !== undefined ? (t.tdur / 1000).toFixed(1).padStart(6) : '     –'}  ${label.padEnd(28)} ${fmt(breakdown(evs))}`);
  }
  // phases: the script's start, reading the page (until the analysis round trip, the first quiet gap of
  // 300 ms), drawing (the rest)
  const after = top.filter((x) => x.ts >= startAt - 1 && x.dur! >= 1000);
  let phase = 'read';
  const phases = new Map<string, number>();
  for (let i = 0; i < after.length; i++) {
    const x = after[i]!;
    if (i > 0 && phase === 'read' && x.ts - (after[i - 1]!.ts + after[i - 1]!.dur!) > 300_000) phase = 'draw';
    phases.set(phase, (phases.get(phase) ?? 0) + x.dur! / 1000);
  }
  const startTask = top.find((x) => x.ts <= startAt && x.ts + x.dur! >= startAt);
  console.log(`phases: script start ${((startTask?.dur ?? 0) / 1000).toFixed(0)} ms, reading ${(phases.get('read') ?? 0).toFixed(0)} ms, drawing ${(phases.get('draw') ?? 0).toFixed(0)} ms`);
  console.log('by first function:');
  for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}
// LL_TRACE_FONTS=1: font lookups on the main thread from the content script's start — each family × size ×
// weight the overlay's text needs and the page has not used yet costs one (on Linux a round trip to the
// browser process). A count, unlike a time, does not move with the machine's load.
if (process.env.LL_TRACE_FONTS) {
  const startAt = onMain.find((e) => e.name === 'EventDispatch' && /content-script-started/.test(String((e.args?.data as { type?: string })?.type)))?.ts ?? t0;
  const lookups = new Map<string, [number, number]>();
  for (const e of onMain) {
    if (e.ts < startAt || !/^(FontCache::GetFontPlatformData|FontDataManager::onMatchFamilyStyle|FontDataManager::onFallbackForCharacter|WebSandboxSupportLinux::\w+)$/.test(e.name)) continue;
    const v = lookups.get(e.name) ?? [0, 0];
    lookups.set(e.name, [v[0] + 1, v[1] + e.dur! / 1000]);
  }
  // LL_TRACE_FONTS=2: when each round trip came (ms from the script's start), to tell which task waited on it
  if (process.env.LL_TRACE_FONTS === '2')
    console.log('round trips at: ' + onMain.filter((e) => e.ts >= startAt && /^(FontDataManager|WebSandboxSupportLinux)/.test(e.name)).map((e) => `${((e.ts - startAt) / 1000).toFixed(0)}(${(e.dur! / 1000).toFixed(1)})`).join(' '));
  console.log('font lookups after the content script started:');
  for (const [k, [n, ms]] of lookups) console.log(`${String(n).padStart(6)} × ${k} (${ms.toFixed(1)} ms inclusive)`);
}
// LL_TRACE_INVAL=1: what invalidated layout and style (reason, node) in each second of the trace
if (process.env.LL_TRACE_INVAL) {
  const inv = events.filter((e) => /InvalidationTracking/.test(e.name));
  const groups = new Map<string, number>();
  for (const e of inv) {
    const d = e.args?.data as { reason?: string; nodeName?: string; invalidationSet?: unknown; changedClass?: string; changedAttribute?: string; changedId?: string; stackTrace?: { functionName: string; lineNumber: number }[] } | undefined;
    const st = d?.stackTrace?.slice(0, 2).map((f) => `${f.functionName}:${f.lineNumber}`).join('<') ?? '';
    const k = `${Math.floor((e.ts - t0) / 100_000) / 10}s ${e.name.replace('InvalidationTracking', '')} ${d?.reason ?? ''} ${(d?.nodeName ?? '').split(' ')[0]} ${d?.changedClass ?? d?.changedAttribute ?? ''} ${st}`;
    groups.set(k, (groups.get(k) ?? 0) + 1);
  }
  for (const [k, v] of [...groups].sort()) console.log(`${String(v).padStart(6)}  ${k}`);
}
await b.close();
await fx.close();
