import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paths } from './icons';

describe('glyphs.css', () => {
  it('draws every severity glyph from the paths in icons.tsx', () => {
    const css = readFileSync(new URL('./glyphs.css', import.meta.url), 'utf8');
    for (const [kind, d] of Object.entries(paths)) {
      const rule = css.split('\n').find((l) => l.startsWith(`.k-${kind} > .ll-glyph`));
      expect(rule, kind).toBeDefined();
      expect(rule).toContain(`d='${d}'`);
    }
  });
});
