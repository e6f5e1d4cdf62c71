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
const wholeCodes = (xiang250 = '250.00', unitCode = '101001') =>
  `<p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${[
    ['', '合计', '380.00', '300.00', '80.00'],
    [unitCode, '某某局', '380.00', '300.00', '80.00'],
    ['2010301', '行政运行', xiang250, '250.00', ''],
    ['2010302', '一般行政管理事务', '80.00', '', '80.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '50.00', '50.00', ''],
  ].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
// a 4-digit department code row above its unit's 7-digit row (1001 › 1001001) and the 项 rows
const deptTable = (xiang250 = '250.00', inColumn = false) =>
  `<p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${[
    ['', '合计', '380.00', '300.00', '80.00'],
    inColumn ? ['1001', '某某局', '380.00', '300.00', '80.00'] : ['', '1001 某某局', '380.00', '300.00', '80.00'],
    inColumn ? ['1001001', '某某局本级', '380.00', '300.00', '80.00'] : ['', '1001001 某某局本级', '380.00', '300.00', '80.00'],
    ['2010301', '行政运行', xiang250, '250.00', ''],
    ['2010302', '一般行政管理事务', '80.00', '', '80.00'],
    ['2080505', '机关事业单位基本养老保险缴费支出', '50.00', '50.00', ''],
  ].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

// layouts of the Jiangsu 部门预算 tables (a general shape, not a document): the model must read them
// before the rule can check them
const rows = (rs: string[]) => rs.map((r) => `<tr>${r}</tr>`).join('');
const td = (...cs: string[]) => cs.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('');
const summary = (income: string) => `<p>收支预算总表</p><p>单位：万元</p><table>${rows([
  td('<td colspan="2">收入</td>', '<td colspan="4">支出</td>'),
  td('<td rowspan="2">项目名称</td>', '<td rowspan="2">金额</td>', '<td colspan="2">功能分类</td>', '<td colspan="2">支出用途</td>'),
  td('功能科目名称', '金额', '项目名称', '金额'),
  td('一、财政拨款', '100.00', '一、一般公共服务支出', '80.00', '一、基本支出', '60.00'),
  td('二、其他资金', '5.00', '二、住房保障支出', '25.00', '二、项目支出', '45.00'),
  td('当年收入小计', '105.00', '<td colspan="3">当年支出小计</td>', '105.00'),
  td('上年结转资金', '10.00', '<td colspan="3">结转下年资金</td>', '10.00'),
  td('收入合计', income, '<td colspan="3">支出合计</td>', '115.00'),
])}</table>`;
const incomeGroups = (zx: string) => `<p>收入预算总表</p><p>单位：万元</p><table>${rows([
  td('<td colspan="2">项目名称</td>', '金额'),
  td('<td colspan="2">收入总计</td>', '110.00'),
  td('<td rowspan="3">一般公共预算资金</td>', '小计', '100.00'),
  td('公共财政拨款(补助)资金', '90.00'),
  td('专项收入', zx),
  td('<td rowspan="2">其他资金</td>', '小计', '10.00'),
  td('事业收入', '10.00'),
])}</table>`;
const procurement = (printer: string) => `<p>政府采购预算表</p><p>单位：万元</p><table>${rows([
  td('采购品目大类', '专项名称', '采购物品名称', '总计'),
  td('合计', '', '', '50.00'),
  td('一、货物A', '', '', '30.00'),
  td('', '办公设备购置费', '', '30.00'),
  td('', '', '台式计算机', '18.00'),
  td('', '', '打印设备', printer),
  td('三、服务C', '', '', '20.00'),
  td('', '会议经费', '', '20.00'),
  td('', '', '会议服务', '20.00'),
])}</table>`;

// split 类|款(|项) code columns whose cells do not all form codes as written
const codeTable = (head: string[], rs: string[][]) =>
  `<p>单位：元</p><table><tr><td colspan="${head.length}">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td></tr><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>${rs
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;
const econ = (basic: string) => codeTable(['类', '款'], [
  ['', '', '合计', '60.00', '60.00'],
  ['301', '', '工资福利支出', '60.00', '60.00'],
  ['301', '01', '基本工资', '10.00', '10.00'],
  ['301', '2', '津贴补贴', basic, basic],
  ['301', '7', '绩效工资', '30.00', '30.00'],
]);
// "208 | 1" between 20805 and 20810: not 20801 with certainty, so 208's children are not known
const outOfOrder = codeTable(['类', '款', '项'], [
  ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
  ['208', '05', '', '行政事业单位养老支出', '40.00', '40.00'],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '40.00', '40.00'],
  ['208', '1', '', '社会福利', '60.00', '60.00'],
  ['208', '10', '05', '社会福利事业单位', '60.00', '60.00'],
]);
// "7 | 11 | 02" stands for 210|11|02 but forms no code
const unreadable = codeTable(['类', '款', '项'], [
  ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
  ['208', '05', '', '行政事业单位养老支出', '100.00', '100.00'],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '100.00', '100.00'],
  ['210', '', '', '卫生健康支出', '50.00', '50.00'],
  ['210', '11', '', '行政事业单位医疗', '50.00', '50.00'],
  ['210', '11', '01', '行政单位医疗', '20.00', '20.00'],
  ['7', '11', '02', '事业单位医疗', '30.00', '30.00'],
  ['', '', '', '合计', '150.00', '150.00'],
]);
const unreadableWrongTotal = codeTable(['类', '款', '项'], [
  ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
  ['210', '', '', '卫生健康支出', '50.00', '50.00'],
  ['7', '11', '02', '事业单位医疗', '50.00', '50.00'],
  ['', '', '', '合计', '160.00', '160.00'],
]);
const unreadableClass = codeTable(['类', '款', '项'], [
  ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
  ['208', '05', '', '行政事业单位养老支出', '100.00', '100.00'],
  ['7', '', '', '卫生健康支出', '50.00', '50.00'],
  ['210', '11', '', '行政事业单位医疗', '50.00', '50.00'],
  ['', '', '', '合计', '150.00', '150.00'],
]);

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
    // r1: Jiangsu 部门预算 layouts (收支总表 in three blocks, group labels with their own 小计, levels by label column)
    {
      name: '收支总表 in three blocks: a label merged across a block\'s amount column is no blank figure; 合计 = 当年小计 + 上年结转',
      html: summary('115.00'),
      verified: [{ table: 0, cells: [[5, 1], [3, 1], [4, 1]] }, { table: 0, cells: [[7, 1], [5, 1], [6, 1]] }, { table: 0, cells: [[5, 5], [3, 5], [4, 5]] }, { table: 0, cells: [[7, 5], [5, 5], [6, 5]] }],
      info: [],
      // the merged 当年支出小计 / 支出合计 labels cover the 功能分类 amount column: that column's totals are not read as figures
      notRun: [{ table: 0, reason: '当年支出小计' }, { table: 0, reason: '支出合计' }],
    },
    {
      name: 'a group label merged down over rows, with its own 小计 line: the rows below are its parts, counted once in 收入总计',
      html: incomeGroups('10.00'),
      verified: [{ table: 0, cells: [[2, 2], [3, 2], [4, 2]] }, { table: 0, cells: [[5, 2], [6, 2]] }, { table: 0, cells: [[1, 2], [2, 2], [5, 2]] }],
      info: [],
      notRun: [],
    },
    {
      name: 'levels shown by the label column a row writes in (品目 › 专项 › 物品) nest; no level counted twice',
      html: procurement('12.00'),
      verified: [{ table: 0, cells: [[2, 3], [3, 3]] }, { table: 0, cells: [[3, 3], [4, 3], [5, 3]] }, { table: 0, cells: [[6, 3], [7, 3]] }, { table: 0, cells: [[7, 3], [8, 3]] }, { table: 0, cells: [[1, 3], [2, 3], [6, 3]] }],
      info: [],
      notRun: [],
    },
    // r3: split 类|款|项 codes whose cells do not all form codes as written
    {
      name: 'reads a one-digit 款 as the 款 without its leading zero (301 | 2 is 30102), and checks it',
      html: econ('20.00'),
      verified: [{ table: 0, cells: [[3, 3], [4, 3], [5, 3], [6, 3]] }, { table: 0, cells: [[3, 4], [4, 4], [5, 4], [6, 4]] }, { table: 0, cells: [[2, 3], [3, 3]] }, { table: 0, cells: [[2, 4], [3, 4]] }],
      info: [],
      notRun: [],
    },
    {
      name: 'does not trust a one-digit field that breaks the ascending order of its siblings (208 | 1 between 20805 and 20810)',
      html: outOfOrder,
      // only 20805 = 2080505 is checked; 208's children are not known
      verified: [{ table: 0, cells: [[3, 4], [4, 4]] }, { table: 0, cells: [[3, 5], [4, 5]] }],
      info: [],
      notRun: [{ table: 0, reason: '208 社会保障和就业支出: 下方有编码无法识别的行（20801）' }],
    },
    {
      name: 'an unreadable code (7 | 11 | 02 for 210|11|02) drives no hierarchy: its possible parents could not be checked, never a guessed error',
      html: unreadable,
      verified: [
        { table: 0, cells: [[2, 4], [3, 4]] },
        { table: 0, cells: [[2, 5], [3, 5]] },
        { table: 0, cells: [[3, 4], [4, 4]] },
        { table: 0, cells: [[3, 5], [4, 5]] },
        { table: 0, cells: [[9, 4], [2, 4], [5, 4]] },
        { table: 0, cells: [[9, 5], [2, 5], [5, 5]] },
      ],
      info: [],
      notRun: [{ table: 0, reason: '210 卫生健康支出: 下方有编码无法识别的行（7|11|02）' }, { table: 0, reason: '21011 行政事业单位医疗: 下方有编码无法识别的行（7|11|02）' }],
    },
    {
      name: 'an unreadable 类 code leaves the top-level rows unknown: the 合计 is not checked',
      html: unreadableClass,
      verified: [{ table: 0, cells: [[2, 4], [3, 4]] }, { table: 0, cells: [[2, 5], [3, 5]] }],
      info: [],
      notRun: [{ table: 0, reason: '合计: 类一级的编码无法识别（7||）' }],
    },
    // the unit row (row u, first amount column c) = Σ 项 rows, and 合计 = the unit row, in each of the three columns
    ...(
      [
        ['unit code in the label', splitTable(unitInLabel), 3, 4],
        ['unit code in the 类 column', splitTable(unitInCode), 3, 4],
        ['codes written whole', wholeCodes(), 2, 2],
        // 7 digits like a 项 code, but 100 is no classification's 类: the unit of a 4-digit department
        ['a 7-digit unit code under a 4-digit department', wholeCodes('250.00', '1001001'), 2, 2],
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
    {
      name: 'a 4-digit department row (1001) over its unit row (1001001) over the 项 rows: 合计 = department = unit = Σ 项',
      html: deptTable(),
      // unit row = Σ 项 (rows 3–6), department = unit (2, 3), 合计 = department (1, 2), in each amount column
      verified: [
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[2, c], [3, c]] as [number, number][] })),
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[3, c], [4, c], [5, c], [6, c]] as [number, number][] })),
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[1, c], [2, c]] as [number, number][] })),
      ],
      info: [],
      notRun: [],
    },
    {
      name: 'the same, the codes in the code column (1001 | 1001001): 合计 = department = unit = Σ 项',
      html: deptTable('250.00', true),
      // unit row = Σ 项 (rows 3–6), department = unit (2, 3), 合计 = department (1, 2), in each amount column
      verified: [
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[2, c], [3, c]] as [number, number][] })),
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[3, c], [4, c], [5, c], [6, c]] as [number, number][] })),
        ...[2, 3, 4].map((c) => ({ table: 0, cells: [[1, c], [2, c]] as [number, number][] })),
      ],
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
    {
      name: 'a 4-digit department over its unit (1001 › 1001001): 行政运行 205.00 for 250.00',
      html: deptTable('205.00'),
      findings: [{ severity: 'error', table: 0, cells: [[3, 2], [4, 2]], difference: '45.00' }],
    },
    {
      name: 'only 项 rows under a 7-digit unit code (1001001): 行政运行 205.00 for 250.00',
      html: wholeCodes('205.00', '1001001'),
      findings: [{ severity: 'error', table: 0, cells: [[2, 2], [3, 2]], difference: '45.00' }],
    },
    // r1
    {
      name: '收支总表 in three blocks: 收入合计 120.00 for 当年收入小计 105.00 + 上年结转 10.00',
      html: summary('120.00'),
      findings: [{ severity: 'error', table: 0, exactCells: [[7, 1], [5, 1], [6, 1]], difference: '5.00', cause: 'difference-is-another-figure' }],
      notRun: [{ table: 0, reason: '当年支出小计' }, { table: 0, reason: '支出合计' }],
    },
    {
      name: 'a group label with its own 小计: 专项收入 12.00 makes the group\'s parts exceed its 小计',
      html: incomeGroups('12.00'),
      findings: [{ severity: 'warning', table: 0, exactCells: [[2, 2], [3, 2], [4, 2]], difference: '-2.00' }],
      notRun: [],
    },
    {
      name: 'levels by label column: 打印设备 15.00 makes the 物品 exceed their 专项',
      html: procurement('15.00'),
      findings: [{ severity: 'warning', table: 0, exactCells: [[3, 3], [4, 3], [5, 3]], difference: '-3.00' }],
      notRun: [],
    },
    // r3
    {
      name: 'a one-digit 款 read as 30102: 津贴补贴 25.00 makes 工资福利支出 60.00 short by 5.00',
      html: econ('25.00'),
      findings: [
        { severity: 'error', table: 0, exactCells: [[3, 3], [4, 3], [5, 3], [6, 3]], difference: '-5.00' },
        { severity: 'error', table: 0, exactCells: [[3, 4], [4, 4], [5, 4], [6, 4]], difference: '-5.00' },
      ],
      notRun: [],
    },
    {
      name: 'an unreadable code (7 | 11 | 02) under readable 类 rows: a wrong 合计 is still caught',
      html: unreadableWrongTotal,
      findings: [
        { severity: 'error', table: 0, exactCells: [[5, 4], [2, 4], [3, 4]], difference: '10.00' },
        { severity: 'error', table: 0, exactCells: [[5, 5], [2, 5], [3, 5]], difference: '10.00' },
      ],
      notRun: [],
    },
    ...STYLES.map((style): InvalidCase => ({
      name: `fixture 004 ${style}: exactly the 表7 discrepancy (DOMAIN §5)`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      findings: [{ severity: 'error', table: 4, exactCells: [[7, 2], [8, 2], [10, 2]], difference: '-630000.00', cause: 'difference-is-another-figure' }],
    })),
  ] satisfies InvalidCase[],
} satisfies { valid: ValidCase[]; invalid: InvalidCase[] });
