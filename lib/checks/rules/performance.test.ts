import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../tester';
import performance from './performance';
import { fixtureDoc, FIXTURES, run, STYLES, table } from './testing';

const page = (name: string) => readFileSync(new URL(`../../../tests/fixtures/forms/${name}`, import.meta.url), 'utf8');
/** one figure changed on a page (the text must be there exactly once) */
function edit(html: string, from: string, to: string): string {
  if (html.split(from).length !== 2) throw new Error(`"${from}" is not on the page exactly once`);
  return html.replace(from, to);
}

// national template (财预〔2020〕10号): funding block, goals, indicators with their own header, 总分 100 = 90 + 执行率 10
const national = page('national.html');
// provincial variant: 资金来源 column, 执行率 before 分值, merged 分值 cells, 评（扣）分标准 column, no 其他资金 row, 合计 row
const provincial = page('provincial.html');
// 执行率 = 全年执行数 ÷ 年初预算数 (95.00 ÷ 100.00), not ÷ 全年预算数 (120.00): the base is not written
const ambiguous = page('ambiguous-base.html');

// Sichuan-style: 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分, rows 总额 / 财政资金 / 财政专户管理资金 /
// 单位资金 / 其他资金, the formula written in the 原因 column, a 合计 row of 权重 100 = 60 + 30 + 10
const sichuan = page('sichuan-style.html');

const TOTAL_ROW = 3; // 年度资金总额 in national.html

