/**
 * Form tables (绩效自评表 / 绩效目标表) read as forms, not grids.
 *
 * A performance form is one <table> holding several blocks, each with its own header row:
 * label:value rows (项目名称 | … | 主管部门 | …), a funding block (年初预算数 · 全年预算数 · 全年执行数 ·
 * 分值 · 执行率 · 得分 over rows 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金), a goals block
 * (预期目标 | 实际完成情况), an indicator block (一级 · 二级 · 三级指标 · 指标值 · 实际完成值 · 分值 · 得分 …)
 * and a 总分 row. Template variants move, merge and rename columns, so every block is found by its own
 * header row and every value is read through that header, never by position in the table.
 *
 * Indicator values (≥95%, 有提升, 366.12万人) are targets and results: they are kept as text and never
 * read as money. Only the funding block holds amounts.
 */
import Decimal from 'decimal.js';
import { labelKey } from '../dom/text';
import { memoText } from '../memo';
import { parseCell } from '../figures';
import type { BudgetTable, CellValue, TableCell } from './model';

/** A cell of the form, citable as (table element index, row, column). */
export interface FormCell {
  /** <table> element index (the part the row belongs to) */
  table: number;
  row: number;
  col: number;
  text: string;
  value: CellValue;
}

export type FundingColumnRole = '年初预算数' | '全年预算数' | '全年执行数' | '分值' | '执行率' | '得分';
export type FundingRowRole = 'total' | '财政拨款' | '上年结转' | '其他资金' | '财政专户' | '单位资金' | 'other';

export interface FundingRow {
  label: string;
  role: FundingRowRole;
  /** a 其中 row (a part of the total, not a further total) */
  subset: boolean;
  table: number;
  row: number;
  /** by column role: the cell written under that column on this row (absent when a span covers it) */
  values: Partial<Record<FundingColumnRole, FormCell>>;
}

export interface FundingBlock {
  headerRow: number;
  headerTable: number;
  columns: { role: FundingColumnRole; col: number; header: string }[];
  rows: FundingRow[];
  /** a stated weight for execution ("预算执行情况（10分）", "执行率分值（10分）") outside the 分值 column */
  statedWeight?: { value: Decimal; cell: FormCell };
}

export interface GoalRow {
  expected: string;
  actual: string;
  table: number;
  row: number;
}

export type IndicatorColumnRole = 'level1' | 'level2' | 'level3' | 'target' | 'actual' | 'criterion' | 'weight' | 'score' | 'reason';

export interface IndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  /** 年度指标值 / 指标值: a target, never an amount */
  target: string;
  /** 实际完成值: a result, never an amount */
  actual: string;
  weight?: FormCell;
  score?: FormCell;
  /** the weight/score was read from a cell left of its column (the row's cells drifted) */
  drifted?: boolean;
  /** a group's own row (产出指标 | | | 50): no 三级指标 and no values, only a weight or score — a subtotal */
  subtotal?: boolean;
  table: number;
  row: number;
  cells: FormCell[];
}

export interface IndicatorBlock {
  headerRow: number;
  headerTable: number;
  columns: { role: IndicatorColumnRole; col: number; header: string }[];
  /** a total stated in the weight header: "分值权重（90分）" */
  statedWeight?: { value: Decimal; cell: FormCell };
  rows: IndicatorRow[];
}

export interface FormField {
  label: string;
  value: string;
  cell: FormCell;
}

export interface TotalRow {
  label: string;
  table: number;
  row: number;
  /** 总分 weight (100) written under the indicator 分值 column */
  weight?: FormCell;
  /** the score written under the 得分 column, or alone beside 自评得分 */
  score?: FormCell;
}

export interface FormModel {
  /** why this table is read as a form */
  by: 'title' | 'structure';
  fields: FormField[];
  funding?: FundingBlock;
  goals?: { headerRow: number; rows: GoalRow[] };
  indicators?: IndicatorBlock;
  totalScore?: TotalRow;
  /** formulas written in the form's notes ("执行率=全年执行数/全年预算数"), squashed */
  notes: string[];
}

