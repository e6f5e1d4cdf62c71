import Decimal from 'decimal.js';
import { labelKey } from '../dom/text';
import { isAmountCell } from './cells';
import { parseLabel } from './labels';
import type { Block, CellValue, CodeDomain, Column, Item, RowCode, TableCell, TablePart } from './model';

/**
 * The 类 (first three digits) each classification has (政府收支分类科目; ../shared/reference): income
 * 101–110, function 201–234, department economic 301–399, government economic 501–599.
 */
const CLASS_RANGE: Record<string, [number, number]> = { '1': [101, 110], '2': [201, 234], '3': [301, 399], '5': [501, 599] };

/** Which classification a code belongs to, from its column and its own shape. */
function domainOf(code: string, colDomain: CodeDomain | undefined): CodeDomain {
  if (code.length === 6 || code.length === 9) return 'unit';
  if (colDomain === 'unit') return 'unit';
  // A 7-digit number whose first three digits are no classification's 类 is no 项 code: it is the
  // code of a unit under a 4-digit department ("1001" › "1001001 某局本级"), and read as a 项 it
  // would be summed with the 项 rows it heads (issue 13's generated pages found it). Not where the
  // first digit is a function or economic one (2, 3, 5): there a 类 out of range is more likely a
  // mistyped code among its kind than a unit, and a unit row would take the rows after it as its own.
  const range = CLASS_RANGE[code[0]!];
  const cls = Number(code.slice(0, 3));
  if (code.length === 7 && !'235'.includes(code[0]!) && (!range || cls < range[0] || cls > range[1])) return 'unit';
  if (colDomain && colDomain !== 'other') return colDomain;
  const d = code[0];
  if (d === '2') return 'function';
  if (d === '3') return 'economic-dept';
  if (d === '5') return 'economic-gov';
  if (d === '1') return 'income';
  return 'other';
}

function codeLevel(code: string, domain: CodeDomain): number {
  // a department (3 or 4 digits), then its units (the department's code and 3 digits or more)
  if (domain === 'unit') return code.length <= 4 ? 1 : 2;
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : code.length <= 7 ? 3 : 4;
}

interface RowContext {
  /** last full 类 code seen per domain, for abbreviated 款 codes ("05" under 208) */
  lastClass: Map<CodeDomain, string>;
}

function cellText(part: TablePart, r: number, c: number): string {
  const cell = part.cells[r]?.[c];
  if (!cell || !cell.isOrigin && cell.originRow !== r) return cell && cell.originRow === r ? cell.text : '';
  return cell.text;
}

/** The row's code from the block's code columns: split 类/款/项 joined, abbreviated 款 expanded. */
function rowCode(part: TablePart, r: number, block: Block, columns: Column[], ctx: RowContext): { code?: RowCode; alt?: RowCode; unsure?: Item['codeUnsure'] } {
  const codeCols = block.codeCols.map((c) => columns[c]!);
  const split = codeCols.filter((c) => c.codePart);
  let code: RowCode | undefined;
  let alt: RowCode | undefined;
  if (split.length > 0) {
    const parts = split.map((c) => cellText(part, r, c.col).replace(/\s/g, ''));
    const [lei, kuan, xiang] = [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''];
    let joined: string | null = null;
    let padded = false;
    // 款 and 项 are two-digit fields in every classification (function 210|11|02, economic 301|02):
    // a one-digit field is that field printed without its leading zero ("301 | 2" is 30102)
    const field = (p: string): string | null => {
      if (/^\d{2}$/.test(p)) return p;
      if (/^\d$/.test(p)) {
        padded = true;
        return '0' + p;
      }
      return null;
    };
    if (/^\d{3}$/.test(lei)) {
      joined = lei;
      const k = kuan === '' ? '' : field(kuan);
      const x = xiang === '' ? '' : field(xiang);
      if (k && x !== null) {
        joined += k + x;
      } else if (/^\d{5}$/.test(kuan) && kuan.startsWith(lei)) {
        joined = kuan;
        if (/^\d{7}$/.test(xiang) && xiang.startsWith(kuan)) joined = xiang;
        else if (xiang !== '') joined = null;
      } else if (k === '' && x === '') {
        // the 类 row itself
      } else {
        joined = null; // 210 | (blank) | 01, or a 款 cell that is not a field: no code can be read
      }
    }
    if (joined) {
      code = { code: joined, domain: 'function', level: codeLevel(joined, 'function'), expanded: true, ...(padded ? { padded: true } : {}) };
    } else if (/^\d{6}(\d{3})?$/.test(lei) && !kuan && !xiang) {
      // a unit code written in the 类 column ("101001" above its 项 rows): the unit's row, not a class
      code = { code: lei, domain: 'unit', level: codeLevel(lei, 'unit'), expanded: false };
    } else if (parts.some((p) => p !== '') && parts.every((p) => p === '' || /^\d+$/.test(p))) {
      // digits in the code cells that form no code ("7 | 11 | 02" for 210|11|02): the row is a code row
      // of the deepest level written, but which code, and so which parent, cannot be read
      const deepest = [lei, kuan, xiang].reduce((lv, p, i) => (p !== '' ? i + 1 : lv), 0);
      return { unsure: { level: deepest, written: parts.join('|') } };
    }
  }
  for (const c of codeCols.filter((c) => !c.codePart)) {
    const t = cellText(part, r, c.col).replace(/\s/g, '');
    if (!/^\d{2,9}$/.test(t)) continue;
    let rc: RowCode;
    if (t.length === 2) {
      const cls = ctx.lastClass.get(c.codeDomain ?? 'function') ?? ctx.lastClass.get('function');
      if (!cls) continue;
      const full = cls + t;
      rc = { code: full, domain: domainOf(cls, c.codeDomain), level: 2, expanded: true };
    } else {
      const domain = domainOf(t, c.codeDomain);
      rc = { code: t, domain, level: codeLevel(t, domain), expanded: false };
    }
    if (!code) code = rc;
    else if (!alt && rc.domain !== code.domain) alt = rc;
    else if (code.domain === 'unit' && rc.domain !== 'unit') {
      // unit code column beside a function code: the row is about the function item
      alt = code;
      code = rc;
    }
  }
  return { code, alt };
}

