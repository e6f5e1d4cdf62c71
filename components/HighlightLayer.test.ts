import { describe, expect, it } from 'vitest';
import { TICK_PX, verifiedSets, type VerifiedMark } from './HighlightLayer';

const mark = (group: number, x: number, y: number): VerifiedMark => ({ key: `${group}:${x}:${y}`, group, x, y });

/** the style's declarations by name */
const decl = (style: string) => Object.fromEntries(style.split(/;(?![^(]*\))/).map((d) => [d.slice(0, d.indexOf(':')), d.slice(d.indexOf(':') + 1)]));

describe('verifiedSets (the ✓ marks of a table as one element)', () => {
  it('one element per table, spanning its marks, one background layer per mark at its place', () => {
    const sets = verifiedSets([mark(0, 100, 50), mark(0, 160, 80.5), mark(3, 10, 900), mark(0, 130, 50)]);
    expect(sets.map((s) => [s.key, s.count])).toEqual([['g0', 3], ['g3', 1]]);
    const d = decl(sets[0]!.style);
    expect([d.left, d.top, d.width, d.height]).toEqual(['100px', '50px', `${60 + TICK_PX}px`, `${30.5 + TICK_PX}px`]);
    expect(d['background-image']!.split(',')).toEqual(['var(--ll-tick)', 'var(--ll-tick)', 'var(--ll-tick)']);
    expect(d['background-position']!.split(',')).toEqual(['0px 0px', '60px 30.5px', '30px 0px']);
    const one = decl(sets[1]!.style);
    expect([one.left, one.top, one.width, one.height, one['background-position']]).toEqual(['10px', '900px', `${TICK_PX}px`, `${TICK_PX}px`, '0px 0px']);
  });

  it('draws a spot once where two relations mark the same cell', () => {
    const sets = verifiedSets([mark(1, 5, 5), mark(1, 5, 5), mark(1, 25, 5)]);
    expect(sets).toHaveLength(1);
    expect(sets[0]!.count).toBe(2);
    expect(decl(sets[0]!.style)['background-position']).toBe('0px 0px,20px 0px');
  });

  it('nothing to draw: no element', () => {
    expect(verifiedSets([])).toEqual([]);
  });
});