const FORM_TITLE = /绩效自评|绩效目标|绩效指标|绩效评价|绩效申报/;

/** header text without spaces, units and stated totals: "全年预算数（万元）" → "全年预算数" */
const headKey = memoText((text: string): string => {
  return labelKey(text)
    .replace(/[（(]\s*(万元|元|亿元|千元|%|％|分|\d+(?:\.\d+)?分)\s*[)）]/g, '')
    .replace(/[:：]$/, '');
});

/** Every role below is named in Chinese: a cell without a Han character (a figure) has none. */
const HAN = /[\u4e00-\u9fff]/;

// asked of every cell of every row until a header is found: remembered by text
const fundingRole = memoText((text: string): FundingColumnRole | null => {
  if (!HAN.test(text)) return null;
  const t = headKey(text);
  if (/执行率/.test(t)) return /分值|得分|权重/.test(t) ? null : '执行率';
  if (/^年初(预算|预算数|批复数?|安排数?)$/.test(t)) return '年初预算数';
  if (/^(全年预算数?|调整后预算数?|调整预算数?|全年预算安排数?|预算调整数|全年批复数)$/.test(t)) return '全年预算数';
  if (/^(全年执行数?|执行数|预算执行数|实际执行数|全年实际支出数?|实际支出数?|全年执行金额)$/.test(t)) return '全年执行数';
  if (/^(分值|权重|权重分值)$/.test(t)) return '分值';
  if (/^(得分|自评得分|实际得分)$/.test(t)) return '得分';
  return null;
});

/** A plain 预算数 is the base only when it is the one budget column of the header. */
const plainBudget = memoText((text: string): boolean => HAN.test(text) && /^(预算数|年度预算数|预算金额|预算安排数?)$/.test(headKey(text)));

const indicatorRole = memoText((text: string): IndicatorColumnRole | null => {
  if (!HAN.test(text)) return null;
  const t = headKey(text);
  if (/^一级指标/.test(t)) return 'level1';
  if (/^二级指标/.test(t)) return 'level2';
  if (/^三级指标|^指标名称$|^具体指标$/.test(t)) return 'level3';
  if (/^(年度)?(指标值|目标值)|^预期(指标值|目标值)|^年度目标值|^计划(指标值|目标值)/.test(t)) return 'target';
  if (/^(实际完成值|实际完成情况|完成值|实际值|全年实际值|实际完成指标值)/.test(t)) return 'actual';
  if (/评.{0,2}扣.{0,2}分标准|评分标准|计分方法|评分规则/.test(t)) return 'criterion';
  if (/^(分值|权重|分值权重|指标分值|权重分值|指标权重)/.test(t)) return 'weight';
  if (/^(得分|自评得分|实际得分|评价得分)/.test(t)) return 'score';
  if (/原因|改进措施/.test(t)) return 'reason';
  return null;
});

const TOTAL_ROW = /^(总分|合计|总计|总得分|合计得分|自评得分|综合得分|项目总分|自评总分|评价总分|总分值)$/;
const FUNDING_TOTAL = /^(年度资金总额|资金总额|总额|合计|总计|年度资金合计|项目资金总额|资金合计|全年资金总额)$/;
const STATED = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

function fundingRowRole(label: string): { role: FundingRowRole; subset: boolean } {
  const k = labelKey(label).replace(/[:：]$/, '');
  const subset = /^其中/.test(k);
  const t = k.replace(/^其中[:：]?/, '');
  if (!subset && FUNDING_TOTAL.test(t)) return { role: 'total', subset };
  if (/^(本年|当年)?财政(拨款|资金)|^财政拨款/.test(t)) return { role: '财政拨款', subset };
  if (/^上年结转/.test(t)) return { role: '上年结转', subset };
  if (/^其他资金$/.test(t)) return { role: '其他资金', subset };
  if (/财政专户/.test(t)) return { role: '财政专户', subset };
  if (/^单位(资金|自有资金)$/.test(t)) return { role: '单位资金', subset };
  return { role: 'other', subset };
}

