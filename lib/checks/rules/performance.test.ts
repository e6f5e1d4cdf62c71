import { describe, expect, it } from 'vitest';
import performance from './performance';
import { docOf, fixtureDoc, FIXTURES, run, STYLES, table } from './testing';

const H = '<h1>某某局2026年部门预算公开</h1>';
const target = (scores: string[]) =>
  `${H}<p>部门预算专项业务经费绩效目标表</p>${table([
    ['项目名称', '体检', '', '', ''],
    ['资金金额（万元）', '实施期资金总额：', '13', '执行率分值（10分）', ''],
    ['年度绩效指标', '一级指标', '二级指标', '指标值', '分值权重（90分）'],
    ['', '成本指标', '经济成本', '≤13万元', scores[0]!],
    ['', '产出指标', '数量指标', '约40人', scores[1]!],
    ['', '效益指标', '社会效益指标', '效果显著', scores[2]!],
    ['', '满意度指标', '服务对象满意度指标', '≥95%', scores[3]!],
  ])}`;
const selfEval = (rate: string, got: string) =>
  `${H}<p>项目支出绩效自评表</p><p>单位：万元</p>${table([
    ['项目名称', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', '10.00', '10.00', '9.50', '10', rate, got],
  ])}`;

describe('performance rule', () => {
  it('verifies scores adding up to the stated total', () => {
    const c = run(docOf(target(['20', '30', '20', '20'])), performance);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations).toHaveLength(1);
  });
  it('flags scores that do not add up to the stated total', () => {
    const c = run(docOf(target(['20', '30', '20', '10'])), performance);
    expect(c.findings.map((f) => [f.severity, f.expected, f.actual, f.difference])).toEqual([['error', '80', '90', '10']]);
  });
  it('reads a score that drifted left in a row with a missing cell (right-edge score column)', () => {
    const html = `${H}<p>部门预算专项业务经费绩效目标表</p><table>
<tr><td>年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标值</td><td>分值权重（90分）</td></tr>
<tr><td rowspan="3"></td><td>成本指标</td><td>经济成本</td><td>≤13万元</td><td>40</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>约40人</td><td>30</td></tr>
<tr><td>满意度</td><td>≥95%</td><td>20</td></tr>
</table>`;
    const c = run(docOf(html), performance);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations).toHaveLength(1);
  });
  it('does not run when no scores are filled in', () => {
    const c = run(docOf(target(['', '', '', ''])), performance);
    expect(c.findings).toEqual([]);
    expect(c.notRuns).toHaveLength(1);
  });
  it('recomputes 执行率 and 得分 = 分值 × 执行率', () => {
    const ok = run(docOf(selfEval('95.00%', '9.5')), performance);
    expect(ok.findings).toEqual([]);
    expect(ok.verifiedRelations).toHaveLength(2);
    const badRate = run(docOf(selfEval('96.00%', '9.6')), performance);
    expect(badRate.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '95.00', '96.00']]);
    const badScore = run(docOf(selfEval('95.00%', '8')), performance);
    expect(badScore.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '10', '8']]);
  });
  it('adds 得分 to the 总分 row', () => {
    const html = `${H}<p>项目支出绩效自评表</p>${table([
      ['一级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量', '50', '48'],
      ['效益指标', '满意度', '50', '45'],
      ['总分', '', '100', '92'],
    ])}`;
    const c = run(docOf(html), performance);
    expect(c.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '93', '92']]);
    expect(c.verifiedRelations).toHaveLength(1);
  });
});

describe('performance on the fixtures', () => {
  for (const style of STYLES) {
    it(`000 ${style} and 001 ${style}: no score columns, nothing to check`, () => {
      for (const f of [FIXTURES.f000, FIXTURES.f001]) {
        const c = run(fixtureDoc(`${f}.${style}.html`), performance);
        expect(c.findings).toEqual([]);
        expect(c.relations).toBe(0);
      }
    });
    it(`004 ${style}: the 分值权重（90分） columns of the seven project tables each add up to 90`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f004}.${style}.html`), performance);
      expect(c.findings).toEqual([]);
      expect(c.verifiedRelations.map((v) => v.table)).toEqual([8, 9, 10, 11, 12, 13, 14]);
      // 整体支出绩效目标表 and the empty 专项资金 template state (90分) but carry no scores
      expect(c.notRuns.map((n) => n.table)).toEqual([15, 16]);
    });
  }
});
