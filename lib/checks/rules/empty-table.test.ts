import { type InvalidCase, testRule, type ValidCase } from '../tester';
import emptyTable from './empty-table';
import { FIXTURES, fixturePage, STYLES, table } from './testing';

const EMPTY = table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']]);
const page = (title: string, note: string, extra = '') => `<h1>某某局2024年部门预算公开</h1><p>${title}</p><p>单位：万元</p>${EMPTY}${note ? `<p>${note}</p>` : ''}${extra}`;
const WITH_FIGURES = `<p>一般公共预算支出表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计'], ['', '合计', '5.00'], ['208', '社会保障和就业支出', '5.00']])}`;

// where the explanation may stand: right under the table without "注：", or in the 说明
const H = '<h1>某某局2024年部门预算公开</h1>';
const NEXT = `<p>国有资本经营预算支出表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '合计'], ['', '合计', '5.00'], ['208', '社会保障和就业支出', '5.00']])}`;
const FUND_TABLE = `<p>政府性基金预算支出表</p><p>单位：万元</p>${EMPTY}`;

const valid: ValidCase[] = [
  { name: 'a note naming the right fund', html: page('政府性基金预算支出表', '注：本单位无政府性基金预算拨款支出。'), verified: [0], notRun: [] },
  { name: 'a note naming the table’s fund among others', html: page('项目支出表', '注：本单位无政府性基金安排的项目支出。'), verified: [0], notRun: [] },
  { name: 'a page-level note (空表表示本部门无相关收支情况)', html: page('国有资本经营预算支出表', '', '<p>注：以上部门预算报表中，空表表示本部门无相关收支情况。</p>'), verified: [0], notRun: [] },
  { name: 'an explanation without 注 (不涉及 …，已公开空表)', html: page('政府性基金预算支出表', '本单位不涉及政府性基金收支，已公开空表'), verified: [0], notRun: [] },
  {
    // the table with figures is not an empty table: only the empty one is checked
    name: 'ignores tables with figures',
    html: `<h1>某某局2024年部门预算公开</h1>${WITH_FIGURES}<p>国有资本经营预算支出表</p><p>单位：万元</p>${EMPTY}<p>注：本单位无国有资本经营预算支出。</p>`,
    verified: [1],
    relations: 1,
    notRun: [],
  },
  {
    name: 'a sentence right under the table without "注：" counts as the note',
    html: `${H}${FUND_TABLE}<p>某某局（本级）2024年无政府性基金预算拨款安排的支出。</p>${NEXT}`,
    verified: [0],
    notRun: [],
  },
  {
    name: 'the same statement in the 说明 counts as the note',
    html: `${H}<p>一、部门预算说明</p><p>本部门2024年没有政府性基金预算拨款安排的支出，国有资本经营预算支出5.00万元。</p>${FUND_TABLE}${NEXT}`,
    verified: [0],
    notRun: [],
  },
  // r1: bare 项目 is the plain word for an item — "无相关收支项目" / "无该项目" says the department has none of it at all
  {
    name: '"注：本部门无相关收支项目" is a note for any empty table, not a 项目支出 note',
    html: `${H}${FUND_TABLE}<p>注：本部门无相关收支项目</p>${NEXT}`,
    verified: [0],
    notRun: [],
  },
  {
    name: '"注：本部门无该项目" is a note for any empty table, not a 项目支出 note',
    html: `${H}${FUND_TABLE}<p>注：本部门无该项目</p>${NEXT}`,
    verified: [0],
    notRun: [],
  },
  // r3: the 说明 states this fund's expenditure budget is zero — that is why the table is empty
  {
    name: 'the 说明 clause "政府性基金拨款支出预算为0" explains the empty 政府性基金 table',
    html: `${H}<p>财政拨款支出预算中，一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为5万元。</p>${FUND_TABLE}${NEXT}`,
    verified: [0],
    notRun: [],
  },
  ...STYLES.flatMap((style): ValidCase[] => [
    { name: `001 ${style}: five empty tables, each with a note naming its fund`, html: fixturePage(`${FIXTURES.f001}.${style}.html`), verified: [9, 10, 11, 12, 13] },
    {
      name: `004 ${style}: the reasons are in the 目录 table ("是否空表 / 公开空表理由"): verified from there`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      verified: [6, 16],
      notRun: [],
    },
  ]),
];

const invalid: InvalidCase[] = [
  { name: 'a note naming another fund', html: page('政府性基金预算支出表', '注：本单位无国有资本经营预算支出。'), findings: [{ severity: 'warning', table: 0, cause: 'empty-table-wrong-fund' }] },
  { name: 'no note at all', html: page('国有资本经营预算支出表', ''), findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
  // instructions and definitions under a table do not explain why it is empty
  { name: 'an instruction (应公开空表并说明) is not an explanation', html: page('政府性基金预算支出表', '2、没有专项业务经费的主管部门, 应公开空表并说明。'), findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
  { name: 'a definition of the table (本表指…) is not an explanation', html: page('财政专户管理资金支出表', '注：本表指纳入专户管理的教育收入等收入。'), findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }] },
  {
    name: 'no explanation anywhere: the 说明 speaks of other things only',
    html: `${H}<p>一、部门预算说明</p><p>本部门2024年国有资本经营预算支出5.00万元。</p>${FUND_TABLE}${NEXT}`,
    findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }],
  },
  {
    name: 'a 说明 sentence about another fund explains nothing about this table',
    html: `${H}<p>本部门2024年无国有资本经营预算拨款安排的支出。</p>${FUND_TABLE}<p>一般公共预算支出表</p>`,
    findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }],
  },
  // r1: a note that does speak of 项目支出 under a 政府性基金 table was copied from another table
  {
    name: '"注：本部门无项目支出" under a 政府性基金 table names another table\'s topic',
    html: `${H}${FUND_TABLE}<p>注：本部门无项目支出。</p>${NEXT}`,
    findings: [{ severity: 'warning', table: 0, cause: 'empty-table-wrong-fund' }],
    notRun: [],
  },
  // r3: a zero that is not zero — 0.50 万元 is an amount, and the table should show it
  {
    name: '"政府性基金拨款支出预算为0.50万元" does not explain an empty table',
    html: `${H}<p>财政拨款支出预算中，一般公共预算拨款支出预算100万元；政府性基金拨款支出预算为0.50万元；国有资本经营预算拨款支出预算为5万元。</p>${FUND_TABLE}${NEXT}`,
    findings: [{ severity: 'warning', table: 0, cause: 'empty-table-no-note' }],
    notRun: [],
  },
  ...STYLES.map((style): InvalidCase => ({
    name: `000 ${style}: three empty tables without a note, but the page has unreadable tables: not run`,
    html: fixturePage(`${FIXTURES.f000}.${style}.html`),
    findings: [],
    notRun: [{ table: 12 }, { table: 13 }, { table: 14 }],
  })),
];

testRule(emptyTable, { valid, invalid });