/** A cell's value as written; "10分" is the number 10 (scores are written with their unit). */
function valueOf(c: TableCell): CellValue {
  if (c.figure.kind !== 'text') return c.figure;
  const m = labelKey(c.text).match(/^(\d+(?:\.\d+)?)分$/);
  if (!m) return c.figure;
  const f = parseCell(m[1]!);
  return f.kind === 'amount' ? { kind: 'amount', value: f.value, decimals: f.decimals, text: c.text } : c.figure;
}

interface Row {
  table: number;
  r: number;
  cells: TableCell[];
}

function rowsOf(table: BudgetTable): Row[] {
  const out: Row[] = [];
  for (const p of table.parts) p.cells.forEach((cells, r) => out.push({ table: p.index, r, cells }));
  return out;
}

function formCell(row: Row, c: TableCell): FormCell {
  return { table: row.table, row: row.r, col: c.col, text: c.text, value: valueOf(c) };
}

/** Origin cells of a row with the grid columns each covers. */
function spansOf(row: Row): { cell: TableCell; from: number; to: number }[] {
  const out: { cell: TableCell; from: number; to: number }[] = [];
  for (const c of row.cells) {
    if (!c.isOrigin || !c.snap) continue;
    let to = c.col;
    while (to + 1 < row.cells.length) {
      const n = row.cells[to + 1]!;
      if (n.isOrigin || n.originRow !== c.row || n.originCol !== c.col) break;
      to++;
    }
    out.push({ cell: c, from: c.col, to });
  }
  return out;
}

/** The cell written on this row under a header column starting at `col` (none when a span from above covers it). */
function under(row: Row, col: number): TableCell | undefined {
  const c = row.cells[col];
  if (!c || !c.snap) return undefined;
  if (c.isOrigin) return c;
  // a cell of this row that starts left of the column and spans over it
  return c.originRow === row.r ? row.cells[c.originCol] : undefined;
}

/** Any slot's text at the column, spans from above included (a merged 一级指标 names every row it covers). */
function textAt(row: Row, col: number): string {
  const c = row.cells[col];
  return c && c.snap ? labelKey(c.text) : '';
}

function findFundingHeader(rows: Row[]): { k: number; columns: FundingBlock['columns'] } | null {
  for (let k = 0; k < rows.length; k++) {
    const columns: FundingBlock['columns'] = [];
    const plains: { col: number; header: string }[] = [];
    for (const s of spansOf(rows[k]!)) {
      const role = fundingRole(s.cell.text);
      if (role && !columns.some((c) => c.role === role)) columns.push({ role, col: s.from, header: labelKey(s.cell.text) });
      else if (!role && plainBudget(s.cell.text)) plains.push({ col: s.from, header: labelKey(s.cell.text) });
    }
    // one plain 预算数 beside no other budget column is the base
    const budgets = columns.filter((c) => c.role === '年初预算数' || c.role === '全年预算数').length;
    if (budgets === 0 && plains.length === 1) columns.push({ role: '全年预算数', col: plains[0]!.col, header: plains[0]!.header });
    const has = (r: FundingColumnRole) => columns.some((c) => c.role === r);
    if (has('全年执行数') && (has('全年预算数') || has('年初预算数'))) {
      columns.sort((a, b) => a.col - b.col);
      return { k, columns };
    }
  }
  return null;
}

function findIndicatorHeader(rows: Row[], from: number): { k: number; columns: IndicatorBlock['columns']; weightCell?: TableCell } | null {
  for (let k = from; k < rows.length; k++) {
    const columns: IndicatorBlock['columns'] = [];
    let weightCell: TableCell | undefined;
    for (const s of spansOf(rows[k]!)) {
      const role = indicatorRole(s.cell.text);
      if (!role || columns.some((c) => c.role === role)) continue;
      columns.push({ role, col: s.from, header: labelKey(s.cell.text) });
      if (role === 'weight') weightCell = s.cell;
    }
    const has = (r: IndicatorColumnRole) => columns.some((c) => c.role === r);
    if (has('level1') && (has('level2') || has('level3') || has('target'))) {
      columns.sort((a, b) => a.col - b.col);
      return { k, columns, ...(weightCell ? { weightCell } : {}) };
    }
  }
  return null;
}

