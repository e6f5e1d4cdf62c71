import { expect } from 'vitest';
import { type InvalidCase, testRule, type ValidCase } from '../tester';
import crossTable from './cross-table';
import { FIXTURES, fixturePage, STYLES, table } from './testing';

const H = '<h1>某某局2024年部门预算公开</h1>';
const byFunction = (title: string, a: string, b: string, c: string) =>
  `<p>${title}</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', a, b, c], ['210', '卫生健康支出', a, b, c]])}`;
const basicTable = (a: string) =>
  `<p>一般公共预算基本支出表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['', '合计', a, a, ''], ['210', '卫生健康支出', a, a, '']])}`;
const perf = (b: string, c: string) =>
  `<p>部门整体支出绩效目标表</p><p>单位：万元</p>${table([['单位名称', '基本支出', '项目支出'], ['合计', b, c]])}<p>注：不含上年结转结余。</p>`;
const appropriation = `<p>财政拨款收支总表</p><p>单位：万元</p><table><tr><td colspan="2">收入</td><td colspan="2">支出</td></tr><tr><td>项目</td><td>预算数</td><td>项目</td><td>预算数</td></tr><tr><td>一、本年收入</td><td>10.00</td><td>一、卫生健康支出</td><td>12.43</td></tr><tr><td>二、上年结转</td><td>2.43</td><td></td><td></td></tr><tr><td>收入总计</td><td>12.43</td><td>支出总计</td><td>12.43</td></tr></table>`;
const govTable = (x: string) =>
  `<p>一般公共预算基本支出表--公用经费(按政府预算经济分类)</p><p>单位：万元</p>${table([['单位名称', '机关商品和服务支出', ''], ['', '办公经费', '会议费'], ['合计', x, '1.00']])}`;
const deptTable = `<p>一般公共预算基本支出表--公用经费(按部门预算经济分类)</p><p>单位：万元</p>${table([['单位名称', '办公费', '印刷费', '会议费', '差旅费'], ['合计', '3.00', '2.00', '1.00', '4.00']])}`;
const yuanTable = (a: string) =>
  `<p>一般公共预算支出表</p><p>单位：元</p>${table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', a, '70,000.00', ''], ['210', '卫生健康支出', a, '70,000.00', '']])}`;
const projects = `<p>专项业务经费支出表</p><p>单位：元</p>${table([['单位（项目）名称', '项目金额'], ['合计', '230,000.00'], ['年度健康体检', '130,000.00'], ['信息系统运行维护', '100,000.00']])}`;
const perfTable = (name: string, amount: string) =>
  `<p>专项业务经费绩效目标表</p>${table([['项目名称', name, '', ''], ['资金金额（万元）', '实施期资金总额：', amount, '执行率分值（10分）'], ['年度绩效指标', '一级指标', '指标值', '分值权重（90分）'], ['', '成本指标', '≤13万元', '90']])}`;
const compilation = `<h1>某县2024年县直部门预算公开汇编</h1>`
  + byFunction('某县教育局2024年一般公共预算支出表', '12.43', '7.00', '5.43')
  + basicTable('7.00').replace('<p>一般公共预算基本支出表</p>', '<p>某县教育局2024年一般公共预算基本支出表</p>')
  + byFunction('某县财政局2024年一般公共预算支出表', '20.00', '9.00', '11.00')
  + basicTable('9.00').replace('<p>一般公共预算基本支出表</p>', '<p>某县财政局2024年一般公共预算基本支出表</p>');

// one department with several expenditure tables; several departments only when proven
const sub = (x: string) => (Number(x) - 10).toFixed(2);
// titles that end with the year: the part before the year is the table's name, not a department
const fnTable = (title: string, a: string, b: string, c: string) =>
  `<p>${title}</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', a, b, c], ['208', '社会保障和就业支出', '10.00', '10.00', ''], ['210', '卫生健康支出', sub(a), sub(b), c]])}`;
const basic = (title: string, a: string) =>
  `<p>${title}</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['', '合计', a, a, ''], ['208', '社会保障和就业支出', '10.00', '10.00', ''], ['210', '卫生健康支出', sub(a), sub(a), '']])}`;
