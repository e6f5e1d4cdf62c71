import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../tester';
import rule from './column-sums';

const head = `<tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td colspan="3">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>小计</td><td>人员经费</td><td>公用经费</td></tr>`;
const table = (rows: string[][], note = '') =>
  `<p>单位：元</p><table>${head}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>${note}`;

describe('column-sums', () => {
  it('valid and invalid cases', () => {
    testRule(rule, {
      valid: [
        table([['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00']]),
      ],
      invalid: [
        {
          html: table([['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'], ['210', '卫生健康支出', '1,467,700.00', '837,700.00', '774,700.00', '63,000.00', '']]),
          findings: [{ severity: 'error', cells: [[4, 2], [4, 3], [4, 6]], difference: '630000.00' }],
        },
        {
          // digits swapped in a part: difference is a multiple of 9
          html: table([['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'], ['210', '卫生健康支出', '1,234.00', '1,234.00', '1,000.00', '243.00', '']]),
          findings: [{ severity: 'error', cells: [[4, 3], [4, 4], [4, 5]], cause: 'transposed-digits' }],
        },
        {
          // a part in the wrong unit
          html: table([['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'], ['210', '卫生健康支出', '30.00', '30.00', '200000.00', '10.00', '']]),
          findings: [{ severity: 'error', cells: [[4, 3], [4, 4], [4, 5]], cause: 'wrong-unit' }],
        },
      ],
    });
  });

  it('skips totals the page never breaks down (component columns blank on every row)', () => {
    const c = runRule(rule, table([['', '合计', '300.00', '300.00', '', '', ''], ['208', '社会保障和就业支出', '300.00', '300.00', '', '', '']]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('on fixture 004 reports the 表7 rows whose 合计 ≠ 人员经费 + 公用经费, with the 备注 figure as cause', () => {
    for (const style of ['plain', 'merged', 'word']) {
      const c = runRule(rule, readFileSync(`tests/fixtures/pages/004_c5440fdc5d943430.${style}.html`, 'utf8'));
      const bad = c.findings.filter((f) => f.severity !== 'info');
      expect(bad.map((f) => [f.table, f.cells[0], f.difference])).toEqual([
        [4, [10, 2], '630000.00'],
        [4, [12, 2], '630000.00'],
      ]);
      for (const f of bad) expect(f.cause?.id).toBe('difference-is-another-figure');
    }
  });
});