function findGoalsHeader(rows: Row[]): number {
  return rows.findIndex((row) => {
    const texts = spansOf(row).map((s) => labelKey(s.cell.text));
    return texts.some((t) => /^(预期目标|年度目标|年初设定目标)$/.test(t)) && texts.some((t) => /^(实际完成情况|目标完成情况|年度目标完成情况|全年实际完成情况)$/.test(t));
  });
}

/** The row's label: the last text cell left of the first value column. */
function rowLabel(row: Row, before: number): string {
  let label = '';
  for (const s of spansOf(row)) {
    if (s.from >= before) break;
    const v = valueOf(s.cell);
    if (v.kind === 'text') label = labelKey(s.cell.text).replace(/[:：]$/, '');
  }
  return label;
}

function isTotalLabel(row: Row, before: number): string | null {
  for (const s of spansOf(row)) {
    if (s.from >= before) break;
    const t = labelKey(s.cell.text).replace(/[:：]$/, '');
    if (TOTAL_ROW.test(t)) return t;
  }
  return null;
}

function readFunding(rows: Row[], head: { k: number; columns: FundingBlock['columns'] }, end: number): FundingBlock {
  const firstCol = Math.min(...head.columns.map((c) => c.col));
  const out: FundingBlock = { headerRow: rows[head.k]!.r, headerTable: rows[head.k]!.table, columns: head.columns, rows: [] };
  // the block's label cell may state the execution weight: "预算执行情况（10分）"
  for (const s of spansOf(rows[head.k]!)) {
    const m = labelKey(s.cell.text).match(STATED);
    if (m && s.from < firstCol) out.statedWeight = { value: new Decimal(m[1]!), cell: formCell(rows[head.k]!, s.cell) };
  }
  for (let j = head.k + 1; j < end; j++) {
    const row = rows[j]!;
    const label = rowLabel(row, firstCol);
    const values: FundingRow['values'] = {};
    let figures = 0;
    for (const c of head.columns) {
      const cell = under(row, c.col);
      if (!cell || cell.col !== c.col) continue;
      const fc = formCell(row, cell);
      values[c.role] = fc;
      if (fc.value.kind === 'amount' || fc.value.kind === 'percent') figures++;
    }
    if (!label && figures === 0) continue;
    const { role, subset } = fundingRowRole(label);
    // a row of text under the funding header that names no funding line ends the block
    if (role === 'other' && figures === 0) break;
    out.rows.push({ label, role, subset, table: row.table, row: row.r, values });
  }
  return out;
}

