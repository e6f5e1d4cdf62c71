import Decimal from 'decimal.js';
import { formatDecimal, halfUlp } from '../../figures';
import type { FormCell, FormModel, FundingBlock, FundingColumnRole, FundingRow } from '../../tables/form';
import type { BudgetTable, CellValue } from '../../tables/model';
import { evaluateSum, reportSum, type SumResult, type Term } from '../arith';
import { defineRule, type Reporter } from '../rule';

/**
 * Performance forms (绩效自评表 / 绩效目标表), read through the form model (lib/tables/form.ts) only:
 * - funding block: 执行率 = 全年执行数 ÷ 全年预算数 at the written precision of the 执行率 (a rate that fits
 *   only 年初预算数 is "could not check": templates differ in the base); 得分 = 分值 × 执行率; the 其中 rows
 *   add up to 年度资金总额 per column;
 * - indicator block: the 分值 add up to the total stated in their header ("分值权重（90分）") and, with the
 *   funding block's 分值, to the 总分 row's weight; the 得分 (indicators + funding) add up to the 总分 row.
 * Indicator values (指标值 / 实际完成值) are targets and results: never read as amounts.
 */

const RULE = 'performance';
const HUNDRED = new Decimal(100);

const num = (c: FormCell | undefined): (CellValue & { kind: 'amount' | 'percent' }) | null =>
  c && (c.value.kind === 'amount' || c.value.kind === 'percent') ? c.value : null;

function term(c: FormCell, label: string[], role: Term['role']): Term {
  return { table: c.table, row: c.row, col: c.col, value: c.value, unit: null, label, role };
}

/**
 * Weights and scores are assigned, not measured: one written whole ("20") is exactly 20, only a score
 * written with decimals ("9.62" = 10 × 96.2 %) may be rounded. The band is recomputed on that basis.
 */
function exactWhole(result: SumResult, terms: Term[]): SumResult {
  if (result.status === 'skip' || result.status === 'exact') return result;
  let band = new Decimal(0);
  for (const t of terms) if (t.value.kind === 'amount' && t.value.decimals > 0) band = band.plus(halfUlp(t.value.decimals));
  return { ...result, band, status: result.difference.abs().lte(band) ? 'rounding' : 'error' };
}

/** [lo, hi] of exec ÷ base × 100 over the values the written figures stand for. */
function rateInterval(exec: Decimal, eDec: number, base: Decimal, bDec: number): { lo: Decimal; hi: Decimal; mid: Decimal } {
  const he = halfUlp(eDec);
  const hb = halfUlp(bDec);
  const lo = Decimal.max(0, exec.minus(he)).div(base.plus(hb)).times(HUNDRED);
  const hi = base.minus(hb).gt(0) ? exec.plus(he).div(base.minus(hb)).times(HUNDRED) : new Decimal(Infinity);
  return { lo, hi, mid: exec.div(base).times(HUNDRED) };
}

function rateFits(rate: Decimal, rDec: number, iv: { lo: Decimal; hi: Decimal }): boolean {
  const hr = halfUlp(rDec);
  return rate.plus(hr).gte(iv.lo) && rate.minus(hr).lte(iv.hi);
}

/**
 * The rate as a percentage: "95.00%" or, under a (%) header, "95.00". A bare figure up to 1 may be a ratio
 * ("0.95"): read as such when that reading fits and the percentage reading does not.
 */
function ratePercent(v: CellValue & { kind: 'amount' | 'percent' }, fits?: (value: Decimal, decimals: number) => boolean | null): { value: Decimal; decimals: number } {
  const asPercent = { value: v.value, decimals: v.decimals };
  if (v.kind === 'percent' || v.value.gt(1) || !fits) return asPercent;
  const asRatio = { value: v.value.times(HUNDRED), decimals: Math.max(0, v.decimals - 2) };
  return fits(asPercent.value, asPercent.decimals) === false && fits(asRatio.value, asRatio.decimals) ? asRatio : asPercent;
}

function headerOf(f: FundingBlock, role: FundingColumnRole): string {
  return f.columns.find((c) => c.role === role)?.header ?? role;
}

