import Decimal from 'decimal.js';
import { convert, halfUlp, normalizeChars } from '../../figures';
import type { Finding, Severity, UnitName } from '../../report/schema';
import { evaluateSum, ROUNDING_CAUSE, type Term } from '../arith';
import { figuresOf, fmt, listsOf, passagesOf, proseValue, said, type Direction, type Passage, type PFigure, type ProseList } from '../prose-match';
import { defineRule, type Reporter } from '../rule';
import { termKey } from '../../tables/vocabulary';
import type { DocumentModel } from '../../tables/model';

const RULE = 'prose-arithmetic';
/** enough digits for exact-looking ratio bounds of budget figures */
const D = Decimal.clone({ precision: 60 });
const HUNDRED = new D(100);
const UNIT_ORDER: UnitName[] = ['元', '千元', '万元', '百万元', '亿元'];

/** A prose figure as a Term for evaluateSum (prose has no cell: table −1). */
function termOf(f: PFigure, role: Term['role']): Term {
  const unit = f.fig.kind === 'amount' ? f.fig.unit : null;
  return { table: -1, row: -1, col: -1, value: proseValue(f.fig), unit, label: [said(f)], role };
}

function finest(figs: PFigure[]): UnitName | null {
  let best: UnitName | null = null;
  for (const f of figs) {
    if (f.fig.kind !== 'amount') continue;
    if (best === null || UNIT_ORDER.indexOf(f.fig.unit) < UNIT_ORDER.indexOf(best)) best = f.fig.unit;
  }
  return best;
}

/** The finest written precision among the figures, expressed in `unit` (1.2 亿元 in 万元: 0 places). */
function displayDecimals(figs: PFigure[], unit: UnitName | null): number {
  let d = 0;
  for (const f of figs) {
    const fig = f.fig;
    if (fig.kind === 'count') d = Math.max(d, fig.decimals);
    if (fig.kind !== 'amount') continue;
    // how many places the figure moves when expressed in `unit` (亿元 → 万元: 4)
    const pow = unit && fig.unit !== unit ? new D(convert(new D(1), fig.unit, unit)).log(10).toNumber() : 0;
    d = Math.max(d, fig.decimals - Math.round(pow));
  }
  return Math.max(0, d);
}

/** Value and half-width of a figure in `unit` (counts have no unit). */
function valueIn(f: PFigure, unit: UnitName | null): { v: Decimal; h: Decimal } {
  const fig = f.fig;
  if (fig.kind !== 'amount' && fig.kind !== 'count') throw new Error('not an amount');
  const h = halfUlp(fig.decimals);
  if (fig.kind === 'amount' && unit && fig.unit !== unit) return { v: new D(convert(fig.value, fig.unit, unit)), h: new D(convert(h, fig.unit, unit)) };
  return { v: new D(fig.value), h: new D(h) };
}

/** A relation of the sentence holds (exactly or within rounding): a verified mark on the sentence. */
function holds(p: Passage, report: Reporter): void {
  report.verified({ rule: RULE, table: null, cells: [], related: [], text: p.text });
}

function base(p: Passage, severity: Severity, message: string, messageEn: string): Finding {
  return { rule: RULE, severity, table: null, cells: [], related: [], message, messageEn, text: p.text };
}

