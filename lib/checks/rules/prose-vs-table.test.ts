import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Finding } from '../../report/schema';
import proseVsTable from './prose-vs-table';
import { runRule, testRule } from '../tester';
import { docOf, fixtureDoc, FIXTURES, run, STYLES } from './testing';

interface Opts {
  all?: string;
  gpb?: string;
  other?: string;
  /** 支出总表 in 元: 卫生健康支出 */
  health?: string;
  sangong?: string;
  extraRow?: string;
}

/** A small budget page: a 说明 in three sections, 支出总表 (元), 一般公共预算支出表, 三公 table, 项目支出表. */
function page(o: Opts = {}) {
  return docOf(`<h1>某某局2024年部门预算公开</h1>
<p>三、部门收支总体情况</p>
<p>${o.all ?? '2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。'}</p>
<p>四、一般公共预算拨款支出</p>
<p>${o.gpb ?? '2024年本部门一般公共预算拨款支出500.00万元，其中：卫生健康支出460.00万元，住房保障支出40.00万元。'}</p>
<p>七、其他重要事项的情况说明</p>
<p>${o.other ?? '“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 0.00 万元，公务用车运行费 0.00 万元), 因公出国(境)费 0.00 万元。'}</p>
<p>支出总表</p><p>单位：元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>5,829,700.00</td><td>5,147,500.00</td><td>682,200.00</td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>${o.health ?? '5,420,000.00'}</td><td>4,737,800.00</td><td>682,200.00</td></tr>
<tr><td>21015</td><td>医疗保障管理事务</td><td>5,420,000.00</td><td>4,737,800.00</td><td>682,200.00</td></tr>
<tr><td>221</td><td>住房保障支出</td><td>409,700.00</td><td>409,700.00</td><td></td></tr>
<tr><td>22102</td><td>住房改革支出</td><td>409,700.00</td><td>409,700.00</td><td></td></tr>
${o.extraRow ?? ''}
</table>
<p>一般公共预算支出表</p><p>单位：万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>500.00</td><td>450.00</td><td>50.00</td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>460.00</td><td>410.00</td><td>50.00</td></tr>
<tr><td>21015</td><td>医疗保障管理事务</td><td>460.00</td><td>410.00</td><td>50.00</td></tr>
<tr><td>221</td><td>住房保障支出</td><td>40.00</td><td>40.00</td><td></td></tr>
<tr><td>22102</td><td>住房改革支出</td><td>40.00</td><td>40.00</td><td></td></tr>
</table>
<p>一般公共预算“三公”经费支出表</p><p>单位：万元</p>
<table>
<tr><td rowspan="2">单位名称</td><td rowspan="2">“三公”经费合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>合计</td><td>${o.sangong ?? '3.00'}</td><td></td><td></td><td></td><td></td><td>${o.sangong ?? '3.00'}</td></tr>
<tr><td>某某局</td><td>${o.sangong ?? '3.00'}</td><td></td><td></td><td></td><td></td><td>${o.sangong ?? '3.00'}</td></tr>
</table>
<p>专项资金预算汇总表</p><p>单位：万元</p>
<table>
<tr><td>单位代码</td><td>专项名称</td><td>总计</td><td>一般公共预算</td></tr>
<tr><td></td><td>合计</td><td>68.22</td><td>68.22</td></tr>
<tr><td>201</td><td>某某局</td><td>68.22</td><td>68.22</td></tr>
<tr><td>201001</td><td>参保筹资工作经费</td><td>12.80</td><td>12.80</td></tr>
<tr><td>201001</td><td>医保基金监管工作经费</td><td>22.40</td><td>22.40</td></tr>
<tr><td>201001</td><td>医保信息系统运行费</td><td>10.62</td><td>10.62</td></tr>
<tr><td>201001</td><td>医保中心工作经费</td><td>12.80</td><td>12.80</td></tr>
<tr><td>201001</td><td>政策法规宣传工作经费</td><td>9.60</td><td>9.60</td></tr>
</table>`);
}

function check(o: Opts = {}) {
  const c = run(page(o), proseVsTable);
  for (const f of c.findings) Finding.parse(f);
  return c;
}
const brief = (c: ReturnType<typeof check>) => c.findings.map((f) => [f.severity, f.expected, f.actual, f.difference, f.unit]);

