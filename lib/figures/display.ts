import Decimal from 'decimal.js';
import { convert } from './units';
import type { UnitName } from '../report/schema';

/** Powers of ten of each unit (元 = 0): conversions only shift the decimal point. */
export const UNIT_EXPONENT: Record<UnitName, number> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

/**
 * An amount written with `decimals` places in `from`, shown in `to`: exact (decimal.js, the factors
 * are powers of ten), carrying the precision the conversion supports (written decimals + shift).
 * Zeros past two places are dropped because they add length, not information: 1,467,700.00 元 →
 * "146.77" 万元 (exactly 146.770000), → "0.014677" 亿元; 3,185.85 万元 → "31,858,500" 元.
 */
export function convertAmount(value: string, decimals: number, from: UnitName, to: UnitName): string {
  const places = Math.max(0, decimals + UNIT_EXPONENT[to] - UNIT_EXPONENT[from]);
  const fixed = convert(new Decimal(value), from, to).toFixed(places);
  return trimZeros(fixed, Math.min(places, 2));
}

function trimZeros(s: string, keep: number): string {
  const dot = s.indexOf('.');
  if (dot < 0) return s;
  let end = s.length;
  while (end > dot + 1 + keep && s[end - 1] === '0') end--;
  if (end === dot + 1) end = dot;
  return s.slice(0, end);
}

export const SWITCH_UNITS: readonly UnitName[] = ['元', '万元', '亿元'];