/** Check one list; returns the list as it reads after the check (cut at a "；" where its sum holds there). */
function checkList(p: Passage, l: ProseList, report: Reporter): ProseList {
  const unit = l.total.fig.kind === 'amount' ? finest([l.total, ...l.parts]) : null;
  const total = termOf(l.total, 'total');
  const parts = l.parts.map((f) => termOf(f, 'part'));
  let r = evaluateSum(total, parts, unit);
  if (r.status === 'skip') return l;
  report.checked();
  if (r.status === 'exact') {
    holds(p, report);
    return l;
  }
  let listed = l.parts;
  let unsure = false;
  if (l.boundaries.length) {
    // the list may end at a "；": a sum that holds at a boundary closes the list there
    for (const k of l.boundaries) {
      const rk = evaluateSum(total, parts.slice(0, k), unit);
      if (rk.status === 'exact') {
        holds(p, report);
        return { ...l, parts: l.parts.slice(0, k) };
      }
      if (rk.status === 'rounding' && r.status !== 'rounding') { r = rk; listed = l.parts.slice(0, k); }
    }
    const first = evaluateSum(total, parts.slice(0, l.boundaries[0]!), unit);
    if (r.status === 'error' && first.status === 'error' && first.difference.lt(0)) {
      // even the part before the first "；" exceeds the total: certain
      r = first;
      listed = l.parts.slice(0, l.boundaries[0]!);
    } else if (r.status === 'error') unsure = true;
  }
  // one part, a list that says "等", or a list of counts: "其中" may name only some items, which cannot exceed the total
  const maybePartial = listed.length === 1 || l.partial || l.total.fig.kind === 'count';
  const read = { ...l, parts: listed };
  if (maybePartial && r.difference.gte(0)) {
    holds(p, report);
    return read;
  }
  const u = unit ?? (l.total.fig.kind === 'count' ? l.total.fig.unitWord : '');
  const d = displayDecimals([l.total, ...listed], unit);
  const partsText = listed.map((f) => said(f)).join(' + ');
  let severity: Severity;
  let cause: Finding['cause'];
  if (r.status === 'rounding') {
    holds(p, report);
    severity = 'info';
    cause = ROUNDING_CAUSE;
  } else if (unsure) {
    severity = 'warning';
    cause = { id: 'list-end-unclear', zh: '“其中”所列各项之和与总数不符；该列举跨越分号，可能在分号处已经结束，请核对。', en: 'The items listed under 其中 do not add up to the total; the list runs past a "；" and may have ended there: please verify.' };
  } else if (r.difference.lt(0)) {
    severity = 'error';
    cause = { id: 'parts-exceed-total', zh: '“其中”所列各项之和超过了总数：至少有一个数写错了。', en: 'The items listed under 其中 add up to more than the total: at least one figure is wrong.' };
  } else {
    // the parts fall short: either a figure is wrong or the list names only some items
    severity = 'warning';
    cause = { id: 'parts-short-of-total', zh: '“其中”所列各项之和小于总数：可能有数字写错，也可能只列举了部分项目。', en: 'The items listed under 其中 add up to less than the total: a figure may be wrong, or the list names only some items.' };
  }
  const prefix = r.status === 'rounding' ? '尾数差异：' : '';
  const f = base(
    p,
    severity,
    `${prefix}说明中「${said(l.total)}」，其中 ${partsText}，各项之和 ${fmt(r.expected, d)}${u ? ' ' + u : ''}，比总数${r.difference.lt(0) ? '多' : '少'} ${fmt(r.difference.abs(), d)}${u ? ' ' + u : ''}`,
    `${r.status === 'rounding' ? 'Rounding difference: ' : ''}The text states "${said(l.total)}"; the items listed under 其中 (${partsText}) add up to ${fmt(r.expected, d)}${u ? ' ' + u : ''}, difference ${fmt(r.difference, d)}${u ? ' ' + u : ''}`,
  );
  f.expected = fmt(r.expected, d);
  f.actual = fmt(r.actual, d);
  f.difference = fmt(r.difference, d);
  if (unit) f.unit = unit;
  f.cause = cause;
  report.finding(f);
  return read;
}

/** [lo, hi] of a / b × 100 from the rounding intervals of a and b (b > 0). */
function ratioInterval(a: { v: Decimal; h: Decimal }, b: { v: Decimal; h: Decimal }): { lo: Decimal; hi: Decimal; point: Decimal } | null {
  const blo = b.v.minus(b.h);
  if (blo.lte(0)) return null;
  const alo = Decimal.max(a.v.minus(a.h), 0);
  const ahi = a.v.plus(a.h);
  return { lo: alo.div(b.v.plus(b.h)).times(HUNDRED), hi: ahi.div(blo).times(HUNDRED), point: a.v.div(b.v).times(HUNDRED) };
}

