import { expect } from 'vitest';
import { type InvalidCase, testRule } from '../tester';
import rule from './column-sums';
import { FIXTURES, fixturePage, STYLES } from './testing';

const head = `<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="3">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>小计</td><td>人员经费</td><td>公用经费</td></tr>`;
const table = (rows: string[][], note = '') =>
  `<p>单位：元</p><table>${head}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>${note}`;
const TOTAL = ['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'];
const SOCIAL = ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'];

// 项目支出 split into 其他运转类 / 特定目标类; 特定目标类 is blank on most rows (no 备注 column here):
// still an amount column, so 小计 = 其他运转类 + 特定目标类 is the relation, blanks being absent
const projHead = `<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td><td colspan="3">项目支出</td></tr><tr><td>小计</td><td>其他运转类</td><td>特定目标类</td></tr>`;
const projTable = (rows: string[][]) => `<p>单位：万元</p><table>${projHead}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const projRows = (bad = false) => [
  ['', '合计', '500.00', '300.00', '200.00', '120.00', '80.00'],
  ['2010101', '行政运行', '300.00', '300.00', '', '', ''],
  ['2010102', '一般行政管理事务', '70.00', '', '70.00', '70.00', ''],
  ['2010199', '其他政府办公厅（室）及相关机构事务支出', '50.00', '', '50.00', '50.00', ''],
  ['2010150', '事业运行', '80.00', '', '80.00', '', bad ? '8.00' : '80.00'],
];

// the 上年结转 half of the header sits one column to the right of its figures (a column lost in conversion)
const shiftedHead = `<tr><td rowspan="2">单位名称</td><td rowspan="2">合计</td><td colspan="4">本年收入</td><td colspan="3">上年结转</td></tr><tr><td>小计</td><td>一般公共预算</td><td>事业收入</td><td>其他收入</td><td>小计</td><td>一般公共预算</td><td>单位资金</td></tr>`;
const shiftedTable = (rows: string[][]) => `<p>单位：万元</p><table>${shiftedHead}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const shiftedRows = (bad = false) => [
  ['合计', '190.00', '140.00', '110.00', '30.00', '50.00', '40.00', '10.00', ''],
  ['某某局机关', '120.00', '90.00', '70.00', '20.00', '30.00', '25.00', '5.00', ''],
  ['某某中心', '70.00', bad ? '55.00' : '50.00', '40.00', '10.00', '20.00', '15.00', '5.00', ''],
];