describe('performance (tester)', () => {
  it('valid and invalid 绩效自评表 pages', () => {
    testRule(performance, {
      valid: [
        national,
        provincial,
        ambiguous,
        sichuan,
        // a 一级指标 row of its own carrying the group's 分值 and 得分 (not an addend)
        edit(national, '<tr><td rowspan="3">产出指标</td>', '<tr><td>产出指标</td><td></td><td></td><td></td><td></td><td>50</td><td>50</td><td></td></tr><tr><td rowspan="3"></td>').replace('<td rowspan="7">绩效指标</td>', '<td rowspan="8">绩效指标</td>'),
        // the rate written as a ratio
        edit(national, '<td>95.00%</td>', '<td>0.9500</td>'),
        // the rate capped at 100 % when more was spent than budgeted
        edit(edit(national, '<td>112.58</td><td>10</td><td>95.00%</td><td>9.50</td>', '<td>119.58</td><td>10</td><td>100.00%</td><td>10.00</td>'),
          '<td>93.58</td>', '<td>100.58</td>').replace('<td>97.50</td>', '<td>98.00</td>'),
      ],
      invalid: [
        {
          // 112.58 ÷ 118.50 = 95.00 %, written 96.00 % (its 得分 9.50 then is not 10 × 96 %: no scoring formula is written, so not flagged)
          html: edit(national, '<td>95.00%</td>', '<td>96.00%</td>'),
          findings: [{ severity: 'error', cells: [[TOTAL_ROW, 4], [TOTAL_ROW, 5], [TOTAL_ROW, 7]], difference: '1.00' }],
        },
        {
          // Σ 得分 = 20 + 20 + 10 + 10 + 18 + 10 + 9.50 = 97.50, the 总分 row says 98.50
          html: edit(national, '<td>97.50</td>', '<td>98.50</td>'),
          findings: [{ severity: 'error', cells: [[16, 7], [14, 7], [TOTAL_ROW, 8]], difference: '1.00' }],
        },
        {
          // 上年结转 执行数 18.00: 93.58 + 18.00 + 0.00 = 111.58 ≠ 年度资金总额 112.58
          html: edit(national, '<td>19.00</td>', '<td>18.00</td>'),
          findings: [{ severity: 'error', cells: [[TOTAL_ROW, 5], [4, 5], [5, 5], [6, 5]], difference: '1.00' }],
        },
        {
          // indicator weights 95 + 执行率 10 = 105 ≠ 总分 100 (and 90 alone is not it either)
          html: edit(national, '<td>20</td><td>18</td>', '<td>25</td><td>18</td>'),
          findings: [{ severity: 'error', cells: [[16, 6], [14, 6], [TOTAL_ROW, 6]], difference: '-5' }],
        },
        {
          // provincial: 本年财政拨款 全年执行数 251.30 exceeds 年度资金总额 240.50 (no 其他资金 row: only ≤ is certain)
          html: edit(provincial, '<td>221.30</td>', '<td>251.30</td>'),
          findings: [{ severity: 'error', cells: [[3, 5], [4, 5]] }],
        },
        {
          // Sichuan-style: 105.42 % = 251.89 ÷ 238.93 (年初预算) while the form writes 执行率 = 预算执行数 / 调整后预算数 → 100.00 %
          html: edit(sichuan, '<td>251.89</td><td>100.00%</td><td>10</td><td>10</td>', '<td>251.89</td><td>105.42%</td><td>10</td><td>10</td>'),
          findings: [{ severity: 'error', cells: [[3, 3], [3, 4], [3, 5]], difference: '5.42' }],
        },
        {
          // provincial: 产出指标 states 65分, its indicators weigh 30 + 20 + 10 = 60
          html: edit(provincial, '产出指标（60分）', '产出指标（65分）'),
          findings: [{ severity: 'error', cells: [[9, 0], [9, 7], [10, 7], [11, 7]], difference: '5' }],
        },
        {
          // provincial: a funding 得分 above its 分值 is wrong under any scoring (Σ 得分 then fails too)
          html: edit(provincial, '<td>9.62</td>', '<td>12.00</td>'),
          findings: [{ severity: 'warning', cells: [[3, 9]] }, { severity: 'error', cells: [[14, 8], [3, 9]] }],
        },
      ],
    });
  });

  it('says "could not check" when the rate fits 年初预算数 but not 全年预算数', () => {
    const c = runRule(performance, ambiguous);
    expect(c.notRuns.map((n) => n.reason)).toEqual([expect.stringContaining('未写明以哪个预算数为基数')]);
    // a formula written on the form decides the base: then the same rate is an error
    const stated = runRule(performance, ambiguous.replace('</table>', '<tr><td colspan="9">注：执行率=全年执行数/全年预算数</td></tr></table>'));
    expect(stated.findings.filter((f) => f.severity === 'error').map((f) => f.expected)).toEqual(['79.17']);
  });

  it('does not call Σ得分 ≠ 总分 an error when a weighted indicator was left unscored (rescaled to the applicable ones)', () => {
    // 效益指标 (weight 20) marked 不适用 and left unscored; the page rescales the others, so 总分 98.00 is not Σ得分
    const html = edit(edit(national, '<td>20</td><td>18</td><td>部分乡镇设备未到位，下年跟进</td>', '<td>20</td><td>/</td><td>不适用</td>'), '<td>97.50</td>', '<td>98.00</td>');
    const c = runRule(performance, html);
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.map((n) => n.reason)).toEqual([expect.stringContaining('未打分')]);
  });

  it('never reads indicator values as money (年度指标值 95 / 实际完成值 98.52 sit under the funding columns)', () => {
    // national.html row 11 holds 95 | 98.52 | 20 | 20 under 全年预算数 | 全年执行数 | 分值 | 执行率: a grid
    // reading would say "执行率 should be 98.52 ÷ 95 = 103.71 %". Only the 年度资金总额 rate is a rate.
    const c = runRule(performance, national);
    const rateCells = c.verifiedRelations.filter((v) => v.cells.some(([, col]) => col === 7) && v.cells.some(([, col]) => col === 5));
    expect(rateCells.map((v) => v.cells[0]![0])).toEqual([TOTAL_ROW]);
    expect(c.verifiedRelations.every((v) => v.cells.every(([r, col]) => !(r >= 10 && r <= 15 && (col === 4 || col === 5))))).toBe(true);
  });

  it('counts the funding 分值 (10) in the 总分 weight 100 with 90 indicator weights', () => {
    const c = runRule(performance, national);
    const weights = c.verifiedRelations.find((v) => v.cells.some(([r, col]) => r === 16 && col === 6));
    expect(weights?.cells).toContainEqual([TOTAL_ROW, 6]);
  });

  it('verifies a stated header total (分值权重（90分）) and reports a wrong one', () => {
    const H = '<h1>某某局2026年部门预算公开</h1><p>项目支出绩效目标表</p>';
    const target = (w: string[]) => `${H}${table([
      ['项目名称', '体检', '', '', ''],
      ['年度绩效指标', '一级指标', '二级指标', '指标值', '分值权重（90分）'],
      ['', '成本指标', '经济成本', '≤13万元', w[0]!],
      ['', '产出指标', '数量指标', '约40人', w[1]!],
      ['', '效益指标', '社会效益指标', '效果显著', w[2]!],
      ['', '满意度指标', '服务对象满意度指标', '≥95%', w[3]!],
    ])}`;
    testRule(performance, {
      valid: [target(['20', '30', '20', '20'])],
      invalid: [{ html: target(['20', '30', '20', '10']), findings: [{ severity: 'error', cells: [[1, 4], [5, 4]], difference: '10' }] }],
    });
    const empty = runRule(performance, target(['', '', '', '']));
    expect(empty.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(empty.notRuns).toHaveLength(1);
  });
});