function reportRatio(args: {
  p: Passage;
  pct: PFigure;
  ratio: { lo: Decimal; hi: Decimal; point: Decimal };
  report: Reporter;
  what: { zh: string; en: string };
  how: { zh: string; en: string };
}): void {
  const { p, pct, ratio, report, what, how } = args;
  if (pct.fig.kind !== 'percent') return;
  report.checked();
  const dec = pct.fig.decimals;
  const written = new D(pct.fig.value);
  const h = new D(halfUlp(dec));
  const lo = written.minus(h);
  const hi = written.plus(h);
  const meets = ratio.lo.lte(hi) && lo.lte(ratio.hi);
  const shown = new D(fmt(ratio.point, dec));
  if (meets) holds(p, report);
  if (meets && shown.eq(written)) return;
  const severity: Severity = meets ? 'info' : 'error';
  const diff = written.minus(ratio.point);
  const prefix = meets ? '尾数差异：' : '';
  const f = base(
    p,
    severity,
    `${prefix}${what.zh}：说明写 ${pct.fig.text.trim()}，按${how.zh}算得 ${fmt(ratio.point, dec + 2)}%，差 ${fmt(diff, dec + 2)} 个百分点`,
    `${meets ? 'Rounding difference: ' : ''}${what.en}: the text says ${pct.fig.text.trim()}, ${how.en} gives ${fmt(ratio.point, dec + 2)}%, difference ${fmt(diff, dec + 2)} percentage points`,
  );
  f.expected = fmt(ratio.point, dec + 2);
  f.actual = fmt(written, dec);
  f.difference = fmt(diff, dec + 2);
  // 95.4572 written as 95.45: the digits are right but cut off instead of rounded (a reporter wants to know)
  const truncated = !meets && ratio.point.gt(0) && ratio.point.toDecimalPlaces(dec, Decimal.ROUND_DOWN).eq(written);
  f.cause = meets
    ? { id: 'rounding', zh: '差异在各数按书写精度四舍五入所能造成的范围内：尾数差异，不是错误。', en: 'Within what rounding the figures to their written precision can produce: a rounding difference, not an error.' }
    : truncated
    ? { id: 'truncated', zh: `百分比是把 ${fmt(ratio.point, dec + 2)}% 直接截去尾数写成的，没有四舍五入：末位与按书写精度四舍五入的结果不符。`, en: `The percentage is ${fmt(ratio.point, dec + 2)}% cut off rather than rounded: its last digit disagrees with rounding to the written precision.` }
    : { id: 'percent-mismatch', zh: '百分比与文中金额算出的比例不符，超出了四舍五入的范围。', en: 'The percentage does not match the ratio of the amounts in the text, beyond what rounding can explain.' };
  report.finding(f);
}

function checkShare(p: Passage, pct: PFigure, figs: PFigure[], lists: ProseList[], report: Reporter): void {
  const idx = figs.indexOf(pct);
  // the item is the figure right before the share, at the same depth
  let item: PFigure | undefined;
  for (let k = idx - 1; k >= 0; k--) {
    const f = figs[k]!;
    if (f.depth !== pct.depth) continue;
    item = f;
    break;
  }
  if (!item || item.role.kind !== 'item' || item.fig.kind !== 'amount') return;
  const list = lists.find((l) => l.parts.includes(item!));
  if (!list || list.total.fig.kind !== 'amount') return;
  // "占…的" naming something other than the list's total: not ours to check
  const between = p.norm.slice(item.fig.end, pct.fig.start).replace(/\s+/g, '').replace(/^[，,]/, '').replace(/^占/, '');
  // the base may be named only as the list's total ("占总支出的" under "支出 …，其中："), or not at all
  const named = between.replace(/^(?:总|全部|全年|本年)/, '').replace(/(?:的)?(?:比重|比例|比)?(?:为|达)?$/, '');
  const totalSubject = list.total.role.kind === 'item' ? list.total.role.subject : '';
  if (named && named !== totalSubject && named !== totalSubject.replace(/预算|总额|合计/g, '')) return;
  const unit = finest([item, list.total]);
  const ratio = ratioInterval(valueIn(item, unit), valueIn(list.total, unit));
  if (!ratio) return;
  reportRatio({
    p, pct, ratio, report,
    what: { zh: `「${said(item)}」占「${said(list.total)}」的比例`, en: `The share of "${said(item)}" in "${said(list.total)}"` },
    how: { zh: `${item.fig.text.trim()} ÷ ${list.total.fig.text.trim()}`, en: `${item.fig.text.trim()} / ${list.total.fig.text.trim()}` },
  });
}

/**
 * "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元": an increase larger than the amount it led
 * to means last year's amount was below zero — impossible for a budget or an expenditure. Balances and
 * differences (结余, 结转, 差额, 赤字) can be negative and are left alone. True when a finding was made.
 */
function checkImpossibleIncrease(p: Passage, cur: PFigure, ch: PFigure, report: Reporter): boolean {
  if (cur.role.kind !== 'item' || /结余|结转|差额|赤字|盈余|亏损|净/.test(cur.role.subject)) return false;
  const unit = finest([cur, ch]);
  const a = valueIn(cur, unit);
  const dlt = valueIn(ch, unit);
  // beyond rounding: even the smallest increase exceeds the largest current amount
  if (!dlt.v.minus(dlt.h).gt(a.v.plus(a.h))) return false;
  report.checked();
  const d = displayDecimals([cur, ch], unit);
  const prev = a.v.minus(dlt.v);
  const u = unit ?? '';
  const f = base(
    p,
    'error',
    `说明中「${said(cur)}」比上年增加 ${ch.fig.text.trim()}：增加额大于本年数，上年数将为 ${fmt(prev, d)}${u ? ' ' + u : ''}（负数），不可能`,
    `The text states "${said(cur)}", up ${ch.fig.text.trim()} on last year: the increase exceeds the amount itself, so last year would have been ${fmt(prev, d)}${u ? ' ' + u : ''} (negative) — impossible`,
  );
  f.expected = fmt(a.v, d); // the largest increase possible: all of this year's amount
  f.actual = fmt(dlt.v, d);
  f.difference = fmt(dlt.v.minus(a.v), d);
  if (unit) f.unit = unit;
  f.cause = { id: 'impossible-change', zh: '增加额不可能大于本年金额：增加额可能是从别处（如上一句）照抄的，或方向写反了。', en: 'An increase cannot exceed the amount it led to: the change may have been copied from elsewhere (e.g. the sentence before), or its direction is wrong.' };
  report.finding(f);
  return true;
}

