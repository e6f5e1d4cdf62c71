import type Decimal from 'decimal.js';
import { type BoundOp, MEASURE_WORDS, prefixOpBefore, suffixOpAt } from './lexicon';
import { normalizeChars } from './normalize';
import { readNumber, signed } from './number';
import { MONEY_UNIT_SOURCE, unitFromPrefix, type Unit } from './units';

interface Span {
  /** offsets in the input string: input.slice(start, end) === text */
  start: number;
  end: number;
  text: string;
  /** 约 / 近 / 左右 / 余: an approximate figure, not for exact checks */
  approx?: boolean;
}
interface Written {
  value: Decimal;
  decimals: number;
}

export type TextFigure =
  | (Span & Written & { kind: 'amount'; unit: Unit })
  | (Span & Written & { kind: 'percent' })
  /** "共15个项目", "200 人", "约5万份" (unitWord "万份") */
  | (Span & Written & { kind: 'count'; unitWord: string })
  /** "下降 2.5 个百分点": a change in percentage points */
  | (Span & Written & { kind: 'points' })
  /** "1.2元/份", "10.2万元/年": a price or rate, never an addend */
  | (Span & Written & { kind: 'rate'; unit: Unit; per: string })
  /** "≥95%", "不超过220万元", "50 万元以上", "不低于100家": a target, not a stated amount */
  | (Span &
      Written & {
        kind: 'bound';
        op: BoundOp;
        measure: 'amount' | 'percent' | 'count' | 'number';
        unit?: Unit;
        unitWord?: string;
      });

const UNIT_AT = new RegExp(MONEY_UNIT_SOURCE, 'y');
const MEASURE_AT = new RegExp(`([万亿]?)(${MEASURE_WORDS.filter((w) => w !== '个百分点').join('|')})`, 'y');
const POINTS_AT = /个?百分点/y;
const PER_AT = /\s*(?:\/|每)\s*([\u4e00-\u9fffA-Za-z]{1,4})/y;
const APPROX_BEFORE = /(?:约|大约|约合|近|将近|预计)$/;

const UNIT_OR_PCT = `(?:%|${MONEY_UNIT_SOURCE})`;
const MASKS = [
  // ranges: "60-80%", "1-3 万元", "2026.01-2026.12", "10万元至20万元"
  new RegExp(`\\d[\\d,.]*\\s*${UNIT_OR_PCT}?\\s*(?:-{1,2}|~|—{1,2}|–|至|到)\\s*\\d[\\d,.]*\\s*${UNIT_OR_PCT}?`, 'g'),
  // document numbers: "湘办【2019】55号", "〔2024〕3号", "(2019)"
  /[【〔[(]\s*(?:19|20)\d{2}\s*[】〕\])]\s*(?:第\s*)?\d*\s*号?/g,
  // dates with - or / ("2023-12-31", "2024/6"); "2023.5 万元" stays an amount
  /(?<![\d.])(?:19|20)\d{2}\s*[-/]\s*\d{1,2}(?:\s*[-/]\s*\d{1,2})?(?![\d.])/g,
  // phone numbers
  // phone numbers, unless a unit follows ("13129273239.35元" is an amount)
  /(?<![\d.,])(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9}|400-\d{3}-\d{4})(?![\d.,]|\s*(?:%|百|千|万|亿|元))/g,
];

/**
 * Figures stated in a sentence of prose: amounts with a money unit, percentages, counts, and
 * (separately) bounds and rates. Years, dates, document numbers, list numbering, ranges and bare
 * numbers are not reported: a false figure in prose becomes a false alarm downstream.
 */
export function findFigures(sentence: string): TextFigure[] {
  const s = normalizeChars(sentence);
  const masked = collectMasks(s);
  const out: TextFigure[] = [];
  let pos = 0;
  while (pos < s.length) {
    const a = nextTokenStart(s, pos);
    if (a < 0) break;
    const tok = readToken(s, a);
    pos = tok.end;
    if (!tok.read || masked.some(([m0, m1]) => a < m1 && tok.end > m0)) continue;
    const fig = classify(s, a, tok.end, tok.read);
    if (fig) out.push({ ...fig, text: sentence.slice(fig.start, fig.end) } as TextFigure);
  }
  return out;
}

function collectMasks(s: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of MASKS) for (const m of s.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function nextTokenStart(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isDigit(s[i])) return i;
  return -1;
}

/**
 * The longest number starting at `a`, allowing stray breaks; in prose a broken number is joined
 * only when a unit, % or measure word follows, otherwise only its first piece is taken.
 */