/** A year-and-month shape ("2077.09") that the figure reader, without context, takes for a date. */
const YEAR_MONTH = /^\d{4}\.\d{2}$/;

/**
 * The value of a cell of one of the block's amount columns. In an amount column a "2077.09" written without
 * a thousands separator is an amount (2,077.09), not the date the context-free reader takes it for: the
 * column says what its cells are.
 */
function valueOf(cell: TableCell | undefined): CellValue {
  if (!cell) return { kind: 'blank' };
  if (cell.codeLike && cell.figure.kind === 'amount') return { kind: 'text', text: cell.text };
  const t = cell.text.trim();
  if (cell.figure.kind === 'text' && YEAR_MONTH.test(t)) return { kind: 'amount', value: new Decimal(t), decimals: 2, text: t };
  return cell.figure;
}

/** Build the items (logical rows) of one block from the body rows of every part of a table. */
export function buildItems(parts: TablePart[], block: Block, columns: Column[]): Item[] {
  const items: Item[] = [];
  const ctx: RowContext = { lastClass: new Map() };
  for (const part of parts) {
    for (let r = part.headerRows; r < part.cells.length; r++) {
      const row = part.cells[r]!;
      const labelCell = row[block.labelCol];
      // a label merged down from a row above belongs to that row
      let rawLabel = labelCell && labelCell.originRow === r ? labelCell.text : '';
      let { code, alt, unsure } = rowCode(part, r, block, columns, ctx);
      if (!rawLabel) {
        // "合计" written in a code column, or in a cell spanning the code and label columns
        for (const c of [...block.codeCols, block.labelCol].filter((x) => x >= 0)) {
          const cell = row[c];
          if (cell && cell.originRow === r && cell.figure.kind === 'text' && !cell.codeLike && /[\u4e00-\u9fff]/.test(cell.text)) {
            rawLabel = cell.text;
            break;
          }
        }
      }
      // the label column is empty in this row: the label may sit in a later label column of the block
      // (levels shown by column position: 品目 › 专项 › 物品), read as a deeper level of the hierarchy
      let depth = 0;
      let labelSource = labelCell;
      if (!rawLabel && !code) {
        const inner = innerLabel(part, r, block, columns);
        if (inner) {
          rawLabel = inner.cell.text;
          labelSource = inner.cell;
          depth = groupedUnder(part, r, block, columns) ? inner.depth : 0;
        }
      }
      const values = new Map<number, CellValue>();
      let hasValue = false;
      for (const c of block.amountCols) {
        const cell = row[c];
        if (cell && cell.originRow === r && cell.originCol < c && cell.figure.kind === 'text' && cell.text.trim()) {
          // the row's label is merged across this amount column ("当年支出小计" over two blocks of a
          // 收支总表): the row has no figure of its own here, which is not the same as a blank figure
          values.set(c, { kind: 'text', text: cell.text });
          continue;
        }
        if (!cell || cell.originRow !== r || cell.originCol !== c) {
          values.set(c, { kind: 'blank' });
          continue;
        }
        const v = valueOf(cell);
        values.set(c, v);
        if (v.kind === 'amount' || v.kind === 'percent') hasValue = true;
      }
      if (!rawLabel && !code && !unsure && !hasValue) continue;
      const parsed = parseLabel(rawLabel);
      if (part !== parts[0] && r === part.headerRows && !unsure && joinsCutRow(items[items.length - 1], part, parts, parsed, rawLabel, code, hasValue)) {
        // the rest of a label cut by a page break ("当 年 收 入" | "小计"): one row, not a figure-less total
        const prev = items[items.length - 1]!;
        const joined = parseLabel(prev.rawLabel + rawLabel);
        prev.rawLabel = prev.rawLabel + rawLabel;
        prev.label = joined.label;
        prev.total = joined.total;
        continue;
      }
      if (!code && !unsure && parsed.code) {
        const domain = domainOf(parsed.code, undefined);
        code = { code: parsed.code, domain, level: codeLevel(parsed.code, domain), expanded: false };
      }
      if (code && code.level === 1 && code.domain !== 'unit') ctx.lastClass.set(code.domain, code.code);
      const snap = labelSource?.snap;
      items.push({
        id: items.length,
        table: part.index,
        row: r,
        labelCol: block.labelCol,
        // a table without a label column names its rows by position
        label: parsed.label || labelKey(rawLabel) || (block.labelCol < 0 ? `第${r + 1}行` : ''),
        rawLabel,
        code,
        altCode: alt,
        ...(unsure ? { codeUnsure: unsure } : {}),
        numbering: parsed.numbering ? { level: 0, text: parsed.numbering.text, style: parsed.numbering.style } : undefined,
        indent: snap?.indent ?? 0,
        depth,
        bold: snap?.bold ?? false,
        total: code || unsure ? undefined : parsed.total,
        subset: parsed.subset,
        parent: null,
        children: [],
        values,
      });
    }
  }
  markUnitRows(items);
  checkPaddedOrder(items);
  return items;
}