function checkChange(p: Passage, ch: PFigure, figs: PFigure[], report: Reporter): void {
  if (ch.role.kind !== 'change' || !ch.role.bare || ch.fig.kind !== 'amount') return;
  const idx = figs.indexOf(ch);
  // current amount: the item figure right before, same depth, nothing but "，" and the comparison between
  const cur = figs[idx - 1];
  if (!cur || cur.depth !== ch.depth || cur.role.kind !== 'item' || cur.fig.kind !== 'amount') return;
  const gap = p.norm.slice(cur.fig.end, ch.clause).replace(/\s+/g, '');
  // (a "。" when the comparison opens a sentence of its own: "收入A万元。同比上年度增加B万元")
  if (!/^[，,。]?(?:(?:与|和|同|较|比)(?:上年|去年|上一年|上年度)(?:决算|预算)?数?(?:相比|比较|相比较)?[，,])?$/.test(gap) && cur.clause !== ch.clause) return;
  if (ch.role.direction === 'up' && checkImpossibleIncrease(p, cur, ch, report)) return;
  // the rate: the next figure, a percent with a direction, in the next clause or the same one
  const rate = figs[idx + 1];
  if (!rate || rate.role.kind !== 'rate' || rate.fig.kind !== 'percent' || rate.depth !== ch.depth) return;
  const between = p.norm.slice(ch.fig.end, rate.clause).replace(/\s+/g, '');
  if (!/^[，,]?$/.test(between) && rate.clause !== ch.clause) return;
  const unit = finest([cur, ch]);
  const a = valueIn(cur, unit);
  const dlt = valueIn(ch, unit);
  const dir: Direction = ch.role.direction;
  if (rate.role.direction !== dir) {
    report.checked();
    const pointRate = dlt.v.div(dir === 'down' ? a.v.plus(dlt.v) : a.v.minus(dlt.v)).times(HUNDRED);
    const shown = dir === 'down' ? pointRate.neg() : pointRate;
    const writtenRate = rate.role.direction === 'down' ? new D(rate.fig.value).neg() : new D(rate.fig.value);
    const f = base(
      p,
      'warning',
      `说明中变动方向不一致：「${ch.prefix.trim()}${ch.fig.text.trim()}」与「${rate.prefix.trim()}${rate.fig.text.trim()}」`,
      `The direction of the change disagrees: "${ch.prefix.trim()}${ch.fig.text.trim()}" vs "${rate.prefix.trim()}${rate.fig.text.trim()}"`,
    );
    if (a.v.minus(a.h).gt(0) && (dir === 'down' || a.v.gt(dlt.v))) {
      const dp = rate.fig.decimals + 2;
      f.expected = fmt(shown, dp);
      f.actual = fmt(writtenRate, rate.fig.decimals);
      f.difference = fmt(writtenRate.minus(shown), dp);
    }
    f.cause = { id: 'direction-mismatch', zh: '金额说增加而比率说下降（或相反）：其中一处写错。', en: 'The amount says up and the rate says down (or the reverse): one of them is wrong.' };
    report.finding(f);
    return;
  }
  // previous = current + decrease, or current − increase; rate = change / previous
  const prev = dir === 'down' ? { v: a.v.plus(dlt.v), h: a.h.plus(dlt.h) } : { v: a.v.minus(dlt.v), h: a.h.plus(dlt.h) };
  if (prev.v.minus(prev.h).lte(0)) return;
  // exact bounds: the ratio is monotone in both figures
  const dlo = Decimal.max(dlt.v.minus(dlt.h), 0);
  const dhi = dlt.v.plus(dlt.h);
  const alo = a.v.minus(a.h);
  const ahi = a.v.plus(a.h);
  const bounds =
    dir === 'down'
      ? { lo: dlo.div(ahi.plus(dlo)), hi: dhi.div(alo.plus(dhi)) }
      : { lo: dlo.div(ahi.minus(dlo)), hi: alo.minus(dhi).lte(0) ? null : dhi.div(alo.minus(dhi)) };
  if (!bounds.hi) return;
  const ratio = { lo: bounds.lo.times(HUNDRED), hi: bounds.hi.times(HUNDRED), point: dlt.v.div(prev.v).times(HUNDRED) };
  const dec = cur.fig.decimals;
  const prevText = `${fmt(prev.v, Math.max(dec, ch.fig.decimals))} ${unit ?? ''}`.trim();
  reportRatio({
    p, pct: rate, ratio, report,
    what: { zh: `「${said(cur)}」的变动率`, en: `The rate of change of "${said(cur)}"` },
    how: {
      zh: `上年 = ${cur.fig.text.trim()} ${dir === 'down' ? '+' : '−'} ${ch.fig.text.trim()} = ${prevText}，${ch.fig.text.trim()} ÷ ${prevText}`,
      en: `last year = ${cur.fig.text.trim()} ${dir === 'down' ? '+' : '−'} ${ch.fig.text.trim()} = ${prevText}; ${ch.fig.text.trim()} / ${prevText}`,
    },
  });
}

