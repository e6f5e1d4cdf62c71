import Decimal from 'decimal.js';
import { findFigures } from '../../figures';
import type { Severity, UnitName } from '../../report/schema';
import type { Block, BudgetTable, CellValue, DocumentModel, Item, TableCell } from '../../tables/model';
import { evaluateSum, reportSum, type PageFigure, type Term } from '../arith';
import { deptCodeByName, govCodeByName, govName, govOfDept, isDeptName, isGovName, normLabel } from '../match';
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

type Fund = 'all' | 'appr' | 'gpb' | 'gf' | 'soe' | 'sa' | '?';
type Carry = 'incl' | 'excl' | '?';
type Measure = 'total' | 'basic' | 'project' | 'personnel' | 'public' | '?';

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

const n = normLabel;

const FUND_WORDS: [RegExp, Fund][] = [
  [/一般公共预算/, 'gpb'],
  [/政府性基金|政府基金/, 'gf'],
  [/国有资本/, 'soe'],
  [/财政专户/, 'sa'],
];

function tableFund(t: BudgetTable): Fund {
  // the title says which funds when it names them (财政拨款支出表, 一般公共预算支出明细表 …)
  const title = n(t.title);
  if (/财政拨款/.test(title)) return /一般公共预算/.test(title) ? 'gpb' : 'appr';
  for (const [re, f] of FUND_WORDS) if (re.test(title)) return f;
  switch (t.kind) {
    case '收支总表':
    case '支出总表':
    case '收入总表':
      return 'all';
    case '财政拨款收支总表':
      return 'appr';
    case '一般公共预算支出表':
    case '一般公共预算基本支出表':
    case '三公经费表':
      return 'gpb';
    case '政府性基金':
      return 'gf';
    case '国有资本经营':
      return 'soe';
    case '财政专户':
      return 'sa';
    default:
      for (const [re, f] of FUND_WORDS) if (re.test(t.title)) return f;
      return '?';
  }
}

function columnFund(t: BudgetTable, col: number): Fund {
  const path = (t.columns[col]?.path ?? []).join('›');
  for (const [re, f] of FUND_WORDS) if (re.test(path)) return f;
  return tableFund(t);
}

function tableCarry(t: BudgetTable): Carry {
  const notes = t.notes.join(' ');
  if (/不含上年结转|不包括上年结转/.test(notes)) return 'excl';
  if (/(含|包括)[^。；]{0,12}上年结转/.test(notes)) return 'incl';
  return '?';
}

/** What the table's 合计 column measures, from its kind and title. */
function baseMeasure(t: BudgetTable): Measure {
  const title = n(t.title);
  if (/公用经费|商品和服务支出/.test(title)) return 'public';
  if (/人员经费|工资福利/.test(title)) return 'personnel';
  if (t.kind === '一般公共预算基本支出表' || /基本支出/.test(title)) return 'basic';
  if (/项目支出|专项/.test(title) || t.kind === '项目支出表') return 'project';
  if (t.kind === '经济分类表' && !title) return '?';
  if (t.kind === '绩效目标表' || t.kind === '绩效自评表' || t.kind === '三公经费表' || t.kind === '其他预算表' || t.kind === '机关运行经费' || t.kind === '政府采购') return '?';
  return 'total';
}

const TOTAL_WORD = /^(合计|总计|小计|本年.*支出|预算数|金额|本年支出)$/;
const FUND_ELEMENT = /一般公共预算|政府性基金|政府基金|国有资本|财政专户|财政拨款/;

/** What one amount column measures: 基本 / 项目 / 人员 / 公用 / the table's base; null for anything else. */
function columnMeasure(t: BudgetTable, col: number): Measure | null {
  const path = (t.columns[col]?.path ?? []).map(n).filter(Boolean);
  if (path.length === 0) return null;
  const leaf = path[path.length - 1]!;
  const leafIsTotal = /^(合计|总计|小计)$/.test(leaf);
  const at = (re: RegExp) => path.findIndex((p) => re.test(p));
  const checks: [RegExp, Measure][] = [
    [/^(项目支出|专项业务经费支出|专项业务经费|项目经费)$/, 'project'],
    [/^(人员经费|人员经费支出)$/, 'personnel'],
    [/^(公用经费|公用经费支出|日常公用经费)$/, 'public'],
    [/^(基本支出)$/, 'basic'],
  ];
  for (const [re, m] of checks) {
    const i = at(re);
    if (i < 0) continue;
    if (i === path.length - 1 || (i === path.length - 2 && leafIsTotal)) return m;
    if (m === 'basic') continue; // 基本支出 › 人员经费: handled above; deeper leaves are parts
    return null;
  }
  const rest = path.filter((p) => !TOTAL_WORD.test(p) && !FUND_ELEMENT.test(p));
  if (rest.length === 0) return baseMeasure(t);
  return null;
}