function statedFormula(form: FormModel, re: RegExp): boolean {
  return form.notes.some((n) => re.test(n));
}

function checkRate(table: BudgetTable, form: FormModel, f: FundingBlock, row: FundingRow, report: Reporter): void {
  const rc = row.values['执行率'];
  const r = num(rc);
  const e = num(row.values['全年执行数']);
  if (!rc || !r || !e || e.kind !== 'amount') return;
  const fullCell = row.values['全年预算数'];
  const initCell = row.values['年初预算数'];
  const full = num(fullCell);
  const init = num(initCell);
  const base0 = full && full.kind === 'amount' && !full.value.isZero() ? full : init && init.kind === 'amount' && !init.value.isZero() ? init : null;
  const rate = ratePercent(r, (value, decimals) => (base0 ? rateFits(value, decimals, rateInterval(e.value, e.decimals, base0.value, base0.decimals)) : null));
  const name = row.label || `第${row.row + 1}行`;
  const hasFullColumn = f.columns.some((c) => c.role === '全年预算数');
  const fits = (b: typeof full) => (b && b.kind === 'amount' && !b.value.isZero() ? rateFits(rate.value, rate.decimals, rateInterval(e.value, e.decimals, b.value, b.decimals)) : null);
  const capped = (b: typeof full) => !!b && b.kind === 'amount' && !b.value.isZero() && rate.value.eq(100) && rateInterval(e.value, e.decimals, b.value, b.decimals).lo.gt(100);
  const fitFull = fits(full);
  const fitInit = fits(init);
  if (fitFull === null && fitInit === null) return; // no base figure (blank, zero): nothing to recompute
  report.checked();
  const execCell = row.values['全年执行数']!;
  const cellsOf = (base: FormCell): [number, number][] => [[row.row, base.col], [row.row, execCell.col], [row.row, rc.col]];
  let baseCell: FormCell;
  if (fitFull !== null) {
    baseCell = fullCell!;
    if (fitFull || capped(full)) {
      // (a rate written as 100 % for execution above budget: the templates cap the rate at 100 %)
      report.verified({ rule: RULE, table: row.table, cells: cellsOf(fullCell!), related: [] });
      return;
    }
    // fits 年初预算数 but not 全年预算数: which base this template uses is not written on the page
    if (fitInit && !statedFormula(form, /执行率[=＝].*(全年预算|调整后预算)/)) {
      report.notRun({
        rule: RULE, table: row.table,
        reason: `「${name}」执行率 ${rc.text} 等于 ${headerOf(f, '全年执行数')} ÷ ${headerOf(f, '年初预算数')}，而不等于 ÷ ${headerOf(f, '全年预算数')}；表中未写明以哪个预算数为基数，不核对`,
      });
      return;
    }
  } else {
    baseCell = initCell!;
    if (fitInit || capped(init)) {
      report.verified({ rule: RULE, table: row.table, cells: cellsOf(initCell!), related: [] });
      return;
    }
    // the 全年预算数 column is there but blank on this row: the base may be a figure not written
    if (hasFullColumn) {
      report.notRun({ rule: RULE, table: row.table, reason: `「${name}」${headerOf(f, '全年预算数')}未填写，执行率 ${rc.text} 的基数无法确定，不核对` });
      return;
    }
  }
  const b = num(baseCell)!;
  const shown = rateInterval(e.value, e.decimals, b.value, b.decimals).mid.toDecimalPlaces(rate.decimals, Decimal.ROUND_HALF_UP);
  const bh = headerOf(f, baseCell === fullCell ? '全年预算数' : '年初预算数');
  const eh = headerOf(f, '全年执行数');
  const expected = formatDecimal(shown, rate.decimals);
  report.finding({
    rule: RULE, severity: 'error', table: row.table,
    cells: [[row.row, baseCell.col], [row.row, execCell.col], [row.row, rc.col]], related: [],
    message: `「${name}」执行率应为 ${eh} ÷ ${bh} = ${e.text} ÷ ${b.text} = ${expected}%，表中写的是 ${rc.text}`,
    messageEn: `"${name}": the execution rate should be ${eh} ÷ ${bh} = ${e.text} ÷ ${b.text} = ${expected}%, the table says ${rc.text}`,
    expected, actual: formatDecimal(rate.value, rate.decimals), difference: formatDecimal(rate.value.minus(shown), rate.decimals),
    details: [
      { table: row.table, cell: [row.row, baseCell.col], label: [name, bh], written: b.text, role: 'other' },
      { table: row.table, cell: [row.row, execCell.col], label: [name, eh], written: e.text, role: 'other' },
      { table: row.table, cell: [row.row, rc.col], label: [name, headerOf(f, '执行率')], written: rc.text, role: 'total' },
    ],
  });
}