describe('prose-vs-table: matching by name and scope', () => {
  it('verifies every stated amount against the table of its scope (元 tables vs 万元 prose)', () => {
    const c = check();
    expect(c.findings).toEqual([]);
    // all funds: 支出 582.97, 卫生健康 542.00, 住房保障 40.97 (支出总表, #0)
    // 一般公共预算: 500.00, 460.00, 40.00 (一般公共预算支出表, #1); 三公 and its five parts (#2)
    expect(c.relations).toBe(12);
    expect(c.verifiedRelations.map((v) => [v.table, ...v.cells[0]!])).toEqual([
      [0, 1, 2], [0, 2, 2], [0, 4, 2],
      [1, 1, 2], [1, 2, 2], [1, 4, 2],
      [2, 2, 1], [2, 2, 6], [2, 2, 3], [2, 2, 4], [2, 2, 5], [2, 2, 2],
    ]);
  });
  it('flags a prose amount that differs from its table, citing the cell and the sentence', () => {
    const s = '2024年本部门支出预算582.97万元，其中：卫生健康支出543.00万元，住房保障支出40.97万元。';
    const c = check({ all: s });
    // compared exactly in the finer unit (the table's 元)
    expect(brief(c)).toEqual([['error', '5420000.00', '5430000.00', '10000.00', '元']]);
    const f = c.findings[0]!;
    expect(f.table).toBeNull();
    expect(f.cells).toEqual([]);
    expect(f.related).toEqual([{ table: 0, cells: [[2, 2]] }]);
    expect(f.text).toBe(s);
    expect(f.details?.[0]).toMatchObject({ table: 0, cell: [2, 2], written: '5,420,000.00', role: 'compare' });
    expect(f.message).toContain('卫生健康支出');
  });
  it('a difference within the rounding of the prose figure is info', () => {
    const c = check({ health: '5,420,049.99' });
    // 542.00 万元 stands for [5,419,950, 5,420,050] 元
    expect(brief(c)).toEqual([['info', '5420049.99', '5420000.00', '-49.99', '元']]);
    expect(c.findings[0]!.cause?.id).toBe('rounding');
  });
  it('亿元 in the text against 元 in the table: exact conversion, rounding interval of the coarse figure', () => {
    // 0.0583 亿元 stands for [5,825,000, 5,835,000] 元: 5,829,700.00 is within rounding
    const c = check({ all: '2024年本部门支出预算0.0583亿元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' });
    expect(brief(c)).toEqual([['info', '5829700.00', '5830000.00', '300.00', '元']]);
    const bad = check({ all: '2024年本部门支出预算0.0593亿元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' });
    expect(brief(bad)).toEqual([['error', '5829700.00', '5930000.00', '100300.00', '元']]);
  });
  it('the scope decides the table: 一般公共预算 figures are not compared with all funds', () => {
    // 460.00 is right for 一般公共预算支出表 and wrong for 支出总表: no finding
    expect(check().findings).toEqual([]);
    const c = check({ gpb: '2024年本部门一般公共预算拨款支出500.00万元，其中：卫生健康支出542.00万元，住房保障支出40.00万元。' });
    expect(brief(c)).toEqual([['error', '460.00', '542.00', '82.00', '万元']]);
    expect(c.findings[0]!.related).toEqual([{ table: 1, cells: [[2, 2]] }]);
  });
  it('三公 and its parts are read from the 三公 table, rows or columns', () => {
    const c = check({ sangong: '4.00' });
    expect(brief(c)).toEqual([
      ['error', '4.00', '3.00', '-1.00', '万元'],
      ['error', '4.00', '3.00', '-1.00', '万元'],
    ]);
    expect(c.findings.map((f) => f.related[0]!.cells[0])).toEqual([[2, 1], [2, 6]]);
  });
  it('skips items no table names, and ambiguous names', () => {
    const c = check({ all: '2024年本部门支出预算582.97万元，其中：医保经办服务费542.00万元，住房保障支出40.97万元。' });
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(11);
    // two 住房保障支出 rows with different figures in the same table: no guess
    const amb = check({ extraRow: '<tr><td>229</td><td>住房保障支出</td><td>1.00</td><td>1.00</td><td></td></tr>', all: '支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' });
    expect(amb.findings).toEqual([]);
    expect(amb.relations).toBe(11);
    // said so, as a check that could not run
    expect(amb.notRuns.map((n) => [n.rule, n.table])).toEqual([['prose-vs-table', 0]]);
    expect(amb.notRuns[0]!.reason).toContain('住房保障支出');
  });
  it('does not read years, dates, changes or targets as stated amounts', () => {
    const c = check({ other: '截至2023年12月底，卫生健康支出比上年增加2024.00万元，公务接待费不超过5万元，住房保障支出完成率≥95%。' });
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(6);
  });
  it('classification markers （类） are not part of a name', () => {
    const c = check({ other: '2024年卫生健康（类）支出542.00万元。' });
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(7);
    expect(brief(check({ other: '2024年卫生健康（类）支出544.00万元。' }))).toEqual([['error', '5420000.00', '5440000.00', '20000.00', '元']]);
  });
  it('a figure is never borrowed from the next clause', () => {
    // "住房保障支出" is named without a figure; 9.99 万元 belongs to 其他 in its own clause
    const c = check({ other: '住房保障支出主要用于住房公积金，其他 9.99 万元。' });
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(6);
  });
  it('project names are matched in the project table (warning when they differ)', () => {
    expect(check({ other: '其中：参保筹资工作经费 12.80 万元，医保中心工作经费 12.80 万元。' }).findings).toEqual([]);
    const c = check({ other: '其中：参保筹资工作经费 12.80 万元，医保中心工作经费 21.80 万元。' });
    expect(brief(c)).toEqual([['warning', '12.80', '21.80', '9.00', '万元']]);
  });
  it('counts "共N个项目" against the project rows of the only 项目支出表', () => {
    const ok = check({ other: '本部门共5个项目。' });
    expect(ok.findings).toEqual([]);
    expect(ok.relations).toBe(7);
    const bad = check({ other: '本部门共6个项目。' });
    expect(bad.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '5', '6']]);
  });
});

