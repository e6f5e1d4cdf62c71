import { formatDecimal } from '../../figures';
import Decimal from 'decimal.js';
import { halfUlp } from '../../figures';
import type { BudgetTable, CellValue, TableCell } from '../../tables/model';
import { evaluateSum, reportSum, type Term } from '../arith';
import { defineRule, type Reporter } from '../rule';

/**
 * Performance tables (绩效目标表 / 绩效自评表) are irregular grids, so this rule reads the cells directly:
 * - a score column whose header states its total ("分值权重（90分）") adds up to that total;
 * - a 分值 / 得分 column with a 合计 / 总分 row adds up to it;
 * - 执行率 = 执行数 ÷ 预算数, compared at the written precision of the percentage (and of the amounts);
 * - a row giving 分值, 执行率 and 得分 has 得分 = 分值 × 执行率 (capped at 分值) — a warning, since
 *   some pages score execution in steps rather than proportionally.
 * When the structure is unclear (no values under a stated total) the check is reported as not run.
 */

const RULE = 'performance';
const STATED = /(分值|权重|得分|分数)[^（(]{0,8}[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;
const SCORE_HEAD = /^(分值|指标分值|分值权重|权重|权重分值|得分|实际得分|自评得分|评分)$/;
const TOTAL_ROW = /^(合计|总计|总分|合计得分|总得分|小计)$/;

const squash = (s: string) => s.replace(/\s+/g, '');

function scoreValue(c: TableCell | undefined): CellValue | null {
  if (!c) return null;
  const f = c.figure;
  if (f.kind === 'amount') return f;
  if (f.kind === 'blank' || f.kind === 'dash') return f;
  const m = squash(c.text).match(/^(\d+(?:\.\d+)?)分$/);
  if (m) return { kind: 'amount', value: new Decimal(m[1]!), decimals: (m[1]!.split('.')[1] ?? '').length, text: c.text };
  return null;
}

interface Grid {
  table: BudgetTable;
  /** rows across all parts, each with its part index for citing */
  rows: { part: number; r: number; cells: TableCell[] }[];
}

function gridOf(table: BudgetTable): Grid {
  const rows: Grid['rows'] = [];
  for (const p of table.parts) p.cells.forEach((cells, r) => rows.push({ part: p.index, r, cells }));
  return { table, rows };
}

function cellAt(row: Grid['rows'][number], c: number): TableCell | undefined {
  const cell = row.cells[c];
  return cell && cell.isOrigin ? cell : undefined;
}

function term(g: Grid, k: number, c: number, value: CellValue, label: string, role: Term['role']): Term {
  const row = g.rows[k]!;
  return { table: row.part, row: row.r, col: c, value, unit: null, label: [label], role };
}

function lastFilled(row: Grid['rows'][number]): TableCell | undefined {
  for (let i = row.cells.length - 1; i >= 0; i--) {
    const cell = row.cells[i]!;
    if (cell.isOrigin && squash(cell.text) !== '') return cell;
  }
  return undefined;
}

function rowName(row: Grid['rows'][number], upto: number): string {
  const texts = row.cells.slice(0, upto).filter((c) => c.isOrigin && c.figure.kind === 'text').map((c) => squash(c.text));
  return texts[texts.length - 1] ?? `第${row.r + 1}行`;
}

function checkScoreColumns(g: Grid, report: Reporter): void {
  for (let k = 0; k < g.rows.length; k++) {
    const row = g.rows[k]!;
    for (const cell of row.cells) {
      if (!cell.isOrigin) continue;
      const text = squash(cell.text);
      const stated = text.match(STATED);
      if (!stated && !SCORE_HEAD.test(text)) continue;
      // 执行率分值（10分）is one score given for execution, not a column to add up
      if (/执行率/.test(text)) continue;
      // a stated total beside the amounts block (执行率分值（10分）in the 资金 rows) has nothing under it: skip quietly
      const c = cell.col;
      const parts: Term[] = [];
      let totalRow: Term | null = null;
      let unreadable = '';
      // a score column at the right edge: rows whose cells drift (spans miscounted in the source) still end with the score
      const rightEdge = !row.cells.some((x) => x.isOrigin && x.col > c && squash(x.text) !== '');
      for (let j = k + 1; j < g.rows.length; j++) {
        const below = rightEdge ? lastFilled(g.rows[j]!) ?? cellAt(g.rows[j]!, c) : cellAt(g.rows[j]!, c);
        if (!below) continue;
        if (rightEdge && below.col < c - 2) continue;
        const bt = squash(below.text);
        if (STATED.test(bt) || SCORE_HEAD.test(bt)) break;
        const v = scoreValue(below);
        const name = rowName(g.rows[j]!, below.col);
        if (v === null) {
          if (!rightEdge && bt && !/^(无|—+|-+|\/)$/.test(bt)) unreadable = bt;
          continue;
        }
        if (TOTAL_ROW.test(name) || g.rows[j]!.cells.some((x) => x.isOrigin && x.col < c && TOTAL_ROW.test(squash(x.text)))) {
          if (v.kind === 'amount') totalRow = term(g, j, below.col, v, `${name} › ${text}`, 'total');
          continue;
        }
        if (v.kind === 'amount') parts.push(term(g, j, below.col, v, `${name} › ${text}`, 'part'));
      }
      if (parts.length === 0) {
        if (stated && g.rows.slice(k + 1).some((r) => cellAt(r, c) && squash(cellAt(r, c)!.text) === '' ) && g.rows.length - k > 3) {
          report.notRun({ rule: RULE, table: g.table.index, reason: `「${text}」下没有填分值，无法核对合计` });
        }
        continue;
      }
      if (unreadable) {
        report.notRun({ rule: RULE, table: g.table.index, reason: `「${text}」列中有无法读取的内容「${unreadable}」，不核对合计` });
        continue;
      }
      const targets: Term[] = [];
      if (stated) {
        const v = new Decimal(stated[2]!);
        targets.push(term(g, k, c, { kind: 'amount', value: v, decimals: (stated[2]!.split('.')[1] ?? '').length, text: `${stated[2]}分` }, text, 'total'));
      }
      if (totalRow) targets.push(totalRow);
      for (const total of targets) {
        let result = evaluateSum(total, parts);
        // whole-number scores are exact: no rounding band
        const whole = [total, ...parts].every((t) => t.value.kind !== 'amount' || t.value.decimals === 0);
        if (whole && result.status === 'rounding') result = { ...result, status: 'error', band: new Decimal(0) };
        reportSum({
          rule: RULE, report, total, parts, result, page: [],
          what: { zh: `「${text}」各项之和应等于${total === totalRow ? '合计行' : '表头写明的总分'}`, en: `The scores under "${text}" should add up to the ${total === totalRow ? 'total row' : 'total stated in the header'}` },
        });
      }
    }
  }
}

interface Header {
  k: number;
  budget?: number;
  exec?: number;
  rate?: number;
  score?: number;
  got?: number;
}

function findExecutionHeader(g: Grid): Header | null {
  for (let k = 0; k < g.rows.length; k++) {
    const h: Header = { k };
    for (const cell of g.rows[k]!.cells) {
      if (!cell.isOrigin) continue;
      const t = squash(cell.text);
      if (/执行率/.test(t) && !/分值|得分/.test(t)) h.rate = cell.col;
      else if (/^(全年)?执行数|^实际(支出|执行)数?|^全年执行/.test(t)) h.exec = cell.col;
      else if (/^全年预算数/.test(t) || (h.budget === undefined && /^(年初)?预算数/.test(t))) h.budget = cell.col;
      else if (/^(分值|指标分值)$/.test(t)) h.score = cell.col;
      else if (/^(得分|实际得分|自评得分)$/.test(t)) h.got = cell.col;
    }
    if (h.rate !== undefined && h.exec !== undefined && h.budget !== undefined) return h;
  }
  return null;
}

function checkExecution(g: Grid, report: Reporter): void {
  const h = findExecutionHeader(g);
  if (!h) return;
  for (let j = h.k + 1; j < g.rows.length; j++) {
    const row = g.rows[j]!;
    const b = cellAt(row, h.budget!)?.figure;
    const e = cellAt(row, h.exec!)?.figure;
    const rc = cellAt(row, h.rate!);
    const r = rc?.figure;
    if (b?.kind !== 'amount' || e?.kind !== 'amount' || !r || (r.kind !== 'percent' && r.kind !== 'amount')) continue;
    if (b.value.isZero()) continue;
    report.checked();
    const hb = halfUlp(b.decimals);
    const he = halfUlp(e.decimals);
    const hr = halfUlp(r.decimals);
    const hundred = new Decimal(100);
    const computed = e.value.div(b.value).times(hundred);
    const lo = e.value.minus(he).div(b.value.plus(hb)).times(hundred);
    const hi = b.value.minus(hb).gt(0) ? e.value.plus(he).div(b.value.minus(hb)).times(hundred) : new Decimal(Infinity);
    const ok = r.value.plus(hr).gte(lo) && r.value.minus(hr).lte(hi);
    const name = rowName(row, Math.min(h.budget!, h.exec!));
    const cells: [number, number][] = [[row.r, h.budget!], [row.r, h.exec!], [row.r, h.rate!]];
    if (ok) {
      report.verified({ rule: RULE, table: row.part, cells, related: [] });
    } else {
      const shown = computed.toDecimalPlaces(r.decimals);
      report.finding({
        rule: RULE, severity: 'error', table: row.part, cells, related: [],
        message: `「${name}」执行率应为执行数 ÷ 预算数 = ${e.text} ÷ ${b.text} = ${formatDecimal(shown, r.decimals)}%，表中写的是 ${r.text}`,
        messageEn: `"${name}": execution rate should be ${e.text} ÷ ${b.text} = ${formatDecimal(shown, r.decimals)}%, the table says ${r.text}`,
        expected: formatDecimal(shown, r.decimals), actual: formatDecimal(r.value, r.decimals), difference: formatDecimal(r.value.minus(shown), r.decimals),
      });
    }
    // 得分 = 分值 × 执行率 (capped at 分值) on the same row
    if (h.score === undefined || h.got === undefined) continue;
    const s = cellAt(row, h.score)?.figure;
    const got = cellAt(row, h.got)?.figure;
    if (s?.kind !== 'amount' || got?.kind !== 'amount') continue;
    report.checked();
    const rate = Decimal.min(r.value.div(hundred), new Decimal(1));
    const expect = s.value.times(rate);
    const band = halfUlp(got.decimals).plus(s.value.times(hr.div(hundred))).plus(halfUlp(s.decimals));
    const scells: [number, number][] = [[row.r, h.score], [row.r, h.rate!], [row.r, h.got]];
    if (got.value.minus(expect).abs().lte(band)) {
      report.verified({ rule: RULE, table: row.part, cells: scells, related: [] });
    } else {
      const d = got.decimals;
      report.finding({
        rule: RULE, severity: 'warning', table: row.part, cells: scells, related: [],
        message: `「${name}」得分 ${got.text} 与 分值 × 执行率 = ${s.text} × ${r.text} = ${formatDecimal(expect, d)} 不符（若按档次计分可忽略）`,
        messageEn: `"${name}": score ${got.text} differs from weight × execution rate = ${formatDecimal(expect, d)} (ignore if the page scores execution in steps)`,
        expected: formatDecimal(expect, d), actual: formatDecimal(got.value, d), difference: formatDecimal(got.value.minus(expect), d),
      });
    }
  }
}

export default defineRule({
  meta: {
    id: RULE,
    title: { zh: '绩效表分值与执行率', en: 'Performance tables: scores and execution rates' },
    description: {
      zh: '绩效目标表/自评表中，分值之和等于表头写明的总分或合计行；得分之和等于总分；执行率 = 执行数 ÷ 预算数；得分 = 分值 × 执行率。',
      en: 'In performance tables, scores add up to the total stated in the header or the total row; 执行率 = 执行数 ÷ 预算数; a score stated as weight × rate recomputes.',
    },
    severity: 'error for sums and rates outside the rounding band; warning for 得分 ≠ 分值 × 执行率 (pages may score in steps)',
  },
  run(doc, report) {
    for (const table of doc.tables) {
      if (table.kind !== '绩效目标表' && table.kind !== '绩效自评表') continue;
      const g = gridOf(table);
      checkScoreColumns(g, report);
      checkExecution(g, report);
    }
  },
});
