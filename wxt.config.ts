import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// pdf.js's worker, CJK CMaps and standard fonts ship inside the extension (the viewer never loads
// anything from the network): copied from the installed package at build time.
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjsAssets = [
  { absoluteSrc: join(pdfjsDir, 'build', 'pdf.worker.mjs'), relativeDest: 'pdfjs/pdf.worker.mjs' },
  ...['cmaps', 'standard_fonts'].flatMap((d) =>
    readdirSync(join(pdfjsDir, d)).map((f) => ({ absoluteSrc: join(pdfjsDir, d, f), relativeDest: `pdfjs/${d}/${f}` })),
  ),
];

// The fewest permissions that do the job: storage (settings), activeTab + scripting (run on the page
// the user asks about), contextMenus (the right-click entry). Automatic runs: *.gov.cn through the
// content script's matches; any other site only after the user adds it in the options, which asks
// for that site's access at that moment (optional host permissions; nothing broad is granted).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // LL_OUT: build elsewhere (two builds compared back to back: tests/e2e/bench.ts --ext DIR)
  outDir: process.env.LL_OUT ?? '.output',
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets);
    },
  },
  vite: () => ({
    plugins: [preact()],
    // the viewer's reader worker imports pdf.js and the core: an ES module worker (code-split)
    worker: { format: 'es' as const },
    // LL_FEATURES=id,id (or none): a measurement build whose overlay draws only those features
    // (entrypoints/content/features/registry.ts; tests/e2e/floors.ts). Unset in every real build.
    define: { __LL_FEATURES__: JSON.stringify(process.env.LL_FEATURES ?? '') },
    // LL_NOMINIFY=1: readable function names in profiles (tests/e2e/profile.ts, trace.ts)
    ...(process.env.LL_NOMINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ manifestVersion, browser }) => ({
    name: '账本核对 Ledger Lens',
    description: '核对政府预决算公开表格：合计、单位、术语与科目编码 — checks Chinese budget disclosures on the page.',
    // offscreen (Chrome): the document where each page analysis gets its own worker (entrypoints/offscreen)
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '账本核对 Ledger Lens' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    commands: {
      'run-on-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '在此页核对 / Check this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'ledger-lens@ledger-lens.invalid', strict_min_version: '115.0' } } }
      : {}),
  }),
});
