import Decimal from 'decimal.js';
import { findFigures } from '../../figures';
import type { Severity, UnitName } from '../../report/schema';
import type { Block, BudgetTable, CellValue, DocumentModel, Item, TableCell } from '../../tables/model';
import { evaluateSum, reportSum, type PageFigure, type Term } from '../arith';
import { termKey, MEASURE_ZH as VMEASURE_ZH, type Fund as VFund, type Measure as VMeasure } from '../../tables/vocabulary';
import { deptCodeByName, govCodeByName, govName, govOfDept, isDeptName, isGovName } from '../match';
import { defineRule, type Reporter } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';

/**
 * The same quantity in several tables agrees (after unit conversion): function-class rows by code
 * (or by name in the side-by-side blocks of 收支总表), 合计 / 基本支出 / 项目支出 / 人员经费 / 公用经费
 * totals, economic classes, “三公” parts, and 部门经济分类 items summed by the 政府经济分类 they map to
 * (by the page's own code columns, else by the reference crosswalk).
 *
 * Scope is respected: figures are compared only when they measure the same thing (same column meaning:
 * total, 基本, 项目, 人员, 公用). A difference is an error only when the two tables provably cover the
 * same funds (both all funds, both 财政拨款, both 一般公共预算 …) and the same period (本年 vs including
 * 上年结转). Otherwise a difference equal to a carry-over figure is explained as a scope difference
 * (info), an unexplained difference with unknown scope is a warning, and a difference between tables of
 * known different scope is not reported.
 */

type Fund = VFund | '?';
type Carry = 'incl' | 'excl' | '?';
type Measure = VMeasure | '?';

interface Rec {
  key: string;
  measure: Measure;
  fund: Fund;
  carry: Carry;
  table: BudgetTable;
  /** one cell, or (for crosswalk sums) the cells that add up to the quantity */
  terms: Term[];
  what: string;
  /** compared only to confirm agreement (scopes known to differ in general: 三公 vs 公用经费 items) */
  agreeOnly?: boolean;
  /** built from an unconfirmed crosswalk row: a difference is at most a warning */
  uncertain?: boolean;
}

const n = termKey;

// fund, period scope, side and measure come from the table model's vocabulary (lib/tables/vocabulary.ts)
const tableFund = (t: BudgetTable): Fund => t.vocab.fund ?? '?';
const columnFund = (t: BudgetTable, col: number): Fund => t.columns[col]?.vocab?.fund ?? tableFund(t);
const tableCarry = (t: BudgetTable): Carry => (t.vocab.scope === 'current' ? 'excl' : t.vocab.scope === 'with-carry' ? 'incl' : '?');
const baseMeasure = (t: BudgetTable): Measure => (t.vocab.measure === 'unknown' ? '?' : t.vocab.measure ?? '?');

/** What one amount column measures: 基本 / 项目 / 人员 / 公用 / the table's base; null for anything else. */
function columnMeasure(t: BudgetTable, col: number): Measure | null {
  const m = t.columns[col]?.vocab?.measure;
  return m === 'unknown' ? '?' : m ?? null;
}

const isTotalLabel = (s: string) => /^(合计|总计|本年支出合计)$/.test(n(s));

function side(block: Block): 'in' | 'out' | null {
  return block.side === 'income' ? 'in' : block.side === 'expense' ? 'out' : null;
}

function blockLabelHeader(t: BudgetTable, b: Block): string {
  return n((t.columns[b.labelCol]?.path ?? []).join('›'));
}

/** A summary-block item read as a scope measure of the whole department (基本支出, 项目支出, 本年支出合计). */
function summaryMeasure(it: Item): Measure | null {
  const m = it.vocab?.measure;
  return m === 'basic' || m === 'project' || m === 'total' ? m : null;
}

function parentMeasure(items: Item[], it: Item): Measure {
  let p = it.parent;
  while (p !== null) {
    const m = summaryMeasure(items[p]!);
    if (m === 'basic' || m === 'project') return m;
    p = items[p]!.parent;
  }
  return 'total';
}

/** A table whose column sums fail on its total row has a header that does not line up: don't read it by column. */
function headerReliable(t: BudgetTable): boolean {
  // the table model could not tell which header belongs to which figure column
  if (t.header?.status === 'uncertain') return false;
  for (const s of t.columnSums) {
    const b = t.blocks.find((x) => x.amountCols.includes(s.total));
    const tot = b?.items.find((i) => i.total);
    if (!b || !tot) continue;
    const r = evaluateSum(termOf(t, tot, s.total, 'total'), s.parts.map((c) => termOf(t, tot, c, 'part')));
    if (r.status === 'error') return false;
  }
  return true;
}

