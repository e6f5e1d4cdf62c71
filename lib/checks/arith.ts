import Decimal from 'decimal.js';
import { convert, formatDecimal, halfUlp } from '../figures';
import type { CellDetail, Finding, Severity, UnitName } from '../report/schema';
import { UNIT_EXPONENT } from '../figures/display';
import type { CellValue } from '../tables/model';
import type { Reporter } from './rule';

/** One cell taking part in a relation. */
export interface Term {
  table: number;
  row: number;
  col: number;
  value: CellValue;
  unit: UnitName | null;
  /** row label › column header path */
  label: string[];
  role: CellDetail['role'];
}

export type Status = 'exact' | 'rounding' | 'error' | 'skip';

export interface SumResult {
  status: Status;
  reason?: string;
  /** sum of the parts, in `unit` */
  expected: Decimal;
  /** the written total, in `unit` */
  actual: Decimal;
  /** actual − expected */
  difference: Decimal;
  /** how far apart the figures may be by rounding alone (sum of half-units of the written places) */
  band: Decimal;
  unit: UnitName | null;
  /** precision to print with: the finest written precision among the terms */
  decimals: number;
}

const ZERO = new Decimal(0);

export function written(v: CellValue): string {
  if (v.kind === 'amount' || v.kind === 'percent' || v.kind === 'text' || v.kind === 'dash') return v.text;
  return '';
}

/** Value and half-width of a term in `unit`; blank and dash are an exact nothing. */
function read(t: Term, unit: UnitName | null): { v: Decimal; h: Decimal; decimals: number } | null {
  const conv = (x: Decimal) => (unit && t.unit && unit !== t.unit ? convert(x, t.unit, unit) : x);
  if (t.value.kind === 'amount') {
    const decimals = t.value.decimals;
    // display precision follows the unit: 3.5 万元 is 35000 元 (0 decimals), 35,000 元 is 3.5000 万元
    const shift = unit && t.unit ? UNIT_EXPONENT[t.unit] - UNIT_EXPONENT[unit] : 0;
    return { v: conv(t.value.value), h: conv(halfUlp(decimals)), decimals: Math.max(0, decimals - shift) };
  }
  if (t.value.kind === 'blank' || t.value.kind === 'dash') return { v: ZERO, h: ZERO, decimals: 0 };
  return null;
}

/** Some terms have a unit and some have none (runs for every sum: no intermediate set). */
function mixesUnknownUnit(total: Term, parts: Term[]): boolean {
  let known = total.unit !== null;
  let unknown = !known;
  for (const p of parts) {
    if (p.unit === null) unknown = true;
    else known = true;
  }
  return known && unknown;
}

/** Whether total = Σ parts holds, within the rounding interval of the written figures. */
export function evaluateSum(total: Term, parts: Term[], unit: UnitName | null = total.unit): SumResult {
  const base: SumResult = { status: 'skip', expected: ZERO, actual: ZERO, difference: ZERO, band: ZERO, unit, decimals: 2 };
  if (mixesUnknownUnit(total, parts)) return { ...base, reason: 'unit unknown for some figures' };
  const tr = read(total, unit);
  if (!tr) return { ...base, reason: `「${total.label.join(' › ')}」 is not a number: ${written(total.value)}` };
  let sum = ZERO;
  let band = tr.h;
  let decimals = tr.decimals;
  let anyAmount = total.value.kind === 'amount';
  for (const p of parts) {
    const pr = read(p, unit);
    if (!pr) return { ...base, reason: `「${p.label.join(' › ')}」 is not a number: ${written(p.value)}` };
    sum = sum.plus(pr.v);
    band = band.plus(pr.h);
    if (p.value.kind === 'amount') { anyAmount = true; decimals = Math.max(decimals, pr.decimals); }
  }
  if (!anyAmount) return { ...base, reason: 'all cells blank' };
  if (total.value.kind !== 'amount') {
    const shown = parts.find((p) => p.value.kind === 'amount');
    if (shown && shown.value.kind === 'amount') decimals = shown.value.decimals;
  }
  const difference = tr.v.minus(sum);
  const status: Status = difference.isZero() ? 'exact' : difference.abs().lte(band) ? 'rounding' : 'error';
  return { status, expected: sum, actual: tr.v, difference, band, unit, decimals };
}

