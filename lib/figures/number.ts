import Decimal from 'decimal.js';
import { plain } from './decimal';

/** One written number after normalisation: digits, `,` grouping, one `.`; no sign. */
const WELL_FORMED = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export type NumberRead =
  | { ok: true; value: Decimal; decimals: number; grouped: boolean; digits: string }
  | { ok: false; reason: 'multiple' | 'malformed' };

/**
 * Read a number that may be broken by stray spaces or line breaks (Word/PDF pastes split numbers
 * across inline elements). A break is joined only where it cannot separate two figures:
 * next to a separator ("1,7 04.00", "3185. 85"), inside the integer part of a number that has a
 * fraction or comma grouping ("1 204.00", "2,7 67.00"), after the first fraction digit
 * ("53120.4 0"), or as space-grouping of thousands ("1 704 000"). "12.00 13.00", "12 13" and
 * "208 05 05" (a split classification code) are several figures, not one.
 */
export function readNumber(raw: string): NumberRead {
  const pieces = raw.trim().split(/\s+/).filter((p) => p !== '');
  if (pieces.length === 0) return { ok: false, reason: 'malformed' };
  const joined = pieces.join('');
  if (!WELL_FORMED.test(joined)) {
    const several = pieces.length > 1 && pieces.every((p) => WELL_FORMED.test(p));
    return { ok: false, reason: several ? 'multiple' : 'malformed' };
  }
  if (pieces.length > 1 && !breaksAreStray(pieces, joined)) return { ok: false, reason: 'multiple' };
  const digits = joined.replace(/,/g, '');
  const dot = digits.indexOf('.');
  return {
    ok: true,
    value: plain(new Decimal(digits)),
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
    grouped: joined.includes(','),
    digits,
  };
}

function breaksAreStray(pieces: string[], joined: string): boolean {
  const grouped = joined.includes(',');
  const hasFraction = joined.includes('.');
  if (!grouped && !hasFraction && pieces[0]!.length > 3) return false;
  let left = pieces[0]!;
  for (const right of pieces.slice(1)) {
    if (/[,.]$/.test(left) || /^[,.]/.test(right)) {
      // a dangling separator can only continue the same number
    } else if (left.includes('.')) {
      // "53120.4 0" continues; "12.00 13" is a complete 2-decimal figure followed by another
      if (left.slice(left.indexOf('.') + 1).length >= 2) return false;
    } else if (!grouped && !hasFraction && !/^\d{3}$/.test(right)) {
      return false;
    }
    left += right;
  }
  return true;
}

/** Sign and value together; keeps zero unsigned. */
export function signed(value: Decimal, negative: boolean): Decimal {
  return negative && !value.isZero() ? value.neg() : value;
}
