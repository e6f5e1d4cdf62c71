/**
 * Every code cell of the fixture pages, as the overlay shows it: the core's classification
 * (analysis.codes) → decode(). Each cell's card must name its own level with the name the page prints
 * for that code, and 单位代码 cells must not be read as classification codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../analyze';
import { FIXTURES, STYLES, fixtureSnapshot } from '../../tests/lib/helpers';
import { isClassification, pageNamesFor, type CodeCellInfo } from './cells';
import { decode, loadCodes, type CodeBook } from './index';

let book: CodeBook;
beforeAll(async () => {
  book = await loadCodes();
});

const cases = FIXTURES.flatMap((id) => STYLES.map((style) => [id, style] as const));

/** What is wrong with the card of one cell, or null. */
function wrongCard(cells: CodeCellInfo[], c: CodeCellInfo): string | null {
  if (!isClassification(c)) return null;
  const d = decode(c.code, book, { pageNames: new Map(pageNamesFor(cells, c)), domain: c.domain });
  if (!d) return `${c.written} (${c.code}) not decoded`;
  const levels = (c.code.length - 1) / 2;
  if (d.path.length !== levels) return `${c.written}: ${d.path.length} levels for ${c.code}`;
  const last = d.path.at(-1)!;
  if (!last.name) return `${c.code}: no name`;
  if (last.labelMismatch) return `${c.code}: page label mismatch "${last.name}"`;
  // the names the page prints beside this very code, anywhere in the document
  const printed = new Set(cells.filter((x) => x.code === c.code && x.domain === c.domain && x.name).map((x) => x.name!.replace(/\s+/g, '')));
  if (printed.size && !printed.has(last.name)) return `${c.code}: "${last.name}", the page prints ${[...printed].join(' / ')}`;
  return null;
}

describe('code cells of the fixture pages', () => {
  it.each(cases)('%s.%s: every code cell gets its own code, named as the page names it', (id, style) => {
    const { codes = [] } = analyzeSnapshot(structuredClone(fixtureSnapshot(id, style)));
    const classified = codes.filter(isClassification);
    expect(classified.length).toBeGreaterThan(10);
    const wrong = classified.map((c) => wrongCard(codes, c)).filter((w) => w !== null);
    expect(wrong).toEqual([]);
  });

  it('000: split 类/款/项 rows: the 类 cell "210" is 卫生健康支出, the 项 cell is decoded from 类+款+项', () => {
    const { codes = [] } = analyzeSnapshot(structuredClone(fixtureSnapshot('000_9397a020b08f6624', 'plain')));
    const split = codes.filter((c) => c.part);
    const lei = split.find((c) => c.part === '类' && c.written === '210')!;
    expect(lei.code).toBe('210');
    const d = decode(lei.code, book, { pageNames: new Map(pageNamesFor(codes, lei)), domain: 'function' });
    expect(d?.path.map((s) => s.name)).toEqual(['卫生健康支出']);
    // the row 210|15|01 行政运行: its 项 cell "01" is 2101501, named by the row
    const xiang = split.find((c) => c.part === '项' && c.name === '行政运行')!;
    expect(xiang).toMatchObject({ code: '2101501', written: '01' });
    const dx = decode(xiang.code, book, { pageNames: new Map(pageNamesFor(codes, xiang)), domain: 'function' });
    expect(dx?.path.map((s) => s.name)).toEqual(['卫生健康支出', '医疗保障管理事务', '行政运行']);
    expect(split.find((c) => c.part === '款' && c.written === '15')?.code).toBe('21015');
  });

  it.each(FIXTURES)('%s: unit codes (3 and 6 digits, rows named after the unit) are not classification codes', (id) => {
    const { codes = [] } = analyzeSnapshot(structuredClone(fixtureSnapshot(id, 'plain')));
    const units = codes.filter((c) => c.domain === 'unit');
    if (id !== '004_c5440fdc5d943430') expect(units.some((c) => c.written.length === 3) && units.some((c) => c.written.length === 6)).toBe(true);
    for (const u of units) expect(isClassification(u), `${u.written} ${u.name ?? ''}`).toBe(false);
    // the names offered to the decoder are those printed beside codes of the same classification
    for (const c of codes.filter(isClassification)) {
      for (const [code, name] of pageNamesFor(codes, c)) expect(codes.some((x) => x.domain === c.domain && x.code === code && x.name === name)).toBe(true);
    }
  });
});

describe('split 经济分类 类/款 columns', () => {
  it('a split economic 类/款 pair is read as the economic code of the column, not as a function code', async () => {
    const { snapshotHtml } = await import('../../tests/lib/helpers');
    const html = `<html><body><p>2024年一般公共预算基本支出部门预算经济分类预算表</p><p>单位：万元</p><table>
      <tr><td colspan="2">经济分类科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td></tr>
      <tr><td>类</td><td>款</td></tr>
      <tr><td>301</td><td></td><td>工资福利支出</td><td>30.00</td></tr>
      <tr><td>301</td><td>01</td><td>基本工资</td><td>10.00</td></tr>
      <tr><td>301</td><td>02</td><td>津贴补贴</td><td>20.00</td></tr>
      <tr><td>302</td><td></td><td>商品和服务支出</td><td>5.00</td></tr>
      <tr><td>302</td><td>01</td><td>办公费</td><td>5.00</td></tr>
      <tr><td colspan="3">合计</td><td>35.00</td></tr></table></body></html>`;
    const { codes = [] } = analyzeSnapshot(snapshotHtml(html));
    const kuan = codes.find((c) => c.part === '款' && c.written === '02');
    expect(kuan).toMatchObject({ code: '30102', domain: 'economic-dept', name: '津贴补贴' });
    for (const c of codes.filter(isClassification)) expect(wrongCard(codes, c)).toBeNull();
    expect(codes.filter(isClassification).length).toBe(8);
  });
});