/**
 * The first body row of a continuation part holds only the end of the label of the last row above
 * the page break: no figure, no code, numbering or "其中", right after a row with figures that closed
 * the previous part, and the two pieces together name a total that the first piece alone does not.
 * Only that case is joined: a figure-less row that merely follows a page break stays a row of its own.
 */
function joinsCutRow(prev: Item | undefined, part: TablePart, parts: TablePart[], parsed: ReturnType<typeof parseLabel>, rawLabel: string, code: RowCode | undefined, hasValue: boolean): boolean {
  if (!prev || hasValue || code || parsed.numbering || parsed.subset || parsed.code || !rawLabel) return false;
  const before = parts[parts.indexOf(part) - 1];
  if (!before || prev.table !== before.index || prev.row !== before.cells.length - 1) return false;
  if (prev.code || prev.total || ![...prev.values.values()].some((v) => v.kind === 'amount')) return false;
  return !!parseLabel(prev.rawLabel + rawLabel).total;
}

/** Label columns of the block after its first one (between the label column and the first amount column). */
function innerLabelCols(block: Block, columns: Column[]): number[] {
  const own = columns[block.labelCol]?.block;
  const end = Math.min(...block.amountCols);
  return columns.filter((c) => c.role === 'label' && c.block === own && c.col > block.labelCol && c.col < end).map((c) => c.col);
}

const SUBTOTAL_WORD = /^(小计|合计)$/;

/**
 * The deepest later label column with text of its own in this row, and how deep it sits (1 = the next
 * one): "专项 | 经济科目 | 50.00" is the 经济科目's line under a 专项 heading that has no figure of its own.
 * A "小计" in an inner column is the outer group's own total line, not a level of its own.
 */
function innerLabel(part: TablePart, r: number, block: Block, columns: Column[], subtotals = false): { cell: TableCell; depth: number } | null {
  const cols = innerLabelCols(block, columns);
  for (let k = cols.length - 1; k >= 0; k--) {
    const cell = part.cells[r]?.[cols[k]!];
    if (!cell || cell.originRow !== r || cell.originCol !== cols[k] || cell.figure.kind !== 'text' || !/[\u4e00-\u9fff]/.test(cell.text)) continue;
    if (!subtotals && SUBTOTAL_WORD.test(cell.text.replace(/\s/g, ''))) continue;
    return { cell, depth: k + 1 };
  }
  return null;
}