export interface Cause {
  id: string;
  zh: string;
  en: string;
}

/** A figure elsewhere on the page, for "the difference equals …" causes. */
export interface PageFigure {
  table: number;
  row: number;
  col: number;
  value: Decimal;
  decimals: number;
  unit: UnitName | null;
  label: string[];
}

/** Thousands separators for reading (messages only; the JSON fields stay plain decimal strings). */
export function grouped(plain: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(plain);
  if (!m) return plain;
  return m[1]! + m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}

function fmt(v: Decimal, decimals: number): string {
  return formatDecimal(v, decimals);
}

function swapsOf(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1] || !/\d/.test(digits[i]!) || !/\d/.test(digits[i + 1]!)) continue;
    out.push(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2));
  }
  return out;
}

/** Page figures sorted by exact value (in 元 where the unit is known), for "equals another figure" look-ups. */
interface FigureIndex {
  byBase: { base: Decimal; f: PageFigure }[];
  unitless: { base: Decimal; f: PageFigure }[];
}
const indexCache = new WeakMap<PageFigure[], FigureIndex>();

function indexOf(page: PageFigure[]): FigureIndex {
  let idx = indexCache.get(page);
  if (idx) return idx;
  const byBase: FigureIndex['byBase'] = [];
  const unitless: FigureIndex['unitless'] = [];
  for (const f of page) {
    if (f.unit) byBase.push({ base: convert(f.value.abs(), f.unit, '元'), f });
    else unitless.push({ base: f.value.abs(), f });
  }
  byBase.sort((a, b) => a.base.cmp(b.base));
  unitless.sort((a, b) => a.base.cmp(b.base));
  idx = { byBase, unitless };
  indexCache.set(page, idx);
  return idx;
}

