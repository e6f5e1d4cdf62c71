import Decimal from 'decimal.js';

/**
 * decimal.js rounds every operation to `precision` significant digits (20 by default). Sums and unit
 * conversions here run in a wide clone so they stay exact, then go back to a plain Decimal: the
 * constructor copies digits without rounding, and callers can keep using `instanceof Decimal`.
 */
const Wide = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP });

export function wide(v: Decimal.Value): Decimal {
  return new Wide(v);
}

export function plain(v: Decimal): Decimal {
  const d = new Decimal(v);
  return d.isZero() ? new Decimal(0) : d; // no "-0" leaking into messages
}

/** Exact sum of any number of values. */
export function sumExact(values: Iterable<Decimal.Value>): Decimal {
  let acc = wide(0);
  for (const v of values) acc = acc.plus(v);
  return plain(acc);
}

/** 10^n as an exact Decimal (n may be negative). */
export function pow10(n: number): Decimal {
  return new Decimal(`1e${n}`);
}