/** 得分 = 分值 × 执行率 (capped at 分值). Only a score above its weight is certain to be wrong without a written formula. */
function checkFundingScore(table: BudgetTable, form: FormModel, f: FundingBlock, row: FundingRow, report: Reporter): void {
  const wc = row.values['分值'];
  const rc = row.values['执行率'];
  const sc = row.values['得分'];
  const w = num(wc);
  const r = num(rc);
  const s = num(sc);
  if (!w || !r || !s || w.kind !== 'amount' || s.kind !== 'amount') return;
  report.checked();
  // 分值 × rate and the band around it; a weight written whole is exact (assigned, not rounded), the rate and
  // the score carry their written precision
  const scoreOf = (rv: Decimal, rd: number) => {
    const capped = Decimal.min(rv, HUNDRED);
    const wBand = w.decimals > 0 ? halfUlp(w.decimals).times(capped).div(HUNDRED) : new Decimal(0);
    return { expect: w.value.times(capped).div(HUNDRED), band: halfUlp(s.decimals).plus(w.value.times(halfUlp(rd)).div(HUNDRED)).plus(wBand) };
  };
  // a bare rate ≤ 1 (0.9500) is read as a ratio when only that reading fits, as checkRate reads it
  const rate = ratePercent(r, (rv, rd) => {
    const x = scoreOf(rv, rd);
    return s.value.minus(x.expect).abs().lte(x.band);
  });
  const { expect, band } = scoreOf(rate.value, rate.decimals);
  const cells: [number, number][] = [[row.row, wc!.col], [row.row, rc!.col], [row.row, sc!.col]];
  if (s.value.minus(expect).abs().lte(band)) {
    report.verified({ rule: RULE, table: row.table, cells, related: [] });
    return;
  }
  const name = row.label || `第${row.row + 1}行`;
  const over = s.value.minus(halfUlp(s.decimals)).gt(w.value.plus(halfUlp(w.decimals)));
  const proportional = statedFormula(form, /得分[=＝].*执行率.*分值|得分[=＝].*分值.*执行率/);
  if (!over && !proportional) {
    report.notRun({ rule: RULE, table: row.table, reason: `「${name}」得分 ${sc!.text} ≠ 分值 × 执行率 = ${formatDecimal(expect, s.decimals)}：表中未写明按比例计分（有的模板按档次计分），不核对` });
    return;
  }
  const d = s.decimals;
  report.finding({
    rule: RULE, severity: 'warning', table: row.table, cells, related: [],
    message: over
      ? `「${name}」得分 ${sc!.text} 超过其分值 ${wc!.text}（按 分值 × 执行率 = ${wc!.text} × ${rc!.text} 应为 ${formatDecimal(expect, d)}）`
      : `「${name}」得分 ${sc!.text} 与 分值 × 执行率 = ${wc!.text} × ${rc!.text} = ${formatDecimal(expect, d)} 不符`,
    messageEn: over
      ? `"${name}": score ${sc!.text} exceeds its weight ${wc!.text} (weight × rate = ${formatDecimal(expect, d)})`
      : `"${name}": score ${sc!.text} differs from weight × execution rate = ${wc!.text} × ${rc!.text} = ${formatDecimal(expect, d)}`,
    expected: formatDecimal(expect, d), actual: formatDecimal(s.value, d), difference: formatDecimal(s.value.minus(expect), d),
  });
}