/** "比2022年预算执行数增加" / "较上年预算减少": the period and what of it the rate is measured against. */
const RATE_BASE = /^比(?<when>(?:19|20)\d{2}年度?|上年度?|去年|上一年度?)(?<what>[^，,；;。：:比较]{0,10}?)(?:增加|增长|上升|提高|减少|下降|降低)了?$/;

/** which reading of the base period the rate names: an outturn (执行/决算) or a budget (预算) */
function baseKind(what: string): 'outturn' | 'budget' | null {
  if (/执行|决算|实际/.test(what)) return 'outturn';
  if (/预算/.test(what)) return 'budget';
  return null;
}

/**
 * "2022年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%": two amounts of
 * two periods and the rate between them, no change amount. The base is the one earlier figure whose
 * clause names the same period and the same reading (执行数 / 预算) the rate names; the current amount is
 * the figure of the clause right before the rate, naming another period. Anything less clear: not checked.
 */
function checkTwoPeriodRate(p: Passage, rate: PFigure, figs: PFigure[], report: Reporter): void {
  if (rate.role.kind !== 'rate' || rate.fig.kind !== 'percent') return;
  const m = RATE_BASE.exec(rate.prefix.replace(/\s+/g, ''));
  if (!m?.groups) return;
  const when = m.groups.when!.replace(/度$/, '');
  const kind = baseKind(m.groups.what!);
  const idx = figs.indexOf(rate);
  const cur = figs[idx - 1];
  if (!cur || cur.fig.kind !== 'amount' || cur.fig.approx || cur.depth !== rate.depth) return;
  // the current amount's clause is the one right before the rate's, and names another period
  const gap = p.norm.slice(cur.fig.end, rate.clause).replace(/\s+/g, '');
  if (!/^[，,]$/.test(gap)) return;
  const periodOf = (f: PFigure) => f.prefix.replace(/\s+/g, '');
  const curText = periodOf(cur);
  if (curText.includes(when) || /比|较|增加|减少|增长|下降/.test(curText) || !/(?:19|20)\d{2}年|本年|今年|当年/.test(curText)) return;
  // the base: exactly one earlier amount whose clause names the rate's period and reading
  const bases = figs.slice(0, idx - 1).filter((f) => {
    if (f.fig.kind !== 'amount' || f.fig.approx || f.depth !== rate.depth) return false;
    const t = periodOf(f);
    if (!t.includes(when) || /比|较|增加|减少|增长|下降/.test(t)) return false;
    const k = baseKind(t.slice(t.indexOf(when)));
    return kind === null ? k === null : k === kind;
  });
  if (bases.length !== 1) return;
  const baseFig = bases[0]!;
  // nothing but the current amount between the base and the rate
  if (figs.indexOf(baseFig) !== idx - 2) return;
  const unit = finest([baseFig, cur]);
  const a = valueIn(cur, unit);
  const b = valueIn(baseFig, unit);
  const blo = b.v.minus(b.h);
  if (blo.lte(0)) return;
  const bhi = b.v.plus(b.h);
  const alo = Decimal.max(a.v.minus(a.h), 0);
  const ahi = a.v.plus(a.h);
  // rate = a / b − 1 (up) or 1 − a / b (down): monotone in both, so the interval is exact
  const up = rate.role.direction === 'up';
  const ratio = up
    ? { lo: alo.div(bhi).minus(1).times(HUNDRED), hi: ahi.div(blo).minus(1).times(HUNDRED), point: a.v.div(b.v).minus(1).times(HUNDRED) }
    : { lo: new D(1).minus(ahi.div(blo)).times(HUNDRED), hi: new D(1).minus(alo.div(bhi)).times(HUNDRED), point: new D(1).minus(a.v.div(b.v)).times(HUNDRED) };
  const [now, then] = [cur, baseFig].map((f) => f.fig.text.trim());
  const calc = up ? `(${now} − ${then}) ÷ ${then}` : `(${then} − ${now}) ÷ ${then}`;
  // the figures as the sentence names them ("2023年预算安排45.41万元"), period included
  const named = (f: PFigure) => `${f.prefix.replace(/^[\s，,；;：:]+/, '').trim()}${f.fig.text.trim()}`;
  reportRatio({
    p, pct: rate, ratio, report,
    what: { zh: `「${named(cur)}」比「${named(baseFig)}」的变动率`, en: `The rate of change from "${named(baseFig)}" to "${named(cur)}"` },
    how: { zh: calc, en: calc },
  });
}

