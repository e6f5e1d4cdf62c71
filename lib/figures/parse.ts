import type Decimal from 'decimal.js';
import { endsWithSuffixOp, MEASURE_WORDS, prefixOpAtStart } from './lexicon';
import { normalizeCell } from './normalize';
import { readNumber, signed } from './number';
import { MONEY_UNIT_SOURCE, unitFromPrefix, type Unit } from './units';

export type TextReason =
  | 'label' // a name or heading, never a number, even with digits in it ("2024年部门预算", "(1)工资福利支出")
  | 'bound' // a target, not an amount: "≥95%", "≤2万元", "大于等于95%"
  | 'range' // "60-80%", "2026.01-2026.12"
  | 'date' // "2024年12月31日", "2023-12-31", "2026.01"
  | 'phone' // "0731-88888888", mobile numbers
  | 'code' // "123001-某局本级", "B参保", "208 社会保障和就业支出"
  | 'mixed' // a quantity in words or a malformed number: "约40人", "3.5元/份", "214个", "1,2345"
  | 'multiple'; // several figures in one cell: "12.00 13.00"

export type CellFigure =
  | {
      kind: 'amount';
      value: Decimal;
      /** decimals as written: they define the rounding interval */
      decimals: number;
      text: string;
      /** bare integer shaped like a classification or unit code (208, 20805, 123001, or "05") */
      codeLike: boolean;
      /** bare 19xx/20xx */
      yearLike: boolean;
      /** only when the cell itself names a unit ("3.00 万元"); otherwise the table's unit applies */
      unit?: Unit;
    }
  | { kind: 'percent'; value: Decimal; decimals: number; text: string }
  | { kind: 'blank' }
  | { kind: 'dash'; text: string }
  | { kind: 'text'; text: string; reason: TextReason };

const NUM = '\\d[\\d,.]*(?:\\s+[\\d,.]+)*'; // spaces allowed inside: readNumber decides
const UNIT = MONEY_UNIT_SOURCE;

const DASH = /^(?:[-—–―─━/\\]+|[…⋯]+|\.{3,}|。{3,})$/;
const PLAIN_AMOUNT = new RegExp(`^([-+])?\\s*([¥])?\\s*(${NUM})\\s*(?:${UNIT})?$`);
const PAREN_AMOUNT = new RegExp(`^\\(\\s*([¥])?\\s*(${NUM})\\s*\\)\\s*(?:${UNIT})?$`);
const PERCENT = new RegExp(`^([-+])?\\s*(${NUM})\\s*%$`);

const DATES = [
  /^\(?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(?:度|底|末|初|前)?\)?$/,
  /^\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|前)?$/,
  /^(?:19|20)\d{2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{1,2})?$/,
  // "2026.01" is read as a date, not 2026.01 万元: a two-digit month after a year-shaped integer
  /^(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])(?:\.(?:0[1-9]|[12]\d|3[01]))?$/,
];
const PHONE = [
  /^(?:\(0\d{2,3}\)\s*|0\d{2,3}\s*-\s*)\d{7,8}(?:\s*-\s*\d{1,6})?$/,
  /^1[3-9]\d{9}$/,
  /^400-\d{3}-\d{4}$/, // bare 400xxxxxxx stays an amount
];
const RANGE_SIDE = `\\d[\\d,.]*\\s*(?:%|${UNIT})?`;
const RANGE = new RegExp(
  `^${RANGE_SIDE}\\s*(?:-{1,2}|~|—{1,2}|–|至|到)\\s*${RANGE_SIDE}\\s*[\\u4e00-\\u9fff]{0,2}$`,
);
const MEASURE_OR_DATE = `(?:${MEASURE_WORDS.join('|')}|[年月日号元万亿千])`;
const CODES = [
  /^\d{3,}\s*[-—–_·]\s*\S/, // "123001-某局本级"
  /^[[【]\s*\d{3,}\s*[\]】]/, // "[208]社会保障和就业支出"
  new RegExp(`^(?:\\d{3}|\\d{5,7}|\\d{9})\\s*(?![余多]?${MEASURE_OR_DATE})[\\u4e00-\\u9fff]{2}`), // "208 社会保障"
  /^[A-Z]\s*[\u4e00-\u9fff]/, // "B参保": a one-letter project class prefix
];
const MIXED = new RegExp(
  `^(?:约|大约|近|将近|共|计|合计|平均|人均|每|超|逾|达)?\\s*[-+]?\\d(?:[\\d,]|\\.\\d)*\\s*(?:余|多)?\\s*` +
    `(?![、.)）:：年月日号])[^\\d\\s][^\\d]{0,7}$`,
);

/** Classify one table cell's text. Never throws; anything unsure is text with a reason. */
export function parseCell(text: string): CellFigure {
  const s = normalizeCell(text);
  if (s === '') return { kind: 'blank' };
  const written = text.trim();
  if (DASH.test(s.replace(/ /g, ''))) return { kind: 'dash', text: written };

  const asText = (reason: TextReason): CellFigure => ({ kind: 'text', text: written, reason });
  if (DATES.some((re) => re.test(s))) return asText('date');
  if (PHONE.some((re) => re.test(s))) return asText('phone');
  if (RANGE.test(s)) return asText('range');
  if (prefixOpAtStart(s) !== null && /\d/.test(s)) return asText('bound');
  if (/\d/.test(s) && endsWithSuffixOp(s)) return asText('bound');

  const pct = PERCENT.exec(s);
  if (pct) {
    const n = readNumber(pct[2]!);
    if (!n.ok) return asText(n.reason === 'multiple' ? 'multiple' : 'mixed');
    return { kind: 'percent', value: signed(n.value, pct[1] === '-'), decimals: n.decimals, text: written };
  }

  const plainM = PLAIN_AMOUNT.exec(s);
  const parenM = plainM ? null : PAREN_AMOUNT.exec(s);
  // "(1)" is list numbering; only "(12.00)" or "(1,204)" is an accounting negative
  const paren = parenM && /[.,]/.test(parenM[2]!) ? parenM : null;
  if (plainM || paren) {
    const [sign, currency, body, prefix] = plainM
      ? [plainM[1], plainM[2], plainM[3]!, plainM[4]]
      : [undefined, paren![1], paren![2]!, paren![3]];
    const n = readNumber(body);
    if (!n.ok) return asText(n.reason === 'multiple' ? 'multiple' : 'mixed');
    const hasUnit = /元$/.test(s) || currency !== undefined;
    const bare = !hasUnit && sign === undefined && !paren && !n.grouped && !/[\s.]/.test(body);
    const len = n.digits.length;
    const figure: CellFigure = {
      kind: 'amount',
      value: signed(n.value, sign === '-' || paren !== null),
      decimals: n.decimals,
      text: written,
      codeLike: bare && ([3, 5, 6, 7, 9].includes(len) || (len > 1 && n.digits.startsWith('0'))),
      yearLike: bare && /^(?:19|20)\d{2}$/.test(n.digits),
    };
    if (hasUnit) figure.unit = /元$/.test(s) ? unitFromPrefix(prefix) : '元';
    return figure;
  }

  if (CODES.some((re) => re.test(s))) return asText('code');
  if (MIXED.test(s)) return asText('mixed');
  return asText('label');
}