/** 其中 rows add up to 年度资金总额 per amount column; when the split is not the template's, each part ≤ total. */
function checkFundingRows(f: FundingBlock, report: Reporter): void {
  const ti = f.rows.findIndex((r) => r.role === 'total');
  if (ti < 0) return;
  const total = f.rows[ti]!;
  const parts = f.rows.slice(ti + 1);
  if (parts.length === 0) return;
  const roles = new Set(parts.map((p) => p.role));
  const exhaustive = !roles.has('other') && !roles.has('total') && roles.has('财政拨款') && roles.has('其他资金') && roles.size === parts.length;
  for (const role of ['年初预算数', '全年预算数', '全年执行数'] as const) {
    const tc = total.values[role];
    const tv = num(tc);
    if (!tc || !tv || tv.kind !== 'amount') continue;
    const pcs = parts.map((p) => ({ p, c: p.values[role] })).filter((x): x is { p: FundingRow; c: FormCell } => !!x.c);
    if (!pcs.some((x) => x.c.value.kind === 'amount')) continue;
    if (pcs.some((x) => x.c.value.kind === 'text' || x.c.value.kind === 'percent')) continue;
    const header = headerOf(f, role);
    const totalTerm = term(tc, [total.label, header], 'total');
    if (exhaustive) {
      const partTerms = pcs.map((x) => term(x.c, [x.p.label, header], 'part'));
      reportSum({
        rule: RULE, report, total: totalTerm, parts: partTerms, result: evaluateSum(totalTerm, partTerms), page: [],
        what: { zh: `「${header}」列中各资金来源之和应等于「${total.label}」`, en: `In "${header}", the funding sources should add up to "${total.label}"` },
      });
      continue;
    }
    for (const x of pcs) {
      const v = num(x.c);
      if (!v || v.kind !== 'amount') continue;
      report.checked();
      const over = v.value.minus(halfUlp(v.decimals)).gt(tv.value.plus(halfUlp(tv.decimals)));
      const cells: [number, number][] = [[total.row, tc.col], [x.p.row, x.c.col]];
      if (!over) { report.verified({ rule: RULE, table: tc.table, cells, related: [] }); continue; }
      report.finding({
        rule: RULE, severity: 'error', table: tc.table, cells, related: [],
        message: `「${header}」列中「${x.p.label}」${x.c.text} 大于「${total.label}」${tc.text}：其中项不能超过总额`,
        messageEn: `In "${header}", "${x.p.label}" ${x.c.text} exceeds "${total.label}" ${tc.text}: a part cannot exceed its total`,
        expected: formatDecimal(tv.value, v.decimals), actual: formatDecimal(v.value, v.decimals), difference: formatDecimal(v.value.minus(tv.value), v.decimals),
      });
    }
  }
}

/** The funding block's own 分值 / 得分 (on its total row), or the weight stated beside it ("执行率分值（10分）"). */
function fundingScore(form: FormModel): { weight?: Term; score?: Term } {
  const f = form.funding;
  const out: { weight?: Term; score?: Term } = {};
  const row = f?.rows.find((r) => r.role === 'total') ?? f?.rows.find((r) => num(r.values['分值']) || num(r.values['得分']));
  const wc = row?.values['分值'];
  const sc = row?.values['得分'];
  if (row && wc && num(wc)?.kind === 'amount') out.weight = term(wc, [row.label, '分值'], 'part');
  else if (f?.statedWeight) {
    const c = f.statedWeight.cell;
    out.weight = term({ ...c, value: { kind: 'amount', value: f.statedWeight.value, decimals: f.statedWeight.value.decimalPlaces(), text: `${f.statedWeight.value}分` } }, [c.text], 'part');
  }
  if (row && sc && num(sc)?.kind === 'amount') out.score = term(sc, [row.label, '得分'], 'part');
  return out;
}

/**
 * total = Σ indicators, or Σ indicators + the funding block's share (the national template gives 执行率 10 of
 * the 100 and the indicators 90). A weight read from a drifted row may be a misread target: the readings
 * without such cells are tried too. Any reading that holds is verified; an error only when none does.
 */
