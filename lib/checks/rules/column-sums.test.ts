import { type InvalidCase, testRule } from '../tester';
import rule from './column-sums';
import { FIXTURES, fixturePage, STYLES } from './testing';

const head = `<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="3">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>小计</td><td>人员经费</td><td>公用经费</td></tr>`;
const table = (rows: string[][], note = '') =>
  `<p>单位：元</p><table>${head}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>${note}`;
const TOTAL = ['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'];
const SOCIAL = ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'];

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
