import { expect } from 'vitest';
import { type ExpectedFinding, type InvalidCase, testRule, type ValidCase } from '../tester';
import proseVsTable from './prose-vs-table';
import { FIXTURES, fixturePage, NEGATIVE, negativePage, STYLES, withProbe } from './testing';

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
  return `<h1>某某局2024年部门预算公开</h1>
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
</table>`;
}

type Brief = [ExpectedFinding['severity'], string, string, string, ExpectedFinding['unit']];
const brief = ([severity, expected, actual, difference, unit]: Brief): ExpectedFinding => ({ severity, expected, actual, difference, unit });

const summary = (prose: string) =>
  `<h1>某某局2024年部门预算公开</h1><p>三、部门收支总体情况</p><p>${prose}</p><p>收支总表</p><p>单位：万元</p><table>
<tr><td colspan="2">收入</td><td colspan="2">支出</td></tr>
<tr><td>项目</td><td>预算数</td><td>项目（按功能分类）</td><td>预算数</td></tr>
<tr><td>一、一般公共预算拨款收入</td><td>8.00</td><td>一、卫生健康支出</td><td>8.00</td></tr>
<tr><td>二、政府性基金预算拨款收入</td><td>2.00</td><td>二、住房保障支出</td><td>2.00</td></tr>
<tr><td>本年收入合计</td><td>10.00</td><td>本年支出合计</td><td>10.00</td></tr>
<tr><td>上年结转结余</td><td>2.00</td><td>年终结转结余</td><td>2.00</td></tr>
<tr><td>收入总计</td><td>12.00</td><td>支出总计</td><td>12.00</td></tr>
</table>`;
const final = (prose: string) =>
  `<h1>某某局2023年部门决算公开</h1><p>一、收入支出决算总体情况说明</p><p>${prose}</p><p>一般公共预算财政拨款“三公”经费支出决算表</p><p>单位：万元</p><table>
<tr><td rowspan="3">单位名称</td><td colspan="6">预算数</td><td colspan="6">决算数</td></tr>
<tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td><td>小计</td><td>公务用车购置费</td><td>公务用车运行费</td></tr>
<tr><td>合计</td><td>3.00</td><td></td><td>1.00</td><td></td><td>1.00</td><td>2.00</td><td>2.50</td><td></td><td>1.00</td><td></td><td>1.00</td><td>1.50</td></tr>
</table>`;
const two = (prose: string) => {
  const t = (v: string) => `<p>支出总表</p><p>单位：万元</p><table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td></td><td>合计</td><td>${v}</td><td>${v}</td><td></td></tr>
<tr><td>210</td><td>卫生健康支出</td><td>${v}</td><td>${v}</td><td></td></tr></table>`;
  return `<h1>某县2024年部门预算汇编</h1><p>三、部门收支总体情况</p><p>${prose}</p>${t('10.00')}${t('20.00')}`;
};
const basic = (prose: string) =>
  `<h1>某局2024年部门预算公开</h1><p>四、一般公共预算拨款支出</p><p>${prose}</p>
<p>一般公共预算基本支出表</p><p>单位：万元</p><table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>人员经费</td><td>公用经费</td></tr>
<tr><td>301</td><td>工资福利支出</td><td>496.61</td><td>496.61</td><td></td></tr>
<tr><td>302</td><td>商品和服务支出</td><td>18.14</td><td></td><td>18.14</td></tr>
<tr><td></td><td>合计</td><td>514.75</td><td>496.61</td><td>18.14</td></tr></table>
<p>一般公共预算基本支出表--公用经费(商品和服务支出)</p><p>单位：万元</p><table>
<tr><td>单位代码</td><td>单位名称</td><td>总计</td><td>办公费</td><td>其他商品和服务支出</td></tr>
<tr><td></td><td>合计</td><td>18.14</td><td>16.00</td><td>2.14</td></tr></table>`;
/** A budget table and a sentence it verifies, put at the top of a page that is not a budget. */
const PROBE_TABLE = `<p>支出总表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td></tr><tr><td></td><td>合计</td><td>10.00</td></tr><tr><td>210</td><td>卫生健康支出</td><td>10.00</td></tr></table>`;
const PROBE = `本部门支出预算10.00万元。</p>${PROBE_TABLE}<p>`;

/**
 * A 决算 说明 as Shanghai districts write it: the department's 一般公共预算 total, then one paragraph per 项
 * whose figures name no item ("年初预算为 …，支出决算为 …"), the 一般公共预算 基本支出, then the 三公 total in
 * the same elliptic shape and a numbered 三公 item.
 */