const sideBySide = (title: string, income: [string, string][], out: [string, string][]) => {
  const body: string[][] = [['收入', '', '支出', ''], ['项目', '预算数', '项目', '预算数']];
  for (let k = 0; k < Math.max(income.length, out.length); k++) body.push([income[k]?.[0] ?? '', income[k]?.[1] ?? '', out[k]?.[0] ?? '', out[k]?.[1] ?? '']);
  return `<p>${title}</p><p>单位：万元</p>${table(body)}`;
};
const spending = (fn: string, closing: string): [string, string][] => [['一、社会保障和就业支出', '10.00'], ['二、卫生健康支出', sub(fn)], ['本年支出合计', fn], ['年终结转结余', closing], ['支出总计', '120.00']];
// all the department's money is 一般公共预算 (事业收入 blank) and both tables carry 20.00 over: they cover the same funds
const summary = sideBySide('收支总表（2024年）', [['一、一般公共预算拨款收入', '100.00'], ['二、事业收入', ''], ['本年收入合计', '100.00'], ['上年结转', '20.00'], ['收入总计', '120.00']], spending('120.00', '0.00'));
const appropriationOf = (fn: string, closing: string) =>
  sideBySide('财政拨款收支总表（2024年）', [['一、本年收入', '100.00'], ['（一）一般公共预算拨款', '100.00'], ['二、上年结转', '20.00'], ['', ''], ['收入总计', '120.00']], spending(fn, closing));
const expenditure = fnTable('支出总表（2024年）', '120.00', '70.00', '50.00') + fnTable('一般公共预算支出表（2024年）', '120.00', '70.00', '50.00') + basic('一般公共预算基本支出表（2024年）', '70.00');
const single = (fn: string, closing: string) => `<h1>某某局2024年部门预算公开</h1><p>单位名称：某某局</p>${summary}${appropriationOf(fn, closing)}${expenditure}`;
const twoDepartments = '<h1>某县2024年部门预算公开汇编</h1>'
  + '<p>单位名称：某县教育局</p>' + fnTable('一般公共预算支出表', '120.00', '70.00', '50.00') + basic('一般公共预算基本支出表', '70.00')
  + '<p>单位名称：某县财政局</p>' + fnTable('一般公共预算支出表', '40.00', '30.00', '10.00') + basic('一般公共预算基本支出表', '30.00');
// 事业收入 10.00: the 收支总表 covers more than 财政拨款, so a difference of exactly the 上年结转 is a scope difference (info)
const wider = sideBySide('收支总表（2024年）', [['一、一般公共预算拨款收入', '100.00'], ['二、事业收入', '10.00'], ['本年收入合计', '110.00'], ['上年结转', '20.00'], ['收入总计', '130.00']], [['一、社会保障和就业支出', '10.00'], ['二、卫生健康支出', '120.00'], ['本年支出合计', '130.00'], ['年终结转结余', '0.00'], ['支出总计', '130.00']]);