function readIndicators(rows: Row[], head: { k: number; columns: IndicatorBlock['columns']; weightCell?: TableCell }, end: number): { block: IndicatorBlock; total?: TotalRow } {
  const col = (r: IndicatorColumnRole) => head.columns.find((c) => c.role === r)?.col;
  const firstValue = Math.min(...head.columns.filter((c) => c.role !== 'level1' && c.role !== 'level2' && c.role !== 'level3').map((c) => c.col), Infinity);
  const block: IndicatorBlock = { headerRow: rows[head.k]!.r, headerTable: rows[head.k]!.table, columns: head.columns, rows: [] };
  if (head.weightCell) {
    const m = labelKey(head.weightCell.text).match(STATED);
    if (m) block.statedWeight = { value: new Decimal(m[1]!), cell: formCell(rows[head.k]!, head.weightCell) };
  }
  const wCol = col('weight');
  const sCol = col('score');
  const rightmost = Math.max(...head.columns.map((c) => c.col));
  const level1Col = col('level1')!;
  // only a block with 三级指标 or 指标值 columns tells a group's own row from an indicator
  const canSubtotal = col('level3') !== undefined || col('target') !== undefined;
  let total: TotalRow | undefined;
  for (let j = head.k + 1; j < end; j++) {
    const row = rows[j]!;
    const totalLabel = isTotalLabel(row, Math.min(firstValue, wCol ?? Infinity, sCol ?? Infinity));
    if (totalLabel) {
      total = { label: totalLabel, table: row.table, row: row.r };
      // the total row's cells are read by the header column they cover (its label is often merged across the levels)
      for (const s of spansOf(row)) {
        const v = valueOf(s.cell);
        if (v.kind !== 'amount') continue;
        if (wCol !== undefined && s.from <= wCol && wCol <= s.to) total.weight = formCell(row, s.cell);
        else if (sCol !== undefined && s.from <= sCol && sCol <= s.to) total.score = formCell(row, s.cell);
      }
      break;
    }
    // a merged text row across the indicator columns (评价结论, 存在问题…) ends the block
    const spans = spansOf(row);
    const wide = spans.find((s) => s.from <= level1Col + 1 && s.to >= firstValue && s.to > s.from);
    if (wide && wide.cell.figure.kind === 'text') break;
    const cells: FormCell[] = spans.map((s) => formCell(row, s.cell));
    const get = (r: IndicatorColumnRole) => {
      const c = col(r);
      return c === undefined ? '' : textAt(row, c);
    };
    const ind: IndicatorRow = {
      level1: get('level1'), level2: get('level2'), level3: get('level3'), target: get('target'), actual: get('actual'),
      table: row.table, row: row.r, cells,
    };
    const pick = (c: number | undefined): FormCell | undefined => {
      if (c === undefined) return undefined;
      const cell = under(row, c);
      if (cell && cell.col === c && labelKey(cell.text) !== '') return formCell(row, cell);
      // a score column at the right edge of a row whose cells drifted left (the source dropped a cell):
      // its last figure stands one or two columns early. Marked, so a sum that fails is not called an error.
      const here = row.cells[c];
      if (c === rightmost && (!here || !here.snap || labelKey(here.text) === '')) {
        const last = [...spans].reverse().find((s) => labelKey(s.cell.text) !== '');
        if (last && last.from >= c - 2 && last.from < c && valueOf(last.cell).kind === 'amount') {
          ind.drifted = true;
          return formCell(row, last.cell);
        }
      }
      return cell && cell.col === c ? formCell(row, cell) : undefined;
    };
    const w = pick(wCol);
    const s = pick(sCol);
    if (w) ind.weight = w;
    if (s) ind.score = s;
    if (!ind.level1 && !ind.level2 && !ind.level3 && !ind.target && !w && !s) continue;
    if (canSubtotal && !ind.level3 && !ind.target && !ind.actual && (w || s)) ind.subtotal = true;
    block.rows.push(ind);
  }
  return total ? { block, total } : { block };
}

const FIELD_LABEL = /(名称|部门|单位|期限|负责人|联系人|电话|日期|类别|类型|性质|地点|代码)[:：]?$/;

/** Label:value pairs of the rows outside the blocks (项目名称 | … | 主管部门 | …). */
function readFields(rows: Row[], inBlock: Set<number>): FormField[] {
  const out: FormField[] = [];
  rows.forEach((row, k) => {
    if (inBlock.has(k)) return;
    const spans = spansOf(row);
    const isLabel = (k: number) => !!spans[k] && spans[k]!.cell.figure.kind === 'text' && labelKey(spans[k]!.cell.text).length <= 16;
    for (let i = 0; i + 1 < spans.length; i++) {
      const l = spans[i]!.cell;
      if (!isLabel(i)) continue;
      if (labelKey(l.text) === '') continue;
      // a section label before a label:value pair ("资金金额（万元） | 实施期资金总额： | 13")
      if (isLabel(i + 1) && spans[i + 2] && valueOf(spans[i + 2]!.cell).kind === 'amount') continue;
      // the value is the next written cell, over blank spacer cells, unless that is the next field's label
      let j = i + 1;
      while (j + 1 < spans.length && labelKey(spans[j]!.cell.text) === '') j++;
      if (labelKey(spans[j]!.cell.text) !== '' && FIELD_LABEL.test(labelKey(spans[j]!.cell.text))) j = i + 1;
      const v = spans[j]!.cell;
      out.push({ label: labelKey(l.text).replace(/[:：]$/, ''), value: v.text.trim(), cell: formCell(row, v) });
      i = j;
    }
  });
  return out;
}

