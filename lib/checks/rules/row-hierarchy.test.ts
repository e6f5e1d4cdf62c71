import { type InvalidCase, testRule, type ValidCase } from '../tester';
import rule from './row-hierarchy';
import { FIXTURES, fixturePage, STYLES } from './testing';

const table = (rows: string[][], unit = '万元') =>
  `<p>单位：${unit}</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;

testRule(rule, {
  valid: [
    {
      name: '合计 = 类 = 款 down the classification codes',
      html: table([['', '合计', '300.00', '200.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '100.00'], ['20805', '行政事业单位养老支出', '300.00', '200.00', '100.00']]),
      verified: 6,
      info: [],
      notRun: [],
    },
    {
      name: 'children out of order: the parent is found by code prefix',
      html: table([['210', '卫生健康支出', '3.00', '3.00', ''], ['21015', '医疗保障管理事务', '3.00', '3.00', ''], ['2101502', '一般', '1.00', '1.00', ''], ['2101501', '行政运行', '2.00', '2.00', '']]),
      verified: [{ table: 0, cell: [1, 2] }, { table: 0, cell: [1, 3] }, { table: 0, cell: [2, 2] }, { table: 0, cell: [2, 3] }],
      info: [],
      notRun: [],
    },
    {
      // 其中 is a subset of 1、, not a third child of 一、: 10 = 10 + 0, not 10 ≠ 14
      name: 'does not add 其中 rows into their parent',
      html: table([['', '一、财政拨款', '10.00', '', ''], ['', '1、一般公共预算拨款', '10.00', '', ''], ['', '其中：专项资金', '4.00', '', ''], ['', '2、政府性基金拨款', '0.00', '', '']]),
      verified: [{ table: 0, cells: [[1, 2], [2, 2], [4, 2]] }, { table: 0, cells: [[2, 2], [3, 2]] }],
      info: [],
      notRun: [],
    },
    {
      name: 'adopts grouping rows whose figures are the sum of the rows below (no false alarm)',
      html: `<p>单位：元</p><table><tr><td>单位编码</td><td>单位（项目）名称</td><td>项目金额</td></tr>
      <tr><td></td><td>合计</td><td>300.00</td></tr><tr><td>308</td><td>某局</td><td>300.00</td></tr><tr><td>308001</td><td>某局</td><td>300.00</td></tr>
      <tr><td></td><td>专用项目</td><td>300.00</td></tr><tr><td></td><td>县级资金</td><td>300.00</td></tr>
      <tr><td></td><td>甲</td><td>100.00</td></tr><tr><td></td><td>乙</td><td>100.00</td></tr><tr><td></td><td>丙</td><td>100.00</td></tr></table>`,
      verified: [{ table: 0, cells: [[2, 2], [3, 2]] }, { table: 0, cells: [[3, 2], [4, 2]] }, { table: 0, cells: [[1, 2], [2, 2]] }],
      info: [],
      notRun: [],
    },
  ],
  invalid: [
    {
      name: 'a 款 that is not the sum of its 项, the difference being another figure of the table',
      html: table([['210', '卫生健康支出', '880,700.00', '880,700.00', ''], ['21011', '行政事业单位医疗', '43,000.00', '43,000.00', ''], ['21015', '医疗保障管理事务', '1,467,700.00', '1,467,700.00', ''], ['2101501', '行政运行', '837,700.00', '837,700.00', ''], ['2101599', '其他', '630,000.00', '630,000.00', '']], '元'),
      findings: [
        { severity: 'error', table: 0, exactCells: [[1, 2], [2, 2], [3, 2]], difference: '-630000.00', cause: 'difference-is-another-figure' },
        { severity: 'error', table: 0, exactCells: [[1, 3], [2, 3], [3, 3]], difference: '-630000.00' },
      ],
    },
    {
      name: 'a 其中 row larger than its parent',
      html: table([['', '一、财政拨款', '10.00', '10.00', ''], ['', '其中：专项', '12.00', '12.00', '']]),
      findings: [{ severity: 'error', table: 0, exactCells: [[1, 2], [2, 2]] }, { severity: 'error', table: 0, exactCells: [[1, 3], [2, 3]] }],
    },
    {
      name: 'tells a rounding difference from an error by written precision (info, not error)',
      html: table([['21015', '医疗保障管理事务', '2,752.12', '', ''], ['2101501', '行政运行', '2,090.00', '', ''], ['2101502', '一般行政管理事务', '427.43', '', ''], ['2101504', '信息化建设', '0.01', '', ''], ['2101505', '医疗保障政策管理', '234.69', '', '']]),
      findings: [],
      info: [{ severity: 'info', table: 0, cause: 'rounding', difference: '-0.01' }],
    },
    ...STYLES.map((style): InvalidCase => ({
      name: `fixture 004 ${style}: exactly the 表7 discrepancy (DOMAIN §5)`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      findings: [{ severity: 'error', table: 4, exactCells: [[7, 2], [8, 2], [10, 2]], difference: '-630000.00', cause: 'difference-is-another-figure' }],
    })),
  ] satisfies InvalidCase[],
} satisfies { valid: ValidCase[]; invalid: InvalidCase[] });
