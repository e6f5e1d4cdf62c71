import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docOf, fixtureDoc, FIXTURES } from '../checks/rules/testing';
import type { FormModel } from './form';

const page = (name: string) => readFileSync(new URL(`../../tests/fixtures/forms/${name}`, import.meta.url), 'utf8');
const formOf = (html: string): FormModel => {
  const forms = docOf(html).tables.flatMap((t) => (t.form ? [t.form] : []));
  expect(forms).toHaveLength(1);
  return forms[0]!;
};

describe('readForm', () => {
  it('reads the national 绩效自评表 block by block', () => {
    const f = formOf(page('national.html'));
    expect(f.by).toBe('title');
    expect(f.fields.map((x) => [x.label, x.value])).toEqual([
      ['项目名称', '基层医务人员能力提升培训'], ['主管部门', '某市卫生健康委员会'], ['实施单位', '某市基层卫生培训中心'],
    ]);
    expect(f.funding?.columns.map((c) => [c.role, c.col])).toEqual([
      ['年初预算数', 3], ['全年预算数', 4], ['全年执行数', 5], ['分值', 6], ['执行率', 7], ['得分', 8],
    ]);
    expect(f.funding?.rows.map((r) => [r.row, r.role, r.values['全年执行数']?.text])).toEqual([
      [3, 'total', '112.58'], [4, '财政拨款', '93.58'], [5, '上年结转', '19.00'], [6, '其他资金', '0.00'],
    ]);
    expect(f.goals?.rows).toHaveLength(1);
    expect(f.indicators?.columns.map((c) => c.role)).toEqual(['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'reason']);
    // targets and results stay text as written; only 分值 / 得分 are numbers
    const quality = f.indicators!.rows.find((r) => r.level2 === '质量指标')!;
    expect([quality.level1, quality.level3, quality.target, quality.actual, quality.weight?.text, quality.score?.text]).toEqual(['产出指标', '培训考核合格率（%）', '95', '98.52', '20', '20']);
    expect(f.indicators!.rows.map((r) => r.target)).toContain('≥500人次');
    expect(f.indicators!.rows).toHaveLength(6);
    expect([f.totalScore?.label, f.totalScore?.weight?.text, f.totalScore?.score?.text]).toEqual(['总分', '100', '97.50']);
  });

  it('reads a provincial variant: units in the header, 执行率 before a merged 分值, 评（扣）分标准, a 合计 row', () => {
    const f = formOf(page('provincial.html'));
    expect(f.funding?.columns.map((c) => [c.role, c.col])).toEqual([
      ['年初预算数', 3], ['全年预算数', 4], ['全年执行数', 5], ['执行率', 6], ['分值', 7], ['得分', 9],
    ]);
    expect(f.funding?.rows.map((r) => [r.label, r.role, r.subset])).toEqual([['年度资金总额', 'total', false], ['其中：本年财政拨款', '财政拨款', true], ['上年结转资金', '上年结转', false]]);
    expect(f.indicators?.columns.map((c) => c.role)).toEqual(['level1', 'level2', 'level3', 'target', 'criterion', 'actual', 'weight', 'score', 'reason']);
    // a 一级指标 merged over three rows names each of them
    expect(f.indicators!.rows.slice(0, 3).map((r) => r.level1)).toEqual(['产出指标（60分）', '产出指标（60分）', '产出指标（60分）']);
    expect(f.indicators!.rows.map((r) => r.score?.text)).toEqual(['30', '20', '8', '20', '9']);
    expect([f.totalScore?.label, f.totalScore?.weight?.text, f.totalScore?.score?.text]).toEqual(['合计', '100', '96.62']);
  });

  it('finds the blocks by their header rows without a title', () => {
    const html = page('national.html').replace('<h2>项目支出绩效自评表</h2>', '<h2>附表三</h2>').replace('2025年度项目支出绩效自评表', '附表');
    const f = formOf(html);
    expect(f.by).toBe('structure');
    expect(f.funding?.rows).toHaveLength(4);
    expect(f.indicators?.rows).toHaveLength(6);
  });

  it('reads the 绩效目标表 of fixture 004 as forms: fields, a stated weight total, no funding columns', () => {
    const doc = fixtureDoc(`${FIXTURES.f004}.merged.html`);
    const forms = doc.tables.filter((t) => t.form);
    expect(forms.map((t) => t.index)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const first = forms[0]!.form!;
    expect(first.fields.find((x) => x.label === '项目名称')?.value).toBe('领导干部体检');
    expect(first.funding).toBeUndefined();
    expect(first.indicators?.statedWeight?.value.toString()).toBe('90');
    expect(first.indicators?.rows.find((r) => r.target === '≤13万元')?.weight?.text).toBe('20');
  });

  it('reads the list-style 项目支出绩效目标表 of fixtures 000/001 as forms without a funding block, and no other table', () => {
    for (const f of [FIXTURES.f000, FIXTURES.f001]) {
      const forms = fixtureDoc(`${f}.merged.html`).tables.filter((t) => t.form);
      expect(forms.length).toBeGreaterThan(0);
      for (const t of forms) {
        expect(t.form!.funding).toBeUndefined();
        expect(t.form!.indicators?.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['level1', 'level2', 'level3', 'target']));
      }
      // every other table of these pages is a grid
      expect(fixtureDoc(`${f}.merged.html`).tables.filter((t) => t.form && !/绩效/.test(t.title) && !t.form.indicators)).toEqual([]);
    }
  });
});
