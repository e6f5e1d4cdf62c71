import type Decimal from 'decimal.js';
import { plain, pow10, wide } from './decimal';
import { normalizeChars } from './normalize';

/**
 * The money units, smallest first. A plain list, not a schema: the schemas that name a unit
 * (lib/report/schema.ts UnitName, the export's ExportUnit) are built from it, and code that only
 * converts amounts (the content script) does not build the report's schemas to learn five words.
 */
export const UNITS = ['元', '千元', '万元', '百万元', '亿元'] as const;
export type Unit = (typeof UNITS)[number];

const EXPONENT: Record<Unit, number> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

export function unitFactor(u: Unit): Decimal {
  return pow10(EXPONENT[u]);
}

/** Exact: the factors are powers of ten, so conversion only moves the decimal point. */
export function convert(value: Decimal, from: Unit, to: Unit): Decimal {
  if (from === to) return plain(value);
  return plain(wide(value).times(pow10(EXPONENT[from] - EXPONENT[to])));
}

/** Regex source for a money unit as written, tolerating breaks inside it ("万 元", "万\n元"). */
export const MONEY_UNIT_SOURCE = '(百\\s*万|千|万|亿)?\\s*元';

/** Map the multiplier captured by MONEY_UNIT_SOURCE to a Unit. */
export function unitFromPrefix(prefix: string | undefined): Unit {
  const p = (prefix ?? '').replace(/\s+/g, '');
  return p === '' ? '元' : p === '千' ? '千元' : p === '万' ? '万元' : p === '百万' ? '百万元' : '亿元';
}

const PREFIX = '(百\\s*万|千|万|亿)';
// "单位：万元", "金额单位：元", "单位: 万  元", "单位：人民币万元"; not "元/份" (a price) nor "单位价值".
const DECLARED = new RegExp(`单位\\s*[:：]?\\s*(?:人民币|RMB)?\\s*${PREFIX}?\\s*元(?!\\s*[/每])`);
// "单位：万" with the 元 left off, only when nothing else follows.
const DECLARED_SHORT = new RegExp(`单位\\s*[:：]\\s*(?:人民币)?\\s*${PREFIX}(?=\\s*(?:$|[)）,，;；。]))`);
// "（万元）", "(元)", "（单位：万元）", "【人民币万元】"
const BRACKETED = new RegExp(
  `[(\\[【]\\s*(?:金额)?(?:单位\\s*[:：]?\\s*)?(?:人民币|RMB)?\\s*${PREFIX}?\\s*元\\s*[)\\]】]`,
);

/** The unit declared in a line of text (table caption, first row, note); null when none. */
export function parseUnit(text: string): Unit | null {
  const t = normalizeChars(text);
  let best: { at: number; unit: Unit } | null = null;
  for (const re of [DECLARED, DECLARED_SHORT, BRACKETED]) {
    const m = re.exec(t);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, unit: unitFromPrefix(m[1]) };
  }
  return best?.unit ?? null;
}

/** The unit in a column header: "预算数（万元）", "金额(元)", "万元", "金额/万元". */
export function unitInHeader(text: string): Unit | null {
  const declared = parseUnit(text);
  if (declared) return declared;
  const t = normalizeChars(text).replace(/\s+/g, '');
  const m = new RegExp(`(?:^|[/:：])${PREFIX}?元$`).exec(t);
  return m ? unitFromPrefix(m[1]) : null;
}
