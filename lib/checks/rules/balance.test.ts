import { testRule } from '../tester';
import balance from './balance';
import { FIXTURES, fixturePage, STYLES } from './testing';

function summary(inTotal: string, outTotal: string, outTotal2 = outTotal, year2 = '10.00') {
  return `<h1>某某局2024年部门预算公开</h1><p>收支总表</p><p>单位：万元</p><table>
<tr><td colspan="2">收入</td><td colspan="4">支出</td></tr>
<tr><td>项目</td><td>预算数</td><td>项目（按功能分类）</td><td>预算数</td><td>项目（按经济分类）</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>10.00</td><td>一、卫生健康支出</td><td>8.00</td><td>一、基本支出</td><td>7.00</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td></td><td>二、住房保障支出</td><td>2.00</td><td>二、项目支出</td><td>3.00</td></tr>
<tr><td>本年收入合计</td><td>10.00</td><td>本年支出合计</td><td>10.00</td><td>本年支出合计</td><td>${year2}</td></tr>
<tr><td>上年结转结余</td><td>2.00</td><td>年终结转结余</td><td>2.00</td><td>年终结转结余</td><td>2.00</td></tr>
<tr><td>收入总计</td><td>${inTotal}</td><td>支出总计</td><td>${outTotal}</td><td>支出总计</td><td>${outTotal2}</td></tr>
</table>`;
}

testRule(balance, {
  valid: [
    { name: 'a balanced 收支总表: 收入总计 = 支出总计 in both expenditure blocks', html: summary('12.00', '12.00'), verified: 3, info: [], notRun: [] },
    ...STYLES.flatMap((style) => [
      { name: `000 ${style}: 收支总表 and 财政拨款收支总表 balance`, html: fixturePage(`${FIXTURES.f000}.${style}.html`), verified: [1, 1, 1, 1, 1, 4], info: [], notRun: [] },
      { name: `001 ${style}: balanced`, html: fixturePage(`${FIXTURES.f001}.${style}.html`), verified: [1, 1, 1, 1, 1, 3], info: [] },
      { name: `004 ${style}: 财政拨款收支总表 and the empty 政府性基金收支表 balance`, html: fixturePage(`${FIXTURES.f004}.${style}.html`), verified: [1, 1, 1, 1, 1, 6, 6, 6, 6, 6], info: [] },
    ]),
  ],
  invalid: [
    {
      name: '收入总计 ≠ 支出总计',
      html: summary('12.00', '12.50', '12.00'),
      findings: [{ severity: 'error', exactCells: [[6, 1], [6, 3]], expected: '12.50', actual: '12.00', difference: '-0.50' }],
    },
    {
      name: 'expenditure blocks that reach different 本年支出合计',
      html: summary('12.00', '12.00', '12.00', '11.00'),
      findings: [{ severity: 'error', expected: '11.00', actual: '10.00' }],
    },
  ],
});
