/**
 * What a page pays for the extension, piece by piece (`npx tsx tests/e2e/floors.ts [--runs 5] [--only RE]
 * [--keep DIR]`): for every fixture page, the renderer main-thread time (CDP TaskDuration, thread ticks) a
 * page costs with each of these minus the same page where nothing runs, as tests/e2e/bench.ts measures it:
 *   - script:     an extension whose content script does nothing (what any content script costs);
 *   - read:       an extension whose content script is lib/snapshot's snapshotPage and nothing else
 *                 (bundled with esbuild, run at document_idle in its isolated world, as the product reads);
 *   - no drawing: this extension built with `LL_FEATURES=none` (the same bundle, read, analysis round trip,
 *                 result unpacked, the host mounted; no feature draws);
 *   - highlights: built with `LL_FEATURES=highlights` (boxes and ✓ marks only: no panel, terms, units, card);
 *   - product:    the real build.
 * and the floor (every table cell's text read once: harness readFloor). Runs interleave the five so that
 * the machine's load falls on all alike; medians per page, then the mean over pages and the ratio to the
 * floor. This is where issue 13's goal 2 (the overlay ≤ 10× the floor on the fixture pages) stands against
 * what cannot be drawn away. `--negative`: the pages with no budget table instead (tests/fixtures/negative, what
 * every page of an automatic site pays; the product draws nothing there, so only script, read and product run).
 * No assertions: numbers for people. `--keep DIR` builds the variants into DIR and reuses them when they are there.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build as esbuild } from 'esbuild';
import type { Page } from 'playwright-core';
import { ensureBuilt, launch, listHtml, meter, NEGATIVE_DIR, PAGES_DIR, readFloor, ROOT, serveFixtures, settle, waitForTabState, type Browser } from './harness';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : null);
const runs = Number(opt('--runs') ?? 5);
const only = opt('--only') ? new RegExp(opt('--only')!) : null;
const keep = opt('--keep');
const negative = args.includes('--negative');
const dir = negative ? 'negative' : 'pages';
const work = keep ?? mkdtempSync(join(tmpdir(), 'll-floors-'));
mkdirSync(work, { recursive: true });

/** An extension of one content script on the automatic path's host (and the service worker launch waits for). */
function tinyExtension(name: string, js: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1.0', background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['*://*.gov.cn/*'], run_at: 'document_idle', js: ['c.js'] }],
  }));
  writeFileSync(join(dir, 'bg.js'), '');
  writeFileSync(join(dir, 'c.js'), js);
  return dir;
}

/** This extension built with LL_FEATURES (the registry keeps just those features). */
function variantBuild(name: string, features: string): string {
  const out = join(work, name);
  const ext = join(out, 'chrome-mv3');
  if (keep && existsSync(join(ext, 'manifest.json'))) return ext;
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LL_OUT: out, LL_FEATURES: features } });
  if (r.status !== 0) throw new Error(`wxt build (${features}) failed:\n${r.stdout}\n${r.stderr}`);
  return ext;
}

const readJs = (await esbuild({
  stdin: { contents: "import { snapshotPage } from './lib/snapshot/read'; void snapshotPage(document);", resolveDir: ROOT, loader: 'ts' },
  bundle: true, write: false, format: 'iife', minify: true, target: 'chrome120',
})).outputFiles[0]!.text;

const variants: { name: string; ext: string; product: boolean }[] = [
  { name: 'script', ext: tinyExtension('script', 'void 0;'), product: false },
  { name: 'read', ext: tinyExtension('read', readJs), product: false },
  ...(negative ? [] : [
    { name: 'no drawing', ext: variantBuild('none', 'none'), product: true },
    { name: 'highlights', ext: variantBuild('highlights', 'highlights'), product: true },
  ]),
  { name: 'product', ext: ensureBuilt(), product: true },
];

async function mainThread(page: Page, url: string, until: () => Promise<void>): Promise<number> {
  const read = await meter(page);
  await page.goto(url);
  await until();
  await settle(page, 1500);
  return read();
}

const fx = await serveFixtures();
const browsers: Browser[] = [];
for (const v of variants) browsers.push(await launch(v.ext, fx.port));
const pages = listHtml(negative ? NEGATIVE_DIR : PAGES_DIR).filter((p) => !only || only.test(p));
const added = new Map<string, number[]>();
const floors = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
  for (const p of pages) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[i]!;
      const b = browsers[i]!;
      const bare = await b.ctx.newPage();
      const bareMs = await mainThread(bare, fx.local(`${dir}/${p}`), async () => {});
      if (i === 0) floors.set(p, [...(floors.get(p) ?? []), await readFloor(bare)]);
      await bare.close();
      const page = await b.ctx.newPage();
      const url = fx.gov(`${dir}/${p}`);
      const withMs = await mainThread(page, url, async () => {
        if (v.product) await waitForTabState(b, url, ['on', 'no-tables', 'error'], 120_000);
      });
      await page.close();
      const k = `${p}\t${v.name}`;
      added.set(k, [...(added.get(k) ?? []), withMs - bareMs]);
    }
  }
  process.stderr.write(`run ${run + 1}/${runs}\n`);
}
for (const b of browsers) await b.close();
await fx.close();
if (!keep) rmSync(work, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f = (x: number) => x.toFixed(1).padStart(11);
console.log(`Main-thread time a page pays (ms, median of ${runs}; with minus without, so a small one can come out below 0 on a busy machine)`);
console.log('page'.padEnd(36) + ['floor', '10× floor', ...variants.map((v) => v.name)].map((h) => h.padStart(11)).join(''));
const sums = new Map<string, number>();
for (const p of pages) {
  const fl = median(floors.get(p)!);
  const row = variants.map((v) => median(added.get(`${p}\t${v.name}`)!));
  variants.forEach((v, i) => sums.set(v.name, (sums.get(v.name) ?? 0) + row[i]!));
  sums.set('floor', (sums.get('floor') ?? 0) + fl);
  console.log(p.padEnd(36) + [fl, 10 * fl, ...row].map(f).join(''));
}
const n = pages.length;
const meanFloor = sums.get('floor')! / n;
console.log('mean'.padEnd(36) + [meanFloor, 10 * meanFloor, ...variants.map((v) => sums.get(v.name)! / n)].map(f).join(''));
console.log('÷ floor'.padEnd(36) + ['', ''].map((s) => s.padStart(11)).join('') + variants.map((v) => `${(sums.get(v.name)! / n / meanFloor).toFixed(1)}×`.padStart(11)).join(''));
console.log('script: a content script that does nothing; read: lib/snapshot alone; no drawing / highlights: this extension');
console.log('built with LL_FEATURES=none / highlights (the same bundle; only those features draw); product: the real build.');
process.exit(0);