describe('performance: rows whose cells drifted', () => {
  // the last row lost a cell: its weight stands under 指标值, one column left of 分值权重
  const drift = (w: string) => `<h1>某某局2026年部门预算公开</h1><p>部门预算专项业务经费绩效目标表</p><table>
<tr><td>年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标值</td><td>分值权重（90分）</td></tr>
<tr><td rowspan="3"></td><td>成本指标</td><td>经济成本</td><td>≤13万元</td><td>40</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>约40人</td><td>30</td></tr>
<tr><td>满意度</td><td>≥95%</td><td>${w}</td></tr>
</table>`;
  it('reads the drifted weight from the right edge and verifies the sum', () => {
    testRule(performance, { valid: [drift('20')], invalid: [] });
  });
  it('reports a sum that fails under every reading (drifted and strict)', () => {
    // 40 + 30 + 10 = 80 with the drifted weight, 70 without it: neither is 90
    testRule(performance, { valid: [], invalid: [{ html: drift('10'), findings: [{ severity: 'error', cells: [[1, 4], [3, 3]], difference: '10' }] }] });
  });
  it('drops a drifted reading that is a misread target when the strict reading holds', () => {
    // the last row leaves 分值 blank; its 指标值 100 stands one column left and is not a weight
    const html = drift('20').replace('<td>满意度</td><td>≥95%</td><td>20</td></tr>', '<td>满意度</td><td>满意度指标</td><td>≥95%</td><td>20</td></tr><tr><td></td><td>效益指标</td><td>社会效益</td><td>100</td><td></td></tr>');
    testRule(performance, { valid: [html], invalid: [] });
  });
});

describe('performance on the fixture pages', () => {
  for (const style of STYLES) {
    it(`000 ${style} and 001 ${style}: no forms, nothing to check`, () => {
      for (const f of [FIXTURES.f000, FIXTURES.f001]) {
        const c = run(fixtureDoc(`${f}.${style}.html`), performance);
        expect(c.findings).toEqual([]);
        expect(c.relations).toBe(0);
      }
    });
    it(`004 ${style}: the 分值权重（90分） columns of the seven project forms each add up to 90`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f004}.${style}.html`), performance);
      expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      // tables 9 and 11 have rows whose cells drifted one column left: read from the right edge
      expect(c.verifiedRelations.map((v) => v.table)).toEqual([8, 9, 10, 11, 12, 13, 14]);
      // 整体支出绩效目标表 and the empty 专项资金 template state (90分) but carry no weights
      expect(c.notRuns.map((n) => n.table)).toEqual([15, 16]);
    });
  }
});