const SANGONG: [RegExp, string, string][] = [
  [/^三公经费合计$|^三公经费$|^合计$/, 'total', '“三公”经费合计'],
  [/^因公出国境费用?$/, 'abroad', '因公出国（境）费'],
  [/^公务用车购置及运行(维护)?费$/, 'car', '公务用车购置及运行费'],
  [/^公务用车购置费$/, 'carbuy', '公务用车购置费'],
  [/^公务用车运行(维护)?费$/, 'carrun', '公务用车运行（维护）费'],
  [/^公务接待费$/, 'reception', '公务接待费'],
];

function sangongKey(name: string): [string, string] | null {
  const l = n(name);
  for (const [re, k, zh] of SANGONG) if (re.test(l)) return [k, zh];
  return null;
}

/** An amount written in a cell of an irregular table: a figure, or text like "101.10万元". */
function cellAmount(t: BudgetTable, cell: TableCell, rowUnit: UnitName | null): { value: CellValue; unit: UnitName | null } | null {
  if (cell.codeLike || cell.yearLike) return null;
  if (cell.figure.kind === 'amount') return { value: cell.figure, unit: rowUnit ?? t.columns[cell.col]?.unit ?? t.unit };
  if (cell.figure.kind !== 'text') return null;
  const figs = findFigures(cell.text);
  if (figs.length !== 1) return null;
  const f = figs[0]! as { kind: string; value: unknown; decimals: number; unit?: UnitName; text: string };
  if (f.kind !== 'amount' || n(cell.text) !== n(f.text)) return null;
  return { value: { kind: 'amount', value: new Decimal(String(f.value)), decimals: f.decimals, text: cell.text }, unit: f.unit ?? rowUnit ?? t.unit };
}

function rowUnitOf(cells: TableCell[]): UnitName | null {
  for (const c of cells) {
    const m = c.text.replace(/\s+/g, '').match(/[(（](万元|元)[)）]/);
    if (m) return m[1] as UnitName;
  }
  return null;
}

const PERF_ROWS: [RegExp, Measure][] = [
  [/^人员经费$/, 'personnel'],
  [/^(公用经费|日常公用经费)$/, 'public'],
  [/^(项目经费|项目支出|专项业务经费)$/, 'project'],
  [/^基本支出$/, 'basic'],
  [/^(金额合计|资金合计|预算金额合计)$/, 'total'],
];

/** Budget lines printed inside a performance table ("人员经费 | 保障工资社保 | 101.10万元"). */
function performanceRows(t: BudgetTable): { measure: Measure; term: Term }[] {
  const out: { measure: Measure; term: Term }[] = [];
  let unit: UnitName | null = null;
  for (const p of t.parts) {
    p.cells.forEach((cells, r) => {
      unit = rowUnitOf(cells) ?? unit;
      const origin = cells.filter((c) => c.isOrigin && c.originRow === r);
      for (let i = 0; i < origin.length; i++) {
        const m = PERF_ROWS.find(([re]) => re.test(n(origin[i]!.text)));
        if (!m) continue;
        for (const c of origin.slice(i + 1)) {
          const a = cellAmount(t, c, unit);
          if (!a) continue;
          out.push({ measure: m[1], term: { table: p.index, row: r, col: c.col, value: a.value, unit: a.unit, label: [n(origin[i]!.text)], role: 'compare' } });
          break;
        }
        break;
      }
    });
  }
  return out;
}

/** Name and amount of a project in a per-project performance table ("项目名称 | …", "实施期/年度资金总额 | 13"). */
function performanceProject(t: BudgetTable): { name: string; term: Term } | null {
  let name = '';
  let found: Term | null = null;
  for (const p of t.parts) {
    p.cells.forEach((cells, r) => {
      const origin = cells.filter((c) => c.isOrigin && c.originRow === r && n(c.text) !== '');
      const at = origin.findIndex((c) => /^项目名称$/.test(n(c.text)));
      if (at >= 0 && !name) name = n(origin[at + 1]?.text ?? '');
      const fi = origin.findIndex((c) => /^(年度资金总额|实施期资金总额)[:：]?$/.test(n(c.text)));
      if (fi >= 0 && !found) {
        const unit = rowUnitOf(cells);
        const c = origin[fi + 1];
        const a = c ? cellAmount(t, c, unit) : null;
        if (a && c) found = { table: p.index, row: r, col: c.col, value: a.value, unit: a.unit, label: [name || '项目', n(origin[fi]!.text)], role: 'compare' };
      }
    });
  }
  return name && found ? { name, term: found } : null;
}

const STOP = /项目|经费|工作|专项|资金|支出|补助|管理|运行|维护|服务|县级|市级|省级|年度/g;

/** Two project names share a distinctive part of at least two characters. */
function similarNames(a: string, b: string): boolean {
  const x = a.replace(STOP, '|');
  const y = b.replace(STOP, '|');
  for (const seg of x.split('|')) {
    for (let i = 0; i + 2 <= seg.length; i++) if (y.includes(seg.slice(i, i + 2))) return true;
  }
  return false;
}

