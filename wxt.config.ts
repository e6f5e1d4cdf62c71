import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The fewest permissions that do the job: storage (settings), activeTab + scripting (run on the page
// the user asks about), contextMenus (the right-click entry). Automatic runs: *.gov.cn through the
// content script's matches; any other site only after the user adds it in the options, which asks
// for that site's access at that moment (optional host permissions; nothing broad is granted).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ manifestVersion, browser }) => ({
    name: '账本核对 Ledger Lens',
    description: '核对政府预决算公开表格：合计、单位、术语与科目编码 — checks Chinese budget disclosures on the page.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
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