function lowerBound(xs: { base: Decimal }[], v: Decimal): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.base.lt(v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Figures whose value is within `band` of `diff` (both in `unit`): a binary search, not a scan. */
function figuresNear(page: PageFigure[], diff: Decimal, band: Decimal, unit: UnitName | null): PageFigure[] {
  const idx = indexOf(page);
  const list = unit ? idx.byBase : idx.unitless;
  const lo = unit ? convert(diff.minus(band), unit, '元') : diff.minus(band);
  const hi = unit ? convert(diff.plus(band), unit, '元') : diff.plus(band);
  const out: PageFigure[] = [];
  for (let k = lowerBound(list, lo); k < list.length && list[k]!.base.lte(hi); k++) out.push(list[k]!.f);
  return out;
}

/**
 * Time spent in the cause search, summed over every call since the last reset: read by the bench
 * (npm run bench) to show how the search grows with the page. Two clock reads per failed sum; the
 * bench may set a clock of its own (CPU time on a shared machine).
 */
export const causeSearchTiming = { calls: 0, ms: 0, clock: (): number => performance.now() };

/**
 * The likeliest cause of a failed sum, tested in a fixed order: the difference equals another figure
 * on the page; a figure in the wrong unit (×10,000); two digits swapped; a row counted twice or left out.
 */
export function likelyCause(total: Term, parts: Term[], r: SumResult, page: PageFigure[]): Cause | undefined {
  const t0 = causeSearchTiming.clock();
  try {
    return searchCause(total, parts, r, page);
  } finally {
    causeSearchTiming.calls++;
    causeSearchTiming.ms += causeSearchTiming.clock() - t0;
  }
}

function searchCause(total: Term, parts: Term[], r: SumResult, page: PageFigure[]): Cause | undefined {
  const diff = r.difference.abs();
  if (diff.isZero() || r.status !== 'error') return undefined;
  const unit = r.unit;
  const inRelation = new Set([total, ...parts].map((t) => `${t.table}:${t.row}:${t.col}`));
  const withinBand = (x: Decimal) => x.minus(diff).abs().lte(r.band);
  // 1. the difference is another figure on the page: same row first, then same table, then elsewhere
  const rank = (f: PageFigure) => (f.table === total.table && f.row === total.row ? 0 : f.table === total.table ? 1 : 2);
  const hits = figuresNear(page, diff, r.band, unit)
    .filter((f) => !inRelation.has(`${f.table}:${f.row}:${f.col}`) && !f.value.isZero())
    .sort((a, b) => rank(a) - rank(b));
  const hit = hits[0];
  if (hit && (rank(hit) < 2 || diff.gte(1))) {
    const where = rank(hit) === 0 ? '同一行' : rank(hit) === 1 ? '同一表' : `表 #${hit.table}`;
    const whereEn = rank(hit) === 0 ? 'the same row' : rank(hit) === 1 ? 'the same table' : `table #${hit.table}`;
    return {
      id: 'difference-is-another-figure',
      zh: `差额恰好等于${where}的「${hit.label.join(' › ')}」${grouped(fmt(hit.value, hit.decimals))}：可能口径不同（如含/不含该项），或该数填在了别处。`,
      en: `The difference equals "${hit.label.join(' › ')}" (${grouped(fmt(hit.value, hit.decimals))}) in ${whereEn}: a scope difference, or the figure was entered elsewhere.`,
    };
  }
  // 2. a figure in the wrong unit: ×10,000 (元 ↔ 万元)
  const tenK = new Decimal(10000);
  for (const p of [total, ...parts]) {
    if (p.value.kind !== 'amount' || p.value.value.isZero()) continue;
    const v = p.value.value;
    for (const alt of [v.div(tenK), v.times(tenK)]) {
      const d = p === total ? alt.minus(r.expected) : r.actual.minus(r.expected.minus(v).plus(alt));
      if (d.abs().lte(r.band.plus(halfUlp(p.value.decimals)))) {
        return {
          id: 'wrong-unit',
          zh: `「${p.label.join(' › ')}」${p.value.text} 像是用错了单位（相差一万倍，元与万元）。`,
          en: `"${p.label.join(' › ')}" ${p.value.text} looks like it is in the wrong unit (off by ×10,000, 元 vs 万元).`,
        };
      }
    }
  }
  // 3. two adjacent digits swapped: the difference is a multiple of 9 in the last written place
  const place = new Decimal(10).pow(-r.decimals);
  if (diff.div(place).isInteger() && diff.div(place).mod(9).isZero()) {
    for (const p of [total, ...parts]) {
      if (p.value.kind !== 'amount') continue;
      const digits = p.value.value.toFixed(p.value.decimals);
      for (const s of swapsOf(digits)) {
        const alt = new Decimal(s);
        const d = p === total ? alt.minus(r.expected) : r.actual.minus(r.expected.minus(p.value.value).plus(alt));
        if (d.abs().lte(r.band)) {
          return {
            id: 'transposed-digits',
            zh: `差额是 9 的倍数：「${p.label.join(' › ')}」${p.value.text} 可能把相邻两位数字写颠倒了（应为 ${fmt(alt, p.value.decimals)}？）。`,
            en: `The difference is a multiple of 9: "${p.label.join(' › ')}" ${p.value.text} may have two digits swapped (${fmt(alt, p.value.decimals)}?).`,
          };
        }
      }
    }
  }
  // 4. a row counted twice or left out
  for (const p of parts) {
    if (p.value.kind !== 'amount' || p.value.value.isZero()) continue;
    if (withinBand(p.value.value)) {
      const twice = r.difference.gt(0);
      return twice
        ? { id: 'counted-twice', zh: `合计比各项之和多出「${p.label.join(' › ')}」${p.value.text}：该项可能被重复计入。`, en: `The total exceeds the sum by "${p.label.join(' › ')}" (${p.value.text}): it may have been counted twice.` }
        : { id: 'left-out', zh: `合计比各项之和少了「${p.label.join(' › ')}」${p.value.text}：该项可能被漏计。`, en: `The total falls short of the sum by "${p.label.join(' › ')}" (${p.value.text}): it may have been left out.` };
    }
  }
  return undefined;
}

export const ROUNDING_CAUSE: Cause = {
  id: 'rounding',
  zh: '差额在各数按书写精度四舍五入所能造成的范围内：尾数差异，不是错误。',
  en: 'The difference is within what rounding each figure to its written precision can produce: a rounding difference, not an error.',
};

/** Report one evaluated sum relation the shared way: a finding (error / rounding info) or a verified mark. */
export function reportSum(args: {
  rule: string;
  report: Reporter;
  total: Term;
  parts: Term[];
  result: SumResult;
  page: PageFigure[];
  /** what the relation is, in words */
  what: { zh: string; en: string };
  severity?: Severity; // for uncertain relations: 'warning'
  /** a cause the rule already knows (overrides the generic search) */
  cause?: Cause;
}): void {
  const { rule, report, total, parts, result: r, what } = args;
  if (r.status === 'skip') return;
  report.checked();
  const all = [total, ...parts];
  const main = total.table;
  const cells = all.filter((t) => t.table === main).map((t) => [t.row, t.col] as [number, number]);
  const relatedMap = new Map<number, [number, number][]>();
  for (const t of all) {
    if (t.table === main) continue;
    const arr = relatedMap.get(t.table) ?? [];
    arr.push([t.row, t.col]);
    relatedMap.set(t.table, arr);
  }
  const related = [...relatedMap].map(([table, cs]) => ({ table, cells: cs }));
  if (r.status === 'exact' || r.status === 'rounding') report.verified({ rule, table: main, cells, related });
  if (r.status === 'exact') return;
  const d = r.decimals;
  const u = r.unit ?? '';
  const cause = r.status === 'rounding' ? ROUNDING_CAUSE : args.cause ?? likelyCause(total, parts, r, args.page);
  const severity: Severity = r.status === 'rounding' ? 'info' : args.severity ?? 'error';
  const totalText = total.value.kind === 'amount' ? total.value.text : '（空）';
  const prefix = r.status === 'rounding' ? '尾数差异：' : '';
  // one figure compared with the same quantity elsewhere, not a sum of parts
  const compare = parts.length === 1 && parts[0]!.role === 'compare';
  const finding: Finding = {
    rule,
    severity,
    table: main,
    cells,
    related,
    message: `${prefix}${what.zh}：「${total.label.join(' › ')}」${totalText}，${compare ? '另一处为' : '各项之和'} ${grouped(fmt(r.expected, d))}，差 ${grouped(fmt(r.difference, d))}${u ? ' ' + u : ''}`,
    messageEn: `${r.status === 'rounding' ? 'Rounding difference: ' : ''}${what.en}: "${total.label.join(' › ')}" is ${totalText}, ${compare ? 'the other figure is' : 'the parts add up to'} ${grouped(fmt(r.expected, d))}, difference ${grouped(fmt(r.difference, d))}${u ? ' ' + u : ''}`,
    expected: fmt(r.expected, d),
    actual: fmt(r.actual, d),
    difference: fmt(r.difference, d),
    details: all.map((t) => ({ table: t.table, cell: [t.row, t.col] as [number, number], label: t.label, written: written(t.value), role: t.role })),
  };
  if (r.unit) finding.unit = r.unit;
  if (cause) finding.cause = cause;
  report.finding(finding);
}
