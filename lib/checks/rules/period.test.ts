import { type InvalidCase, testRule, type ValidCase } from '../tester';
import period from './period';
import { FIXTURES, fixturePage, STYLES, table } from './testing';

const EMPTY = table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']]);
const page = (note: string, title = '政府性基金预算支出表') => `<h1>某某局2024年部门预算公开</h1><p>2024年部门预算</p><p>${title}</p><p>单位：万元</p>${EMPTY}<p>${note}</p>`;
/** A note that states the document year, followed by a sentence whose years are not a period. */
const RIGHT = '注：本单位2024年度无政府性基金预算拨款支出。';

const notPeriods = [
  ['a comparison (与2023年持平)', '2024年“三公”经费预算与2023年持平。'],
  ['a date (截至2023年12月底)', '截至2023年12月底，本部门共有公务用车0辆。'],
  ['a change against a year (比2023年减少)', '比2023年减少28.86万元。'],
  ['a comparison with spaces (较 2023 年增长)', '较 2023 年增长。'],
  ['a range of years (2021-2025年)', '2021-2025年规划。'],
  ['a document title (《2023年预算管理办法》)', '依据《2023年预算管理办法》。'],
  ['a deadline (2023年12月31日前)', '2023年12月31日前完成。'],
];

const valid: ValidCase[] = [
  { name: 'a note naming the document year', html: page(RIGHT), verified: [0], notRun: [] },
  ...notPeriods.map(([what, s]): ValidCase => ({ name: `a note with ${what} beside the document year`, html: page(RIGHT + s), verified: [0], notRun: [] })),
  {
    // the header names 2023 and 2024 (a comparison): not checked; the note's 2024 is
    name: 'header years that compare several years',
    html: `<h1>某某局2024年部门预算公开</h1><p>支出总表</p><p>单位：万元</p>${table([['科目编码', '科目名称', '2023年预算数', '2024年预算数'], ['', '合计', '10.00', '12.00'], ['208', '社会保障和就业支出', '10.00', '12.00']])}<p>注：本表反映2024年度部门预算支出情况。</p>`,
    verified: [0],
    notRun: [],
  },
  { name: 'the period line under a table title names the document year', html: `<h1>某某局2024年部门预算公开</h1><p>表5 项目绩效目标表</p><p>（2024年度）</p>${table([['项目名称', '体检', ''], ['资金总额', '13', '']])}`, verified: [0] },
  {
    name: 'a 决算 document describing its accounts year (published the next year)',
    html: `<h1>某某局2023年度部门决算公开</h1><p>2023年度部门决算</p><p>发布日期：2024年8月30日</p><p>政府性基金预算财政拨款收入支出决算表</p><p>单位：万元</p>${EMPTY}<p>注：本单位2023年度无政府性基金预算财政拨款收入和支出。</p>`,
    verified: [0],
    notRun: [],
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a note naming last year',
    html: page('注：本单位2023年度无政府性基金预算拨款支出。'),
    findings: [{ severity: 'error', table: 0, exactCells: [], expected: '2024', actual: '2023', text: '注：本单位2023年度无政府性基金预算拨款支出。' }],
  },
  {
    name: 'a note stating last year as the period of the table (本表反映2023年度…)',
    html: page('注：本表反映2023年度一般公共预算“三公”经费支出情况。', '一般公共预算“三公”经费支出表'),
    findings: [{ severity: 'error', table: 0, expected: '2024', actual: '2023', cause: 'stale-year' }],
  },
  { name: 'a stale title', html: page('注：无。', '2023年政府性基金预算支出表'), findings: [{ severity: 'error', table: 0, actual: '2023' }] },
  {
    name: 'the period line under a table title names last year',
    html: `<h1>某某局2024年部门预算公开</h1><p>表5 项目绩效目标表</p><p>（2023年度）</p>${table([['项目名称', '体检', ''], ['资金总额', '13', '']])}`,
    findings: [{ severity: 'error', table: 0, actual: '2023', cause: 'stale-year' }],
  },
  {
    name: 'the period line under a table title is a template placeholder (20XX年度)',
    html: `<h1>某某局2024年部门预算公开</h1><p>表5 项目绩效目标表</p><p>（20XX年度）</p>${table([['项目名称', '体检', ''], ['资金总额', '13', '']])}`,
    findings: [{ severity: 'warning', table: 0, cause: 'year-placeholder' }],
  },
  {
    // the document year is read from the title and the top of the page (here: thirteen lines without a year)
    name: 'does not run without a document year (says so for the table, never guesses)',
    html: `${'<p>部门预算公开说明。</p>'.repeat(13)}<p>政府性基金预算支出表</p><p>单位：万元</p>${EMPTY}<p>注：本单位2023年度无政府性基金预算拨款支出。</p>`,
    findings: [],
    notRun: [{ table: 0, reason: '无法确定文件年度' }],
  },
  ...STYLES.flatMap((style): InvalidCase[] => [
    {
      name: `001 ${style}: the 三公 note and five empty-table notes name 2023 in a 2024 budget`,
      html: fixturePage(`${FIXTURES.f001}.${style}.html`),
      findings: [
        { severity: 'error', table: 8, expected: '2024', actual: '2023', text: '本表反映2023年度一般公共预算“三公”经费支出情况' },
        { severity: 'error', table: 9, expected: '2024', actual: '2023' },
        { severity: 'error', table: 10, expected: '2024', actual: '2023' },
        { severity: 'error', table: 11, expected: '2024', actual: '2023' },
        { severity: 'error', table: 12, expected: '2024', actual: '2023', text: '本单位2023年度无国有资本经营预算支出' },
        { severity: 'error', table: 13, expected: '2024', actual: '2023' },
      ],
    },
    {
      name: `004 ${style}: the 专项资金总体绩效目标表 template still says (20XX年度); the other period lines say 2026`,
      html: fixturePage(`${FIXTURES.f004}.${style}.html`),
      findings: [{ severity: 'warning', table: 16, expected: '2026', cause: 'year-placeholder', text: '(20XX年度)' }],
      verified: [8, 9, 10, 11, 12, 13, 14, 15],
    },
  ]),
];

testRule(period, { valid, invalid });