function checkWithFunding(args: {
  total: Term; parts: Term[]; funding: Term | undefined; report: Reporter; what: { zh: string; en: string };
  /** parts read from rows whose cells drifted left */
  drifted?: Term[];
  /** why a failed sum may not be an error (indicators left unscored) */
  uncertain?: string | null;
}): void {
  const { total, parts, funding, report, what, drifted = [], uncertain = null } = args;
  const strict = drifted.length ? parts.filter((p) => !drifted.includes(p)) : null;
  const readings: Term[][] = [];
  if (funding) readings.push([...parts, funding]);
  readings.push(parts);
  if (strict && funding) readings.push([...strict, funding]);
  if (strict) readings.push(strict);
  const results = readings.map((ps) => [ps, exactWhole(evaluateSum(total, ps), [total, ...ps])] as [Term[], SumResult]);
  if (results.every(([, r]) => r.status === 'skip')) return;
  const [useParts, result] = results.find(([, r]) => r.status === 'exact') ?? results.find(([, r]) => r.status === 'rounding') ?? results[0]!;
  if (result.status === 'error' && uncertain) {
    report.checked();
    report.notRun({ rule: RULE, table: total.table, reason: `${what.zh}：${uncertain}，差 ${formatDecimal(result.difference, result.decimals)}，不作判断` });
    return;
  }
  reportSum({ rule: RULE, report, total, parts: useParts, result, page: [], what });
}

function unreadable(cells: (FormCell | undefined)[]): FormCell | undefined {
  // a weight written as a percentage ("10%") is another scale: not summed with point weights
  return cells.find((c) => c && (c.value.kind === 'percent' || (c.value.kind === 'text' && !/^(无|\/|／|—+|-+|不适用|不涉及)$/.test(c.text.replace(/\s+/g, '')))));
}