// a function-class table with only 项 rows, and a unit row (101001 某某局) repeating 合计
const classHead = `<tr><td colspan="3">功能分类科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>类</td><td>款</td><td>项</td></tr>`;
const classTable = (x: string) => `<p>单位：万元</p><table>${classHead}${[
  ['', '', '', '合计', '380.00', '300.00', '80.00'],
  ['', '', '', '101001 某某局', '380.00', '300.00', '80.00'],
  ['201', '03', '01', '行政运行', x, '250.00', ''],
  ['201', '03', '02', '一般行政管理事务', '80.00', '', '80.00'],
].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;

testRule(rule, {
  valid: [
    {
      name: '合计 = 基本支出 + 项目支出 and 小计 = 人员经费 + 公用经费 on every row',
      html: table([TOTAL, SOCIAL]),
      verified: [{ table: 0, cell: [2, 2] }, { table: 0, cell: [3, 2] }, { table: 0, cell: [2, 3] }, { table: 0, cell: [3, 3] }],
      info: [],
      notRun: [],
    },
    {
      // 人员经费 / 公用经费 blank on every row: the page does not break 小计 down, so 300 ≠ 0 is no error;
      // 合计 = 基本支出 + 项目支出 is still checked on both rows
      name: 'skips totals the page never breaks down (component columns blank on every row)',
      html: table([['', '合计', '300.00', '300.00', '', '', ''], ['208', '社会保障和就业支出', '300.00', '300.00', '', '', '']]),
      verified: [{ table: 0, cell: [2, 2] }, { table: 0, cell: [3, 2] }],
      info: [],
      notRun: [],
    },
    {
      name: 'an amount column blank on most rows (特定目标类) is an amount column: its relation is checked',
      html: projTable(projRows()),
      verified: 9,
    },
    {
      name: 'a header shifted against its figures is read by the mapping its arithmetic proves',
      html: shiftedTable(shiftedRows()),
      verified: 9,
    },
    {
      name: 'runs on function-class tables with only 项 rows and a unit row repeating 合计',
      html: classTable('250.00'),
      verified: 4,
    },
    {
      name: 'a blank total beside filled parts is not read as zero: could not check (info), the other rows checked',
      html: table([TOTAL, SOCIAL, ['210', '卫生健康支出', '', '20.00', '15.00', '5.00', '']]),
      verified: 5,
      notRun: [{ table: 0, reason: '210 卫生健康支出' }],
      also: (c) => expect(c.notRuns[0]!.reason).toMatch(/210 卫生健康支出.*total cell blank/),
    },
  ],
  invalid: [
    {
      name: 'a row whose 合计 ≠ 基本支出 + 项目支出, the difference being another figure of the row',
      html: table([TOTAL, SOCIAL, ['210', '卫生健康支出', '1,467,700.00', '837,700.00', '774,700.00', '63,000.00', '']]),
      findings: [{ severity: 'error', table: 0, cells: [[4, 2], [4, 3], [4, 6]], difference: '630000.00' }],
    },
    {
      name: 'digits swapped in a part: the difference is a multiple of 9',
      html: table([TOTAL, SOCIAL, ['210', '卫生健康支出', '1,234.00', '1,234.00', '1,000.00', '243.00', '']]),
      findings: [{ severity: 'error', table: 0, cells: [[4, 3], [4, 4], [4, 5]], cause: 'transposed-digits' }],
    },
    {
      name: 'a part in the wrong unit',
      html: table([TOTAL, SOCIAL, ['210', '卫生健康支出', '30.00', '30.00', '200000.00', '10.00', '']]),
      findings: [{ severity: 'error', table: 0, cells: [[4, 3], [4, 4], [4, 5]], cause: 'wrong-unit' }],
    },
    {
      name: 'an amount column blank on most rows (特定目标类): an error in it is found',
      html: projTable(projRows(true)),
      findings: [{ severity: 'error', cells: [[6, 4], [6, 5], [6, 6]], difference: '72.00' }],
    },
    {
      // a planted error in the realigned table is found on the right cells (本年收入 小计 of 某某中心)
      name: 'a header shifted against its figures: an error in the realigned table is found on the right cells',
      html: shiftedTable(shiftedRows(true)),
      findings: [
        { severity: 'error', cells: [[4, 1], [4, 2], [4, 5]], difference: '-5.00' },
        { severity: 'error', cells: [[4, 2], [4, 3], [4, 4]], difference: '5.00' },
      ],
    },
    {
      // figures that fit neither the header as written nor any shift of it
      name: 'a header no mapping can be proven for: could not check (info), never a warning about the page',
      html: shiftedTable([
        ['合计', '190.00', '17.00', '110.00', '30.00', '50.00', '3.00', '10.00', '1.00'],
        ['某某局机关', '120.00', '9.00', '70.00', '20.00', '30.00', '2.00', '5.00', '1.00'],
        ['某某中心', '70.00', '8.00', '40.00', '10.00', '20.00', '1.00', '5.00', '0.00'],
      ]),
      findings: [],
      verified: 0,
      notRun: [{ table: 0, reason: "could not read this table's header with certainty" }],
    },
    {
      name: 'a function-class table with only 项 rows: a row whose 合计 ≠ 基本支出 + 项目支出',
      html: classTable('205.00'),
      findings: [{ severity: 'error', cells: [[4, 4], [4, 5], [4, 6]], difference: '-45.00' }],
    },
    ...STYLES.map((style): InvalidCase => ({
      name: `fixture 004 ${style}: the 表7 rows whose 合计 ≠ 人员经费 + 公用经费, with the 备注 figure as cause`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      findings: [
        { severity: 'error', table: 4, cell: [10, 2], difference: '630000.00', cause: 'difference-is-another-figure' },
        { severity: 'error', table: 4, cell: [12, 2], difference: '630000.00', cause: 'difference-is-another-figure' },
      ],
    })),
  ],
});
