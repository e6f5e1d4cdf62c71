import { type InvalidCase, testRule, type ValidCase } from '../tester';
import rule from './row-hierarchy';
import { FIXTURES, fixturePage, STYLES } from './testing';

const table = (rows: string[][], unit = '万元') =>
  `<p>单位：${unit}</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;

// a function-class table with only 项 rows (split 类|款|项, or written whole), a 合计 row and a unit
// row (unit code in the label, or in the 类 column) that repeats the 合计: 合计 = unit row = Σ 项 rows
const splitHead = `<tr><td colspan="3">功能分类科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>类</td><td>款</td><td>项</td></tr>`;
const splitTable = (unitRow: string[], xiang250 = '250.00') =>
  `<p>单位：万元</p><table>${splitHead}${[
    ['', '', '', '合计', '380.00', '300.00', '80.00'],
    unitRow,
    ['201', '03', '01', '行政运行', xiang250, '250.00', ''],
    ['201', '03', '02', '一般行政管理事务', '80.00', '', '80.00'],
    ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '50.00', '50.00', ''],
  ].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const unitInLabel = ['', '', '', '101001 某某局', '380.00', '300.00', '80.00'];
const unitInCode = ['101001', '', '', '某某局', '380.00', '300.00', '80.00'];
const wholeCodes = (xiang250 = '250.00') =>
  `<p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${[
    ['', '合计', '380.00', '300.00', '80.00'],
    ['101001', '某某局', '380.00', '300.00', '80.00'],
    ['2010301', '行政运行', xiang250, '250.00', ''],
    ['2010302', '一般行政管理事务', '80.00', '', '80.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '50.00', '50.00', ''],
  ].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

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
    // the unit row (row u, first amount column c) = Σ 项 rows, and 合计 = the unit row, in each of the three columns
    ...(
      [
        ['unit code in the label', splitTable(unitInLabel), 3, 4],
        ['unit code in the 类 column', splitTable(unitInCode), 3, 4],
        ['codes written whole', wholeCodes(), 2, 2],
      ] as const
    ).map(([how, html, u, c]): ValidCase => ({
      name: `only 项 rows with a unit row repeating 合计 (${how}): the unit row is the total again, not an addend`,
      html,
      verified: [
        { table: 0, cells: [[u, c], [u + 1, c], [u + 2, c], [u + 3, c]] },
        { table: 0, cells: [[u, c + 1], [u + 1, c + 1], [u + 2, c + 1], [u + 3, c + 1]] },
        { table: 0, cells: [[u, c + 2], [u + 1, c + 2], [u + 2, c + 2], [u + 3, c + 2]] },
        { table: 0, cells: [[u - 1, c], [u, c]] },
        { table: 0, cells: [[u - 1, c + 1], [u, c + 1]] },
        { table: 0, cells: [[u - 1, c + 2], [u, c + 2]] },
      ],
      info: [],
      notRun: [],
    })),
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
    // 行政运行 written 205.00 for 250.00: the unit row no longer equals its 项 rows in the 合计 column
    {
      name: 'only 项 rows under a unit row (unit code in the label): 行政运行 205.00 for 250.00',
      html: splitTable(unitInLabel, '205.00'),
      findings: [{ severity: 'error', table: 0, cells: [[3, 4], [4, 4], [5, 4], [6, 4]], difference: '45.00', cause: 'transposed-digits' }],
    },
    {
      name: 'only 项 rows under a unit row (unit code in the 类 column): 行政运行 205.00 for 250.00',
      html: splitTable(unitInCode, '205.00'),
      findings: [{ severity: 'error', table: 0, cells: [[3, 4], [4, 4]], difference: '45.00' }],
    },
    {
      name: 'only 项 rows under a unit row (codes written whole): 行政运行 205.00 for 250.00',
      html: wholeCodes('205.00'),
      findings: [{ severity: 'error', table: 0, cells: [[2, 2], [3, 2]], difference: '45.00' }],
    },
    ...STYLES.map((style): InvalidCase => ({
      name: `fixture 004 ${style}: exactly the 表7 discrepancy (DOMAIN §5)`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      findings: [{ severity: 'error', table: 4, exactCells: [[7, 2], [8, 2], [10, 2]], difference: '-630000.00', cause: 'difference-is-another-figure' }],
    })),
  ] satisfies InvalidCase[],
} satisfies { valid: ValidCase[]; invalid: InvalidCase[] });
