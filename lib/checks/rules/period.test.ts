import { describe, expect, it } from 'vitest';
import period, { periodYears } from './period';
import { docOf, fixtureDoc, FIXTURES, run, STYLES, table } from './testing';

const EMPTY = table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']]);
const page = (note: string, title = '政府性基金预算支出表') => `<h1>某某局2024年部门预算公开</h1><p>2024年部门预算</p><p>${title}</p><p>单位：万元</p>${EMPTY}<p>${note}</p>`;

describe('periodYears', () => {
  it('keeps years stated as a period', () => {
    expect(periodYears('注：本表反映2023年度一般公共预算“三公”经费支出情况。').map((m) => [m.year, m.strong])).toEqual([[2023, true]]);
    expect(periodYears('本单位2023年度无政府性基金预算拨款支出。').map((m) => m.year)).toEqual([2023]);
  });
  it('skips comparisons, dates, ranges and document titles', () => {
    expect(periodYears('2024年“三公”经费预算与2023年持平。')).toEqual([]);
    expect(periodYears('截至2023年12月底，本部门共有公务用车0辆。')).toEqual([]);
    expect(periodYears('比2023年减少28.86万元。')).toEqual([]);
    expect(periodYears('较 2023 年增长。')).toEqual([]);
    expect(periodYears('2021-2025年规划。')).toEqual([]);
    expect(periodYears('依据《2023年预算管理办法》。')).toEqual([]);
    expect(periodYears('2023年12月31日前完成。')).toEqual([]);
  });
});

describe('period rule', () => {
  it('flags a note naming last year', () => {
    const c = run(docOf(page('注：本单位2023年度无政府性基金预算拨款支出。')), period);
    expect(c.findings).toHaveLength(1);
    const f = c.findings[0]!;
    expect(f).toMatchObject({ rule: 'period', severity: 'error', table: 0, cells: [], expected: '2024', actual: '2023', text: '注：本单位2023年度无政府性基金预算拨款支出。' });
  });
  it('accepts a note naming the document year, or a comparison', () => {
    for (const note of ['注：本单位2024年度无政府性基金预算拨款支出。', '注：本表金额与2023年持平。', '注：截至2023年12月底无结余。']) {
      const c = run(docOf(page(note)), period);
      expect(c.findings, note).toEqual([]);
    }
    expect(run(docOf(page('注：本单位2024年度无政府性基金预算拨款支出。')), period).verifiedRelations).toHaveLength(1);
  });
  it('flags a stale title', () => {
    const c = run(docOf(page('注：无。', '2023年政府性基金预算支出表')), period);
    expect(c.findings.map((f) => [f.severity, f.actual])).toEqual([['error', '2023']]);
  });
  it('accepts header years that compare several years', () => {
    const html = `<h1>某某局2024年部门预算公开</h1><p>支出总表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '2023年预算数', '2024年预算数'], ['', '合计', '10.00', '12.00'], ['208', '社会保障和就业支出', '10.00', '12.00']])}`;
    expect(run(docOf(html), period).findings).toEqual([]);
  });
  it('checks the period line under a table title', () => {
    const sub = (y: string) => `<h1>某某局2024年部门预算公开</h1><p>表5 项目绩效目标表</p><p>（${y}年度）</p>${table([['项目名称', '体检', ''], ['资金总额', '13', '']])}`;
    expect(run(docOf(sub('2024')), period).findings).toEqual([]);
    expect(run(docOf(sub('2023')), period).findings.map((f) => [f.severity, f.actual])).toEqual([['error', '2023']]);
    expect(run(docOf(sub('20XX')), period).findings.map((f) => [f.severity, f.cause?.id])).toEqual([['warning', 'year-placeholder']]);
  });
  it('accepts a 决算 document describing its accounts year', () => {
    const html = `<h1>某某局2023年度部门决算公开</h1><p>2023年度部门决算</p><p>发布日期：2024年8月30日</p><p>政府性基金预算财政拨款收入支出决算表</p><p>单位：万元</p>${EMPTY}<p>注：本单位2023年度无政府性基金预算财政拨款收入和支出。</p>`;
    const doc = docOf(html);
    expect(doc.docKind).toBe('决算');
    expect(run(doc, period).findings).toEqual([]);
  });
  it('does not run without a document year', () => {
    const html = `<p>政府性基金预算支出表</p><p>单位：万元</p>${EMPTY}<p>注：本单位2023年度无政府性基金预算拨款支出。</p>`;
    const c = run(docOf(html), period);
    expect(c.findings).toEqual([]);
  });
});

describe('period on the fixtures', () => {
  for (const style of STYLES) {
    it(`000 ${style}: nothing`, () => {
      expect(run(fixtureDoc(`${FIXTURES.f000}.${style}.html`), period).findings).toEqual([]);
    });
    it(`001 ${style}: the 三公 note and five empty-table notes name 2023 in a 2024 budget`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f001}.${style}.html`), period);
      expect(c.findings.map((f) => [f.severity, f.table, f.expected, f.actual])).toEqual([
        ['error', 8, '2024', '2023'],
        ['error', 9, '2024', '2023'],
        ['error', 10, '2024', '2023'],
        ['error', 11, '2024', '2023'],
        ['error', 12, '2024', '2023'],
        ['error', 13, '2024', '2023'],
      ]);
      expect(c.findings[0]!.text).toContain('本表反映2023年度一般公共预算“三公”经费支出情况');
      expect(c.findings[4]!.text).toContain('本单位2023年度无国有资本经营预算支出');
    });
    it(`004 ${style}: the 专项资金总体绩效目标表 template still says (20XX年度); the other period lines say 2026`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f004}.${style}.html`), period);
      expect(c.findings.map((f) => [f.severity, f.table, f.expected, f.cause?.id])).toEqual([['warning', 16, '2026', 'year-placeholder']]);
      expect(c.findings[0]!.text).toContain('(20XX年度)');
      expect(c.verifiedRelations.map((v) => v.table)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    });
  }
});
