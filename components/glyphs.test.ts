import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paths } from './icons';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

describe('glyphs.css', () => {
  it('draws every severity glyph from the paths in icons.tsx (regenerate with tests/e2e/glyphs.ts)', () => {
    const css = read('./glyphs.css');
    for (const [kind, d] of Object.entries(paths)) {
      const rule = css.split('\n').find((l) => l.startsWith(`.k-${kind} > .ll-glyph`));
      expect(rule, kind).toBeDefined();
      expect(rule).toContain(`d='${d}'`);
      expect(rule).toMatch(/mask-image: url\("data:image\/png;base64,[A-Za-z0-9+/=]+"\)/);
    }
    // the ✓ mark whole (disc and tick), in the verified colour overlay.css sets, light and dark
    const discs = [...read('./overlay.css').matchAll(/--ll-verified:\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => m[1]);
    const light = css.split('\n').find((l) => l.startsWith('.ll-root {'));
    const dark = css.split('\n').find((l) => l.startsWith('.ll-root[data-theme="dark"] {'));
    expect(light).toContain(`d='${paths.verified}' disc ${discs[0]}`);
    expect(dark).toContain(`d='${paths.verified}' disc ${discs[1]}`);
    for (const l of [light, dark]) expect(l).toMatch(/--ll-tick: url\("data:image\/png;base64,[A-Za-z0-9+/=]+"\)/);
  });

  it('the overlay paints no SVG image: each would be a document to build and rasterise in its first frame', () => {
    for (const file of ['./glyphs.css', './overlay.css']) expect(read(file), file).not.toMatch(/image\/svg/);
  });
});
