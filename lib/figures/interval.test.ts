import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  halfUlp,
  intervalContains,
  intervalGap,
  intervalOf,
  intervalsMeet,
  pointInterval,
  subtractIntervals,
  sumIntervals,
} from './interval';

const d = (v: string | number) => new Decimal(v);
const str = (i: { lo: Decimal; hi: Decimal }) => [i.lo.toFixed(), i.hi.toFixed()];

describe('halfUlp', () => {
  it.each([
    [0, '0.5'],
    [1, '0.05'],
    [2, '0.005'],
    [4, '0.00005'],
  ])('%i decimals → %s', (n, h) => {
    expect(halfUlp(n).toFixed()).toBe(h);
  });
  it('rejects nonsense', () => {
    expect(() => halfUlp(-1)).toThrow();
    expect(() => halfUlp(1.5)).toThrow();
  });
});

describe('intervalOf', () => {
  it('3,185.85 万元 stands for [3185.845, 3185.855]', () => {
    expect(str(intervalOf(d('3185.85'), 2))).toEqual(['3185.845', '3185.855']);
  });
  it('13 stands for [12.5, 13.5]', () => {
    expect(str(intervalOf(d(13), 0))).toEqual(['12.5', '13.5']);
  });
  it('converts exactly between units', () => {
    expect(str(intervalOf(d('101.10'), 2, '万元', '元'))).toEqual(['1010950', '1011050']);
    expect(str(intervalOf(d('1011000.00'), 2, '元', '万元'))).toEqual(['101.0999995', '101.1000005']);
  });
  it('a unit alone does not convert; toUnit without unit is a bug', () => {
    expect(str(intervalOf(d('1.5'), 1, '万元'))).toEqual(['1.45', '1.55']);
    expect(() => intervalOf(d(1), 0, undefined, '元')).toThrow();
  });
  it('negative values', () => {
    expect(str(intervalOf(d('-0.01'), 2))).toEqual(['-0.015', '-0.005']);
  });
});

describe('sums of intervals (DOMAIN §4)', () => {
  it('fixture 000: 2,752.12 vs 2,090.00 + 427.43 + 0.01 + 234.69 = 2,752.13 is a rounding difference', () => {
    const total = intervalOf(d('2752.12'), 2);
    const parts = sumIntervals(['2090.00', '427.43', '0.01', '234.69'].map((v) => intervalOf(d(v), 2)));
    expect(str(parts)).toEqual(['2752.11', '2752.15']);
    expect(intervalsMeet(total, parts)).toBe(true);
    expect(intervalGap(total, parts).isZero()).toBe(true);
  });
  it('fixture 004: 880,700.00 vs 43,000.00 + 1,467,700.00 is an error', () => {
    const total = intervalOf(d('880700.00'), 2);
    const parts = sumIntervals([intervalOf(d('43000.00'), 2), intervalOf(d('1467700.00'), 2)]);
    expect(intervalsMeet(total, parts)).toBe(false);
    expect(intervalGap(total, parts).toFixed()).toBe('629999.985');
  });
  it('a 0.01 gap in a 元 table with 2 parts is real', () => {
    const total = intervalOf(d('100.00'), 2);
    const parts = sumIntervals([intervalOf(d('50.00'), 2), intervalOf(d('50.02'), 2)]);
    expect(intervalsMeet(total, parts)).toBe(false);
  });
  it('long sums widen the band (many honest roundings)', () => {
    const parts = Array.from({ length: 10 }, () => intervalOf(d('0.33'), 2));
    const sum = sumIntervals(parts); // 3.30 ± 0.05
    expect(intervalsMeet(intervalOf(d('3.34'), 2), sum)).toBe(true);
    expect(intervalsMeet(intervalOf(d('3.36'), 2), sum)).toBe(false);
  });
  it('cross-unit: 13 万元 meets 130,000.00 元; 101.10 万元 meets 1,011,000.00 元', () => {
    expect(intervalsMeet(intervalOf(d(13), 0, '万元', '元'), intervalOf(d('130000.00'), 2))).toBe(true);
    expect(intervalsMeet(intervalOf(d('101.10'), 2, '万元', '元'), intervalOf(d('1011000.00'), 2))).toBe(true);
    expect(intervalsMeet(intervalOf(d('101.10'), 2, '万元', '元'), intervalOf(d('1012000.00'), 2))).toBe(false);
  });
  it('empty sum is exactly 0; sums stay exact past 20 digits', () => {
    expect(str(sumIntervals([]))).toEqual(['0', '0']);
    const big = pointInterval(d('99999999999999999999.99'));
    expect(str(sumIntervals([big, pointInterval(d('0.01'))]))).toEqual(['100000000000000000000', '100000000000000000000']);
  });
  it('subtraction: 比上年减少 28.86 from 18.14 and 47.00', () => {
    const diff = subtractIntervals(intervalOf(d('47.00'), 2), intervalOf(d('18.14'), 2));
    expect(str(diff)).toEqual(['28.85', '28.87']);
    expect(intervalsMeet(diff, intervalOf(d('28.86'), 2))).toBe(true);
  });
  it('touching intervals meet (closed bounds)', () => {
    expect(intervalsMeet({ lo: d(1), hi: d(2) }, { lo: d(2), hi: d(3) })).toBe(true);
    expect(intervalsMeet({ lo: d(1), hi: d(2) }, { lo: d('2.000001'), hi: d(3) })).toBe(false);
    expect(intervalContains({ lo: d(1), hi: d(2) }, d(2))).toBe(true);
    expect(intervalContains({ lo: d(1), hi: d(2) }, d('0.999'))).toBe(false);
  });
  it('gap is symmetric', () => {
    const a = { lo: d(1), hi: d(2) };
    const b = { lo: d(5), hi: d(6) };
    expect(intervalGap(a, b).toFixed()).toBe('3');
    expect(intervalGap(b, a).toFixed()).toBe('3');
  });
});

describe('formatDecimal', () => {
  it.each([
    ['3429.12', 2, '3429.12'],
    ['-0.01', 2, '-0.01'],
    ['1704000', 2, '1704000.00'],
    ['1e7', 2, '10000000.00'],
    ['1e-7', 7, '0.0000001'],
    ['1e-7', 2, '0.00'],
    ['-1e-7', 2, '0.00'],
    ['-0', 2, '0.00'],
    ['2752.125', 2, '2752.13'],
    ['-2752.125', 2, '-2752.13'],
    ['13', 0, '13'],
    ['12.5', 0, '13'],
    ['123456789012345678901234.5', 1, '123456789012345678901234.5'],
  ])('%s @%i → %s', (v, n, out) => {
    expect(formatDecimal(d(v), n)).toBe(out);
  });
  it('never uses exponent notation, grouping or floats', () => {
    const s = formatDecimal(d('0.000000000000000000000001'), 24);
    expect(s).toBe('0.000000000000000000000001');
    expect(formatDecimal(d('1e30'), 0)).toBe('1' + '0'.repeat(30));
  });
});
