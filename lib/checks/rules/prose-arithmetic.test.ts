import { type InvalidCase, testRule, type ValidCase } from '../tester';
import proseArithmetic from './prose-arithmetic';
import { FIXTURES, fixturePage, NEGATIVE, negativePage, STYLES, withProbe } from './testing';

/** A page with only a 说明: the sentences given, one paragraph each. */
function page(...paragraphs: string[]) {
  return `<h1>某某局2024年部门预算公开</h1><p>一、部门收支总体情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
}
/** A sentence the rule verifies (one relation): cases about what is NOT checked add it, so they show the rule ran. */
const PROBE = '会议费 12.00 万元，比上年增加 2.00 万元，增长 20.00%。';
type Brief = [InvalidCase['findings'][number]['severity'], string, string, string];
const brief = ([severity, expected, actual, difference]: Brief) => ({ severity, expected, actual, difference });

const share = (a: string, b: string) => `2024年本部门一般公共预算拨款支出582.97万元(含上级财政补助0万元),其中:卫生健康支出542.00万元,占${a};住房保障支出40.97万元,占${b}。`;

// a 说明 published as the HTML page, its tables as an attachment: no table on the page
const shuoming = (...paragraphs: string[]) =>
  `<h1>某某局2026年部门预算说明</h1><p>一、收支预算总体情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
const SHARES = '本年收入合计1,000.00万元，其中：财政拨款收入800.00万元，占80.00%；事业收入150.00万元，占15.00%；其他收入50.00万元，占5.00%。';
const SHARES_HALF = '本年收入合计1,000.00万元,其中:财政拨款收入800.00万元,占80.00%;事业收入150.00万元,占15.00%;其他收入50.00万元,占5.00%。';
const TWO_PERIODS = (rate: string) => `2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加${rate}。`;
const COMPLETE = (budget: string, more: string, outturn: string, rate: string) =>
  `一般公共预算财政拨款支出年初预算为${budget}万元，${more}支出决算为${outturn}万元，完成年初预算的${rate}。`;
/** a total, the heading of its itemised list, and numbered items (one paragraph each) */
const ITEMISED = (total: string, ...items: string[]) => [
  `支出预算1,212.12万元，其中：财政拨款支出预算${total}万元，比2023年预算增加0.46万元。`,
  '财政拨款支出主要内容如下：',
  ...items.map((a, i) => `${i + 1}. “社会保障和就业支出（类）行政事业单位养老支出（款）第${i + 1}项支出（项）”${a}万元，主要用于人员经费。`),
];
const DEBT = (special: string) =>
  `截至2018年末，债务余额184,618.67亿元，包括一般债务余额110,484.51亿元、专项债务余额${special}亿元，控制在批准的债务余额限额209,974.30亿元之内。`;

const valid: ValidCase[] = [
  // 其中 lists
  { name: 'a list that adds up', html: page('2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。'), relations: 1, verified: 1, info: [] },
  { name: 'a single listed item is a subset: only checked not to exceed the total', html: page('支出预算582.97万元，其中：卫生健康支出542.00万元。'), relations: 1, verified: 1 },
  { name: 'converts 亿元 and 万元 exactly', html: page('支出1.2亿元，其中：基本支出8000.00万元，项目支出4000.00万元。'), relations: 1, verified: 1, info: [] },
  {
    name: 'reads a nested （其中…） list on its own',
    html: page('“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 0.00 万元，公务用车运行费 0.00 万元）, 因公出国(境)费 0.00 万元。'),
    relations: 2,
    verified: 2,
  },
  { name: 'reads the list across "；" inside one sentence', html: page('政府采购预算总额 5 万元, 其中, 货物类采购预算 2 万元; 工程类采购预算 1 万元; 服务类采购预算 2 万元。'), relations: 1, verified: 1 },
  {
    name: 'a bracketed 含 figure is not a part, and years and dates are not amounts',
    html: page('截至2023年12月底，本部门共有公务用车2辆，其中：执法执勤用车1辆，应急保障用车1辆。', '2024年本部门一般公共预算拨款支出582.97万元(含上级财政补助10万元),其中:卫生健康支出542.00万元,住房保障支出40.97万元。'),
    relations: 2,
    verified: 2,
  },
  // as parts, 不超过20万元 would make 30 万元 fall short of 68.22 (a warning): only 培训费 is a part (a subset)
  { name: 'targets (≥95%, 不超过) are not parts', html: page('项目支出68.22万元，其中：会议费不超过20万元，满意度≥95%，培训费10.00万元。'), relations: 1, verified: 1 },
  { name: 'does not form a list when the total sits in another sentence', html: page('2024年本部门项目支出预算68.22万元。', '主要包括：其中：参保筹资工作经费 12.80 万元，医保基金监管工作经费 22.40 万元。', PROBE), relations: 1, verified: 1 },
  { name: 'a change amount inside a list belongs to the item before it, not to the sum', html: page('支出预算582.97万元，其中：卫生健康支出542.00万元，比上年增加12.00万元，住房保障支出40.97万元。'), relations: 1, verified: 1 },
  // shares
  { name: 'recomputes each share against the list total', html: page(share('92.97%', '7.03%')), relations: 3, verified: 3, info: [] },
  // 40.97 ÷ 582.97 = 7.03 %, not 70.03 %: borrowed, the total would give an error
  { name: 'never borrows the total from another sentence', html: page('支出预算582.97万元，其中：卫生健康支出542.00万元。', '住房保障支出40.97万元，占70.03%。'), relations: 1, verified: 1 },
  { name: 'a share of an item outside any list is not checked', html: page('2024年基本支出514.75万元，占88.30%。', PROBE), relations: 1, verified: 1 },
  { name: 'checks "占总支出的" against a list of 支出', html: page('支出预算582.97万元，其中：卫生健康支出542.00万元，占总支出的92.97%；住房保障支出40.97万元，占总支出的7.03%。'), relations: 3, verified: 3 },
  { name: 'a share of something other than the list total is not checked', html: page('基本支出514.75万元，其中：人员经费496.61万元，占一般公共预算支出的85.19%，公用经费18.14万元。'), relations: 1, verified: 1 },
  // changes against last year
  { name: 'recomputes the rate from the current amount and the change', html: page('（一）机关运行经费：2024 年本部门机关运行经费 18.14 万元，比上年预算减少 28.86 万元，下降 61.40%，主要是人员减少。'), relations: 1, verified: 1 },
  { name: 'handles increases (previous = current − increase)', html: page(PROBE), relations: 1, verified: 1 },
  ...[
    ['the current amount is not stated (较去年减少)', '2024 年收入较去年减少 66.79 万元，下降10.28%。'],
    ['a clause stands between the amount and the change', '机关运行经费 18.14 万元，主要用于办公，比上年减少 28.86 万元，下降 50.00%。'],
    ['the change is about another item', '基本支出 514.75 万元，项目支出比上年减少 10 万元，下降 50%。'],
  ].map(([what, s]): ValidCase => ({ name: `skips a change when ${what}`, html: page(s!, PROBE), relations: 1, verified: 1 })),
  { name: 'skips a change whose amount is in the sentence before', html: page('支出总额 100 万元。', '比上年减少 50 万元，下降 50.00%。', PROBE), relations: 1, verified: 1 },
  // two amounts of two periods and the rate between them: (45.41 − 11.67) ÷ 11.67 = 289.12%
  { name: 'recomputes the rate between two periods\' amounts (执行数 → 预算安排)', html: page(TWO_PERIODS('289.12%')), relations: 1, verified: 1, info: [] },
  { name: 'two periods, a decrease', html: page('2023年当年预算执行数为50.00万元，2024年预算安排40.00万元，比2023年预算执行数减少20.00%。'), relations: 1, verified: 1, info: [] },
  ...[
    // the rate names 预算, the earlier amount is an 执行数: not the same base
    ['the base the rate names (预算) is not the earlier figure (执行数)', '2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算增加100.00%。'],
    ['no earlier figure names the rate\'s period', '2023年预算安排45.41万元，比2022年预算执行数增加100.00%。'],
    ['two earlier figures name the base period', '2022年预算执行数为11.67万元，2022年决算执行数为12.00万元，2023年预算安排45.41万元，比2022年预算执行数增加100.00%。'],
    ['a clause stands between the current amount and the rate', '2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，主要用于办公，比2022年预算执行数增加100.00%。'],
  ].map(([what, s]): ValidCase => ({ name: `skips a two-period rate when ${what}`, html: page(s!, PROBE), relations: 1, verified: 1 })),
  // completion of a budget: 446.11 ÷ 452.40 = 98.6096%
  { name: 'recomputes "完成年初预算的 x%" from the budget and the outturn', html: page(COMPLETE('452.40', '', '446.11', '98.61%')), relations: 1, verified: 1, info: [] },
  { name: 'picks the budget the rate names among 年初 and 全年', html: page(COMPLETE('400.00', '全年预算为452.40万元，', '446.11', '98.61%').replace('完成年初预算', '完成全年预算')), relations: 1, verified: 1, info: [] },
  ...[
    // the outturn names an item of its own: its budget is not the one stated before (the 三公 total's 13.68% holds: 2 relations)
    ['the outturn names another item', '“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 50.00%。'],
    // "完成预算的" with two budgets stated: which one is meant is not said
    ['two budgets are stated and the rate names neither', '支出年初预算为400.00万元，全年预算为452.40万元，支出决算为446.11万元，完成预算的50.00%。'],
  ].map(([what, s], i): ValidCase => ({ name: `skips a completion rate when ${what}`, html: page(s!, PROBE), relations: i === 0 ? 2 : 1, verified: i === 0 ? 2 : 1 })),
  // an increase larger than the amount: only for amounts that cannot be negative, and only beyond rounding
  { name: 'a balance may have been negative last year: an increase larger than it is not checked', html: page('年末结转结余10.00万元，比上年增加30.00万元。', PROBE), relations: 1, verified: 1 },
  // 1 万元 stands for [0.5, 1.5]; an increase of 1.4 万元 may be less than that
  { name: 'an increase larger than the amount only within rounding is not an error', html: page('会议费1万元，比上年增加1.4万元。', PROBE), relations: 1, verified: 1 },
  // numbered items under "…主要内容如下：": 53.84 + 76.76 = 130.60; fewer than the total is fine (main items only)
  { name: 'numbered items under "主要内容如下" within their total', html: page(...ITEMISED('130.60', '53.84', '76.76')), relations: 2, verified: 2 },
  { name: 'numbered items under "主要内容如下" may name only the main items', html: page(...ITEMISED('950.12', '53.84', '76.76')), relations: 2, verified: 2 },
  // items of different levels (a 款 and its 项) would count the same money twice: not summed
  { name: 'numbered items of different levels are not summed', html: page(...ITEMISED('100.00', '53.84', '76.76').map((x, i) => (i === 3 ? x.replace('（项）', '（款）') : x)), PROBE), relations: 2, verified: 2 },
  // lists that cross a "；"
  { name: 'a list that adds up before a "；" ends there', html: page('支出100.00万元，其中：基本支出80.00万元，项目支出20.00万元；机关运行经费10.00万元。'), relations: 1, verified: 1 },
  // a share of the list total, 30 ÷ 100 = 30 % ≠ 50 %, would be an error
  { name: 'items after the "；" where the list closed are not shares of its total', html: page('支出100.00万元，其中：基本支出80.00万元，项目支出20.00万元；另有结转资金30.00万元，占50.00%。'), relations: 1, verified: 1 },
  // adversarial lists
  {
    name: 'the total of the next list is not a part of this one',
    html: page('全年一般公共预算收入15.63亿元，其中税收收入9.86亿元；一般公共预算支出58.67亿元，其中民生支出46.12亿元，占78.6%。'),
    relations: 3,
    verified: 3,
  },
  { name: 'the total of the next list is not a part of this one (，)', html: page('收入15.63亿元，其中税收收入9.86亿元，支出58.67亿元，其中民生支出46.12亿元。'), verified: 2 },
  { name: 'counts in mixed measure words do not form a list', html: page('全年主动公开信息286条，其中政策文件3件、财政预决算信息94条、政府采购信息118条；公开率100%。', PROBE), relations: 1, verified: 1 },
  { name: 'partial lists ("等") may fall short', html: page('支出100.00万元，其中：基本支出60.00万元，会议费10.00万元等。'), relations: 1, verified: 1 },
  // 决算 wording
  { name: '"与上年相比，增加 …，增长 …" in clauses of their own', html: page('2023年度财政拨款收入1000.00万元，与上年相比，增加100.00万元，增长11.11%。'), relations: 1, verified: 1 },
  { name: 'a change against 年初预算 is not a change against last year', html: page('决算数1000.00万元，与年初预算相比，增加100.00万元，增长10.00%。', PROBE), relations: 1, verified: 1 },
  // a 说明 page without tables
  { name: '说明 page without tables: a list with shares', html: shuoming(SHARES), relations: 4, verified: 4, info: [] },
  { name: '说明 page without tables: half-width punctuation reads like full-width', html: shuoming(SHARES_HALF), relations: 4, verified: 4, info: [] },
  // the change stated in a sentence of its own: last year = 1,100.00 − 100.00; 100.00 ÷ 1,000.00 = 10.00%
  { name: '说明 page without tables: a 同比 change in a sentence of its own', html: shuoming('2026年部门收入1,100.00万元。同比上年度增加100.00万元，增加10.00%。'), relations: 1, verified: 1, info: [] },
  {
    name: '说明 page without tables: a 同比 change, half-width commas, decimal points kept',
    html: shuoming('2026年部门收入1,100.00万元.同比上年度增加100.00万元,增加10.00%.'.replace(/\./g, (m, i: number, s: string) => (/\d/.test(s[i - 1]!) && /\d/.test(s[i + 1]!) ? m : '。'))),
    relations: 1,
    verified: 1,
    info: [],
  },
  { name: 'an enumeration after 包括 adds up to the total before it', html: shuoming(DEBT('74,134.16')), relations: 1, verified: 1, info: [] },
  // fixtures and pages that are not budgets
  ...STYLES.map((style): ValidCase => ({
    name: `001 ${style}: 12 relations hold (lists, shares 92.97%/7.03%, 机关运行经费 −28.86 = −61.40%), no findings`,
    html: fixturePage(`${FIXTURES.f001}.${style}.html`),
    relations: 12,
    verified: 12,
    info: [],
    notRun: [],
  })),
  ...STYLES.flatMap((style) => [FIXTURES.f000, FIXTURES.f004].map((f): ValidCase => ({
    name: `${f.slice(0, 3)} ${style}: no prose amounts to check (only the probe sentence added at the top)`,
    html: withProbe(fixturePage(`${f}.${style}.html`), PROBE),
    relations: 1,
    verified: 1,
  }))),
  // the statistics bulletin states 一般公共预算收入 / 支出 with 其中 and a share that hold: checked, and right
  ...NEGATIVE.map((name): ValidCase => {
    const own = name === 'statistics' ? 3 : 0;
    return {
      name: `not a budget: ${name}: no finding, ${own} relations of its own (a probe sentence added at the top)`,
      html: withProbe(negativePage(name), PROBE),
      relations: own + 1,
      verified: own + 1,
      info: [],
    };
  }),
];

const invalid: InvalidCase[] = [
  {
    name: 'parts that exceed the total, with the arithmetic and the sentence',
    html: page('2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出41.97万元。'),
    findings: [{ ...brief(['error', '583.97', '582.97', '-1.00']), table: null, unit: '万元', message: '583.97', text: '2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出41.97万元。' }],
  },
  { name: 'parts that fall short (the list may be partial): warning', html: page('支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出39.97万元。'), findings: [brief(['warning', '581.97', '582.97', '1.00'])] },
  { name: 'a single listed item larger than the total', html: page('支出预算582.97万元，其中：卫生健康支出600.00万元。'), findings: [brief(['error', '600.00', '582.97', '-17.03'])] },
  // 1.2 亿元 stands for [1.15, 1.25] 亿元: 12,300 万元 is within rounding
  { name: 'a coarse 亿元 total: within its rounding interval is info', html: page('支出1.2亿元，其中：基本支出8100万元，项目支出4200万元。'), findings: [], info: [brief(['info', '12300', '12000', '-300'])] },
  { name: 'a 亿元 total written to two decimals: outside its interval is an error', html: page('支出1.20亿元，其中：基本支出8000万元，项目支出5000万元。'), findings: [brief(['error', '13000', '12000', '-1000'])] },
  {
    name: 'a nested （其中…） list that does not add up',
    html: page('“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 1.00 万元，公务用车运行费 0.00 万元）, 因公出国(境)费 0.00 万元。'),
    findings: [brief(['error', '1.00', '0.00', '-1.00'])],
  },
  {
    name: 'a share outside the rounding interval',
    html: page(share('93.97%', '7.03%')),
    findings: [{ ...brief(['error', '92.9722', '93.97', '0.9978']), message: '542.00万元 ÷ 582.97万元' }],
  },
  // 542/583 = 92.97%; the interval of 542 ÷ 583 (whole 万元) reaches 93.13%: 93.1% is within rounding
  { name: 'a share that only rounding of coarse figures explains is info', html: page('支出583万元,其中:卫生健康支出542万元,占93.1%;住房保障支出41万元,占7.0%。'), findings: [], info: [brief(['info', '92.967', '93.1', '0.133'])] },
  { name: 'a wrong rate of increase', html: page('会议费 12.00 万元，比上年增加 2.00 万元，增长 16.67%。'), findings: [brief(['error', '20.0000', '16.67', '-3.3300'])] },
  { name: 'a wrong rate of decrease', html: page('机关运行经费 18.14 万元，比上年预算减少 28.86 万元，下降 60.40%。'), findings: [{ ...brief(['error', '61.4043', '60.40', '-1.0043']), message: '47.00' }] },
  // (45.41 − 11.67) ÷ 11.67 = 289.1174%; the text says 314.82%
  { name: 'a wrong rate between two periods\' amounts', html: page(TWO_PERIODS('314.82%')), findings: [{ ...brief(['error', '289.1174', '314.82', '25.7026']), message: '(45.41万元 − 11.67万元) ÷ 11.67万元' }] },
  // 1 − 40 ÷ 50 = 20%; the text says 25%
  { name: 'a wrong rate of decrease between two periods', html: page('2023年当年预算执行数为50.00万元，2024年预算安排40.00万元，比2023年预算执行数减少25.00%。'), findings: [brief(['error', '20.0000', '25.00', '5.0000'])] },
  // 9746.50 ÷ 10210.34 = 95.4572%: written 95.45, cut off instead of rounded
  { name: 'a completion rate cut off instead of rounded: error, with the cause', html: page(COMPLETE('10210.34', '', '9746.50', '95.45%')), findings: [{ ...brief(['error', '95.4572', '95.45', '-0.0072']), cause: 'truncated' }] },
  { name: 'a wrong completion rate', html: page(COMPLETE('452.40', '', '446.11', '96.61%')), findings: [{ ...brief(['error', '98.6096', '96.61', '-1.9996']), cause: 'percent-mismatch' }] },
  // 年初预算 0: no ratio; 307.82 ÷ 321.02 = 95.8881% is the ratio to 全年预算
  { name: 'a completion rate of a budget of 0, matching the other budget', html: page(COMPLETE('0', '全年预算为321.02万元，', '307.82', '95.89%')), findings: [{ severity: 'error', expected: '95.8881', actual: '95.89', cause: 'wrong-base' }] },
  // 0 万元 this year, 1421.25 万元 more than last year: last year −1421.25 万元
  { name: 'an increase larger than the amount itself (last year would be negative)', html: page('政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元；国有资本经营预算拨款支出预算0万元，比2022年预算持平。'), findings: [{ ...brief(['error', '0.00', '1421.25', '1421.25']), cause: 'impossible-change' }] },
  // 53.84 + 76.76 + 738.66 = 869.26 > 830.12
  { name: 'numbered items under "主要内容如下" exceeding their total', html: page(...ITEMISED('830.12', '53.84', '76.76', '738.66')), findings: [{ ...brief(['error', '869.26', '830.12', '-39.14']), cause: 'items-exceed-total', text: '财政拨款支出主要内容如下：' }] },
  // PDF text: spaces around the year ("比 2016 年增加"); 3401.59 ÷ (6032.55 − 3401.59) = 129.2908%
  { name: 'a wrong rate of increase, with spaces around the year as PDFs write it', html: page('2017 年本部门机关运行经费预算支出6032.55 万元，比 2016 年增加 3401.59 万元，增长129.97 %。'), findings: [brief(['error', '129.2908', '129.97', '0.6792'])] },
  { name: 'the amount and the rate point in opposite directions', html: page('机关运行经费 18.14 万元，比上年减少 28.86 万元，增长 61.40%。'), findings: [brief(['warning', '-61.4043', '61.40', '122.8043'])] },
  { name: 'a sum that fails only across the "；" is a warning (the list may have ended)', html: page('支出100.00万元，其中：基本支出80.00万元；项目支出30.00万元。'), findings: [{ severity: 'warning', cause: 'list-end-unclear' }] },
  { name: 'parts before the first "；" that already exceed the total are an error', html: page('支出100.00万元，其中：基本支出120.00万元；项目支出30.00万元。'), findings: [brief(['error', '120.00', '100.00', '-20.00'])] },
  { name: 'a partial list ("等") that exceeds the total', html: page('支出100.00万元，其中：基本支出60.00万元，会议费50.00万元等。'), findings: [brief(['error', '110.00', '100.00', '-10.00'])] },
  { name: '决算: a wrong rate against 上年决算数', html: page('2023年度财政拨款收入1000.00万元，与上年决算数相比，增加100.00万元，增长10.00%。'), findings: [brief(['error', '11.1111', '10.00', '-1.1111'])] },
  // 说明 page without tables
  // 800.00 ÷ 1,000.00 = 80.00%, the text says 70.00%
  { name: '说明 page without tables: a wrong share', html: shuoming(SHARES.replace('占80.00%', '占70.00%')), findings: [{ severity: 'error', table: null, difference: '-10.0000' }] },
  { name: '说明 page without tables: a wrong share, half-width punctuation', html: shuoming(SHARES_HALF.replace('占15.00%', '占16.00%')), findings: [{ severity: 'error', table: null, difference: '1.0000' }] },
  // 100.00 ÷ (1,100.00 − 100.00) = 10.00%, the text says 12.00%
  { name: '说明 page without tables: a wrong 同比 rate', html: shuoming('2026年部门收入1,100.00万元。同比上年度增加100.00万元，增加12.00%。'), findings: [{ severity: 'error', table: null, difference: '2.0000' }] },
  // 110,484.51 + 75,134.16 = 185,618.67 ≠ 184,618.67
  { name: 'an enumeration after 包括 that exceeds the total before it', html: shuoming(DEBT('75,134.16')), findings: [{ severity: 'error', table: null, difference: '-1000.00' }] },
];

testRule(proseArithmetic, { valid, invalid });