const valid: ValidCase[] = [
  {
    name: 'agreeing figures across tables',
    html: H + byFunction('支出总表', '12.43', '7.00', '5.43') + byFunction('一般公共预算支出表', '12.43', '7.00', '5.43') + basicTable('7.00'),
    verified: 8,
    info: [],
    notRun: [],
  },
  {
    // all funds (支出总表) ≠ 一般公共预算: no error; the 一般公共预算 tables are still compared with each other
    name: 'does not compare all funds with 一般公共预算 when they differ',
    html: H + byFunction('支出总表', '12.43', '7.00', '5.43') + byFunction('一般公共预算支出表', '11.43', '7.00', '4.43') + basicTable('7.00'),
    // 基本支出 agrees in all three and is verified; 合计 and 项目支出 of all funds vs 一般公共预算 are never compared
    verified: [
      { table: 0, cells: [[1, 3]], related: [{ table: 1, cells: [[1, 3]] }] },
      { table: 1, cells: [[1, 3]], related: [{ table: 2, cells: [[1, 2]] }] },
      { table: 0, cells: [[2, 3]], related: [{ table: 1, cells: [[2, 3]] }] },
      { table: 1, cells: [[2, 3]], related: [{ table: 2, cells: [[2, 2]] }] },
    ],
    info: [],
    notRun: [],
  },
  {
    name: 'converts units exactly (元 vs 万元)',
    html: H + byFunction('一般公共预算基本支出表', '7.00', '7.00', '') + yuanTable('70,000.00'),
    verified: [{ table: 0, cells: [[1, 2]], related: [{ table: 1, cells: [[1, 3]] }] }, { table: 0, cells: [[2, 2]], related: [{ table: 1, cells: [[2, 3]] }] }],
    info: [],
  },
  {
    name: 'sums 部门经济分类 items by the 政府经济分类 they map to',
    html: H + govTable('9.00') + deptTable,
    verified: [{ table: 0, related: [{ table: 1, cells: [[1, 1], [1, 2], [1, 4]] }] }, { table: 0, related: [{ table: 1, cells: [[1, 3]] }] }],
  },
  {
    name: 'compilation pages (汇编): compares tables of one department only',
    html: compilation,
    verified: 4,
    also: (c) => expect(c.verifiedRelations.every((v) => v.related.every((r) => Math.abs(r.table - v.table!) === 1))).toBe(true),
  },
  {
    name: 'matches a project by amount and a similar name (元 vs 万元)',
    html: H + projects + perfTable('领导干部体检', '13'),
    verified: [{ table: 1, related: [{ table: 0, cells: [[2, 1]] }] }],
  },
  {
    // 领导干部培训 and 年度健康体检 share no name: the 13 万元 is not matched to a project by amount alone;
    // 信息系统运行维护 (10 万元) is matched by name
    name: 'does not guess when names are not similar',
    html: H + projects + perfTable('领导干部培训', '13') + perfTable('信息系统运行维护', '10'),
    verified: [{ table: 2, related: [{ table: 0, cells: [[3, 1]] }] }],
  },
  {
    name: 'a single-department page with four expenditure tables is compared (titles ending in the year are not departments)',
    html: single('120.00', '0.00'),
    verified: 19,
    info: [],
    notRun: [],
    // 收支总表 is compared with 财政拨款收支总表 and with both by-function tables (all its money is 一般公共预算);
    // 支出总表 with 一般公共预算支出表, and that with the 基本支出 table
    also: (c) => {
      const pairs = new Set(c.verifiedRelations.flatMap((v) => v.related.map((r) => `${v.table}-${r.table}`)));
      expect([...pairs].sort()).toEqual(['0-1', '0-2', '0-3', '2-3', '3-4']);
    },
  },
  {
    name: 'a compilation of two departments (two 单位名称) is compared within each department only; tables of two units are no relation to check',
    html: twoDepartments,
    // 基本支出 of 一般公共预算支出表 = 人员经费 of the 基本支出 table, on three rows, in each department
    verified: 6,
    notRun: [],
    also: (c) => expect(c.verifiedRelations.every((v) => v.related.every((r) => Math.abs(r.table - v.table!) === 1))).toBe(true),
  },
  {
    // matched by unit, not pair by pair: a table whose unit cannot be told is said once, whatever the number of other tables
    name: 'a compilation with a table before the first 单位名称: that table is compared with nothing, said once',
    html: '<h1>某县2024年部门预算公开汇编</h1>' + fnTable('一般公共预算支出表', '120.00', '70.00', '50.00') + twoDepartments.replace(/^<h1>.*?<\/h1>/, ''),
    verified: 6,
    notRun: [{ table: 0, reason: '属于哪个单位无法确定' }],
    also: (c) => {
      expect(c.verifiedRelations.every((v) => v.table !== 0 && v.related.every((r) => r.table !== 0))).toBe(true);
      expect(c.notRuns[0]!.reason).toContain('某县教育局、某县财政局');
    },
  },
  {
    name: 'a 收支总表 that also holds 事业收入 is not taken for 财政拨款: a difference of exactly the 上年结转 stays a scope note',
    html: `<h1>某某局2024年部门预算公开</h1>${wider}${appropriationOf('110.00', '20.00')}`,
    // the 上年结转 (20.00 in both) is verified; 年终结转结余 and 本年支出合计 differ by exactly the 上年结转: scope notes
    verified: [{ table: 0, cells: [[5, 1]], related: [{ table: 1, cells: [[4, 1]] }] }],
    info: [
      { severity: 'info', table: 0, exactCells: [[5, 3]], difference: '-20.00', message: '口径不同' },
      { severity: 'info', table: 0, exactCells: [[4, 3]], difference: '20.00', message: '口径不同' },
    ],
    notRun: [],
  },
  ...STYLES.flatMap((style): ValidCase[] => [
    {
      name: `000 ${style}: all agree, incl. 办公经费 372.40 = 40 + 20 + 10 + 68 + 125.40 + 109 by the crosswalk`,
      html: fixturePage(`${FIXTURES.f000}.${style}.html`),
      // 56 since main's cross-table compares the 上年结转 of 收支总表 and 财政拨款收支总表 (the same scope): they agree
      verified: 56,
      // the table whose header does not line up with the figures is not read by column (收入总表 #2 is income: not compared)
      notRun: [{ table: 7 }],
      also: (c) => {
        const office = c.verifiedRelations.find((v) => v.table === 9 && v.cells[0]?.[1] === 7);
        expect(office?.related).toEqual([{ table: 10, cells: [[2, 6], [2, 7], [2, 8], [2, 9], [2, 10], [2, 11], [2, 12], [2, 13], [2, 15], [2, 20], [2, 21], [2, 23], [2, 24]] }]);
        // “三公”: 公务接待费 10 and 公务用车运行费 15 agree with the 公用经费 tables by item (政府 and 部门 classes)
        expect(c.verifiedRelations.filter((v) => v.table === 11 && v.related.some((r) => r.table === 9 || r.table === 10))).toHaveLength(4);
      },
    },
    {
      name: `004 ${style}: all agree across 元 tables, incl. the page's own 部门→政府 code columns`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      verified: 75,
      also: (c) => {
        // each project of 表10 (元) matches its own performance table (万元): 年度健康体检 130,000.00 元 = 领导干部体检 13 万元
        expect(c.verifiedRelations.find((v) => v.table === 8)?.related).toEqual([{ table: 7, cells: [[9, 2]] }]);
        expect(c.verifiedRelations.filter((v) => v.related.some((r) => r.table === 7) && v.table !== null && v.table >= 8 && v.table <= 14)).toHaveLength(7);
        // 表14 人员经费 101.10万元 = 1,011,000.00 元 elsewhere
        expect(c.verifiedRelations.filter((v) => v.related.some((r) => r.table === 15))).toHaveLength(4);
        // 表6 (部门经济分类 with 政府 codes) summed to 501 机关工资福利支出 = 表4's 政府经济分类 block 957,000.00
        expect(c.verifiedRelations.some((v) => v.table === 1 && v.related.some((r) => r.table === 3 && r.cells.length === 7))).toBe(true);
      },
    },
  ]),
];