function collect(doc: DocumentModel, report: Reporter): { recs: Rec[]; groups: Rec[] } {
  const recs: Rec[] = [];
  const groups: Rec[] = [];
  // function class names on the page → code, for side-by-side blocks that print names only
  const fnByName = new Map<string, string>();
  for (const t of doc.tables) for (const b of t.blocks) for (const it of b.items) if (it.code?.domain === 'function' && it.code.level === 1) fnByName.set(n(it.label), it.code.code);

  // two tables of one department with the same title (not per-project tables): which one is meant is unclear
  const seen = new Map<string, number>();
  const owners = ownersOf(doc);
  const ownerKey = (t: BudgetTable) => owners.get(t)?.name ?? owners.get(t)?.code ?? '';
  const keyOf = (t: BudgetTable) => `${ownerKey(t)}|${n(t.title)}`;
  for (const t of doc.tables) if (t.title) seen.set(keyOf(t), (seen.get(keyOf(t)) ?? 0) + 1);
  // a department publishes each summary table once: two of them for the same funds are two readings we cannot choose between
  const ONE_PER = new Set<BudgetTable['kind']>(['收支总表', '收入总表', '支出总表', '财政拨款收支总表', '一般公共预算支出表']);
  // the same kind, fund, measure and coverage (本级 / 汇总): tables that differ in any of these are different tables
  const coverage = (t: BudgetTable) => (/本级/.test(t.title) ? '本级' : /汇总|合并/.test(t.title) ? '汇总' : '');
  const kindKey = (t: BudgetTable) => `${ownerKey(t)}|${t.kind}|${tableFund(t)}|${baseMeasure(t)}|${coverage(t)}`;
  const kinds = new Map<string, number>();
  for (const t of doc.tables) if (ONE_PER.has(t.kind)) kinds.set(kindKey(t), (kinds.get(kindKey(t)) ?? 0) + 1);
  const allIsAppr = allFundsAreAppropriations(doc);
  const perProject = (t: BudgetTable) => t.kind === '绩效目标表' || t.kind === '绩效自评表' || t.kind === '项目支出表';
  for (const t of doc.tables) {
    // income tables count income (with 上年结转), not expenditure: their 合计 is not the 支出 合计
    if (t.kind === '收入总表') continue;
    if (((t.title && (seen.get(keyOf(t)) ?? 0) > 1) || (kinds.get(kindKey(t)) ?? 0) > 1) && !perProject(t)) {
      report.notRun({ rule: 'cross-table', table: t.index, reason: `本页同一单位有多张「${t.title || t.kind}」，无法确定与其他表的对应关系，不做表间比对` });
      continue;
    }
    // a department whose money is all 财政拨款: its all-funds tables measure what the 财政拨款 tables measure
    const inferred: Partial<Rec> = allIsAppr && tableFund(t) === 'all' ? { fund: 'appr', uncertain: true } : {};
    const fundT = inferred.fund ?? tableFund(t);
    const carry = tableCarry(t);
    const reliable = headerReliable(t);
    if (!reliable && t.columnSums.length) report.notRun({ rule: 'cross-table', table: t.index, reason: '表头与数据对不齐（分项列之和不等于合计列），不按列与其他表比对' });
    const add = (key: string, measure: Measure, table: BudgetTable, term: Term, what: string, fund: Fund, extra: Partial<Rec> = {}) =>
      recs.push({ key, measure, fund: fund === 'all' && inferred.fund ? inferred.fund : fund, carry, table, terms: [term], what, ...(inferred.uncertain ? { uncertain: true } : {}), ...extra, ...(extra.fund ? { fund: extra.fund } : {}) });

    if ((t.kind === '绩效目标表' || t.kind === '绩效自评表') && (seen.get(keyOf(t)) ?? 0) <= 1) {
      for (const pr of performanceRows(t)) add('all', pr.measure, t, pr.term, pr.term.label[0]!, '?');
    }
    // “三公” table: its total row by column
    if (t.kind === '三公经费表') {
      const b = t.blocks[0];
      const tot = b?.items.find((i) => i.total) ?? (b && b.items.length === 1 ? b.items[0] : undefined);
      if (b && tot && reliable) {
        for (const c of b.amountCols) {
          const leaf = t.columns[c]?.path.at(-1) ?? '';
          const sk = sangongKey(leaf === '小计' ? (t.columns[c]?.path.at(-2) ?? '') : leaf);
          if (sk) add(`sangong:${sk[0]}`, 'total', t, termOf(t, tot, c, 'compare'), sk[1], fundT);
        }
      }
      continue;
    }

    for (const b of t.blocks) {
      const s = side(b);
      // 上年结转 and 年终结转结余 of the two summary tables: the same scope, compared like any quantity
      if (s && (t.kind === '收支总表' || t.kind === '财政拨款收支总表') && b.amountCols.length === 1) {
        for (const it of b.items) {
          const sc = it.vocab?.scope;
          if ((sc !== 'carry' && sc !== 'closing') || (it.parent !== null && b.items[it.parent]!.vocab?.scope === sc)) continue;
          add(`scope:${sc}`, 'total', t, termOf(t, it, b.amountCols[0]!, 'compare'), rowLabel(it), fundT, inferred);
        }
      }
      if (s === 'in') continue;
      if (s === 'out') {
        // side-by-side summary blocks: by function (names), by 部门 / 政府 economic class (names)
        const header = blockLabelHeader(t, b);
        const col = b.amountCols[0];
        if (col === undefined || b.amountCols.length !== 1) continue;
        const gov = /政府/.test(header);
        const dept = /部门/.test(header) && !gov;
        const fnMatched = b.items.filter((it) => fnByName.has(n(it.label))).length;
        const fnBlock = /功能/.test(header) || (!gov && !dept && fnMatched >= 2);
        for (const it of b.items) {
          const sm = summaryMeasure(it);
          if (sm) { add('all', sm, t, termOf(t, it, col, 'compare'), rowLabel(it), fundT); continue; }
          if (it.total) continue;
          if (fnBlock) {
            const code = fnByName.get(n(it.label));
            if (code) add(`fn:${code}`, 'total', t, termOf(t, it, col, 'compare'), rowLabel(it), fundT);
          } else if (gov) {
            const code = govCodeByName(it.label, undefined, '类');
            if (code) add(`gov:${code}`, parentMeasure(b.items, it), t, termOf(t, it, col, 'compare'), rowLabel(it), fundT);
          } else if (dept) {
            const code = deptCodeByName(it.label, '类');
            if (code) add(`dept:${code}`, parentMeasure(b.items, it), t, termOf(t, it, col, 'compare'), rowLabel(it), fundT);
          }
        }
        continue;
      }
      if (!reliable) continue;
      const cols = b.amountCols.map((c) => ({ c, m: columnMeasure(t, c) })).filter((x): x is { c: number; m: Measure } => x.m !== null);
      const total = b.items.find((i) => i.total && isTotalLabel(i.label));
      if (total) {
        for (const { c, m } of cols) add('all', m, t, termOf(t, total, c, 'compare'), rowLabel(total), columnFund(t, c));
      }
      for (const it of b.items) {
        const d = it.code?.domain;
        const key = d === 'function' ? `fn:${it.code!.code}` : d === 'economic-dept' ? `dept:${it.code!.code}` : d === 'economic-gov' ? `gov:${it.code!.code}` : null;
        if (!key) continue;
        for (const { c, m } of cols) add(key, m, t, termOf(t, it, c, 'compare'), rowLabel(it), columnFund(t, c));
        // 三公 parts printed as economic rows (公务接待费 …): compared for agreement only
        const sk = d === 'economic-dept' || d === 'economic-gov' ? sangongKey(it.label) : null;
        if (sk && sk[0] !== 'total') {
          for (const { c, m } of cols) if (m === baseMeasure(t)) add(`sangong:${sk[0]}`, 'total', t, termOf(t, it, c, 'compare'), rowLabel(it), columnFund(t, c), { agreeOnly: true });
        }
      }
      // the page's own crosswalk: rows with a 部门 code and a 政府 code, summed by 政府 类 and 款
      const mapped = b.items.filter((it) => it.code?.domain === 'economic-dept' && it.altCode?.domain === 'economic-gov' && it.children.length === 0);
      if (mapped.length >= 2) {
        const byGov = new Map<string, Item[]>();
        for (const it of mapped) {
          for (const g of [it.altCode!.code.slice(0, 3), it.altCode!.code]) {
            const arr = byGov.get(g) ?? [];
            arr.push(it);
            byGov.set(g, arr);
          }
        }
        for (const [g, its] of byGov) {
          for (const { c, m } of cols) {
            groups.push({ key: `gov:${g}`, measure: m, fund: columnFund(t, c), carry, table: t, terms: its.map((it) => termOf(t, it, c, 'part')), what: `按本表对照归入${g} ${govName(g)}的部门经济分类科目` });
          }
        }
      }
      // wide economic tables: one column per economic item, read on the total row
      // the total row, else the single top-level row (a unit row "123 某局" standing for the whole table)
      const tops = b.items.filter((i) => i.parent === null && !i.subset);
      const row = total ?? (tops.length === 1 && tops[0]!.code?.domain === 'unit' ? tops[0] : undefined);
      if (!row) continue;
      const leafCols = b.amountCols.filter((c) => !/^(合计|总计|小计)$/.test(n(t.columns[c]?.path.at(-1) ?? '')));
      // a column without header text names no item: nothing to match it by
      const leaves = leafCols.map((c) => ({ c, path: (t.columns[c]?.path ?? []).map(n) })).filter((l) => l.path.length > 0);
      const govCls = (p: string[]) => (p.length >= 2 ? govCodeByName(p[0]!, undefined, '类') : null);
      const govCount = leaves.filter((l) => govCls(l.path) !== null).length;
      const deptCount = leaves.filter((l) => isDeptName(l.path.at(-1)!) && !isGovName(l.path.at(-1)!)).length;
      const measure = baseMeasure(t);
      if (govCount >= 2 && govCount >= deptCount) {
        for (const l of leaves) {
          const cls = govCls(l.path);
          if (!cls) continue;
          const code = govCodeByName(l.path.at(-1)!, cls, '款');
          if (code) add(`gov:${code}`, measure, t, termOf(t, row, l.c, 'total'), `${govName(code)}`, tableFund(t));
          const sk = sangongKey(l.path.at(-1)!);
          if (sk && sk[0] !== 'total') add(`sangong:${sk[0]}`, 'total', t, termOf(t, row, l.c, 'compare'), l.path.at(-1)!, tableFund(t), { agreeOnly: true });
        }
      } else if (deptCount >= 3) {
        const byGov = new Map<string, Term[]>();
        const unsure = new Set<string>();
        let unmapped = '';
        for (const l of leaves) {
          const v = row.values.get(l.c);
          const sk = sangongKey(l.path.at(-1)!);
          if (sk && sk[0] !== 'total') add(`sangong:${sk[0]}`, 'total', t, termOf(t, row, l.c, 'compare'), l.path.at(-1)!, tableFund(t), { agreeOnly: true });
          const dcode = deptCodeByName(l.path.at(-1)!, '款');
          const m = dcode ? govOfDept(dcode) : null;
          if (!m) {
            if (v?.kind === 'amount' && !v.value.isZero()) unmapped = l.path.at(-1)!;
            continue;
          }
          if (!m.confirmed) unsure.add(m.gov);
          const arr = byGov.get(m.gov) ?? [];
          arr.push(termOf(t, row, l.c, 'part'));
          byGov.set(m.gov, arr);
        }
        if (unmapped) {
          report.notRun({ rule: 'cross-table', table: t.index, reason: `「${unmapped}」无法对应到政府经济分类，不按对照关系汇总本表` });
          continue;
        }
        for (const [g, terms] of byGov) groups.push({ key: `gov:${g}`, measure, fund: tableFund(t), carry, table: t, terms, what: `${govName(g)}（按对照关系汇总的部门经济分类科目）`, uncertain: unsure.has(g) });
      }
    }
  }
  return { recs, groups };
}