const shanghai = (o: { total?: string; item?: string; sangong?: string; basic?: string; reception?: string } = {}) => `<h1>某某局2024年度部门决算</h1>
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

const valid: ValidCase[] = [
  {
    // all funds: 支出 582.97, 卫生健康 542.00, 住房保障 40.97 (支出总表, #0);
    // 一般公共预算: 500.00, 460.00, 40.00 (一般公共预算支出表, #1); 三公 and its five parts (#2)
    name: 'every stated amount against the table of its scope (元 tables vs 万元 prose)',
    html: page(),
    relations: 12,
    verified: [
      ...[[1, 2], [2, 2], [4, 2]].map((cell) => ({ table: 0, cell: cell as [number, number] })),
      ...[[1, 2], [2, 2], [4, 2]].map((cell) => ({ table: 1, cell: cell as [number, number] })),
      ...[[2, 1], [2, 6], [2, 3], [2, 4], [2, 5], [2, 2]].map((cell) => ({ table: 2, cell: cell as [number, number] })),
    ],
    info: [],
    notRun: [],
  },
  { name: 'skips items no table names', html: page({ all: '2024年本部门支出预算582.97万元，其中：医保经办服务费542.00万元，住房保障支出40.97万元。' }), relations: 11, verified: 11 },
  {
    // two 住房保障支出 rows with different figures in the same table: no guess, said so as a check that could not run
    name: 'skips ambiguous names, and says so',
    html: page({ extraRow: '<tr><td>229</td><td>住房保障支出</td><td>1.00</td><td>1.00</td><td></td></tr>', all: '支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' }),
    relations: 11,
    verified: 11,
    notRun: [{ table: 0, reason: '住房保障支出' }],
  },
  { name: 'does not read years, dates, changes or targets as stated amounts', html: page({ other: '截至2023年12月底，卫生健康支出比上年增加2024.00万元，公务接待费不超过5万元，住房保障支出完成率≥95%。' }), relations: 6, verified: 6 },
  { name: 'classification markers （类） are not part of a name', html: page({ other: '2024年卫生健康（类）支出542.00万元。' }), relations: 7, verified: 7 },
  // "住房保障支出" is named without a figure; 9.99 万元 belongs to 其他 in its own clause
  { name: 'a figure is never borrowed from the next clause', html: page({ other: '住房保障支出主要用于住房公积金，其他 9.99 万元。' }), relations: 6, verified: 6 },
  { name: 'project names are matched in the project table', html: page({ other: '其中：参保筹资工作经费 12.80 万元，医保中心工作经费 12.80 万元。' }), relations: 8, verified: 8 },
  { name: 'counts "共N个项目" against the project rows of the only 项目支出表', html: page({ other: '本部门共5个项目。' }), relations: 7, verified: 7 },
  { name: 'a figure about another year is not compared with this year’s tables', html: page({ other: '2023年，卫生健康支出500.00万元；上年公务接待费5.00万元。' }), relations: 6, verified: 6 },
  ...['2024年本部门支出预算10.00万元。', '2024年本部门支出预算12.00万元。', '2024年本部门收入预算12.00万元，其中：一般公共预算拨款8.00万元，政府性基金预算拨款2.00万元。'].map(
    (prose): ValidCase => ({ name: `a total may be 本年 or include 结转结余: ${prose}`, html: summary(prose) }),
  ),
  // not pure 一般公共预算 (the 收支总表 has 政府性基金 too): the 一般公共预算 sentence is not compared, the total is
  { name: 'a 一般公共预算 figure is not compared with all funds', html: summary('2024年本部门支出预算10.00万元。2024年一般公共预算拨款支出8.00万元，其中：卫生健康支出6.00万元。'), relations: 1, verified: 1 },
  { name: 'in a 决算 document the 决算 columns are compared, never the 预算 ones', html: final('2023年度“三公”经费财政拨款支出决算为2.50万元。公务接待费支出决算为1.50万元。'), verified: [{ table: 0, cell: [3, 7] }, { table: 0, cell: [3, 12] }] },
  { name: 'several departments: a figure that agrees with one of the tables of its kind is verified', html: two('2024年本部门支出预算20.00万元，其中：卫生健康支出20.00万元。'), verified: [1, 1] },
  { name: '"基本支出" in the 一般公共预算 section is the 基本支出表 total, not a 公用经费 table', html: basic('2024年本部门基本支出预算数514.75万元，主要用于人员经费和公用经费。'), verified: [{ table: 0, cell: [3, 2] }] },
  ...STYLES.map((style): ValidCase => ({
    name: `001 ${style}: 32 stated amounts agree with the tables, no findings`,
    html: fixturePage(`${FIXTURES.f001}.${style}.html`),
    relations: 32,
    info: [],
    notRun: [],
    also: (c) => {
      const byTable = new Map<number, number>();
      for (const v of c.verifiedRelations) byTable.set(v.table!, (byTable.get(v.table!) ?? 0) + 1);
      // 收支总表 #1: income items; 支出总表 #2: totals, 卫生健康/住房保障, 基本/项目支出 (twice);
      // 财政拨款收支总表 #3: the 一般公共预算 sentence; 三公 #8: total and five parts; 项目支出表 #14: five projects
      expect([...byTable].sort((a, b) => a[0] - b[0])).toEqual([[1, 10], [2, 8], [3, 3], [8, 6], [14, 5]]);
    },
  })),
  ...NEGATIVE.map((name): ValidCase => ({
    name: `not a budget: ${name}: nothing compared (a budget table and a sentence it verifies added at the top)`,
    html: withProbe(negativePage(name), PROBE),
    relations: 1,
    verified: 1,
  })),
  // r2: a Shanghai-style 决算 page — "支出决算为 X" speaks of the item named before it in its sentence
  {
    name: '决算 (Shanghai style): department total, 基本支出, the 三公 sentence and 3、公务接待费 each verified against its own table',
    html: shanghai(),
    relations: 4,
    verified: [{ table: 0, cell: [1, 2] }, { table: 0, cell: [1, 3] }, { table: 1, cell: [3, 7] }, { table: 1, cell: [3, 12] }],
    info: [],
    notRun: [],
  },
  {
    // 61.00 is the 项's own 决算 (its table row is not compared here), never the department's 支出 total 100.00
    name: '决算 (Shanghai style): an item paragraph whose "支出决算为" clause names no item raises nothing',
    html: shanghai({ item: '61.00' }),
    relations: 4,
    verified: [{ table: 0, cell: [1, 2] }, { table: 0, cell: [1, 3] }, { table: 1, cell: [3, 7] }, { table: 1, cell: [3, 12] }],
    info: [],
    notRun: [],
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a prose amount that differs from its table, citing the cell and the sentence (compared exactly in the table’s 元)',
    html: page({ all: '2024年本部门支出预算582.97万元，其中：卫生健康支出543.00万元，住房保障支出40.97万元。' }),
    findings: [{
      ...brief(['error', '5420000.00', '5430000.00', '10000.00', '元']),
      table: null,
      exactCells: [],
      related: [{ table: 0, cells: [[2, 2]] }],
      text: '2024年本部门支出预算582.97万元，其中：卫生健康支出543.00万元，住房保障支出40.97万元。',
      message: '卫生健康支出',
    }],
    also: (c) => expect(c.findings[0]!.details?.[0]).toMatchObject({ table: 0, cell: [2, 2], written: '5,420,000.00', role: 'compare' }),
  },
  // 542.00 万元 stands for [5,419,950, 5,420,050] 元
  { name: 'a difference within the rounding of the prose figure is info', html: page({ health: '5,420,049.99' }), findings: [], info: [{ ...brief(['info', '5420049.99', '5420000.00', '-49.99', '元']), cause: 'rounding' }] },
  // 0.0583 亿元 stands for [5,825,000, 5,835,000] 元: 5,829,700.00 is within rounding
  { name: '亿元 in the text against 元 in the table: within the rounding interval of the coarse figure', html: page({ all: '2024年本部门支出预算0.0583亿元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' }), findings: [], info: [brief(['info', '5829700.00', '5830000.00', '300.00', '元'])] },
  { name: '亿元 in the text against 元 in the table: outside it', html: page({ all: '2024年本部门支出预算0.0593亿元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。' }), findings: [brief(['error', '5829700.00', '5930000.00', '100300.00', '元'])] },
  // 542.00 is right for 支出总表 and wrong for 一般公共预算支出表 (460.00)
  { name: 'the scope decides the table: a 一般公共预算 figure compared with the 一般公共预算 table', html: page({ gpb: '2024年本部门一般公共预算拨款支出500.00万元，其中：卫生健康支出542.00万元，住房保障支出40.00万元。' }), findings: [{ ...brief(['error', '460.00', '542.00', '82.00', '万元']), related: [{ table: 1, cells: [[2, 2]] }] }] },
  {
    name: '三公 and its parts are read from the 三公 table, rows or columns',
    html: page({ sangong: '4.00' }),
    findings: [
      { ...brief(['error', '4.00', '3.00', '-1.00', '万元']), related: [{ table: 2, cells: [[2, 1]] }] },
      { ...brief(['error', '4.00', '3.00', '-1.00', '万元']), related: [{ table: 2, cells: [[2, 6]] }] },
    ],
  },
  { name: 'classification markers （类）: a wrong figure', html: page({ other: '2024年卫生健康（类）支出544.00万元。' }), findings: [brief(['error', '5420000.00', '5440000.00', '20000.00', '元'])] },
  { name: 'a project amount that differs from the project table (warning)', html: page({ other: '其中：参保筹资工作经费 12.80 万元，医保中心工作经费 21.80 万元。' }), findings: [brief(['warning', '12.80', '21.80', '9.00', '万元'])] },
  { name: '"共N个项目" that is not the number of project rows (warning)', html: page({ other: '本部门共6个项目。' }), findings: [{ severity: 'warning', expected: '5', actual: '6' }] },
  {
    name: 'a total that is neither 本年 nor with 结转结余 is an error citing both readings',
    html: summary('2024年本部门支出预算11.00万元。'),
    findings: [{ severity: 'error', expected: '10.00', actual: '11.00' }],
    also: (c) => expect(c.findings[0]!.related.map((r) => r.cells[0])).toEqual([[4, 3], [6, 3]]),
  },
  // compared with 决算数 2.50, never agreeing with 预算数 3.00 by accident
  { name: 'a 决算 figure that differs from the 决算数', html: final('2023年度“三公”经费支出决算为3.00万元。'), findings: [{ severity: 'error', expected: '2.50', actual: '3.00' }] },
  {
    name: 'several departments: a figure that agrees with none is not run (which table the text means is unknown), never an error',
    html: two('2024年本部门支出预算30.00万元，其中：卫生健康支出30.00万元。'),
    findings: [],
    notRun: [{}, {}],
  },
  { name: '"基本支出" that differs from the 基本支出表 total', html: basic('2024年本部门基本支出预算数518.14万元。'), findings: [{ severity: 'error', expected: '514.75', actual: '518.14', related: [{ table: 0, cells: [[3, 2]] }] }] },
  // r2: the Shanghai-style 决算 page with one figure wrong at a time
  {
    // the bare 支出 after "一般公共预算财政拨款支出年初预算为 …，全年预算为 …" is still the department total
    name: '决算 (Shanghai style): a wrong department total (支出决算为 101.00 for 100.00)',
    html: shanghai({ total: '101.00' }),
    findings: [{ severity: 'error', expected: '100.00', actual: '101.00', difference: '1.00', unit: '万元', related: [{ table: 0, cells: [[1, 2]] }], text: '支出决算为 101.00 万元' }],
    verified: [{ table: 0, cell: [1, 3] }, { table: 1, cell: [3, 7] }, { table: 1, cell: [3, 12] }],
    info: [],
    notRun: [],
  },
  {
    // after "“三公”经费财政拨款支出年初预算为 …" it is the 三公 total, read from the 三公 table's 决算数
    name: '决算 (Shanghai style): a wrong 三公 total (支出决算为 2.60 for 2.50), checked against the 三公 table',
    html: shanghai({ sangong: '2.60' }),
    findings: [{ severity: 'error', expected: '2.50', actual: '2.60', difference: '0.10', unit: '万元', related: [{ table: 1, cells: [[3, 7]] }], text: '“三公”经费财政拨款支出' }],
    verified: [{ table: 0, cell: [1, 2] }, { table: 0, cell: [1, 3] }, { table: 1, cell: [3, 12] }],
    info: [],
    notRun: [],
  },
  {
    // the fund words lead the name: "一般公共预算财政拨款基本支出" is the 基本支出 column of the 一般公共预算 table
    name: '决算 (Shanghai style): a wrong "一般公共预算财政拨款基本支出" (61.00 for 60.00)',
    html: shanghai({ basic: '61.00' }),
    findings: [{ severity: 'error', expected: '60.00', actual: '61.00', difference: '1.00', unit: '万元', related: [{ table: 0, cells: [[1, 3]] }], text: '一般公共预算财政拨款基本支出 61.00' }],
    verified: [{ table: 0, cell: [1, 2] }, { table: 1, cell: [3, 7] }, { table: 1, cell: [3, 12] }],
    info: [],
    notRun: [],
  },
  {
    // a numbered item is its item (公务接待费 2.50), never a total by its number
    name: '决算 (Shanghai style): a wrong "3、公务接待费支出" (2.60 for 2.50)',
    html: shanghai({ reception: '2.60' }),
    findings: [{ severity: 'error', expected: '2.50', actual: '2.60', difference: '0.10', unit: '万元', related: [{ table: 1, cells: [[3, 12]] }], text: '3、公务接待费支出 2.60' }],
    verified: [{ table: 0, cell: [1, 2] }, { table: 0, cell: [1, 3] }, { table: 1, cell: [3, 7] }],
    info: [],
    notRun: [],
  },
];

testRule(proseVsTable, { valid, invalid });