/** A 自评得分 written as a field ("自评得分 | 92.5") when the form has no 总分 row. */
function scoreField(rows: Row[]): TotalRow | undefined {
  for (const row of rows) {
    const spans = spansOf(row).filter((s) => labelKey(s.cell.text) !== '');
    for (let i = 0; i + 1 < spans.length; i++) {
      const t = labelKey(spans[i]!.cell.text).replace(/[:：]$/, '');
      if (!/^(自评得分|总得分|项目自评得分|自评总分)$/.test(t)) continue;
      const v = spans[i + 1]!.cell;
      if (valueOf(v).kind === 'amount') return { label: t, table: row.table, row: row.r, score: formCell(row, v) };
    }
  }
  return undefined;
}

/**
 * Read a table as a form, or null when it is not one: by its title (绩效自评表, 绩效目标表 …) or by its
 * structure (an indicator header row, or a funding header with 执行率 / 得分).
 */
export function readForm(table: BudgetTable): FormModel | null {
  const rows = rowsOf(table);
  const fundingHead = findFundingHeader(rows);
  const indicatorHead = findIndicatorHeader(rows, fundingHead ? fundingHead.k + 1 : 0);
  const byTitle = FORM_TITLE.test(labelKey(table.title));
  // 执行率 alone is also a budget-execution grid's column; 分值 / 得分 are the form's own words
  const fundingIsForm = !!fundingHead && fundingHead.columns.some((c) => c.role === '得分' || c.role === '分值');
  if (!byTitle && !indicatorHead && !fundingIsForm) return null;
  const goalsK = findGoalsHeader(rows);
  const starts = [fundingHead?.k, goalsK >= 0 ? goalsK : undefined, indicatorHead?.k].filter((x): x is number => x !== undefined);
  const endOf = (k: number) => Math.min(...starts.filter((s) => s > k), rows.length);
  const inBlock = new Set<number>();
  const model: FormModel = { by: byTitle ? 'title' : 'structure', fields: [], notes: [] };
  if (fundingHead) {
    model.funding = readFunding(rows, fundingHead, endOf(fundingHead.k));
    inBlock.add(fundingHead.k);
    for (const r of model.funding.rows) inBlock.add(rows.findIndex((x) => x.table === r.table && x.r === r.row));
  }
  if (goalsK >= 0) {
    const goals: GoalRow[] = [];
    inBlock.add(goalsK);
    for (let j = goalsK + 1; j < endOf(goalsK); j++) {
      const texts = spansOf(rows[j]!).map((s) => s.cell.text.trim()).filter((t) => t !== '');
      if (texts.length >= 2) { goals.push({ expected: texts[texts.length - 2]!, actual: texts[texts.length - 1]!, table: rows[j]!.table, row: rows[j]!.r }); inBlock.add(j); }
    }
    model.goals = { headerRow: rows[goalsK]!.r, rows: goals };
  }
  if (indicatorHead) {
    const { block, total } = readIndicators(rows, indicatorHead, rows.length);
    model.indicators = block;
    inBlock.add(indicatorHead.k);
    for (const r of block.rows) inBlock.add(rows.findIndex((x) => x.table === r.table && x.r === r.row));
    if (total) { model.totalScore = total; inBlock.add(rows.findIndex((x) => x.table === total.table && x.r === total.row)); }
  }
  model.fields = readFields(rows, inBlock);
  if (!model.totalScore) {
    const f = scoreField(rows);
    if (f) model.totalScore = f;
  }
  // the funding weight may be stated as a field: "执行率分值（10分）"
  if (model.funding && !model.funding.statedWeight) {
    for (const row of rows) for (const s of spansOf(row)) {
      const t = labelKey(s.cell.text);
      const m = t.match(STATED);
      if (m && /执行率|预算执行|资金执行/.test(t)) model.funding.statedWeight = { value: new Decimal(m[1]!), cell: formCell(row, s.cell) };
    }
  }
  model.notes = [...table.notes, ...rows.flatMap((row) => spansOf(row).map((s) => labelKey(s.cell.text)).filter((t) => /执行率[=＝]|得分[=＝]/.test(t)))];
  return model;
}