/** The single value of a block's amount column on a row, as a Decimal (blank and dash: zero). */
function rowValue(b: Block, it: Item): Decimal | null {
  const v = it.values.get(b.amountCols[0]!);
  if (!v || v.kind === 'blank' || v.kind === 'dash') return new Decimal(0);
  return v.kind === 'amount' ? v.value : null;
}

/**
 * Whether the department's money is provably all 财政拨款: the income side of its 收支总表 shows no
 * money of other funds (事业收入、经营收入、财政专户 … blank or zero) and some 财政拨款 money, and its
 * 上年结转 equals the 上年结转 of the 财政拨款收支总表. Then both tables cover the same funds and period
 * and every line of them must agree.
 */
function allFundsAreAppropriations(doc: DocumentModel): boolean {
  const carryOf = (t: BudgetTable): Decimal | null | undefined => {
    for (const b of t.blocks) {
      if (b.side !== 'income' || b.amountCols.length !== 1) continue;
      const it = b.items.find((i) => i.vocab?.scope === 'carry');
      return it ? rowValue(b, it) : undefined;
    }
    return undefined;
  };
  const all = doc.tables.filter((t) => t.kind === '收支总表' && t.vocab.fund === 'all');
  const appr = doc.tables.filter((t) => t.kind === '财政拨款收支总表');
  if (all.length !== 1 || appr.length !== 1 || all[0]!.unit !== appr[0]!.unit) return false;
  const t = all[0]!;
  const income = t.blocks.find((b) => b.side === 'income' && b.amountCols.length === 1);
  if (!income) return false;
  let apprMoney = false;
  for (const it of income.items) {
    const v = rowValue(income, it);
    if (v === null) return false;
    const f = it.vocab?.fund;
    if ((f === 'own' || f === 'sa' || f === 'ssf') && !v.isZero()) return false;
    if ((f === 'gpb' || f === 'gf' || f === 'soe' || f === 'appr') && !v.isZero()) apprMoney = true;
  }
  const ca = carryOf(t);
  const cb = carryOf(appr[0]!);
  if (ca === null || cb === null || (ca === undefined) !== (cb === undefined)) return false;
  return apprMoney && (ca === undefined || ca.eq(cb!));
}

