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
    expect(css.split('\n').find((l) => l.startsWith('.ll-verified'))).toContain(`d='${paths.verified}'`);
  });

  it('the overlay paints no SVG image: each would be a document to build and rasterise in its first frame', () => {
    for (const file of ['./glyphs.css', './overlay.css']) expect(read(file), file).not.toMatch(/image\/svg/);
  });
});