/** "完成年初预算的95.45%": the outturn as a share of one of the budgets named before it */
const COMPLETION = /^完成(?<base>年初|全年|调整后?的?)?预算数?的?$/;
/** the clause of the budget figure ("…年初预算为") and of the outturn ("支出决算为", naming no other item) */
const BUDGET_CLAUSE = /(?<kind>年初|全年|调整后?的?)?预算数?(?:为|是)?$/;
const OUTTURN_CLAUSE = /^(?:支出|收入)?(?:决算|执行)数?(?:为|是)?$/;

/**
 * "…年初预算为 B 万元，（全年预算为 C 万元，）支出决算为 A 万元，完成年初预算的 r%": r = A ÷ B. Only this
 * chain of clauses, each right after the other: the outturn's clause names no item of its own (so it is
 * the budget's item), and the budget the rate names is found among the one or two budget clauses. A
 * rate of a budget of 0 does not exist; when it is the ratio to the other budget, that is said.
 */
function checkCompletion(p: Passage, rate: PFigure, figs: PFigure[], report: Reporter): void {
  if (rate.fig.kind !== 'percent' || rate.role.kind !== 'other') return;
  const m = COMPLETION.exec(rate.prefix.replace(/\s+/g, ''));
  if (!m?.groups) return;
  const named = (m.groups.base ?? '').replace(/的$/, '').replace(/^调整$/, '调整后');
  const idx = figs.indexOf(rate);
  const clauseText = (f: PFigure) => f.prefix.replace(/\s+/g, '');
  // the figure right before r, then one or two budget figures right before it, clause after clause
  const chain = (f: PFigure | undefined, next: PFigure) =>
    !!f && f.fig.kind === 'amount' && !f.fig.approx && f.depth === rate.depth && /^[，,]$/.test(p.norm.slice(f.fig.end, next.clause).replace(/\s+/g, ''));
  const actual = figs[idx - 1];
  if (!chain(actual, rate) || !OUTTURN_CLAUSE.test(clauseText(actual!))) return;
  const budgets: { f: PFigure; kind: string }[] = [];
  for (let k = idx - 2, next = actual!; k >= 0 && budgets.length < 2; k--) {
    const f = figs[k];
    if (!chain(f, next)) break;
    const b = BUDGET_CLAUSE.exec(clauseText(f!));
    if (!b?.groups || /决算|执行/.test(clauseText(f!))) break;
    budgets.unshift({ f: f!, kind: (b.groups.kind ?? '').replace(/的$/, '').replace(/^调整$/, '调整后') });
    next = f!;
    // the first budget clause names the item ("…支出年初预算为"); a second is elliptic ("全年预算为")
    if (clauseText(f!).replace(BUDGET_CLAUSE, '') !== '') break;
  }
  if (!budgets.length) return;
  const chosen = named ? budgets.filter((b) => b.kind === named) : budgets.length === 1 ? budgets : [];
  if (chosen.length !== 1) return;
  const b0 = chosen[0]!.f;
  const unit = finest([b0, actual!]);
  const a = valueIn(actual!, unit);
  const b = valueIn(b0, unit);
  const budgetText = `${clauseText(b0).replace(/^[，,；;：:]+/, '')}${b0.fig.text.trim()}`;
  if (b.v.isZero() && b0.fig.kind === 'amount' && new D(b0.fig.value).isZero()) {
    // no ratio to a budget of 0: the percentage belongs to another base
    report.checked();
    const other = budgets.find((x) => x !== chosen[0]);
    const o = other ? valueIn(other.f, unit) : null;
    const oRatio = o && o.v.gt(0) ? ratioInterval(a, o) : null;
    const written = new D(rate.fig.value);
    const h = new D(halfUlp(rate.fig.decimals));
    const matchesOther = !!oRatio && oRatio.lo.lte(written.plus(h)) && written.minus(h).lte(oRatio.hi);
    const f = base(
      p,
      'error',
      `说明写「完成${named || ''}预算的${rate.fig.text.trim()}」，但「${budgetText}」：预算为 0，不存在完成比例${matchesOther ? `；${actual!.fig.text.trim()} ÷ ${other!.f.fig.text.trim()} = ${fmt(oRatio!.point, rate.fig.decimals + 2)}%，是对${other!.kind || ''}预算的比例` : ''}`,
      `The text says "${rate.fig.text.trim()} of the ${named || ''} budget", but states that budget as 0: no such ratio exists${matchesOther ? `; ${actual!.fig.text.trim()} / ${other!.f.fig.text.trim()} = ${fmt(oRatio!.point, rate.fig.decimals + 2)}% is the ratio to the other budget` : ''}`,
    );
    f.actual = fmt(written, rate.fig.decimals);
    if (matchesOther) f.expected = fmt(oRatio!.point, rate.fig.decimals + 2);
    f.cause = matchesOther
      ? { id: 'wrong-base', zh: '百分比与另一个预算数（如全年预算）之比相符：基数写错了。', en: 'The percentage matches the ratio to the other budget figure (e.g. 全年预算): the base is misnamed.' }
      : { id: 'zero-base', zh: '以 0 为基数的百分比不存在：百分比或预算数写错了。', en: 'A percentage of a base of 0 does not exist: the percentage or the budget figure is wrong.' };
    report.finding(f);
    return;
  }
  const ratio = ratioInterval(a, b);
  if (!ratio) return;
  reportRatio({
    p, pct: rate, ratio, report,
    what: { zh: `「${clauseText(actual!)}${actual!.fig.text.trim()}」完成「${budgetText}」的比例`, en: `The outturn ${actual!.fig.text.trim()} as a share of the budget ${b0.fig.text.trim()}` },
    how: { zh: `${actual!.fig.text.trim()} ÷ ${b0.fig.text.trim()}`, en: `${actual!.fig.text.trim()} / ${b0.fig.text.trim()}` },
  });
}

