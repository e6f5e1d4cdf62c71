import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest is kept minimal on purpose: storage for settings, activeTab + scripting for on-demand runs,
// contextMenus for the right-click entry. Automatic runs are limited to government sites by the
// content script's matches; everything else needs the user's explicit gesture (activeTab).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '账本核对 Ledger Lens',
    description: '核对政府预决算公开表格：合计、单位、术语与科目编码 — checks Chinese budget disclosures on the page.',
    default_locale: undefined,
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    commands: {
      'run-on-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '在此页核对 / Check this page',
      },
    },
  },
});
