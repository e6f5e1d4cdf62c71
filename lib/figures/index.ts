export { default as Decimal } from 'decimal.js';
export { sumExact } from './decimal';
export { normalizeChars, normalizeCell } from './normalize';
export { readNumber, type NumberRead } from './number';
export { UNITS, type Unit, unitFactor, convert, parseUnit, unitInHeader } from './units';
export { parseCell, type CellFigure, type TextReason } from './parse';
export { findFigures, type TextFigure } from './prose';
export { type BoundOp } from './lexicon';
export {
  type Interval,
  halfUlp,
  intervalOf,
  pointInterval,
  sumIntervals,
  subtractIntervals,
  intervalsMeet,
  intervalGap,
  intervalContains,
  formatDecimal,
} from './interval';