const ORG = /(局|委|办|院|中心|部|厅|署|会|所|站|队|馆|校|学|政府|委员会|本级|机关|公司|处|室|社|团|台|园|场|库|办公室|事务所|(?:本级))$/;
const TABLE_WORD = /表|预算|决算|收支|支出|收入|经费|附件|目录|说明/;

/**
 * Which department a table's title names: the prefix before the year when it reads as a unit's name
 * ("永宁县教育局2026年…"). A prefix that is a table's name ("一般公共预算支出表（2026年）") or a
 * number ("表一") names no department.
 */
function titleOwner(t: BudgetTable): string | null {
  const title = n(t.title).replace(/^(?:附件|附表|表)[\d一二三四五六七八九十]+(?:[-—－.．、:：]\d*)?/, '');
  const m = title.match(/^(.{2,40}?)(?:19|20)\d{2}年/);
  if (!m || TABLE_WORD.test(m[1]!) || !ORG.test(m[1]!)) return null;
  return m[1]!;
}

/** The department code of the table's unit rows ("123 某局"). */
function unitOwner(t: BudgetTable): string | null {
  for (const b of t.blocks) for (const it of b.items) if (it.code?.domain === 'unit' && it.code.level === 1) return it.code.code;
  return null;
}

/**
 * A unit's name as names are compared: one unit's name written two ways ("某局" in a title, "某局本级"
 * on a 单位名称 line) is one unit when one key contains the other.
 */