const isTotalLabel = (s: string) => /^(合计|总计|本年支出合计)$/.test(n(s));

function side(block: Block): 'in' | 'out' | null {
  const h = n(block.heading.join(''));
  if (/收入/.test(h) && !/支出/.test(h)) return 'in';
  if (/支出/.test(h) && !/收入/.test(h)) return 'out';
  return null;
}

function blockLabelHeader(t: BudgetTable, b: Block): string {
  return n((t.columns[b.labelCol]?.path ?? []).join('›'));
}

/** Label of a summary-block item read as a scope measure of the whole department. */
function summaryMeasure(label: string): Measure | null {
  const l = n(label);
  if (/^(基本支出|人员经费和公用经费支出|人员经费和公用经费)$/.test(l)) return 'basic';
  if (/^(项目支出|专项业务经费支出|专项业务经费)$/.test(l)) return 'project';
  if (/^本年支出合计$/.test(l)) return 'total';
  return null;
}

function parentMeasure(items: Item[], it: Item): Measure {
  let p = it.parent;
  while (p !== null) {
    const m = summaryMeasure(items[p]!.label);
    if (m === 'basic' || m === 'project') return m;
    p = items[p]!.parent;
  }
  return 'total';
}

/** A table whose column sums fail on its total row has a header that does not line up: don't read it by column. */
function headerReliable(t: BudgetTable): boolean {
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
  [/^因公出国\(境\)费用?$/, 'abroad', '因公出国（境）费'],
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
    const m = n(c.text).match(/[(（](万元|元)[)）]/);
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
  const keyOf = (t: BudgetTable) => `${titleOwner(t) ?? unitOwner(t) ?? ''}|${n(t.title)}`;
  for (const t of doc.tables) if (t.title) seen.set(keyOf(t), (seen.get(keyOf(t)) ?? 0) + 1);
  // a department publishes each summary table once: two of them for the same funds are two readings we cannot choose between
  const ONE_PER = new Set<BudgetTable['kind']>(['收支总表', '收入总表', '支出总表', '财政拨款收支总表', '一般公共预算支出表']);
  const kindKey = (t: BudgetTable) => `${titleOwner(t) ?? unitOwner(t) ?? ''}|${t.kind}|${tableFund(t)}`;
  const kinds = new Map<string, number>();
  for (const t of doc.tables) if (ONE_PER.has(t.kind)) kinds.set(kindKey(t), (kinds.get(kindKey(t)) ?? 0) + 1);
  const perProject = (t: BudgetTable) => t.kind === '绩效目标表' || t.kind === '绩效自评表' || t.kind === '项目支出表';
  for (const t of doc.tables) {
    // income tables count income (with 上年结转), not expenditure: their 合计 is not the 支出 合计
    if (t.kind === '收入总表') continue;
    if (((t.title && (seen.get(keyOf(t)) ?? 0) > 1) || (kinds.get(kindKey(t)) ?? 0) > 1) && !perProject(t)) {
      report.notRun({ rule: 'cross-table', table: t.index, reason: `本页同一单位有多张「${t.title || t.kind}」，无法确定与其他表的对应关系，不做表间比对` });
      continue;
    }
    const fundT = tableFund(t);
    const carry = tableCarry(t);
    const reliable = headerReliable(t);
    if (!reliable && t.columnSums.length) report.notRun({ rule: 'cross-table', table: t.index, reason: '表头与数据对不齐（分项列之和不等于合计列），不按列与其他表比对' });
    const add = (key: string, measure: Measure, table: BudgetTable, term: Term, what: string, fund: Fund, extra: Partial<Rec> = {}) =>
      recs.push({ key, measure, fund, carry, table, terms: [term], what, ...extra });

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
          const sm = summaryMeasure(it.label);
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

/** Which department a table belongs to: the title's prefix before the year ("永宁县教育局2026年…"). */
function titleOwner(t: BudgetTable): string | null {
  const m = n(t.title).match(/^(.{2,40}?)(?:19|20)\d{2}年/);
  return m ? m[1]! : null;
}

/** The department code of the table's unit rows ("123 某局"). */
function unitOwner(t: BudgetTable): string | null {
  for (const b of t.blocks) for (const it of b.items) if (it.code?.domain === 'unit' && it.code.level === 1) return it.code.code;
  return null;
}

/**
 * Whether two tables are about the same department. A page that compiles several departments (汇编)
 * is recognised by several title prefixes or unit codes; there, tables are compared only when both
 * name the same department.
 */
function sameOwner(doc: DocumentModel): (a: BudgetTable, b: BudgetTable) => boolean {
  const titles = new Set(doc.tables.map(titleOwner).filter((x): x is string => x !== null));
  const units = new Set(doc.tables.map(unitOwner).filter((x): x is string => x !== null));
  const compiled = titles.size > 1 || units.size > 1;
  return (a, b) => {
    const ta = titleOwner(a), tb = titleOwner(b), ua = unitOwner(a), ub = unitOwner(b);
    if (ta && tb && ta !== tb) return false;
    if (ua && ub && ua !== ub) return false;
    if (!compiled) return true;
    return Boolean((ta && tb && ta === tb) || (ua && ub && ua === ub));
  };
}

const MEASURE_ZH: Record<Measure, string> = { total: '合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费', '?': '' };

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
function checkProjects(doc: DocumentModel, report: Reporter): void {
  const owner = sameOwner(doc);
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
  for (const t of doc.tables) {
    if (t.kind !== '绩效目标表' && t.kind !== '绩效自评表') continue;
    const pp = performanceProject(t);
    if (!pp) continue;
    const mine = listed.filter((l) => owner(l.table, t));
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
  },
  run(doc, report) {
    const page = pageFigures(doc);
    const carryFigures: PageFigure[] = page.filter((f) => /结转|结余/.test(f.label.join(' ')));
    const { recs, groups } = collect(doc, report);
    const groupsOf = new Map<string, Rec[]>();
    for (const r of recs) {
      // an unknown measure is comparable only for specific economic items and “三公” parts
      if (r.measure === '?' && !/^(gov|dept|sangong):/.test(r.key)) continue;
      const k = `${r.key}|${r.measure}`;
      const arr = groupsOf.get(k) ?? [];
      arr.push(r);
      groupsOf.set(k, arr);
    }
    const owner = sameOwner(doc);
    const compare = (a: Rec, b: Rec, parts: Term[]) => {
      if (!owner(a.table, b.table)) return;
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
      if (provablySame(a, b)) {
        reportSum({ rule: 'cross-table', report, total, parts, result, page, severity: a.uncertain || b.uncertain ? 'warning' : 'error', what: { zh: `${both}中的「${label}」应一致`, en: `"${label}" should agree between tables #${a.table.index} and #${b.table.index}` } });
        return;
      }
      const explained = carryFigures.some((f) => {
        const v = f.unit && result.unit && f.unit !== result.unit ? null : f.value;
        return v !== null && v.minus(result.difference.abs()).abs().lte(result.band);
      });
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
        const earlier = rs.slice(0, i).filter((x) => x.table !== r.table && owner(x.table, r.table));
        if (earlier.length === 0) continue;
        const anchor = earlier.find((x) => provablySame(x, r)) ?? earlier[0]!;
        compare(anchor, r, r.terms.map((t) => ({ ...t, role: 'compare' as const })));
      }
      // figures of another scope (公务接待费 among 公用经费 items vs the “三公” table): only their agreement is shown
      for (const r of all.filter((x) => x.agreeOnly)) {
        const anchor = rs.find((x) => x.table !== r.table && owner(x.table, r.table));
        if (anchor) compare(anchor, r, r.terms.map((t) => ({ ...t, role: 'compare' as const })));
      }
    }
    checkProjects(doc, report);
    // crosswalk sums: each 政府 class figure elsewhere against the 部门 items that map to it
    for (const g of groups) {
      const targets = (groupsOf.get(`${g.key}|${g.measure}`) ?? []).filter((r) => r.table !== g.table);
      for (const tgt of targets) {
        if (g.terms.every((t) => t.value.kind !== 'amount')) continue;
        compare({ ...tgt, terms: [{ ...tgt.terms[0]!, role: 'total' }] }, g, g.terms);
      }
    }
  },
});