const invalid: InvalidCase[] = [
  {
    name: '基本支出 that differs between two 一般公共预算 tables',
    html: H + byFunction('支出总表', '12.43', '7.00', '5.43') + byFunction('一般公共预算支出表', '12.43', '7.00', '5.43') + basicTable('6.00'),
    findings: [
      { severity: 'error', table: 1, exactCells: [[1, 3]], related: [{ table: 2, cells: [[1, 2]] }], actual: '7.00', expected: '6.00' },
      { severity: 'error', table: 1, exactCells: [[2, 3]], related: [{ table: 2, cells: [[2, 2]] }], actual: '7.00', expected: '6.00' },
    ],
  },
  {
    name: 'a difference equal to 上年结转 is a scope difference (info)',
    html: H + appropriation + byFunction('支出总表', '12.43', '7.00', '5.43') + perf('7.00', '3.00'),
    findings: [],
    info: [{ severity: 'info', table: 1, difference: '2.43', message: '口径不同' }],
    also: (c) => expect(c.findings[0]!.cause?.zh).toContain('上年结转'),
  },
  {
    name: 'the 政府经济分类 figure differs from the sum of its 部门经济分类 items',
    html: H + govTable('8.00') + deptTable,
    findings: [{ severity: 'error', table: 0, actual: '8.00', expected: '9.00' }],
  },
  {
    name: 'the same project with another amount (warning)',
    html: H + projects + perfTable('信息系统运行维护', '12'),
    findings: [{ severity: 'warning', table: 1, unit: '万元', message: '信息系统运行维护' }],
    // compared in 万元 from 100,000.00 元: the figures carry the conversion's decimals
    also: (c) => expect(c.findings.map((f) => [Number(f.actual), Number(f.expected), Number(f.difference)])).toEqual([[12, 10, 2]]),
  },
  {
    // 财政拨款收支总表 leaves the 上年结转 20.00 out of 卫生健康支出 and puts it into 年终结转结余: the two tables disagree
    name: 'a single-department page: 财政拨款收支总表 disagrees with 收支总表 on 卫生健康支出 / 本年支出合计 / 年终结转结余',
    html: single('100.00', '20.00'),
    findings: [
      { severity: 'warning', table: 0, cells: [[5, 3]], difference: '-20.00' },
      { severity: 'warning', table: 0, cells: [[3, 3]], difference: '20.00' },
      { severity: 'warning', table: 0, cells: [[4, 3]], difference: '20.00' },
    ],
  },
  ...STYLES.map((style): InvalidCase => ({
    name: `001 ${style}: 维修(护)费 2.14 in the 政府经济分类 table vs 1.00 in the 部门经济分类 table (crosswalk unconfirmed: warning)`,
    html: fixturePage(`${FIXTURES.f001}.${style}.html`),
    findings: [{ severity: 'warning', table: 6, exactCells: [[2, 15]], actual: '2.14', expected: '1.00' }],
    verified: 19,
  })),
];

testRule(crossTable, { valid, invalid });
