import Decimal from 'decimal.js';
import { plain, wide } from './decimal';
import { convert, type Unit } from './units';

/** A closed interval [lo, hi] of exact values. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const HALF_ULPS: (Decimal | undefined)[] = new Array(24).fill(undefined);

/** Half a unit in the last written place: 2 decimals → 0.005, 0 decimals → 0.5. */
export function halfUlp(decimals: number): Decimal {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a natural number: ${decimals}`);
  // a Decimal is immutable: one per precision serves every figure (it was parsed anew for each term of each sum)
  let h = HALF_ULPS[decimals];
  if (!h) {
    h = new Decimal(`5e-${decimals + 1}`);
    if (decimals < HALF_ULPS.length) HALF_ULPS[decimals] = h;
  }
  return h;
}

/**
 * The values a written figure can stand for: 3,185.85 → [3185.845, 3185.855]. With both units
 * given, the bounds are converted exactly (元 → 万元 divides by 10^4, nothing is rounded).
 */
export function intervalOf(value: Decimal, decimals: number, unit?: Unit, toUnit?: Unit): Interval {
  const h = halfUlp(decimals);
  let lo = plain(wide(value).minus(h));
  let hi = plain(wide(value).plus(h));
  if (toUnit !== undefined) {
    if (unit === undefined) throw new Error('intervalOf: toUnit given without the unit of the value');
    lo = convert(lo, unit, toUnit);
    hi = convert(hi, unit, toUnit);
  }
  return { lo, hi };
}

/** A value known exactly (a computed sum, a constant). */
export function pointInterval(value: Decimal): Interval {
  return { lo: plain(value), hi: plain(value) };
}

/** Interval of a sum: the sums of the bounds (exact, however many parts). */
export function sumIntervals(parts: Iterable<Interval>): Interval {
  let lo = wide(0);
  let hi = wide(0);
  for (const p of parts) {
    lo = lo.plus(p.lo);
    hi = hi.plus(p.hi);
  }
  return { lo: plain(lo), hi: plain(hi) };
}

/** Interval of a − b: [a.lo − b.hi, a.hi − b.lo]. */
export function subtractIntervals(a: Interval, b: Interval): Interval {
  return { lo: plain(wide(a.lo).minus(b.hi)), hi: plain(wide(a.hi).minus(b.lo)) };
}

/** Whether two closed intervals share a point: the XBRL Calculations 1.1 consistency test. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** Distance between two intervals; 0 when they meet. How far outside the rounding band a sum is. */
export function intervalGap(a: Interval, b: Interval): Decimal {
  if (a.hi.lt(b.lo)) return plain(wide(b.lo).minus(a.hi));
  if (b.hi.lt(a.lo)) return plain(wide(a.lo).minus(b.hi));
  return new Decimal(0);
}

export function intervalContains(i: Interval, v: Decimal): boolean {
  return i.lo.lte(v) && v.lte(i.hi);
}

/**
 * A figure at its written precision: plain digits, no exponent, half-up rounding if more digits are
 * held ("1234.56", "-0.01", "1200000.00"); a value that rounds to zero prints without a sign.
 */
export function formatDecimal(value: Decimal, decimals: number): string {
  const dp = Math.max(0, Math.trunc(decimals));
  const s = new Decimal(value).toFixed(dp, Decimal.ROUND_HALF_UP);
  return /^-0(?:\.0*)?$/.test(s) ? s.slice(1) : s;
}