const unitKey = (x: string) => n(x).replace(/本级$|机关$/, '');

type Owner = { name: string | null; code: string | null };

/**
 * Whether two tables are about the same department. Several departments on one page (汇编) must be
 * proven: different unit names (a "单位名称：…" line, which holds for the tables after it, or a title
 * that starts with a unit's name) or different unit codes in unit rows. Differing table titles prove
 * nothing. On a proven compilation, tables are compared only when both are known to belong to the same
 * unit; otherwise the pair is reported as not compared, with the reason.
 */
function ownersOf(doc: DocumentModel): Map<BudgetTable, Owner> {
  const owners = new Map<BudgetTable, Owner>();
  let stated: string | null = null;
  for (const t of doc.tables) {
    stated = t.owner ?? stated;
    owners.set(t, { name: titleOwner(t) ?? stated, code: unitOwner(t) });
  }
  return owners;
}

interface OwnerIndex {
  /**
   * The unit a table belongs to, as a key: tables with the same key are compared, tables with different
   * keys are not (they are about different units: no relation between them to check). '' on a page of
   * one unit; null when the page compiles several units and this table's unit cannot be told.
   */
  key(t: BudgetTable): string | null;
  /** the units the page compiles, for messages */
  list: string;
  /** two tables of one name whose unit rows carry different unit codes: two units after all */
  differ(a: BudgetTable, b: BudgetTable): boolean;
}

/**
 * Which unit each table belongs to, as a key, so that tables are matched within their unit by a map
 * look-up instead of a check of every pair of tables (a compilation of a hundred units has thousands of
 * pairs). One unit's name written two ways ("某局" / "某局本级") is one key; a table known only by its
 * unit code is keyed by the code.
 */
function ownerIndex(doc: DocumentModel): OwnerIndex {
  const owners = ownersOf(doc);
  const canon = unitKey;
  const names: string[] = [];
  // each unit's name in the form names are compared, computed once per unit (not once per pair of units)
  const canons: string[] = [];
  const byCanon = new Map<string, number>();
  const nameKey = (name: string): number => {
    const c = canon(name);
    const hit = byCanon.get(c);
    if (hit !== undefined) return hit;
    // written differently (one key contains the other): the unit already seen, else a new one
    let i = canons.findIndex((x) => x.includes(c) || c.includes(x));
    if (i < 0) {
      i = names.length;
      names.push(name);
      canons.push(c);
    }
    byCanon.set(c, i);
    return i;
  };
  const named = new Map<BudgetTable, number>();
  for (const [t, o] of owners) if (o.name) named.set(t, nameKey(o.name));
  const codes = new Set([...owners.values()].map((o) => o.code).filter((x): x is string => x !== null));
  const compiled = names.length > 1 || codes.size > 1;
  return {
    key: (t) => {
      if (!compiled) return '';
      const i = named.get(t);
      if (i !== undefined) return `n${i}`;
      const code = owners.get(t)?.code;
      return code ? `c${code}` : null;
    },
    list: [...names, ...[...codes].filter(() => !names.length)].join('、'),
    differ: (a, b) => {
      const ca = owners.get(a)?.code, cb = owners.get(b)?.code;
      return !!ca && !!cb && ca !== cb;
    },
  };
}

const MEASURE_ZH: Record<Measure, string> = { ...VMEASURE_ZH, '?': '' };

function provablySame(a: Rec, b: Rec): boolean {
  if (a.fund === '?' || b.fund === '?' || a.fund !== b.fund) return false;
  if (a.carry !== '?' && b.carry !== '?' && a.carry !== b.carry) return false;
  if (a.carry !== b.carry) return a.carry === '?' && b.carry === '?';
  return a.measure !== '?';
}

