import { describe, expect, it } from 'vitest';
import { memoText } from './memo';

describe('memoText', () => {
  it('answers as the function does, computing each text once', () => {
    const calls: string[] = [];
    const upper = memoText((s: string) => (calls.push(s), s.toUpperCase()));
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('remembers falsy and undefined answers too', () => {
    let n = 0;
    const none = memoText((_: string) => (n++, undefined));
    const no = memoText((s: string) => (n++, s === 'x'));
    none('q'); none('q'); no('y'); no('y');
    expect(n).toBe(2);
  });

  it('starts over past its limit (memory stays bounded on a huge page)', () => {
    const calls: string[] = [];
    const f = memoText((s: string) => (calls.push(s), s.length), 2);
    f('a'); f('b'); f('a'); // a and b remembered
    f('c'); // the third distinct text: the memory is cleared first
    f('a'); // asked again
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
