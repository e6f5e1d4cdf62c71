import { describe, expect, it } from 'vitest';
import { mayHoldBudgetTable } from './hints';
import type { CellSnapshot, FlowItem, PageSnapshot, TableSnapshot } from './schema';

const cell = (text: string): CellSnapshot => ({ text, rowSpan: 1, colSpan: 1, header: false, indent: 0, bold: false });
const table = (index: number, rows: string[][], caption = ''): TableSnapshot => ({
  index, rows: rows.map((r) => r.map(cell)), caption, nested: false, hasNestedTable: false, truncatedRows: 0,
});
const text = (t: string): FlowItem => ({ kind: 'text', text: t, heading: false });
const page = (tables: TableSnapshot[], flow: FlowItem[] = tables.map((t) => ({ kind: 'table' as const, index: t.index })), title = ''): PageSnapshot =>
  ({ url: 'http://x.gov.cn/', title, tables, flow });

describe('mayHoldBudgetTable (the content script prepares to draw only where a budget table can be)', () => {
  it('no: a timetable, a league table, a calendar form', () => {
    expect(mayHoldBudgetTable(page([table(0, [['车次', '发车', '到达'], ['G101', '07:00', '11:30']])]))).toBe(false);
    expect(mayHoldBudgetTable(page([table(0, [['队名', '胜', '负', '积分'], ['一队', '10', '2', '30']])], [text('2024赛季积分榜'), { kind: 'table', index: 0 }], '体育新闻'))).toBe(false);
  });

  it('yes: a budget word in a cell, even spaced out as PDF-to-HTML text writes it', () => {
    expect(mayHoldBudgetTable(page([table(0, [['项目', '金额'], ['基本支出', '1,234.00']])]))).toBe(true);
    expect(mayHoldBudgetTable(page([table(0, [['项目', '金额'], ['基 本 支 出', '1,234.00']])]))).toBe(true);
  });

  it('yes: named only by its caption, the text right above it, or the page title', () => {
    const plain = table(0, [['项目名称', '金额'], ['某某项目', '120.00']]);
    expect(mayHoldBudgetTable(page([{ ...plain, caption: '2024年项目支出表' }]))).toBe(true);
    expect(mayHoldBudgetTable(page([plain], [text('表8'), text('2024年部门预算项目表'), text('单位：万元'), { kind: 'table', index: 0 }]))).toBe(true);
    expect(mayHoldBudgetTable(page([plain], undefined, '某局2024年部门预算公开'))).toBe(true);
  });

  it('a paragraph far above a table is not read as its title', () => {
    const plain = table(0, [['项目名称', '数量'], ['某某项目', '12']]);
    expect(mayHoldBudgetTable(page([plain], [text('财政资金管理办法'), text('一'), text('二'), text('三'), { kind: 'table', index: 0 }]))).toBe(false);
  });

  it('bounded: a table\'s first rows only, and past the cell budget it answers yes (the warm-up as before)', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`第${i}行`, String(i)]);
    const late = table(0, [...rows, ['基本支出', '1.00']]);
    expect(mayHoldBudgetTable(page([late]))).toBe(false); // a word only past the rows the detector reads
    const many = Array.from({ length: 200 }, (_, i) => table(i, Array.from({ length: 80 }, () => ['甲', '1', '2'])));
    expect(mayHoldBudgetTable(page(many))).toBe(true); // 48,000 cells: undecided within the budget
    expect(mayHoldBudgetTable(page(many.slice(0, 20)))).toBe(false); // 4,800 cells, none speaks budget
  });
});
