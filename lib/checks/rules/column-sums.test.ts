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

  it('an amount column blank on most rows (特定目标类) is an amount column: its relation is checked', () => {
    testRule(rule, {
      valid: [projTable(projRows())],
      invalid: [{ html: projTable(projRows(true)), findings: [{ severity: 'error', cells: [[6, 4], [6, 5], [6, 6]], difference: '72.00' }] }],
    });
  });

  // the 上年结转 half of the header sits one column to the right of its figures (a column lost in conversion)
  const shiftedHead = `<tr><td rowspan="2">单位名称</td><td rowspan="2">合计</td><td colspan="4">本年收入</td><td colspan="3">上年结转</td></tr><tr><td>小计</td><td>一般公共预算</td><td>事业收入</td><td>其他收入</td><td>小计</td><td>一般公共预算</td><td>单位资金</td></tr>`;
  const shiftedTable = (rows: string[][]) => `<p>单位：万元</p><table>${shiftedHead}${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const shiftedRows = (bad = false) => [
    ['合计', '190.00', '140.00', '110.00', '30.00', '50.00', '40.00', '10.00', ''],
    ['某某局机关', '120.00', '90.00', '70.00', '20.00', '30.00', '25.00', '5.00', ''],
    ['某某中心', '70.00', bad ? '55.00' : '50.00', '40.00', '10.00', '20.00', '15.00', '5.00', ''],
  ];

  it('a header shifted against its figures is read by the mapping its arithmetic proves', () => {
    testRule(rule, {
      valid: [shiftedTable(shiftedRows())],
      invalid: [
        // a planted error in the realigned table is found on the right cells (本年收入 小计 of 某某中心)
        { html: shiftedTable(shiftedRows(true)), findings: [{ severity: 'error', cells: [[4, 1], [4, 2], [4, 5]], difference: '-5.00' }, { severity: 'error', cells: [[4, 2], [4, 3], [4, 4]], difference: '5.00' }] },
      ],
    });
  });

  it('a header no mapping can be proven for: could not check (info), never a warning about the page', () => {
    // figures that fit neither the header as written nor any shift of it
    const c = runRule(rule, shiftedTable([
      ['合计', '190.00', '17.00', '110.00', '30.00', '50.00', '3.00', '10.00', '1.00'],
      ['某某局机关', '120.00', '9.00', '70.00', '20.00', '30.00', '2.00', '5.00', '1.00'],
      ['某某中心', '70.00', '8.00', '40.00', '10.00', '20.00', '1.00', '5.00', '0.00'],
    ]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.map((n) => n.reason).join('\n')).toMatch(/could not read this table's header with certainty/);
  });

  it('runs on function-class tables with only 项 rows and a unit row repeating 合计', () => {
    const head2 = `<tr><td colspan="3">功能分类科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td><td rowspan="2">项目支出</td></tr><tr><td>类</td><td>款</td><td>项</td></tr>`;
    const t = (x: string) => `<p>单位：万元</p><table>${head2}${[
      ['', '', '', '合计', '380.00', '300.00', '80.00'],
      ['', '', '', '101001 某某局', '380.00', '300.00', '80.00'],
      ['201', '03', '01', '行政运行', x, '250.00', ''],
      ['201', '03', '02', '一般行政管理事务', '80.00', '', '80.00'],
    ].map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    testRule(rule, {
      valid: [t('250.00')],
      invalid: [{ html: t('205.00'), findings: [{ severity: 'error', cells: [[4, 4], [4, 5], [4, 6]], difference: '-45.00' }] }],
    });
  });

  it('a blank total beside filled parts is not read as zero: could not check (info), not an error', () => {
    const c = runRule(rule, table([['', '合计', '300.00', '200.00', '150.00', '50.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '150.00', '50.00', '100.00'], ['210', '卫生健康支出', '', '20.00', '15.00', '5.00', '']]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.map((n) => n.reason).join('\n')).toMatch(/210 卫生健康支出.*total cell blank/);
    expect(c.relations).toBeGreaterThan(0);
  });
});

