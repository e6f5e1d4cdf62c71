/**
 * Real-browser harness: builds the extension (once, shared by all test files through a lock),
 * serves fixture pages on 127.0.0.1, launches Debian's Chromium with the unpacked MV3 build, and
 * drives the extension the way a user does: automatic runs on *.gov.cn hosts (mapped to the local
 * server with --host-resolver-rules) and on-demand runs through the toolbar button (CDP
 * Extensions.triggerAction opens the popup, which grants activeTab and runs the check).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

// the extension API, inside sw.evaluate callbacks (they run in the service worker, not here)
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXT_DIR = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const NEGATIVE_DIR = join(ROOT, 'tests/fixtures/negative');
export const PDF_DIR = join(ROOT, 'tests/fixtures/corpus/pdf');
export const ARTIFACTS = join(ROOT, 'artifacts');

const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newestMtime(join(path, name)));
  }
  return max;
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** `npx wxt build` unless the build is newer than every source; serialised across test workers. */
export function ensureBuilt(): string {
  const lock = join(ROOT, '.output/.e2e-build-lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('timed out waiting for the build lock');
      // a lock left by a killed run is stale after 3 minutes
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
      sleepSync(250);
    }
  }
  try {
    const manifest = join(EXT_DIR, 'manifest.json');
    const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
    const newest = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
    if (built < newest || process.env.LL_REBUILD) {
      const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`wxt build failed:\n${r.stdout}\n${r.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return EXT_DIR;
}

export interface Fixtures {
  port: number;
  /** http://127.0.0.1:PORT/… : not a government site, nothing runs by itself */
  local(path: string): string;
  /** http://ledger-lens-test.gov.cn/… mapped to the same server: the automatic path */
  gov(path: string): string;
  /** serve extra HTML (generated pages) under /extra/NAME */
  add(name: string, html: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.pdf': 'application/pdf' };

export async function serveFixtures(): Promise<Fixtures> {
  const extra = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    let body: string | Buffer | undefined;
    if (path.startsWith('/extra/')) body = extra.get(path.slice(7));
    else {
      const m = /^\/(pages|negative|pdf|pdf-nocors)\/([^/]+)$/.exec(path);
      const dir = m?.[1] === 'pages' ? PAGES_DIR : m?.[1] === 'negative' ? NEGATIVE_DIR : m?.[1]?.startsWith('pdf') ? PDF_DIR : null;
      const file = dir && m ? join(dir, m[2]!) : null;
      if (file && existsSync(file)) body = readFileSync(file);
    }
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    // /pdf/ answers cross-origin reads (as some sites do); /pdf-nocors/ does not (the viewer must ask)
    const cors = path.startsWith('/pdf/') ? { 'access-control-allow-origin': '*' } : {};
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...cors });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    local: (p) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    gov: (p) => `http://ledger-lens-test.gov.cn/${p.replace(/^\//, '')}`,
    add: (name, html) => void extra.set(name, html),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * Debian's Chromium (and the CJK font that makes screenshots readable); installed with apt-get when
 * missing, as root or through sudo, so `npm ci && npm run demo` works on a fresh machine.
 */
export function chromiumPath(): string {
  const find = () => spawnSync('bash', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim();
  let path = find();
  const font = spawnSync('bash', ['-c', "fc-list 2>/dev/null | grep -qi 'wenquanyi\\|wqy'"]).status === 0;
  if (!path || !font) {
    const pkgs = [...(path ? [] : ['chromium']), ...(font ? [] : ['fonts-wqy-microhei'])];
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    console.error(`installing ${pkgs.join(' ')} with apt-get…`);
    const r = spawnSync('bash', ['-c', `${sudo}apt-get update -q && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${pkgs.join(' ')}`], { stdio: 'inherit' });
    path = find();
    if (r.status !== 0 || !path) throw new Error(`Chromium is needed: apt-get install -y ${pkgs.join(' ')} (as root)`);
  }
  return path;
}

export interface Browser {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function launch(ext: string, port: number, opts: { headless?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'll-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-extension-debugging',
      `--host-resolver-rules=MAP *.gov.cn:80 127.0.0.1:${port}`,
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  const browser = ctx.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  return {
    ctx,
    sw,
    extId,
    cdp,
    close: async () => {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Click the toolbar button for the tab showing `page` (opens the popup, which runs the check). */
export async function clickToolbar(b: Browser, page: Page): Promise<void> {
  await page.bringToFront();
  const { targetInfos } = (await b.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; url: string; type: string }[];
  };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await b.cdp.send('Extensions.triggerAction' as never, { id: b.extId, targetId: tab.targetId } as never);
}

export interface TabStateLike {
  url: string;
  status: string;
  summary?: { tables: number; problems: number; errors: number; warnings: number; rounding: number; notRun: number; relationsChecked: number };
  error?: string;
}

/** The background's state for the tab showing `url` (from storage.session, as the popup reads it). */
export async function tabState(b: Browser, url: string): Promise<(TabStateLike & { tabId: number }) | null> {
  return b.sw.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url: string; status: string }>;
    for (const [k, v] of Object.entries(all)) if (k.startsWith('tab:') && v.url === u) return { ...(v as never as object), tabId: Number(k.slice(4)) } as never;
    return null;
  }, url);
}

export async function waitForTabState(b: Browser, url: string, statuses: string[], timeout = 30_000): Promise<TabStateLike & { tabId: number }> {
  const end = Date.now() + timeout;
  let last: (TabStateLike & { tabId: number }) | null = null;
  while (Date.now() < end) {
    last = await tabState(b, url);
    if (last && statuses.includes(last.status)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab state for ${url} never reached ${statuses.join('|')} (last: ${JSON.stringify(last)})`);
}

export async function badgeText(b: Browser, tabId: number): Promise<string> {
  return b.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** What the content script shows in a page, as it records it in its own isolated world. */
export interface OverlayView {
  /** the overlay's shadow root (closed: page scripts cannot reach it); null when nothing is drawn */
  root: ShadowRoot | null;
  status: string;
  timings: Record<string, number>;
}

interface World {
  cdp: CDPSession;
  contexts: Map<number, { origin: string; type?: string; frameId?: string; isDefault?: boolean }>;
}
const worlds = new WeakMap<Page, Promise<World>>();

function worldOf(page: Page): Promise<World> {
  let w = worlds.get(page);
  if (!w) {
    w = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts: World['contexts'] = new Map();
      type Ctx = { id: number; origin: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } };
      cdp.on('Runtime.executionContextCreated', (e: { context: Ctx }) =>
        contexts.set(e.context.id, { origin: e.context.origin, ...(e.context.auxData ?? {}) }),
      );
      cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => contexts.delete(e.executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    worlds.set(page, w);
  }
  return w;
}

/**
 * Run `fn` where the content script runs: in the extension's isolated world of the page's main
 * frame (found over CDP: an execution context of type 'isolated' whose origin is the extension's),
 * with the overlay's closed shadow root as the content script keeps it. The page's own scripts have
 * no way into that world; the tests do, through the debugger. Without a content script in the page,
 * `fn` gets an empty view (nothing drawn). `fn` is sent as source: it must not use closures.
 */
export function overlayEval<R, A = undefined>(page: Page, fn: (view: OverlayView, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return evalInWorld(page, fn.toString(), arg);
}

async function evalInWorld<R>(page: Page, fnSource: string, arg: unknown): Promise<R> {
  const { cdp, contexts } = await worldOf(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const main = frameTree.frame.id;
  const ids = [...contexts].filter(([, c]) => c.type === 'isolated' && c.frameId === main && c.origin.startsWith('chrome-extension://')).map(([id]) => id);
  const contextId = ids.length ? Math.max(...ids) : undefined; // the newest, should an older world linger
  const view = contextId
    ? `(globalThis.__ledgerLens && globalThis.__ledgerLens.inspect()) || { root: null, status: 'absent', timings: {} }`
    : `({ root: null, status: 'absent', timings: {} })`;
  const expression = `(async () => { var __name = (f) => f; return await (${fnSource})(${view}, ${JSON.stringify(arg ?? null)}); })()`;
  const r = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (r.exceptionDetails) throw new Error(`overlayEval: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as R;
}

/**
 * Elements of the overlay matching a CSS selector inside its shadow root, with the few actions the
 * tests need, all through overlayEval. Pointer actions are real input (CDP mouse events at the
 * element's centre, after checking nothing covers it), as a user's would be.
 */
export function ov(page: Page, css: string, index = 0) {
  // the element's function is inlined in the source (the isolated world's CSP forbids eval)
  const one = <R, A>(fn: (el: HTMLElement, arg: A) => R, arg?: A): Promise<R | undefined> =>
    evalInWorld(page, `(v, [c, i, a]) => { const el = v.root && v.root.querySelectorAll(c)[i]; return el ? (${fn.toString()})(el, a) : undefined; }`, [
      css,
      index,
      arg ?? null,
    ]);
  const waitFor = async (timeout = 30_000) => {
    const end = Date.now() + timeout;
    while (!(await one(() => true))) {
      if (Date.now() > end) throw new Error(`overlay: no ${css} [${index}] after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const centre = async () => {
    await waitFor();
    const p = await one((el) => {
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
      return { x, y, covered: !(hit && (hit === el || el.contains(hit))) };
    });
    if (!p || p.covered) throw new Error(`overlay: ${css} [${index}] is covered or gone`);
    return p;
  };
  return {
    /** run `fn` on the element (self-contained, as for overlayEval); undefined when it is not there */
    eval: one,
    nth: (i: number) => ov(page, css, i),
    first: () => ov(page, css, 0),
    count: () => overlayEval(page, (v, c) => v.root?.querySelectorAll(c).length ?? 0, css),
    /** every match's textContent */
    texts: () => overlayEval(page, (v, c) => [...(v.root?.querySelectorAll(c) ?? [])].map((e) => e.textContent ?? ''), css),
    waitFor,
    /** textContent, once the element exists */
    text: async () => (await waitFor(), (await one((el) => el.textContent)) ?? ''),
    attr: async (name: string) => (await waitFor(), (await one((el, n) => el.getAttribute(n), name)) ?? null),
    box: async () => (await waitFor(), (await one((el) => el.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number }))!),
    focus: async () => (await waitFor(), void (await one((el) => el.focus()))),
    isFocused: async () => !!(await one((el) => (el.getRootNode() as ShadowRoot).activeElement === el)),
    click: async () => {
      const p = await centre();
      await page.mouse.click(p.x, p.y);
    },
    hover: async () => {
      const p = await centre();
      await page.mouse.move(p.x, p.y);
    },
    /** choose an option by value or label, as a user's choice does: input and change events */
    select: async (value: string) => {
      await waitFor();
      const ok = await one((el, val) => {
        const sel = el as HTMLSelectElement;
        const opt = [...sel.options].find((o) => o.value === val) ?? [...sel.options].find((o) => o.label === val);
        if (!opt) return false;
        sel.value = opt.value;
        sel.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }, value);
      if (!ok) throw new Error(`overlay: ${css} has no option ${value}`);
    },
  };
}

/** Wait until the overlay says it is on and has drawn its panel with its whole list (it is listed in steps:
 * aria-busy until the last), or its collapsed pill. */
export async function waitForOverlay(page: Page, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await overlayEval(page, (v) => v.status === 'on' && !!v.root?.querySelector('.ll-panel .ll-panel-body:not([aria-busy="true"]), .ll-pill')))) {
    if (Date.now() > end) throw new Error(`overlay not drawn after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the overlay's host is in the page (from the content script's side; the page cannot tell it apart). */
export function overlayShown(page: Page): Promise<boolean> {
  return overlayEval(page, (v) => !!v.root?.host.isConnected);
}

let gridBundle: string | null = null;
/** lib/dom/grid.ts bundled for the page's main world: cellElementAt as the overlay uses it. */
export async function installGridHelper(page: Page): Promise<void> {
  gridBundle ??= (
    await esbuild({
      stdin: {
        contents: "import { cellElementAt } from './lib/dom/grid'; (globalThis as any).__llGrid = { cellElementAt };",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      target: 'es2022',
    })
  ).outputFiles[0]!.text;
  await page.evaluate(gridBundle);
}

/** Record long tasks from the first moment of every page (main world). */
export async function recordLongTasks(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() => {
    const w = window as unknown as { __llLongTasks: number[] };
    w.__llLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__llLongTasks.push(Math.round(e.duration));
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* not supported */
    }
  });
}

/** Wait until the page stops scrolling (a smooth scroll to a finding), then one more frame. */
export async function settleScroll(page: Page, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  let last = -1;
  while (Date.now() < end) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) break;
    last = y;
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export function artifactPath(...parts: string[]): string {
  const p = join(ARTIFACTS, ...parts);
  mkdirSync(resolve(p, '..'), { recursive: true });
  return p;
}

export function listHtml(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
}

export function writeArtifact(name: string, text: string): void {
  writeFileSync(artifactPath(name), text);
}

/**
 * The floor the overlay's costs are measured against (bench.ts, snapbench.ts): reading every table
 * cell's text once, in the page's own world (table.rows → cells → textContent).
 */
export async function readFloor(page: Page): Promise<number> {
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

/** Start counting the renderer's main-thread time (CDP TaskDuration, thread ticks; before navigation, so the whole load counts). */
export async function meter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
}

/** Let pending frames, idle callbacks and GC finish before the counters are read. */
export async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
