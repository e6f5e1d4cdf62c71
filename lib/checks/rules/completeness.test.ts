import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../../document';
import { readPdfFile } from '../../pdf/node';
import { type InvalidCase, testRule, type ValidCase } from '../tester';
import completeness from './completeness';
import { run, table } from './testing';

/** One standard table: its title, unit line and a small grid with a figure (so it is a budget table, not empty). */
const T = (title: string, rows: string[][]) => `<p>${title}</p><p>单位：万元</p>${table(rows)}`;
const FUNC = (a: string) => [
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ['', '合计', a, a, ''],
  ['208', '社会保障和就业支出', a, a, ''],
  ['20805', '行政事业单位养老支出', a, a, ''],
];

/**
 * The eight standard tables of 财预〔2016〕143号 under the titles one region uses; `level` is 部门 or 单位,
 * `kind` 预算 or 决算; `drop` leaves one out (by its title).
 */
function tables(level: string, kind: string, drop = ''): string {
  const all: [string, string][] = [
    [`${level}收支${kind}总表`, table([['收入', '', '支出', ''], ['项目', `${kind}数`, '项目', `${kind}数`], ['一、一般公共预算拨款收入', '10.00', '一、社会保障和就业支出', '10.00'], ['收入总计', '10.00', '支出总计', '10.00']])],
    [`${level}收入${kind}总表`, table([['科目编码', '科目名称', '合计', '一般公共预算拨款收入', '事业收入'], ['', '合计', '10.00', '10.00', ''], ['208', '社会保障和就业支出', '10.00', '10.00', '']])],
    [`${level}支出${kind}总表`, table(FUNC('10.00'))],
    [`${level}财政拨款收支${kind}总表`, table([['收入', '', '支出', ''], ['项目', `${kind}数`, '项目', `${kind}数`], ['一、一般公共预算拨款', '10.00', '一、社会保障和就业支出', '10.00'], ['收入总计', '10.00', '支出总计', '10.00']])],
    [`${level}一般公共预算支出${kind}表`, table(FUNC('10.00'))],
    [`${level}一般公共预算基本支出${kind}表`, table([['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['', '合计', '10.00', '8.00', '2.00'], ['301', '工资福利支出', '8.00', '8.00', ''], ['302', '商品和服务支出', '2.00', '', '2.00']])],
    [`${level}一般公共预算“三公”经费支出${kind}表`, table([['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'], ['1.00', '0.00', '0.60', '0.40']])],
    [`${level}政府性基金预算支出${kind}表`, table([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['', '合计', '', '', '']]) + `<p>注：本${level}无政府性基金预算拨款支出，故本表为空表。</p>`],
  ];
  return all.filter(([title]) => title !== drop).map(([title, grid]) => `<p>${title}</p><p>单位：万元</p>${grid}`).join('');
}

const SHUOMING = [
  '一、部门主要职能。本部门负责本市社会保障相关工作，承担养老、就业等方面的政策研究与组织实施任务。',
  '二、机关运行经费。2024年本部门机关运行经费预算为2.00万元，主要用于办公费、水电费、差旅费等日常公用经费支出。',
  '三、“三公”经费。2024年“三公”经费预算为1.00万元，其中因公出国（境）费0万元，公务用车购置及运行费0.60万元，公务接待费0.40万元。',
  '四、政府采购。2024年本部门政府采购预算总额为0万元，其中货物类0万元、工程类0万元、服务类0万元，本年度无政府采购安排。',
  '五、国有资产占用情况。截至2023年8月31日，本部门共有车辆1辆，单价100万元以上设备0台（套），本年度无新增资产配置。',
  '六、绩效目标设置情况。2024年本部门共有1个项目设置了绩效目标，涉及项目预算资金10.00万元，已按要求编报绩效目标。',
  '七、名词解释。财政拨款收入：指本级财政当年拨付的资金。基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出。',
];
const prose = (level = '部门', kind = '预算') => SHUOMING.map((p) => `<p>${p.replace(/部门/g, level).replace(/预算/g, kind)}</p>`).join('');

const head = (title: string) => `<h1>${title}</h1><p>${title}</p>`;

/** A complete 部门预算: the 目录-less whole set, with its 说明. */
const COMPLETE = head('某某局2024年部门预算') + prose() + tables('部门', '预算');

const valid: ValidCase[] = [
  {
    // eight tables verified and six 说明 sections found: a rule switched off verifies nothing and fails
    name: 'a complete 部门预算: eight standard tables and the six 说明 sections',
    html: COMPLETE,
    verified: 14,
    notRun: [],
  },
  {
    name: 'a complete 部门决算 (决算 titles: 收支决算总表 …), assets at the end of its own year',
    html: head('某某局2024年度部门决算') + prose('部门', '决算').replace('截至2023年8月31日', '截至2024年12月31日') + tables('部门', '决算'),
    // the asset date is verified too
    verified: 15,
    notRun: [],
  },
  {
    name: 'a complete 单位预算 whose tables and 说明 say 单位 (部门预算经济分类 is a classification, not a level; a name on the line after its label)',
    html: head('某某中心2024年单位预算') + '<p>单位名称：</p><p>某某中心</p>' + prose('单位') + tables('单位', '预算').replace('单位一般公共预算基本支出预算表', '单位一般公共预算基本支出部门预算经济分类预算表'),
    verified: 14,
    notRun: [],
  },
  {
    name: 'a missing 政府性基金 table explained in the 说明 ("本部门无政府性基金预算支出")',
    html: COMPLETE.replace('<p>一、部门主要职能', '<p>本部门2024年无政府性基金预算支出。</p><p>一、部门主要职能').replace(/<p>部门政府性基金预算支出预算表<\/p>.*$/, ''),
    verified: 14,
    notRun: [],
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a complete disclosure with its 收入总表 removed: exactly the warning naming it',
    html: COMPLETE.replace(/<p>部门收入预算总表<\/p><p>单位：万元<\/p><table>.*?<\/table>/, ''),
    findings: [{ severity: 'warning', table: null, message: '「收入总表」', text: '缺少：收入总表', cause: 'completeness-missing-table' }],
  },
  {
    name: 'a 目录 that lists the removed table is cited',
    html: `${head('某某局2024年部门预算')}<p>目录</p><p>1、部门收支预算总表</p><p>2、部门收入预算总表</p><p>3、部门支出预算总表</p>${prose()}${tables('部门', '预算', '部门一般公共预算“三公”经费支出预算表')}`,
    findings: [{ severity: 'warning', message: '一般公共预算“三公”经费支出表', text: '缺少：一般公共预算“三公”经费支出表' }],
  },
  {
    name: 'a 说明 without 政府采购: a warning naming the section',
    html: COMPLETE.replace(/<p>四、政府采购[^<]*<\/p>/, ''),
    findings: [{ severity: 'warning', message: '政府采购', text: '缺少说明：政府采购', cause: 'completeness-missing-section' }],
  },
  {
    name: 'a 说明 without 国有资产占用 (phased in by 143号): an info, not a warning',
    html: COMPLETE.replace(/<p>五、国有资产[^<]*<\/p>/, ''),
    findings: [],
    info: [{ severity: 'info', text: '未见：国有资产占用', cause: 'completeness-phased-in-section' }],
  },
  {
    // a template's instructions to its compilers, published: the sentence they stand in is quoted
    name: 'template instructions left in the text (按…填写, 仍保留该表格式…说明)',
    html: COMPLETE.replace('<p>一、部门主要职能', '<p>人员经费主要包括基本工资、津贴补贴等。（按“部门预算公开06表”中实际发生经济分类支出事项填写）</p><p>无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：</p><p>一、部门主要职能'),
    findings: [
      { severity: 'warning', text: '（按“部门预算公开06表”中实际发生经济分类支出事项填写）', cause: 'completeness-template-instruction' },
      { severity: 'warning', text: '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：', cause: 'completeness-template-instruction' },
    ],
  },
  {
    name: 'placeholder text left from a template (XX局, 20XX年)',
    html: COMPLETE.replace('<p>一、部门主要职能', '<p>XX局20XX年部门预算公开说明</p><p>一、部门主要职能'),
    findings: [{ severity: 'warning', text: 'XX局20XX年部门预算公开说明', cause: 'completeness-placeholder' }],
  },
  {
    name: 'an empty 单位名称 field and （单位名称）',
    html: COMPLETE.replace('<p>一、部门主要职能', '<p>（单位名称）2024年部门预算已经批复。</p><p>单位名称：</p><p>一、部门主要职能'),
    findings: [
      { severity: 'warning', text: '（单位名称）2024年部门预算已经批复。', cause: 'completeness-placeholder' },
      { severity: 'warning', text: '单位名称：', cause: 'completeness-placeholder' },
    ],
  },
  {
    name: 'a 单位预算 whose 说明 calls it 部门预算',
    html: head('某某中心2024年单位预算') + prose('单位').replace('本年度无新增资产配置', '2024年部门预算安排购置车辆0辆') + tables('单位', '预算'),
    findings: [{ severity: 'warning', table: null, cause: 'completeness-level-mixup', message: '2024年部门预算' }],
  },
  {
    name: 'a 部门预算 whose table is titled as a 单位 table',
    html: head('某某局2024年部门预算') + prose() + tables('部门', '预算').replace('<p>部门支出预算总表</p>', '<p>单位支出预算总表</p>'),
    findings: [{ severity: 'warning', cause: 'completeness-level-mixup', message: '单位支出预算总表' }],
  },
  {
    name: 'a 2024 决算 giving its assets at 2023年12月31日',
    html: head('某某局2024年度部门决算') + prose('部门', '决算').replace('截至2023年8月31日', '截至2023年12月31日') + tables('部门', '决算'),
    findings: [{ severity: 'warning', expected: '2024', actual: '2023', cause: 'completeness-asset-date', text: '截至2023年12月31日' }],
  },
  {
    name: 'a page holding only three of the tables: could not check, never a missing-table warning',
    html: head('某某局2024年部门预算') + prose() + T('部门收支预算总表', FUNC('10.00')) + T('部门支出预算总表', FUNC('10.00')) + T('部门一般公共预算支出预算表', FUNC('10.00')),
    findings: [],
    notRun: [{ reason: '本页只有' }],
  },
  {
    name: 'a document that does not say whether it is a 预算 or a 决算',
    html: '<p>某某局公开</p>' + tables('部门', ''),
    findings: [],
    notRun: [{ reason: '无法判断文件是预算、决算' }],
  },
  {
    name: 'the tables part of a disclosure (no 说明 text): sections not checked, said so',
    html: head('某某局2024年部门预算') + tables('部门', '预算'),
    findings: [],
    notRun: [{ reason: '没有“说明”正文' }],
  },
  {
    name: 'a 说明 page without tables: completeness not checked (said so), a placeholder still found',
    html: head('某某局2024年部门预算') + prose().replace('本部门负责', 'XX局负责'),
    findings: [{ severity: 'warning', cause: 'completeness-placeholder', text: 'XX局负责' }],
    notRun: [{ reason: '本文件没有预算表' }],
  },
  {
    name: 'a 绩效自评 report: no standard table list, said so',
    html: head('某某局2024年度部门整体支出绩效自评报告') + '<p>本部门2024年度整体支出绩效自评得分95分，自评等级为优。</p>',
    findings: [],
    notRun: [{ reason: '绩效自评' }],
  },
];

testRule(completeness, { valid, invalid });

describe('completeness on the all-empty 上海 决算 template PDF', () => {
  it('finds the whole standard set, reads it as a template, and raises no warning', async () => {
    const file = join(import.meta.dirname, '../../../tests/fixtures/corpus/pdf/sh-template-2024-dept-final-blank.pdf');
    const { snapshot } = await readPdfFile(file);
    const c = run(buildDocumentModel(snapshot), completeness);
    expect(c.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    // all eight standard tables are there (empty, as a template is) and the 说明 has the six sections
    expect(c.verifiedRelations.filter((v) => v.table !== null).length).toBe(8);
    // eight tables, six sections, and the assets given at 2024年12月31日 in a 2024 决算
    expect(c.verifiedRelations.length).toBe(15);
    expect(c.notRuns.map((n) => n.reason)).toEqual([expect.stringContaining('尚未填写的模板')]);
  }, 60_000);
});
