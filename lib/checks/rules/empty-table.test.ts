import { describe, expect, it } from 'vitest';
import emptyTable, { explainsEmpty } from './empty-table';
import { testRule } from '../tester';
import { docOf, fixtureDoc, FIXTURES, run, STYLES, table } from './testing';

const EMPTY = table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']]);
const page = (title: string, note: string, extra = '') => `<h1>某某局2024年部门预算公开</h1><p>${title}</p><p>单位：万元</p>${EMPTY}${note ? `<p>${note}</p>` : ''}${extra}`;

describe('explainsEmpty', () => {
  it('reads explanations, not instructions', () => {
    expect(explainsEmpty('注：本单位2024年度无政府性基金预算拨款支出。')).toBe(true);
    expect(explainsEmpty('本单位不涉及政府性基金收支，已公开空表')).toBe(true);
    expect(explainsEmpty('注：以上部门预算报表中，空表表示本部门无相关收支情况。')).toBe(true);
    expect(explainsEmpty('2、没有专项业务经费的主管部门, 应公开空表并说明。')).toBe(false);
    expect(explainsEmpty('注：本表指纳入专户管理的教育收入等收入。')).toBe(false);
    expect(explainsEmpty('政府性基金拨款支出预算为0；')).toBe(true);
    expect(explainsEmpty('国有资本经营预算拨款支出预算为0万元。')).toBe(true);
    expect(explainsEmpty('政府性基金拨款支出预算为0.5万元；')).toBe(false);
    expect(explainsEmpty('政府性基金拨款支出预算为05万元；')).toBe(false);
  });
});

describe('empty-table rule', () => {
  it('verifies a note naming the right fund', () => {
    const c = run(docOf(page('政府性基金预算支出表', '注：本单位无政府性基金预算拨款支出。')), emptyTable);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations).toHaveLength(1);
  });
  it('warns when the note names another fund', () => {
    const c = run(docOf(page('政府性基金预算支出表', '注：本单位无国有资本经营预算支出。')), emptyTable);
    expect(c.findings.map((f) => [f.severity, f.table, f.cause?.id])).toEqual([['warning', 0, 'empty-table-wrong-fund']]);
  });
  it('accepts a note naming the table’s fund among others', () => {
    const c = run(docOf(page('项目支出表', '注：本单位无政府性基金安排的项目支出。')), emptyTable);
    expect(c.findings).toEqual([]);
  });
  it('warns when there is no note at all', () => {
    const c = run(docOf(page('国有资本经营预算支出表', '')), emptyTable);
    expect(c.findings.map((f) => [f.severity, f.table, f.cause?.id])).toEqual([['warning', 0, 'empty-table-no-note']]);
  });
  it('accepts a page-level note', () => {
    const c = run(docOf(page('国有资本经营预算支出表', '', '<p>注：以上部门预算报表中，空表表示本部门无相关收支情况。</p>')), emptyTable);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations).toHaveLength(1);
  });
  it('ignores tables with figures', () => {
    const html = `<h1>某某局2024年部门预算公开</h1><p>国有资本经营预算支出表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计'], ['', '合计', '5.00'], ['208', '社会保障和就业支出', '5.00']])}`;
    const c = run(docOf(html), emptyTable);
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(0);
  });
});

describe('empty-table on the fixtures', () => {
  for (const style of STYLES) {
    it(`000 ${style}: three empty tables without a note, but the page has unreadable tables: not run`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f000}.${style}.html`), emptyTable);
      expect(c.findings).toEqual([]);
      expect(c.notRuns.map((n) => n.table)).toEqual([12, 13, 14]);
    });
    it(`001 ${style}: five empty tables, each with a note naming its fund`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f001}.${style}.html`), emptyTable);
      expect(c.findings).toEqual([]);
      expect(c.verifiedRelations.map((v) => v.table)).toEqual([9, 10, 11, 12, 13]);
    });
    it(`004 ${style}: the reasons are in the 目录 table ("是否空表 / 公开空表理由"): verified from there`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f004}.${style}.html`), emptyTable);
      expect(c.findings).toEqual([]);
      expect(c.notRuns).toEqual([]);
      expect(c.verifiedRelations.map((v) => v.table)).toEqual([6, 16]);
    });
  }
});

describe('empty-table: where the explanation may stand', () => {
  const H = '<h1>某某局2024年部门预算公开</h1>';
  const next = `<p>国有资本经营预算支出表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计'], ['', '合计', '5.00'], ['208', '社会保障和就业支出', '5.00']])}`;
  const fundTable = `<p>政府性基金预算支出表</p><p>单位：万元</p>${EMPTY}`;
  it('a sentence right under the table without "注：" counts as the note', () => testRule(emptyTable, {
    valid: [`${H}${fundTable}<p>某某局（本级）2024年无政府性基金预算拨款安排的支出。</p>${next}`],
    invalid: [],
  }));
  it('"无相关收支项目" / "无该项目" says the department has none of it at all: a note for any empty table, not a 项目支出 note', () => testRule(emptyTable, {
    valid: [
      `${H}${fundTable}<p>注：本部门无相关收支项目</p>${next}`,
      `${H}${fundTable}<p>注：本部门无该项目</p>${next}`,
    ],
    invalid: [
      // a note that does speak of 项目支出 under a 政府性基金 table was copied from another table
      { html: `${H}${fundTable}<p>注：本部门无项目支出。</p>${next}`, findings: [{ severity: 'warning', table: 0, cause: 'empty-table-wrong-fund' }] },
    ],
  }));
  it('the same statement in the 说明 counts as the note; no explanation anywhere is a warning', () => testRule(emptyTable, {
    valid: [
      `${H}<p>一、部门预算说明</p><p>本部门2024年没有政府性基金预算拨款安排的支出，国有资本经营预算支出5.00万元。</p>${fundTable}${next}`,
      // the 说明 states this fund's expenditure budget is zero: that is why the table is empty
      `${H}<p>财政拨款支出预算中，一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为5万元。</p>${fundTable}${next}`,
    ],
    invalid: [
      // no explanation anywhere: the 说明 speaks of other things only
      { html: `${H}<p>一、部门预算说明</p><p>本部门2024年国有资本经营预算支出5.00万元。</p>${fundTable}${next}`, findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
      // a zero that is not zero: 0.50 万元 is an amount, and the table should show it
      { html: `${H}<p>财政拨款支出预算中，一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为0.50万元；国有资本经营预算拨款支出预算为5万元。</p>${fundTable}${next}`, findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
      // a 说明 sentence about another fund explains nothing about this table
      { html: `${H}<p>本部门2024年无国有资本经营预算拨款安排的支出。</p>${fundTable}<p>一般公共预算支出表</p>`, findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
    ],
  }));
});
