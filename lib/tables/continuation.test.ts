import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../analyze';
import { buildDocumentModel } from '../document';
import { snapshotPageSync } from '../snapshot/read';

const snap = (html: string) => snapshotPageSync(parseHTML(html).document as unknown as Document).snapshot;
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const HEAD = row(['科目编码', '科目名称', '合计', '人员经费', '公用经费']);
const PART1 = [
  ['301', '工资福利支出', '30.00', '30.00', ''], ['30101', '基本工资', '20.00', '20.00', ''], ['30102', '津贴补贴', '10.00', '10.00', ''],
  ['302', '商品和服务支出', '5.00', '', '5.00'], ['30201', '办公费', '2.00', '', '2.00'],
].map(row).join('');
const PART2 = [['30205', '水费', '3.00', '', '3.00'], ['', '合计', '35.00', '30.00', '5.00']].map(row).join('');
const page = (second: string) =>
  `<html><body><p>一般公共预算基本支出表</p><p>单位：万元</p><table>${HEAD}${PART1}</table><p>一般公共预算基本支出表</p><p>单位：万元</p><table>${second}</table></body></html>`;

describe('a table cut in two where a page ended is joined into one', () => {
  it('second part repeating the header', () => {
    const doc = buildDocumentModel(snap(page(HEAD + PART2)));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.parts.map((p) => p.index)).toEqual([0, 1]);
    expect(analyzeSnapshot(snap(page(HEAD + PART2))).summary.problems).toBe(0);
  });

  it('second part without a header (it would not score as a budget table alone)', () => {
    const doc = buildDocumentModel(snap(page(PART2)));
    expect(doc.tables).toHaveLength(1);
    const items = doc.tables[0]!.blocks[0]!.items;
    const water = items.find((i) => i.code?.code === '30205')!;
    expect(water.table).toBe(1);
    expect(items[water.parent!]!.code?.code).toBe('302');
    const a = analyzeSnapshot(snap(page(PART2)));
    expect(a.summary.problems).toBe(0);
    expect(a.report.tables.map((t) => t.index)).toEqual([0, 1]);
  });

  it('a following table with other columns is not joined', () => {
    const other = row(['单位编码', '单位名称', '“三公”经费合计', '公务接待费']) + row(['', '合计', '3.00', '3.00']);
    const doc = buildDocumentModel(snap(page(other)));
    expect(doc.tables.map((t) => t.parts.length)).toEqual([1, 1]);
  });

  it('fixture 001: 一般公共预算基本支出表 continues in the next table, which holds 合计', () => {
    for (const style of ['plain', 'merged', 'word']) {
      const doc = buildDocumentModel(snap(readFileSync(`tests/fixtures/pages/001_98990c82be280a35.${style}.html`, 'utf8')));
      const t = doc.tables.find((x) => x.parts.length === 2 && x.kind === '一般公共预算基本支出表')!;
      expect(t.parts.map((p) => p.index)).toEqual([4, 5]);
      const items = t.blocks[0]!.items;
      expect(items.filter((i) => i.table === 5 && items[i.parent ?? -1]?.code?.code === '302').map((i) => i.code?.code)).toEqual(['30211', '30205', '30201', '30206']);
    }
  });
  it('a continuation whose first rows carry no figure (empty 支出 lines) is joined, those rows read as body rows', () => {
    const head = row(['项目', '金额', '项目', '金额']);
    const p1 = [['一、财政拨款', '30.00', '一、一般公共服务支出', '20.00'], ['', '', '二、外交支出', ''], ['', '', '三、国防支出', '10.00']].map(row).join('');
    const p2 = [['', '', '四、公共安全支出', ''], ['', '', '五、教育支出', ''], ['本年收入合计', '30.00', '本年支出合计', '30.00']].map(row).join('');
    const html = `<html><body><p>财政拨款收支总表</p><p>单位：万元</p><table>${head}${p1}</table><table>${p2}</table></body></html>`;
    const doc = buildDocumentModel(snap(html));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.parts.map((p) => [p.index, p.headerRows])).toEqual([[0, 1], [1, 0]]);
    const labels = doc.tables[0]!.blocks.flatMap((b) => b.items.filter((i) => i.table === 1).map((i) => i.rawLabel));
    expect(labels).toContain('四、公共安全支出');
  });

  it('a 收支总表 whose 收入 side ended on the page before is joined: its 本年收入合计 opens that column, not the part', () => {
    const head = row(['项目', '金额', '项目', '金额']);
    const p1 = [['一、财政拨款', '20.00', '一、一般公共服务支出', '20.00'], ['二、事业收入', '10.00', '二、外交支出', '']].map(row).join('');
    // repeated header; the 支出 items go on above the totals, the 收入 column is empty down to its 合计
    const p2 = [['', '', '三、国防支出', '10.00'], ['本年收入合计', '30.00', '本年支出合计', '30.00']].map(row).join('');
    const html = `<html><body><p>收支总表</p><p>单位：万元</p><table>${head}${p1}</table><table>${head}${p2}</table></body></html>`;
    const doc = buildDocumentModel(snap(html));
    expect(doc.tables.map((t) => t.parts.map((p) => p.index))).toEqual([[0, 1]]);
    expect(analyzeSnapshot(snap(html)).summary.problems).toBe(0);
  });

  it('two tables that each open with their own 合计 row stay two tables', () => {
    const part = (v: string) => row(['科目编码', '科目名称', '合计']) + row(['', '合计', v]) + row(['210', '卫生健康支出', v]);
    const html = `<html><body><p>支出总表</p><p>单位：万元</p><table>${part('10.00')}</table><p>支出总表</p><p>单位：万元</p><table>${part('20.00')}</table></body></html>`;
    expect(buildDocumentModel(snap(html)).tables.map((t) => t.parts.length)).toEqual([1, 1]);
  });
  it('the end of a label cut by the page break ("当 年 收 入" | "小计") joins the row above: no figure-less 小计 left to claim an error', () => {
    const head = row(['项目', '金额', '项目', '金额']);
    const p1 = [['一、财政拨款', '30.00', '一、一般公共服务支出', '20.00'], ['二、其他资金', '5.00', '二、外交支出', '15.00'], ['当 年 收 入', '35.00', '当年支出小计', '35.00']].map(row).join('');
    const p2 = [['小计', '', '', ''], ['上年结转资金', '10.00', '结转下年资金', '10.00'], ['收入合计', '45.00', '支出合计', '45.00']].map(row).join('');
    const html = `<html><body><p>收支预算总表</p><p>单位：万元</p><table>${head}${p1}</table><table>${p2}</table></body></html>`;
    const doc = buildDocumentModel(snap(html));
    expect(doc.tables[0]!.parts.length).toBe(2);
    const income = doc.tables[0]!.blocks[0]!.items;
    expect(income.map((i) => [i.rawLabel, i.total ?? null])).toEqual([['一、财政拨款', null], ['二、其他资金', null], ['当 年 收 入小计', 'subtotal'], ['上年结转资金', null], ['收入合计', 'total']]);
    expect(analyzeSnapshot(snap(html)).summary.problems).toBe(0);
  });
  it('a figure-less row after a page break that does not complete a total stays a row of its own', () => {
    const head = row(['项目', '金额']);
    const html = (first: string) => `<html><body><p>收入总表</p><p>单位：万元</p><table>${head}${[['一、财政拨款', '30.00'], ['二、其他资金', '5.00']].map(row).join('')}</table><table>${[[first, ''], ['本年收入合计', '35.00']].map(row).join('')}</table></body></html>`;
    const items = buildDocumentModel(snap(html('三、事业收入'))).tables[0]!.blocks[0]!.items;
    expect(items.map((i) => i.rawLabel)).toEqual(['一、财政拨款', '二、其他资金', '三、事业收入', '本年收入合计']);
  });
});
