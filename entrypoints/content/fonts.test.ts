import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontPlatform, fontStack, type FontPlatform } from './fonts';

const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
// the full list the stylesheet names (popup, options and the default when no platform list is set)
const css = readFileSync(new URL('../../components/overlay.css', import.meta.url), 'utf8');
const cssStack = families(/--ll-font:([^;]+);/.exec(css)![1]!);

describe('the overlay font stack per platform', () => {
  it('tells the platforms apart', () => {
    expect(fontPlatform({ userAgentData: { platform: 'macOS' } })).toBe('mac');
    expect(fontPlatform({ platform: 'MacIntel' })).toBe('mac');
    expect(fontPlatform({ userAgentData: { platform: 'Windows' } })).toBe('windows');
    expect(fontPlatform({ platform: 'Win32' })).toBe('windows');
    expect(fontPlatform({ platform: 'Linux x86_64' })).toBe('other');
    expect(fontPlatform({ userAgentData: { platform: 'Chrome OS' } })).toBe('other');
    expect(fontPlatform({})).toBe('other');
  });

  it('names only that platform’s Chinese families, in the stylesheet’s order, after the UI font', () => {
    const cjk: Record<FontPlatform, string[]> = {
      mac: ['PingFang SC', 'Hiragino Sans GB'],
      windows: ['Microsoft YaHei'],
      other: ['Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei'],
    };
    for (const p of ['mac', 'windows', 'other'] as const) {
      const f = families(fontStack(p));
      expect(f[0]).toBe('system-ui');
      expect(f.at(-1)).toBe('sans-serif');
      expect(f.slice(1, -1)).toEqual(cjk[p]);
      // the same families the stylesheet lists, in its order: what each platform showed before
      const inCss = f.slice(1, -1).map((x) => cssStack.indexOf(x));
      expect(inCss.every((i, k) => i >= 0 && (k === 0 || i > inCss[k - 1]!))).toBe(true);
      // none of the other platforms' families (each one missing is a font lookup per weight)
      for (const q of ['mac', 'windows', 'other'] as const) if (q !== p) for (const x of cjk[q]) expect(f).not.toContain(x);
    }
  });
});
