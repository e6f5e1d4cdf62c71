import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../tester';
import rule from './row-hierarchy';

const table = (rows: string[][], unit = '万元') =>
  `<p>单位：${unit}</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`;

describe('row-hierarchy', () => {
  it('valid and invalid cases', () => {
    testRule(rule, {
      valid: [
        table([['', '合计', '300.00', '200.00', '100.00'], ['208', '社会保障和就业支出', '300.00', '200.00', '100.00'], ['20805', '行政事业单位养老支出', '300.00', '200.00', '100.00']]),
        // children out of order, parent found by code prefix
        table([['210', '卫生健康支出', '3.00', '3.00', ''], ['21015', '医疗保障管理事务', '3.00', '3.00', ''], ['2101502', '一般', '1.00', '1.00', ''], ['2101501', '行政运行', '2.00', '2.00', '']]),
      ],
      invalid: [
        {
          html: table([['210', '卫生健康支出', '880,700.00', '880,700.00', ''], ['21011', '行政事业单位医疗', '43,000.00', '43,000.00', ''], ['21015', '医疗保障管理事务', '1,467,700.00', '1,467,700.00', ''], ['2101501', '行政运行', '837,700.00', '837,700.00', ''], ['2101599', '其他', '630,000.00', '630,000.00', '']], '元'),
          findings: [
            { severity: 'error', cells: [[1, 2], [2, 2], [3, 2]], difference: '-630000.00', cause: 'difference-is-another-figure' },
            { severity: 'error', cells: [[1, 3], [2, 3], [3, 3]], difference: '-630000.00' },
          ],
        },
        // a "其中" row larger than its parent
        {
          html: table([['', '一、财政拨款', '10.00', '10.00', ''], ['', '其中：专项', '12.00', '12.00', '']]),
          findings: [{ severity: 'error', cells: [[1, 2], [2, 2]] }, { severity: 'error', cells: [[1, 3], [2, 3]] }],
        },
      ],
    });
  });

  it('tells a rounding difference from an error by written precision', () => {
    const c = runRule(rule, table([['21015', '医疗保障管理事务', '2,752.12', '', ''], ['2101501', '行政运行', '2,090.00', '', ''], ['2101502', '一般行政管理事务', '427.43', '', ''], ['2101504', '信息化建设', '0.01', '', ''], ['2101505', '医疗保障政策管理', '234.69', '', '']]));
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]!.severity).toBe('info');
    expect(c.findings[0]!.cause?.id).toBe('rounding');
    expect(c.findings[0]!.difference).toBe('-0.01');
  });

  it('does not add 其中 rows into their parent', () => {
    const c = runRule(rule, table([['', '一、财政拨款', '10.00', '', ''], ['', '1、一般公共预算拨款', '10.00', '', ''], ['', '其中：专项资金', '4.00', '', ''], ['', '2、政府性基金拨款', '0.00', '', '']]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('adopts grouping rows whose figures are the sum of the rows below (no false alarm)', () => {
    const c = runRule(rule, `<p>单位：元</p><table><tr><td>单位编码</td><td>单位（项目）名称</td><td>项目金额</td></tr>
      <tr><td></td><td>合计</td><td>300.00</td></tr><tr><td>308</td><td>某局</td><td>300.00</td></tr><tr><td>308001</td><td>某局</td><td>300.00</td></tr>
      <tr><td></td><td>专用项目</td><td>300.00</td></tr><tr><td></td><td>县级资金</td><td>300.00</td></tr>
      <tr><td></td><td>甲</td><td>100.00</td></tr><tr><td></td><td>乙</td><td>100.00</td></tr><tr><td></td><td>丙</td><td>100.00</td></tr></table>`);
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('on fixture 004 reports exactly the 表7 discrepancy (DOMAIN §5) in every markup style', () => {
    for (const style of ['plain', 'merged', 'word']) {
      const html = readFileSync(`tests/fixtures/pages/004_c5440fdc5d943430.${style}.html`, 'utf8');
      const c = runRule(rule, html);
      const bad = c.findings.filter((f) => f.severity !== 'info');
      expect(bad.map((f) => [f.table, f.cells, f.difference])).toEqual([[4, [[7, 2], [8, 2], [10, 2]], '-630000.00']]);
      expect(bad[0]!.cause?.id).toBe('difference-is-another-figure');
    }
  });

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

  it('only 项 rows with a unit row repeating 合计: the unit row is the total again, not an addend', () => {
    testRule(rule, {
      valid: [splitTable(unitInLabel), splitTable(unitInCode), wholeCodes()],
      invalid: [
        // 行政运行 written 205.00 for 250.00: the unit row no longer equals its 项 rows in the 合计 column
        { html: splitTable(unitInLabel, '205.00'), findings: [{ severity: 'error', cells: [[3, 4], [4, 4], [5, 4], [6, 4]], difference: '45.00', cause: 'transposed-digits' }] },
        { html: splitTable(unitInCode, '205.00'), findings: [{ severity: 'error', cells: [[3, 4], [4, 4]], difference: '45.00' }] },
        { html: wholeCodes('205.00'), findings: [{ severity: 'error', cells: [[2, 2], [3, 2]], difference: '45.00' }] },
      ],
    });
  });

  // split 类|款(|项) code columns whose cells do not all form codes as written
  const codeTable = (head: string[], rows: string[][]) =>
    `<p>单位：元</p><table><tr><td colspan="${head.length}">科目编码</td><td rowspan="2">科目名称</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td></tr><tr>${head.map((h) => `<td>${h}</td>`).join('')}</tr>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`;

  it('reads a one-digit 款 as the 款 without its leading zero (301 | 2 is 30102), and checks it', () => {
    const econ = (basic: string) => codeTable(['类', '款'], [
      ['', '', '合计', '60.00', '60.00'],
      ['301', '', '工资福利支出', '60.00', '60.00'],
      ['301', '01', '基本工资', '10.00', '10.00'],
      ['301', '2', '津贴补贴', basic, basic],
      ['301', '7', '绩效工资', '30.00', '30.00'],
    ]);
    testRule(rule, {
      valid: [econ('20.00')],
      invalid: [{ html: econ('25.00'), findings: [{ severity: 'error', cells: [[3, 3], [4, 3], [5, 3], [6, 3]], difference: '-5.00' }, { severity: 'error', cells: [[3, 4], [4, 4], [5, 4], [6, 4]], difference: '-5.00' }] }],
    });
  });

  it('does not trust a one-digit field that breaks the ascending order of its siblings', () => {
    // "208 | 1" between 20805 and 20810: not 20801 with certainty, so 208's children are not known
    const c = runRule(rule, codeTable(['类', '款', '项'], [
      ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
      ['208', '05', '', '行政事业单位养老支出', '40.00', '40.00'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '40.00', '40.00'],
      ['208', '1', '', '社会福利', '60.00', '60.00'],
      ['208', '10', '05', '社会福利事业单位', '60.00', '60.00'],
    ]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.some((n) => n.reason.includes('20801'))).toBe(true);
  });

  it('an unreadable code (7 | 11 | 02 for 210|11|02) drives no hierarchy: could not check, never a guessed error', () => {
    const c = runRule(rule, codeTable(['类', '款', '项'], [
      ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
      ['208', '05', '', '行政事业单位养老支出', '100.00', '100.00'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '100.00', '100.00'],
      ['210', '', '', '卫生健康支出', '50.00', '50.00'],
      ['210', '11', '', '行政事业单位医疗', '50.00', '50.00'],
      ['210', '11', '01', '行政单位医疗', '20.00', '20.00'],
      ['7', '11', '02', '事业单位医疗', '30.00', '30.00'],
      ['', '', '', '合计', '150.00', '150.00'],
    ]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.filter((n) => n.reason.includes('7|11|02')).map((n) => n.reason.split(':')[0])).toEqual(['210 卫生健康支出', '21011 行政事业单位医疗']);
    // the 合计 is still checked against the 类 rows: a wrong 合计 is found
    const wrong = runRule(rule, codeTable(['类', '款', '项'], [
      ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
      ['210', '', '', '卫生健康支出', '50.00', '50.00'],
      ['7', '11', '02', '事业单位医疗', '50.00', '50.00'],
      ['', '', '', '合计', '160.00', '160.00'],
    ]));
    expect(wrong.findings.filter((f) => f.severity === 'error').map((f) => f.difference)).toEqual(['10.00', '10.00']);
  });

  it('an unreadable 类 code leaves the top-level rows unknown: the 合计 is not checked', () => {
    const c = runRule(rule, codeTable(['类', '款', '项'], [
      ['208', '', '', '社会保障和就业支出', '100.00', '100.00'],
      ['208', '05', '', '行政事业单位养老支出', '100.00', '100.00'],
      ['7', '', '', '卫生健康支出', '50.00', '50.00'],
      ['210', '11', '', '行政事业单位医疗', '50.00', '50.00'],
      ['', '', '', '合计', '150.00', '150.00'],
    ]));
    expect(c.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(c.notRuns.some((n) => n.reason.startsWith('合计') && n.reason.includes('7||'))).toBe(true);
  });

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

  it('收支总表 in three blocks: a label merged across a block\'s amount column is no blank figure; 合计 = 当年小计 + 上年结转', () => {
    testRule(rule, {
      valid: [summary('115.00')],
      invalid: [{ html: summary('120.00'), findings: [{ severity: 'error', cells: [[7, 1], [5, 1], [6, 1]], difference: '5.00' }] }],
    });
  });

  const incomeGroups = (zx: string) => `<p>收入预算总表</p><p>单位：万元</p><table>${rows([
    td('<td colspan="2">项目名称</td>', '金额'),
    td('<td colspan="2">收入总计</td>', '110.00'),
    td('<td rowspan="3">一般公共预算资金</td>', '小计', '100.00'),
    td('公共财政拨款(补助)资金', '90.00'),
    td('专项收入', zx),
    td('<td rowspan="2">其他资金</td>', '小计', '10.00'),
    td('事业收入', '10.00'),
  ])}</table>`;

  it('a group label merged down over rows, with its own 小计 line: the rows below are its parts, counted once in 收入总计', () => {
    testRule(rule, {
      valid: [incomeGroups('10.00')],
      invalid: [{ html: incomeGroups('12.00'), findings: [{ severity: 'warning', cells: [[2, 2], [3, 2], [4, 2]], difference: '-2.00' }] }],
    });
  });

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

  it('levels shown by the label column a row writes in (品目 › 专项 › 物品) nest; no level counted twice', () => {
    testRule(rule, {
      valid: [procurement('12.00')],
      invalid: [{ html: procurement('15.00'), findings: [{ severity: 'warning', cells: [[3, 3], [4, 3], [5, 3]], difference: '-3.00' }] }],
    });
  });
});
