import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What the content script carries. It is evaluated on every page it runs on, before the page is
 * read, so what it imports is main-thread time the page pays (issue 13): the rules run in a worker,
 * and the schemas it builds on load are zod/mini ones (the classic API builds each schema several
 * times slower, and its library is three times the size). esbuild's module graph after tree-shaking
 * of type-only imports is the same graph Vite bundles.
 */
const ROOT = resolve(import.meta.dirname, '../..');

async function modulesOf(entry: string): Promise<string[]> {
  const r = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: resolve(ROOT, 'artifacts/bundle-check'),
    loader: { '.css': 'text', '.svg': 'text', '.png': 'dataurl' },
    external: ['wxt/*'],
    logLevel: 'silent',
  });
  // what is left after tree-shaking (modules imported but contributing nothing are not evaluated)
  const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint)!;
  return Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

describe('the content script bundle', () => {
  it('builds no classic zod schema, no schema of the analysis or the report, and no rule', async () => {
    const mods = await modulesOf('entrypoints/content.ts');
    expect(mods.some((m) => m.includes('entrypoints/content/controller.ts'))).toBe(true); // the graph was read
    expect(mods.some((m) => m.includes('node_modules/zod/v4/mini/'))).toBe(true);
    expect(mods.filter((m) => m.includes('node_modules/zod/v4/classic/'))).toEqual([]);
    // the XLSX zip is made in the background: fflate builds its tables when it is loaded
    expect(mods.filter((m) => m.includes('node_modules/fflate/'))).toEqual([]);
    expect(mods.filter((m) => /lib\/(checks\/|analyze|document)|lib\/(tables|messages|snapshot|report|report\/evidence)\/schema/.test(m))).toEqual([]);
  }, 60_000);

  it('the background still parses every message with the full schemas', async () => {
    const mods = await modulesOf('entrypoints/background.ts');
    expect(mods.some((m) => m.includes('lib/messages/schema.ts'))).toBe(true);
  }, 60_000);
});