/** A 一级指标 stating its share ("产出指标（50分）") weighs the sum of its rows' 分值. */
function checkLevelTotals(ind: NonNullable<FormModel['indicators']>, wHeader: string, report: Reporter): void {
  const groups: { label: string; rows: typeof ind.rows }[] = [];
  for (const r of ind.rows) {
    const last = groups[groups.length - 1];
    if (last && last.label === r.level1) last.rows.push(r);
    else groups.push({ label: r.level1, rows: [r] });
  }
  for (const g of groups) {
    const m = g.label.match(/[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/);
    if (!m) continue;
    const weighted = g.rows.filter((r) => !r.subtotal && r.weight && num(r.weight)?.kind === 'amount');
    if (weighted.length === 0 || unreadable(g.rows.map((r) => r.weight))) continue;
    const first = g.rows[0]!;
    const levelCol = ind.columns.find((c) => c.role === 'level1')!.col;
    const stated = new Decimal(m[1]!);
    const t = term({ table: first.table, row: first.row, col: levelCol, text: g.label, value: { kind: 'amount', value: stated, decimals: stated.decimalPlaces(), text: `${m[1]}分` } }, [g.label], 'total');
    const parts = weighted.map((r) => term(r.weight!, [r.level3 || r.level2, wHeader], 'part'));
    checkWithFunding({
      total: t, parts, funding: undefined, report, drifted: parts.filter((_, i) => weighted[i]!.drifted),
      what: { zh: `「${g.label}」下各指标分值之和应等于其写明的分值`, en: `The weights under "${g.label}" should add up to the score it states` },
    });
  }
}

function checkIndicators(table: BudgetTable, form: FormModel, report: Reporter): void {
  const ind = form.indicators;
  const label = (r: { level3: string; level2: string; level1: string; row: number }) => r.level3 || r.level2 || r.level1 || `第${r.row + 1}行`;
  const fund = fundingScore(form);
  const total = form.totalScore;
  if (ind) {
    // a group's own row (产出指标 | | | 50) restates its rows' sum: not an addend
    const weights = ind.rows.filter((r) => !r.subtotal && r.weight && num(r.weight)?.kind === 'amount');
    const wHeader = ind.columns.find((c) => c.role === 'weight')?.header ?? '分值';
    const bad = unreadable(ind.rows.map((r) => r.weight));
    if (bad && (ind.statedWeight || total?.weight)) {
      report.notRun({ rule: RULE, table: bad.table, reason: `「${wHeader}」列中有无法读取的内容「${bad.text}」，不核对分值合计` });
    } else if (weights.length === 0) {
      if (ind.statedWeight && ind.rows.length >= 3) report.notRun({ rule: RULE, table: ind.statedWeight.cell.table, reason: `「${wHeader}」下没有填分值，无法核对合计` });
    } else {
      const parts = weights.map((r) => term(r.weight!, [label(r), wHeader], 'part'));
      const drifted = parts.filter((_, i) => weights[i]!.drifted);
      if (ind.statedWeight) {
        const sw = ind.statedWeight;
        const t = term({ ...sw.cell, value: { kind: 'amount', value: sw.value, decimals: sw.value.decimalPlaces(), text: `${sw.value}分` } }, [sw.cell.text], 'total');
        checkWithFunding({
          total: t, parts, funding: undefined, report, drifted,
          what: { zh: `「${wHeader}」各项之和应等于表头写明的总分`, en: `The weights under "${wHeader}" should add up to the total stated in the header` },
        });
      }
      checkLevelTotals(ind, wHeader, report);
      if (total?.weight) {
        checkWithFunding({
          total: term(total.weight, [total.label, wHeader], 'total'), parts, funding: fund.weight, report, drifted,
          what: { zh: `指标分值${fund.weight ? '（含预算执行率分值）' : ''}之和应等于「${total.label}」`, en: `The indicator weights${fund.weight ? ' (with the execution weight)' : ''} should add up to "${total.label}"` },
        });
      }
    }
  }
  // Σ 得分 = 总分 / 自评得分
  if (total?.score) {
    const scored = ind?.rows.filter((r) => !r.subtotal && r.score && num(r.score)?.kind === 'amount') ?? [];
    if (scored.length === 0) return;
    const bad = unreadable(ind!.rows.map((r) => r.score));
    if (bad) {
      report.notRun({ rule: RULE, table: bad.table, reason: `得分列中有无法读取的内容「${bad.text}」，不核对总分` });
      return;
    }
    const parts = scored.map((r) => term(r.score!, [label(r), '得分'], 'part'));
    // weighted indicators left unscored: templates then rescale the applicable ones to 100 (按适用指标折算)
    const unscored = ind!.rows.some((r) => !r.subtotal && num(r.weight)?.value.gt(0) && !num(r.score));
    const uncertain = unscored ? '有的指标有分值而未打分（可能按适用指标折算总分）' : null;
    checkWithFunding({
      total: term(total.score, [total.label], 'total'), parts, funding: fund.score, report, uncertain, drifted: parts.filter((_, i) => scored[i]!.drifted),
      what: { zh: `各项得分${fund.score ? '（含预算执行率得分）' : ''}之和应等于「${total.label}」`, en: `The scores${fund.score ? ' (with the execution score)' : ''} should add up to "${total.label}"` },
    });
  }
}

export default defineRule({
  meta: {
    id: RULE,
    title: { zh: '绩效表分值与执行率', en: 'Performance tables: scores and execution rates' },
    description: {
      zh: '绩效自评表/目标表按表单读取：执行率 = 全年执行数 ÷ 全年预算数；得分 = 分值 × 执行率；资金来源之和等于年度资金总额；指标分值之和等于表头总分，连同执行率分值等于总分；各项得分之和等于总分。指标值不作金额核对。',
      en: 'Performance forms read block by block: 执行率 = 全年执行数 ÷ 全年预算数; 得分 = 分值 × 执行率; funding sources add up to 年度资金总额; indicator weights add up to the stated total and, with the execution weight, to the 总分 row; scores add up to 总分. Indicator values are never read as money.',
    },
    severity: 'error for rates and sums outside the rounding band; warning for a funding 得分 that exceeds its weight or breaks a written formula; could-not-check when the rate base or the scoring is not written',
    scope: 'table',
  },
  run(doc, report) {
    for (const table of doc.tables) {
      const form = table.form;
      if (!form) continue;
      if (form.funding) {
        for (const row of form.funding.rows) {
          checkRate(table, form, form.funding, row, report);
          checkFundingScore(table, form, form.funding, row, report);
        }
        checkFundingRows(form.funding, report);
      }
      checkIndicators(table, form, report);
    }
  },
});