/**
 * A row whose first label cell is empty sits under the rows above it, unless that cell is covered by
 * a label merged down from a row whose own inner label is an item: "基本支出 | 人员经费 / | 公用经费"
 * lists siblings under a heading that carries no figure of its own, whereas "一般公共预算资金 | 小计 /
 * | 公共财政拨款" gives the group its own total row, and the rows below are its parts.
 */
function groupedUnder(part: TablePart, r: number, block: Block, columns: Column[]): boolean {
  const cell = part.cells[r]?.[block.labelCol];
  // an empty cell merged down over several rows carries no label: position alone tells the level
  if (!cell || cell.originRow === r || !/[\u4e00-\u9fff]/.test(cell.text)) return true;
  const head = innerLabel(part, cell.originRow, block, columns, true);
  return !head || SUBTOTAL_WORD.test(head.cell.text.replace(/\s/g, ''));
}

/**
 * "123 某局" followed by "123001 某局本级": a unit code pair, not an economic or function class; so is
 * "1001 某局" followed by "1001001 某局本级" (a 4-digit department code in the label is no code to
 * parseLabel — "2024 年…" would be one too — so it counts only with its unit's row right after it).
 */
function markUnitRows(items: Item[]): void {
  for (let k = 0; k < items.length - 1; k++) {
    const it = items[k]!;
    const dept = !it.code && !it.codeUnsure && !it.numbering ? /^(\d{4})\s*[-—－_:：]?\s*(?=[\u4e00-\u9fff])/.exec(it.rawLabel.trim()) : null;
    if (!dept) continue;
    const next = items.slice(k + 1).find((x) => x.code || x.codeUnsure);
    if (next?.code?.domain === 'unit' && next.code.code.length === 7 && next.code.code.startsWith(dept[1]!)) {
      it.code = { code: dept[1]!, domain: 'unit', level: 1, expanded: false };
      it.label = parseLabel(it.rawLabel.trim().slice(dept[0].length)).label || it.label;
    }
  }
  const coded = items.filter((i) => i.code);
  for (let k = 0; k < coded.length - 1; k++) {
    const a = coded[k]!.code!;
    const b = coded[k + 1]!.code!;
    // 3 digits over 6, or 4 over 7 (a 4-digit code cell is no classification code, but a department's only
    // with its unit's row right after it)
    const pair = (a.code.length === 3 && b.code.length === 6) || (a.code.length === 4 && b.code.length === 7);
    if (pair && b.domain === 'unit' && b.code.startsWith(a.code) && a.domain !== 'unit') {
      coded[k]!.code = { ...a, domain: 'unit', level: 1 };
    }
  }
}

export function isAmountValue(v: CellValue | undefined): v is Extract<CellValue, { kind: 'amount' }> {
  return !!v && v.kind === 'amount';
}
export { isAmountCell };

/**
 * A one-digit 款/项 read with its zero restored is trusted only where it fits the ascending order of
 * its siblings (01, 2, 08 → 02 sits between 01 and 08): a digit lost at the end ("2" for "21") would
 * not. Where it does not fit, or there is no sibling to compare with, the code is not sure.
 */
function checkPaddedOrder(items: Item[]): void {
  const coded = items.filter((i) => i.code || i.codeUnsure);
  coded.forEach((it, k) => {
    if (!it.code?.padded) return;
    const c = it.code.code;
    const parent = c.slice(0, c.length - 2);
    const sibling = (x: Item | undefined) => x?.code && !x.code.padded && x.code.code.length === c.length && x.code.code.startsWith(parent) ? x.code.code : null;
    let prev: string | null = null;
    for (let j = k - 1; j >= 0 && prev === null; j--) {
      const x = coded[j]!;
      if (!x.code || !x.code.code.startsWith(parent)) break;
      prev = sibling(x);
    }
    let next: string | null = null;
    for (let j = k + 1; j < coded.length && next === null; j++) {
      const x = coded[j]!;
      if (!x.code || !x.code.code.startsWith(parent)) break;
      next = sibling(x);
    }
    const fits = (prev !== null || next !== null) && (prev === null || prev < c) && (next === null || c < next);
    if (!fits) {
      it.codeUnsure = { level: it.code.level, written: c };
      it.code = undefined;
    }
  });
}