function knownDifferent(a: Rec, b: Rec): boolean {
  return (a.fund !== '?' && b.fund !== '?' && a.fund !== b.fund) || (a.carry !== '?' && b.carry !== '?' && a.carry !== b.carry);
}

/**
 * Projects: the amount of a project in the 项目支出表 and in its own performance table. Identical names
 * are compared (a difference is a warning: 实施期 vs 年度 amounts may differ); otherwise a project is
 * matched only when exactly one listed project has the same amount and a similar name, and only the
 * agreement is reported.
 */
function checkProjects(doc: DocumentModel, report: Reporter, owners: OwnerIndex): void {
  const listed: { name: string; term: Term; table: BudgetTable }[] = [];
  for (const t of doc.tables) {
    if (t.kind !== '项目支出表') continue;
    for (const b of t.blocks) {
      const col = b.amountCols[0];
      if (col === undefined) continue;
      for (const it of b.items) {
        if (it.total || it.children.length > 0 || it.code?.domain === 'unit') continue;
        const term = termOf(t, it, col, 'compare');
        if (term.value.kind === 'amount') listed.push({ name: n(it.label), term, table: t });
      }
    }
  }
  if (listed.length === 0) return;
  // the projects of each unit: a performance table is matched within its own unit only
  const byOwner = new Map<string, typeof listed>();
  for (const l of listed) {
    const k = owners.key(l.table);
    if (k === null) continue;
    const arr = byOwner.get(k) ?? [];
    arr.push(l);
    byOwner.set(k, arr);
  }
  for (const t of doc.tables) {
    if (t.kind !== '绩效目标表' && t.kind !== '绩效自评表') continue;
    const pp = performanceProject(t);
    if (!pp) continue;
    const k = owners.key(t);
    const mine = k === null ? [] : (byOwner.get(k) ?? []).filter((l) => !owners.differ(l.table, t));
    const same = mine.filter((l) => l.name === pp.name);
    const what = { zh: `项目「${pp.name}」在项目支出表与其绩效目标表中的金额应一致`, en: `Project "${pp.name}" should have the same amount in the project table and in its performance table` };
    if (same.length === 1) {
      const l = same[0]!;
      const result = evaluateSum({ ...pp.term, role: 'total' }, [l.term]);
      if (result.status === 'skip') continue;
      reportSum({ rule: 'cross-table', report, total: { ...pp.term, role: 'total' }, parts: [l.term], result, page: [], what, severity: 'warning' });
      continue;
    }
    const byAmount = mine.filter((l) => {
      const r = evaluateSum({ ...pp.term, role: 'total' }, [l.term]);
      return r.status === 'exact' || r.status === 'rounding';
    });
    if (byAmount.length === 0) continue;
    const similar = byAmount.filter((l) => similarNames(pp.name, l.name));
    const unique = mine.filter((l) => similarNames(pp.name, l.name));
    if (similar.length === 1 && unique.length === 1) {
      const l = similar[0]!;
      const result = evaluateSum({ ...pp.term, role: 'total' }, [l.term]);
      reportSum({ rule: 'cross-table', report, total: { ...pp.term, role: 'total' }, parts: [l.term], result, page: [], what: { zh: `项目「${pp.name}」与项目支出表中的「${l.name}」金额一致`, en: `Project "${pp.name}" matches "${l.name}" in the project table` } });
    }
  }
}