describe('prose-vs-table on the fixtures', () => {
  for (const style of STYLES) {
    it(`001 ${style}: 32 stated amounts agree with the tables, no findings`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f001}.${style}.html`), proseVsTable);
      expect(c.findings).toEqual([]);
      expect(c.notRuns).toEqual([]);
      expect(c.relations).toBe(32);
      const byTable = new Map<number, number>();
      for (const v of c.verifiedRelations) byTable.set(v.table, (byTable.get(v.table) ?? 0) + 1);
      // 收支总表 #1: income items; 支出总表 #2: totals, 卫生健康/住房保障, 基本/项目支出 (twice);
      // 财政拨款收支总表 #3: the 一般公共预算 sentence; 三公 #8: total and five parts; 项目支出表 #14: five projects
      expect([...byTable].sort((a, b) => a[0] - b[0])).toEqual([[1, 10], [2, 8], [3, 3], [8, 6], [14, 5]]);
    });
    it(`000 and 004 ${style}: no prose amounts, nothing checked`, () => {
      for (const f of [FIXTURES.f000, FIXTURES.f004]) {
        const c = run(fixtureDoc(`${f}.${style}.html`), proseVsTable);
        expect(c.findings).toEqual([]);
        expect(c.relations).toBe(0);
      }
    });
  }
});

describe('prose-vs-table: totals of a 收支总表 with 结转结余', () => {
  const summary = (prose: string) =>
    docOf(`<h1>某某局2024年部门预算公开</h1><p>三、部门收支总体情况</p><p>${prose}</p><p>收支总表</p><p>单位：万元</p><table>
<tr><td colspan="2">收入</td><td colspan="2">支出</td></tr>
<tr><td>项目</td><td>预算数</td><td>项目（按功能分类）</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>8.00</td><td>一、卫生健康支出</td><td>8.00</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td>2.00</td><td>二、住房保障支出</td><td>2.00</td></tr>
<tr><td>本年收入合计</td><td>10.00</td><td>本年支出合计</td><td>10.00</td></tr>
<tr><td>上年结转结余</td><td>2.00</td><td>年终结转结余</td><td>2.00</td></tr>
<tr><td>收入总计</td><td>12.00</td><td>支出总计</td><td>12.00</td></tr>
</table>`);
  it('a total may be 本年 or include 结转结余', () => {
    for (const prose of ['2024年本部门支出预算10.00万元。', '2024年本部门支出预算12.00万元。', '2024年本部门收入预算12.00万元，其中：一般公共预算拨款8.00万元，政府性基金预算拨款2.00万元。']) {
      const c = run(summary(prose), proseVsTable);
      expect(c.findings).toEqual([]);
      expect(c.relations).toBeGreaterThan(0);
    }
  });
  it('a total that is neither is an error citing both readings', () => {
    const c = run(summary('2024年本部门支出预算11.00万元。'), proseVsTable);
    expect(c.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '10.00', '11.00']]);
    expect(c.findings[0]!.related.map((r) => r.cells[0])).toEqual([[4, 3], [6, 3]]);
  });
  it('not pure 一般公共预算: a 一般公共预算 figure is not compared with all funds', () => {
    const c = run(summary('2024年一般公共预算拨款支出8.00万元，其中：卫生健康支出6.00万元。'), proseVsTable);
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(0);
  });
});

describe('prose-vs-table on pages that are not budgets', () => {
  for (const name of ['calendar-form', 'info-disclosure-report', 'layout', 'sports-league', 'statistics', 'timetable']) {
    it(`${name}: no findings`, () => {
      const html = readFileSync(new URL(`../../../tests/fixtures/negative/${name}.html`, import.meta.url), 'utf8');
      expect(run(docOf(html), proseVsTable).findings).toEqual([]);
    });
  }
});

describe('prose-vs-table: years, 决算 and 预算', () => {
  it('a figure about another year is not compared with this year’s tables', () => {
    const c = check({ other: '2023年，卫生健康支出500.00万元；上年公务接待费5.00万元。' });
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(6);
  });
  const final = (prose: string) =>
    docOf(`<h1>某某局2023年部门决算公开</h1><p>一、收入支出决算总体情况说明</p><p>${prose}</p><p>一般公共预算财政拨款“三公”经费支出决算表</p><p>单位：万元</p><table>
<tr><td rowspan="3">单位名称</td><td colspan="6">预算数</td><td colspan="6">决算数</td></tr>
<tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>合计</td><td>3.00</td><td></td><td>1.00</td><td></td><td>1.00</td><td>2.00</td><td>2.50</td><td></td><td>1.00</td><td></td><td>1.00</td><td>1.50</td></tr>
</table>`);
  it('in a 决算 document the 决算 columns are compared, never the 预算 ones', () => {
    const c = run(final('2023年度“三公”经费财政拨款支出决算为2.50万元。公务接待费支出决算为1.50万元。'), proseVsTable);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations.map((v) => v.cells[0])).toEqual([[3, 7], [3, 12]]);
    const bad = run(final('2023年度“三公”经费支出决算为3.00万元。'), proseVsTable);
    // compared with 决算数 2.50, never agreeing with 预算数 3.00 by accident
    expect(bad.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '2.50', '3.00']]);
  });
});

describe('prose-vs-table: pages with several departments', () => {
  const two = (prose: string) => {
    const t = (v: string) => `<p>支出总表</p><p>单位：万元</p><table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>${v}</td><td>${v}</td><td></td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>${v}</td><td>${v}</td><td></td></tr></table>`;
    return docOf(`<h1>某县2024年部门预算汇编</h1><p>三、部门收支总体情况</p><p>${prose}</p>${t('10.00')}${t('20.00')}`);
  };
  it('a figure that agrees with one of the tables of its kind is verified', () => {
    const c = run(two('2024年本部门支出预算20.00万元，其中：卫生健康支出20.00万元。'), proseVsTable);
    expect(c.findings).toEqual([]);
    expect(c.verifiedRelations.map((v) => v.table)).toEqual([1, 1]);
  });
  it('a figure that agrees with none is not run (which table the text means is unknown), never an error', () => {
    const c = run(two('2024年本部门支出预算30.00万元，其中：卫生健康支出30.00万元。'), proseVsTable);
    expect(c.findings).toEqual([]);
    expect(c.notRuns.map((n) => n.rule)).toEqual(['prose-vs-table', 'prose-vs-table']);
  });
});

describe('prose-vs-table: 基本支出 as a whole table', () => {
  const basic = (prose: string) =>
    docOf(`<h1>某局2024年部门预算公开</h1><p>四、一般公共预算拨款支出</p><p>${prose}</p>
<p>一般公共预算基本支出表</p><p>单位：万元</p><table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>人员经费</td><td>公用经费</td></tr>
<tr><td>301</td><td>工资福利支出</td><td>496.61</td><td>496.61</td><td></td></tr>
<tr><td>302</td><td>商品和服务支出</td><td>18.14</td><td></td><td>18.14</td></tr>
<tr><td></td><td>合计</td><td>514.75</td><td>496.61</td><td>18.14</td></tr></table>
<p>一般公共预算基本支出表--公用经费(商品和服务支出)</p><p>单位：万元</p><table>
<tr><td>单位代码</td><td>单位名称</td><td>总计</td><td>办公费</td><td>其他商品和服务支出</td></tr>
<tr><td></td><td>合计</td><td>18.14</td><td>16.00</td><td>2.14</td></tr></table>`);
  it('"基本支出" in the 一般公共预算 section is the 基本支出表 total, not a 公用经费 table', () => {
    const ok = run(basic('2024年本部门基本支出预算数514.75万元，主要用于人员经费和公用经费。'), proseVsTable);
    expect(ok.findings).toEqual([]);
    expect(ok.verifiedRelations.map((v) => [v.table, ...v.cells[0]!])).toEqual([[0, 3, 2]]);
    const bad = run(basic('2024年本部门基本支出预算数518.14万元。'), proseVsTable);
    expect(bad.findings.map((f) => [f.severity, f.expected, f.actual, f.related])).toEqual([['error', '514.75', '518.14', [{ table: 0, cells: [[3, 2]] }]]]);
  });
});

describe('prose-vs-table: "支出决算为" continues the item named before it', () => {
  // a 决算 说明 as Shanghai districts write it: the department's 一般公共预算 total, then one paragraph per
  // 项 whose figures name no item ("年初预算为 …，支出决算为 …"), then the 三公 total in the same shape
  const page = (o: { total?: string; item?: string; sangong?: string; basic?: string; reception?: string } = {}) => `<h1>某某局2024年度部门决算</h1>
<p>五、一般公共预算财政拨款支出决算情况说明</p>
<p>（三）一般公共预算财政拨款支出决算具体情况</p>
<p>一般公共预算财政拨款支出年初预算为 120.00 万元，全年预算为 110.00 万元，支出决算为 ${o.total ?? '100.00'} 万元，完成年初预算的 83.33%。</p>
<p>1、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：行政单位医疗保险支出。年初预算为 62.00 万元，支出决算为 ${o.item ?? '60.00'} 万元，完成年初预算的 96.77%。</p>
<p>六、一般公共预算财政拨款基本支出决算情况说明</p>
<p>一般公共预算财政拨款基本支出 ${o.basic ?? '60.00'} 万元。</p>
<p>七、财政拨款“三公”经费支出决算情况说明</p>
<p>“三公”经费财政拨款支出年初预算为 3.00 万元，支出决算为 ${o.sangong ?? '2.50'} 万元，完成预算的 83.33%。</p>
<p>3、公务接待费支出 ${o.reception ?? '2.50'} 万元。</p>
<p>一般公共预算财政拨款支出决算表</p><p>单位：万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>100.00</td><td>60.00</td><td>40.00</td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>60.00</td><td>60.00</td><td></td></tr>
<tr><td>2101101</td><td>行政单位医疗</td><td>60.00</td><td>60.00</td><td></td></tr>
<tr><td>212</td><td>城乡社区支出</td><td>40.00</td><td></td><td>40.00</td></tr>
</table>
<p>财政拨款“三公”经费支出决算表</p><p>单位：万元</p>
<table>
<tr><td rowspan="3">单位名称</td><td colspan="6">预算数</td><td colspan="6">决算数</td></tr>
<tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>合计</td><td>3.00</td><td></td><td></td><td></td><td></td><td>3.00</td><td>2.50</td><td></td><td></td><td></td><td></td><td>2.50</td></tr>
</table>`;
  testRule(proseVsTable, {
    // the 项 paragraph's 60.00 and the 三公 2.50 are not the department's 支出 total 100.00
    valid: [page(), page({ item: '61.00' })],
    invalid: [
      // the bare 支出 after "一般公共预算财政拨款支出年初预算为 …，全年预算为 …" is still the department total
      { html: page({ total: '101.00' }), findings: [{ severity: 'error', difference: '1.00' }] },
      // after "“三公”经费财政拨款支出年初预算为 …" it is the 三公 total, read from the 三公 table's 决算数
      { html: page({ sangong: '2.60' }), findings: [{ severity: 'error', difference: '0.10' }] },
      // the fund words lead the name: "一般公共预算财政拨款基本支出" is the 基本支出 column of the 一般公共预算 table
      { html: page({ basic: '61.00' }), findings: [{ severity: 'error', difference: '1.00' }] },
      // a numbered item is its item (公务接待费 2.50), never a total by its number
      { html: page({ reception: '2.60' }), findings: [{ severity: 'error', difference: '0.10' }] },
    ],
  });
  it('the department total, 基本支出 and 公务接待费 are verified, the 三公 total checked against the 三公 table', () => {
    const c = runRule(proseVsTable, page({ sangong: '2.60' }));
    expect(c.findings.map((f) => [f.expected, f.actual, f.related[0]!.table])).toEqual([['2.50', '2.60', 1]]);
    expect(c.verifiedRelations.map((v) => [v.table, ...v.cells[0]!])).toEqual([[0, 1, 2], [0, 1, 3], [1, 3, 12]]);
  });
});
