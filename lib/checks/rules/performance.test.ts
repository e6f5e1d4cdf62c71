import { type InvalidCase, testRule, type ValidCase } from '../tester';
import performance from './performance';
import { FIXTURES, fixturePage, STYLES, table } from './testing';

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
const totalScore = (got: string) =>
  `${H}<p>项目支出绩效自评表</p>${table([
    ['一级指标', '三级指标', '分值', '得分'],
    ['产出指标', '数量', '50', '48'],
    ['效益指标', '满意度', '50', '45'],
    ['总分', '', '100', got],
  ])}`;

const valid: ValidCase[] = [
  { name: 'scores adding up to the stated total (分值权重（90分）)', html: target(['20', '30', '20', '20']), verified: [0], notRun: [] },
  {
    name: 'a score that drifted left in a row with a missing cell (right-edge score column)',
    html: `${H}<p>部门预算专项业务经费绩效目标表</p><table>
<tr><td>年度绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标值</td><td>分值权重（90分）</td></tr>
<tr><td rowspan="3"></td><td>成本指标</td><td>经济成本</td><td>≤13万元</td><td>40</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>约40人</td><td>30</td></tr>
<tr><td>满意度</td><td>≥95%</td><td>20</td></tr>
</table>`,
    verified: [0],
    notRun: [],
  },
  { name: '执行率 = 全年执行数 ÷ 全年预算数 and 得分 = 分值 × 执行率', html: selfEval('95.00%', '9.5'), verified: 2 },
  { name: '分值 and 得分 of the indicators add up to the 总分 row', html: totalScore('93'), verified: [0, 0] },
  ...STYLES.map((style): ValidCase => ({
    name: `004 ${style}: the 分值权重（90分） columns of the seven project tables each add up to 90`,
    html: fixturePage(`${FIXTURES.f004}.${style}.html`),
    verified: [8, 9, 10, 11, 12, 13, 14],
    // 整体支出绩效目标表 and the empty 专项资金 template state (90分) but carry no scores
    notRun: [{ table: 15 }, { table: 16 }],
  })),
];

const invalid: InvalidCase[] = [
  { name: 'scores that do not add up to the stated total', html: target(['20', '30', '20', '10']), findings: [{ severity: 'error', table: 0, expected: '80', actual: '90', difference: '10' }] },
  { name: 'does not run when no scores are filled in', html: target(['', '', '', '']), findings: [], notRun: [{ table: 0 }] },
  { name: 'a wrong 执行率', html: selfEval('96.00%', '9.6'), findings: [{ severity: 'error', table: 0, expected: '95.00', actual: '96.00' }] },
  { name: 'a 得分 that is not 分值 × 执行率', html: selfEval('95.00%', '8'), findings: [{ severity: 'warning', table: 0, expected: '10', actual: '8' }] },
  { name: 'a 总分 that is not the sum of the 得分', html: totalScore('92'), findings: [{ severity: 'error', table: 0, expected: '93', actual: '92' }], verified: 1 },
];

testRule(performance, { valid, invalid });