/** "财政拨款支出主要内容如下：" — a paragraph that announces a numbered list of what a total is made of */
const LIST_HEAD = /^(?<name>[\u4e00-\u9fff“”"（）()]{2,24}?)(?:的)?主要(?:内容|构成|用途)(?:如下|包括|是)?[：:]$/;
/** "1. “社会保障和就业支出（类）…（项）”53.84万元，…": a numbered item naming a classification level and its amount */
const LIST_ITEM = /^(?<n>\d{1,2})[.．、]\s*[“"]?(?<label>[^“”"]{2,80}?[（(](?<level>类|款|项)[）)])[”"]?\s*(?:支出|预算|为|安排)?\s*[\d,]+(?:\.\d+)?\s*(?:万元|亿元|元)/;

/**
 * "财政拨款支出主要内容如下：" followed by numbered paragraphs "1. “…（项）” 53.84万元 …": the items, all of
 * the same classification level, cannot add up to more than the total the heading names (stated just
 * before it: "财政拨款支出预算950.12万元"). They may fall short (the list may name only the main items),
 * so only an excess beyond rounding is an error. The total must be named once, with one value.
 */
function checkItemisedList(doc: DocumentModel, passages: Passage[], report: Reporter): void {
  const paragraphs = new Map<number, string>();
  for (const s of doc.sentences) paragraphs.set(s.flowIndex, (paragraphs.get(s.flowIndex) ?? '') + s.text);
  const order = [...paragraphs.keys()].sort((a, b) => a - b);
  for (let i = 0; i < order.length; i++) {
    const head = LIST_HEAD.exec(normalizeChars(paragraphs.get(order[i]!)!).replace(/\s+/g, ''));
    if (!head?.groups) continue;
    const name = termKey(head.groups.name!);
    // the items: consecutive paragraphs numbered 1, 2, 3 … all at one level
    const items: PFigure[] = [];
    let level: string | null = null;
    for (let k = i + 1; k < order.length; k++) {
      const m = LIST_ITEM.exec(normalizeChars(paragraphs.get(order[k]!)!).trim());
      if (!m?.groups || Number(m.groups.n) !== items.length + 1) break;
      if (level !== null && m.groups.level !== level) return;
      level = m.groups.level!;
      const first = passages.find((x) => x.flowIndex === order[k]);
      const fig = first && figuresOf(first).find((f) => f.fig.kind === 'amount' && !f.fig.approx);
      if (!fig) return;
      items.push(fig);
    }
    if (items.length < 2) continue;
    // the total: in the few paragraphs before the heading, the figure of the item the heading names
    const before = passages.filter((x) => x.flowIndex < order[i]! && x.flowIndex >= (order[Math.max(0, i - 4)] ?? 0));
    const totals = before.flatMap((x) => figuresOf(x).filter((f) => f.role.kind === 'item' && f.fig.kind === 'amount' && !f.fig.approx && termKey(f.role.subject) === name));
    const values = new Set(totals.map((f) => (f.fig.kind === 'amount' ? `${f.fig.value.toString()} ${f.fig.unit}` : '')));
    if (totals.length === 0 || values.size !== 1) continue;
    const total = totals[totals.length - 1]!;
    const unit = finest([total, ...items]);
    const r = evaluateSum(termOf(total, 'total'), items.map((f) => termOf(f, 'part')), unit);
    if (r.status === 'skip') continue;
    report.checked();
    const headText = paragraphs.get(order[i]!)!.trim();
    // exact, short of the total (the list may name the main items only), or over it within rounding: holds
    if (r.status !== 'error' || r.difference.gte(0)) report.verified({ rule: RULE, table: null, cells: [], related: [], text: headText });
    // only an excess is reported (as a rounding info when rounding explains it)
    if (r.difference.gte(0)) continue;
    const d = displayDecimals([total, ...items], unit);
    const u = unit ?? '';
    const listed = items.map((f) => f.fig.text.trim()).join(' + ');
    const rounding = r.status === 'rounding';
    const f: Finding = {
      rule: RULE,
      severity: rounding ? 'info' : 'error',
      table: null,
      cells: [],
      related: [],
      text: headText,
      message: `${rounding ? '尾数差异：' : ''}说明中「${said(total)}」，下列第 1–${items.length} 项（${listed}）之和 ${fmt(r.expected, d)}${u ? ' ' + u : ''}，比总数多 ${fmt(r.difference.abs(), d)}${u ? ' ' + u : ''}`,
      messageEn: `${rounding ? 'Rounding difference: ' : ''}The text states "${said(total)}"; the ${items.length} items listed below it (${listed}) add up to ${fmt(r.expected, d)}${u ? ' ' + u : ''}, ${fmt(r.difference.abs(), d)}${u ? ' ' + u : ''} more than the total`,
      expected: fmt(r.expected, d),
      actual: fmt(r.actual, d),
      difference: fmt(r.difference, d),
      cause: rounding
        ? ROUNDING_CAUSE
        : { id: 'items-exceed-total', zh: '逐项列出的金额之和超过了它们所属的总数：至少有一项金额写错（或列入了不属于该总数的资金）。', en: 'The amounts listed item by item add up to more than the total they belong to: at least one is wrong (or includes money outside that total).' },
    };
    if (unit) f.unit = unit;
    report.finding(f);
  }
}

/**
 * Arithmetic inside one passage of the 说明: "A，其中：B、C" adds up; "占 x%" recomputes from the item and
 * the list's total; "比上年减少 D，下降 r%" recomputes when the current amount is stated right before it
 * (previous = current ± change). Every figure is read only against the item of its own clause.
 */
export default defineRule({
  meta: {
    id: RULE,
    title: { zh: '说明中的数字自洽', en: 'Figures in the narrative add up' },
    description: {
      zh: '同一句说明中：“其中”所列各项之和等于总数；“占x%”与金额之比相符；“比上年增减额、增减率”互相吻合。',
      en: 'Within one sentence of the narrative: items listed under 其中 add up to the total; "占 x%" matches the ratio of the amounts; a change and its rate against last year agree.',
    },
    severity: 'error outside the rounding band (parts exceeding the total, a percentage off); warning when listed parts fall short of the total (the list may be partial) or a change and its rate point in opposite directions; info for rounding differences',
    scope: 'document',
  },
  run(doc, report) {
    const passages = passagesOf(doc);
    checkItemisedList(doc, passages, report);
    for (const p of passages) {
      if (!/\d/.test(p.text)) continue;
      const figs = figuresOf(p);
      if (figs.length < 2) continue;
      const lists = listsOf(p, figs).map((l) => checkList(p, l, report));
      for (const f of figs) {
        if (f.role.kind === 'share') checkShare(p, f, figs, lists, report);
        if (f.role.kind === 'change') checkChange(p, f, figs, report);
        if (f.role.kind === 'rate') checkTwoPeriodRate(p, f, figs, report);
        if (f.fig.kind === 'percent') checkCompletion(p, f, figs, report);
      }
    }
  },
});
