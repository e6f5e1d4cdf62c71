import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontPlatform, fontStack, OVERLAY_TYPE, warmFonts, type FontPlatform } from './fonts';

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

describe('warmFonts (the overlay\'s fonts found before its first layout)', () => {
  it('covers every size and weight the stylesheet sets text in', () => {
    const sizes = new Set<number>();
    const weights = new Set<number>([400]);
    for (const m of css.matchAll(/font-size:\s*(\d+)px/g)) sizes.add(Number(m[1]));
    for (const m of css.matchAll(/font-weight:\s*(\d+)/g)) weights.add(Number(m[1]));
    for (const m of css.matchAll(/font:\s*(?:(\d{3})\s+)?(\d+)px/g)) {
      if (m[1]) weights.add(Number(m[1]));
      sizes.add(Number(m[2]));
    }
    expect([...sizes].sort()).toEqual([...OVERLAY_TYPE.sizes]);
    expect([...weights].sort()).toEqual([...OVERLAY_TYPE.weights]);
  });

  /** a document whose canvas records what is measured in which font, and tasks the test runs */
  function fake() {
    const measured: string[] = [];
    const tasks: (() => void)[] = [];
    const g = { font: '', measureText: (t: string) => (measured.push(`${g.font}|${t}`), { width: 1 }) };
    const doc = { createElement: () => ({ getContext: () => g }) } as unknown as Document;
    return { doc, measured, later: (f: () => void) => void tasks.push(f), run: () => tasks.shift()?.() , pending: () => tasks.length };
  }

  it('measures Han and Latin text in each size and weight, one per task, in the given stack', () => {
    const f = fake();
    let done = 0;
    warmFonts(f.doc, fontStack('other'), new AbortController().signal, () => done++, f.later);
    expect(f.measured, 'nothing in the calling task').toEqual([]);
    while (f.pending()) f.run();
    const fonts = f.measured.map((m) => m.split('|')[0]);
    expect(fonts).toEqual(OVERLAY_TYPE.weights.flatMap((w) => OVERLAY_TYPE.sizes.map((s) => `${w} ${s}px ${fontStack('other')}`)));
    for (const m of f.measured) expect(m.split('|')[1]).toMatch(/[\u4e00-\u9fff].*[A-Za-z].*\d/);
    expect(done, 'told when done').toBe(1);
  });

  it('stops when the run is over', () => {
    const f = fake();
    const ac = new AbortController();
    let done = 0;
    warmFonts(f.doc, fontStack('mac'), ac.signal, () => done++, f.later);
    f.run();
    f.run();
    expect(f.measured).toHaveLength(2);
    ac.abort();
    while (f.pending()) f.run();
    expect(f.measured, 'nothing after the abort').toHaveLength(2);
    expect(done).toBe(0);
  });
});
