import { unitInHeader } from '../figures';
import { isAmountCell } from './cells';
import type { Column, ColumnRole, CodeDomain, TableCell } from './model';

const CODE_HEADER = /编码|代码|编号|代号/;
const LABEL_HEADER = /名称|^项目$|^项目[（(]|^科目$|摘要|^内容$|^单位$|^[类款项]级?科目名称/;
const NOTE_HEADER = /备注|说明|简介|理由|依据|办法|方式$|解释|标准|目标|描述|职责|类型$|指标/;
/** Headers that only ever name a note: a stray figure under them is still a note (and a finding's cause). */
const NOTE_ONLY = /备注|说明|简介|理由|依据|描述|职责/;
/** A header that names an amount: a class of spending or income, a fund, a total. */
const AMOUNT_NAME = /合计|小计|总计|金额|数$|数[（(]|费|支出|收入|类$|资金|经费|拨款|预算$|结转|结余/;

function codeDomainOf(path: string[]): CodeDomain | undefined {
  const h = path.join('›');
  if (/功能/.test(h)) return 'function';
  if (/政府.*经济|政府预算/.test(h)) return 'economic-gov';
  if (/经济/.test(h)) return 'economic-dept';
  if (/单位|部门/.test(h) && !/科目/.test(h)) return 'unit';
  if (/收入/.test(h)) return 'income';
  return undefined;
}

export function classifyColumns(cells: TableCell[][], paths: string[][], body: number, cols: number): Column[] {
  const columns: Column[] = [];
  for (let c = 0; c < cols; c++) {
    const path = paths[c] ?? [];
    const last = path[path.length - 1] ?? '';
    const head = path.join('›');
    let amount = 0, percent = 0, code = 0, text = 0, filled = 0;
    for (let r = body; r < cells.length; r++) {
      const cell = cells[r]![c]!;
      if (!cell.isOrigin || cell.originCol !== c) continue;
      if (cell.figure.kind === 'blank') continue;
      filled++;
      if (cell.codeLike) code++;
      else if (isAmountCell(cell)) amount++;
      else if (cell.figure.kind === 'percent') percent++;
      else if (cell.figure.kind === 'text') text++;
      else if (cell.figure.kind === 'amount') amount++; // bare years in amount columns stay amounts
    }
    // a serial-number column (序号 1, 2, 3 …) is not an amount column
    if (amount >= 2 && text === 0 && isSerial(cells, body, c)) {
      columns.push({ col: c, path, role: 'note', block: 0 });
      continue;
    }
    let role: ColumnRole;
    let codePart: Column['codePart'];
    if (/^(类|款|项)$/.test(last) && text <= code) {
      role = 'code';
      codePart = last as '类' | '款' | '项';
    } else if (CODE_HEADER.test(last) && amount <= code + text) role = 'code';
    else if (NOTE_HEADER.test(head) && !/合计|小计|总计|金额|数$|费$|支出$|收入$/.test(last) && !amountsOnly(amount, text, percent, path, paths, cols)) role = 'note';
    else if (LABEL_HEADER.test(last) && text + code >= amount) role = 'label';
    else if (filled === 0) role = 'empty';
    else if (amount > 0 && amount >= text + code) role = 'amount';
    else if (percent > 0 && percent >= text) role = 'percent';
    else if (code > 0 && code >= text && amount === 0) role = 'code';
    else if (text > 0) role = 'label';
    else role = 'empty';
    const col: Column = { col: c, path, role, block: 0 };
    if (role === 'code') {
      col.codeDomain = codeDomainOf(path);
      if (codePart) col.codePart = codePart;
    }
    const unit = unitInHeader(head);
    if (unit) col.unit = unit;
    columns.push(col);
  }
  // empty columns under an amount-like heading are amount columns of an empty table (or a blank one)
  for (const col of columns) {
    if (col.role === 'empty' && col.path.length > 0) col.role = 'amount';
  }
  return columns;
}

/**
 * A column whose written cells are all amounts, under a header that names an amount or inside a header
 * group beside other columns: an amount column however many of its rows are blank (特定目标类 under
 * 项目支出 contains 目标 but is money). A header that only ever names a note (备注, 说明) stays a note
 * column: a stray figure there is a figure typed in the wrong column, not a column of amounts.
 */
function amountsOnly(amount: number, text: number, percent: number, path: string[], paths: string[][], cols: number): boolean {
  if (amount === 0 || text > 0 || percent > 0) return false;
  const last = path[path.length - 1] ?? '';
  if (NOTE_ONLY.test(last)) return false;
  if (AMOUNT_NAME.test(last)) return true;
  if (path.length < 2) return false;
  const parent = path.slice(0, -1).join('›');
  let siblings = 0;
  for (let c = 0; c < cols; c++) {
    const p = paths[c] ?? [];
    if (p.length === path.length && p.slice(0, -1).join('›') === parent && p[p.length - 1] !== last) siblings++;
  }
  return siblings > 0 && AMOUNT_NAME.test(parent);
}

function isSerial(cells: TableCell[][], body: number, c: number): boolean {
  let expect = -1;
  for (let r = body; r < cells.length; r++) {
    const cell = cells[r]![c]!;
    if (!cell.isOrigin || cell.figure.kind === 'blank') continue;
    if (cell.figure.kind !== 'amount' || cell.figure.decimals > 0 || /[,，]/.test(cell.text)) return false;
    const n = cell.figure.value.toNumber(); // a row number, not money
    if (expect === -1) expect = n;
    if (n !== expect) return false;
    expect++;
  }
  return expect > 0;
}

/**
 * Side-by-side blocks: label/amount groups repeated across a row (收支总表). A new block starts at a
 * label or code column once the current block already has an amount column.
 */
export function assignBlocks(columns: Column[]): number {
  let block = 0;
  let seenAmount = false;
  let seenKey = false;
  for (const col of columns) {
    const key = col.role === 'label' || col.role === 'code';
    if (key && seenAmount) {
      block++;
      seenAmount = false;
    }
    if (key) seenKey = true;
    if (col.role === 'amount' && seenKey) seenAmount = true;
    col.block = block;
  }
  return block + 1;
}

const TOTAL_RE = /^(合计|总计|小计|合计数|总额|资金总额)$|合计$|总计$|小计$/;
/** A total column's name, also when it carries its unit ("合计（万元）"). */
const TOTAL_COL = { test: (name: string) => TOTAL_RE.test(name.replace(/[（(][^（()）]*(元|%)[)）]$/, '')) };

/**
 * Column arithmetic from the header tree: within any header node, a child column named 合计/小计/总计
 * is the total of the other children (a child group counts by its own total, or by its leaves).
 */
export function columnSums(columns: Column[]): { total: number; parts: number[] }[] {
  const out: { total: number; parts: number[] }[] = [];
  const blocks = new Set(columns.map((c) => c.block));
  for (const b of blocks) {
    const cols = columns.filter((c) => c.block === b && c.role === 'amount' && c.path.length > 0);
    visit(cols, 0, out);
  }
  return out;
}

function groupBy(cols: Column[], depth: number): Map<string, Column[]> {
  const m = new Map<string, Column[]>();
  for (const c of cols) {
    const k = c.path[depth];
    if (k === undefined) continue;
    const arr = m.get(k) ?? [];
    arr.push(c);
    m.set(k, arr);
  }
  return m;
}

/** Columns standing for a group's amount: its own total column, else the sum of its parts. */
function contribution(cols: Column[], depth: number): number[] | null {
  if (cols.length === 1 && cols[0]!.path.length === depth + 1) return [cols[0]!.col];
  const children = groupBy(cols, depth + 1);
  // a group column that is itself a leaf at this depth plus deeper ones: ambiguous
  if (cols.some((c) => c.path.length === depth + 1)) return cols.length === 1 ? [cols[0]!.col] : null;
  for (const [name, members] of children) {
    if (TOTAL_COL.test(name) && members.length === 1) return [members[0]!.col];
  }
  const parts: number[] = [];
  for (const members of children.values()) {
    const p = contribution(members, depth + 1);
    if (!p) return null;
    parts.push(...p);
  }
  return parts;
}

function visit(cols: Column[], depth: number, out: { total: number; parts: number[] }[]): void {
  const children = groupBy(cols, depth);
  let total: Column | null = null;
  for (const [name, members] of children) {
    if (TOTAL_COL.test(name) && members.length === 1 && members[0]!.path.length === depth + 1) {
      total = members[0]!;
      break;
    }
  }
  if (total && children.size > 1) {
    // "按收入性质分 / 按支出性质分": each grouping adds up to the total on its own
    const groups = [...children.entries()].filter(([, m]) => !m.includes(total!));
    if (groups.length > 1 && groups.every(([name]) => /^按.+分/.test(name))) {
      for (const [, members] of groups) {
        const p = contribution(members, depth);
        // a breakdown with a single member is more likely a header cut short than a real identity
        if (p && p.length > 1) out.push({ total: total.col, parts: p });
      }
      return;
    }
    const parts: number[] = [];
    let ok = true;
    for (const [name, members] of children) {
      if (members.includes(total)) continue;
      void name;
      const p = contribution(members, depth);
      if (!p) { ok = false; break; }
      parts.push(...p);
    }
    if (ok && parts.length > 0) out.push({ total: total.col, parts });
  }
  for (const members of children.values()) {
    if (members.some((c) => c.path.length > depth + 1)) visit(members.filter((c) => c.path.length > depth + 1), depth + 1, out);
  }
}