function readToken(s: string, a: number): { end: number; read: Written | null } {
  let j = a;
  for (;;) {
    while (isDigit(s[j])) j++;
    const m = /^(?:[ \t\r\n]*[,.][ \t\r\n]*|[ \t\r\n]+)(?=\d)/.exec(s.slice(j, j + 8));
    if (!m) break;
    j += m[0].length;
  }
  const whole = readNumber(s.slice(a, j));
  const broken = /\s/.test(s.slice(a, j));
  if (whole.ok && (!broken || followedByUnit(s, j))) return { end: j, read: whole };
  // fall back to the first piece, then to the part before a comma ("3，4 万元" lists 3 and 4)
  const first = s.slice(a, j).split(/\s/)[0]!;
  for (const piece of [first, first.split(',')[0]!]) {
    const r = readNumber(piece);
    if (r.ok) return { end: a + piece.length, read: r };
  }
  return { end: j, read: null };
}

function followedByUnit(s: string, at: number): boolean {
  const k = skipSpaces(s, at);
  UNIT_AT.lastIndex = k;
  MEASURE_AT.lastIndex = k;
  return s[k] === '%' || UNIT_AT.test(s) || MEASURE_AT.test(s);
}

type Found = TextFigure extends infer T ? (T extends unknown ? Omit<T, 'text'> : never) : never;

function classify(s: string, a: number, b: number, n: Written): Found | null {
  const before = s[a - 1] ?? '';
  if (/[A-Za-z_.\d]/.test(before)) return null; // part of an identifier or version ("DRG2", "3.0.1")
  const negative = before === '-' && !/[A-Za-z\d]/.test(s[a - 2] ?? '');
  const start = negative ? a - 1 : a;
  const p = lastNonSpace(s, start);
  if (s[p] === '第') return null; // ordinal
  const rAfter = skipSpaces(s, b);
  if (s[p] === '(' && s[rAfter] === ')') return null; // list numbering "(1)"
  if (n.decimals === 0 && /^[、.](?!\d)/.test(s.slice(b, b + 2))) return null; // "1、" "1."

  const value = signed(n.value, negative);
  const w: Written = { value, decimals: n.decimals };
  const approx = APPROX_BEFORE.test(s.slice(Math.max(0, p - 3), p + 1)) || undefined;
  const preOp = prefixOpBefore(s, p + 1);
  const op = preOp && preOp.op !== '=' ? preOp : null;

  let r = rAfter;
  let approxSuffix = false;
  if ((s[r] === '余' || s[r] === '多') && /[\u4e00-\u9fff]/.test(s[r + 1] ?? '')) {
    approxSuffix = true;
    r++;
  }

  let fig: Found | null = null;
  UNIT_AT.lastIndex = r;
  POINTS_AT.lastIndex = r;
  MEASURE_AT.lastIndex = r;
  const unitM = UNIT_AT.exec(s);
  if (unitM && !approxSuffix) {
    const unit = unitFromPrefix(unitM[1]);
    const end = r + unitM[0].length;
    PER_AT.lastIndex = end;
    const per = PER_AT.exec(s);
    if (per) return { kind: 'rate', ...w, unit, per: per[1]!, start, end: end + per[0].length, approx };
    fig = { kind: 'amount', ...w, unit, start, end };
  } else if (s[r] === '%' && !approxSuffix) {
    fig = { kind: 'percent', ...w, start, end: r + 1 };
  } else if (POINTS_AT.test(s)) {
    return { kind: 'points', ...w, start, end: POINTS_AT.lastIndex, approx };
  } else {
    const m = MEASURE_AT.exec(s);
    if (m && !(m[2] === '人' && s[r + m[0].length] === '民')) {
      fig = { kind: 'count', ...w, unitWord: m[1]! + m[2]!, start, end: r + m[0].length };
    }
  }

  const sufOp = fig ? suffixOpAt(s, skipSpaces(s, fig.end)) : null;
  const bound = op?.op ?? sufOp?.op;
  if (bound) {
    const measure = fig ? (fig.kind as 'amount' | 'percent' | 'count') : 'number';
    return {
      kind: 'bound',
      op: bound,
      measure,
      ...w,
      ...(fig?.kind === 'amount' ? { unit: fig.unit } : {}),
      ...(fig?.kind === 'count' ? { unitWord: fig.unitWord } : {}),
      start: op ? op.start : start,
      end: sufOp ? sufOp.end : fig ? fig.end : b,
      approx,
    };
  }
  if (!fig) return null;
  const around = approx || approxSuffix || s.startsWith('左右', skipSpaces(s, fig.end)) || undefined;
  return around ? { ...fig, approx: true } : fig;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function skipSpaces(s: string, at: number): number {
  while (at < s.length && /\s/.test(s[at]!)) at++;
  return at;
}

function lastNonSpace(s: string, before: number): number {
  let i = before - 1;
  while (i >= 0 && /\s/.test(s[i]!)) i--;
  return i;
}