export default defineRule({
  meta: {
    id: 'cross-table',
    title: { zh: '表间一致', en: 'Figures agree across tables' },
    description: {
      zh: '同一口径的数在不同表中一致：功能科目、基本/项目支出、人员/公用经费、经济分类、“三公”经费，以及部门经济分类按对照关系汇总到政府经济分类。',
      en: 'The same quantity agrees across tables: function classes, 基本/项目 totals, 人员/公用经费, economic classes, “三公” parts, and 部门 economic items summed by the 政府 class they map to.',
    },
    severity: 'error only when both tables provably have the same scope; info when the difference is a carry-over (scope difference); warning when the scope is uncertain; nothing when scopes are known to differ',
    scope: 'document',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    const carryFigures: PageFigure[] = page.filter((f) => /结转|结余/.test(f.label.join(' ')));
    const { recs, groups } = collect(doc, report);
    const owners = ownerIndex(doc);
    // a table whose unit cannot be told on a page of several units: said once, compared with nothing
    const untold = new Set<BudgetTable>();
    const ownerKey = (t: BudgetTable): string | null => {
      const k = owners.key(t);
      if (k === null && !untold.has(t)) {
        untold.add(t);
        report.notRun({ rule: 'cross-table', table: t.index, reason: `本页汇编了多个单位（${owners.list}），「${t.title || t.kind}」属于哪个单位无法确定，不做表间比对` });
      }
      return k;
    };
    // figures are matched by what they measure and by unit: a map look-up, never a scan of every other figure
    const groupsOf = new Map<string, Rec[]>();
    for (const r of recs) {
      // an unknown measure is comparable only for specific economic items and “三公” parts
      if (r.measure === '?' && !/^(gov|dept|sangong):/.test(r.key)) continue;
      const o = ownerKey(r.table);
      if (o === null) continue;
      const k = `${r.key}|${r.measure}|${o}`;
      const arr = groupsOf.get(k) ?? [];
      arr.push(r);
      groupsOf.set(k, arr);
    }
    const compare = (a: Rec, b: Rec, parts: Term[]) => {
      const total = a.terms[0]!;
      // a blank cell means the table does not show the figure: nothing to compare
      if (total.value.kind !== 'amount' || !parts.some((p) => p.value.kind === 'amount')) return;
      if (b.terms.length === 1 && parts[0]!.value.kind !== 'amount') return;
      const result = evaluateSum(total, parts);
      if (result.status === 'skip') return;
      const both = `「${a.table.title || a.table.kind}」与「${b.table.title || b.table.kind}」`;
      const label = `${a.what}${a.measure !== 'total' && a.measure !== '?' && !a.what.includes(MEASURE_ZH[a.measure]) ? `（${MEASURE_ZH[a.measure]}）` : ''}`;
      if (result.status !== 'error') {
        reportSum({ rule: 'cross-table', report, total, parts, result, page, what: { zh: `${both}中的「${label}」应一致`, en: `"${label}" should agree between tables` } });
        return;
      }
      if (a.agreeOnly || b.agreeOnly) return;
      const explained = carryFigures.some((f) => {
        const v = f.unit && result.unit && f.unit !== result.unit ? null : f.value;
        return v !== null && v.minus(result.difference.abs()).abs().lte(result.band);
      });
      if (provablySame(a, b)) {
        // same funds and period, yet they differ by a carry-over: one table counted carried-over spending, the other did not
        const carry = explained && a.key !== 'scope:carry' && a.key !== 'scope:closing'
          ? { zh: '（相差的正是结转结余：一表计入了上年结转安排的支出，另一表没有）', en: ' (they differ by exactly a carry-over: one table counts spending from the carry-over, the other does not)' }
          : { zh: '', en: '' };
        reportSum({ rule: 'cross-table', report, total, parts, result, page: explained ? carryFigures : page, severity: a.uncertain || b.uncertain ? 'warning' : 'error', what: { zh: `${both}中的「${label}」应一致${carry.zh}`, en: `"${label}" should agree between tables #${a.table.index} and #${b.table.index}${carry.en}` } });
        return;
      }
      if (explained) {
        reportSum({
          rule: 'cross-table', report, total, parts, result, page: carryFigures, severity: 'info',
          what: { zh: `口径不同：${both}中的「${label}」相差的正是结转结余（一方含、一方不含），不是错误`, en: `Scope difference: "${label}" differs between tables #${a.table.index} and #${b.table.index} by exactly a carry-over figure (one includes it, the other does not); not an error` },
        });
        return;
      }
      if (knownDifferent(a, b)) return;
      const severity: Severity = 'warning';
      reportSum({ rule: 'cross-table', report, total, parts, result, page, severity, what: { zh: `${both}中的「${label}」不一致（两表口径未能确认相同）`, en: `"${label}" differs between tables #${a.table.index} and #${b.table.index} (the two tables' scope could not be confirmed to be the same)` } });
    };
    for (const all of groupsOf.values()) {
      const rs = all.filter((x) => !x.agreeOnly);
      for (let i = 1; i < rs.length; i++) {
        const r = rs[i]!;
        const earlier = rs.slice(0, i).filter((x) => x.table !== r.table && !owners.differ(x.table, r.table));
        if (earlier.length === 0) continue;
        const anchor = earlier.find((x) => provablySame(x, r)) ?? earlier[0]!;
        compare(anchor, r, r.terms.map((t) => ({ ...t, role: 'compare' as const })));
      }
      // figures of another scope (公务接待费 among 公用经费 items vs the “三公” table): only their agreement is shown
      for (const r of all.filter((x) => x.agreeOnly)) {
        const anchor = rs.find((x) => x.table !== r.table && !owners.differ(x.table, r.table));
        if (anchor) compare(anchor, r, r.terms.map((t) => ({ ...t, role: 'compare' as const })));
      }
    }
    checkProjects(doc, report, owners);
    // crosswalk sums: each 政府 class figure elsewhere against the 部门 items that map to it
    for (const g of groups) {
      const o = ownerKey(g.table);
      if (o === null) continue;
      const targets = (groupsOf.get(`${g.key}|${g.measure}|${o}`) ?? []).filter((r) => r.table !== g.table && !owners.differ(r.table, g.table));
      for (const tgt of targets) {
        if (g.terms.every((t) => t.value.kind !== 'amount')) continue;
        compare({ ...tgt, terms: [{ ...tgt.terms[0]!, role: 'total' }] }, g, g.terms);
      }
    }
  },
});
