import type { EditionName } from '../schema';

/**
 * Names a code carries in other editions of 政府收支分类科目, or variant labels seen in published tables,
 * each with the documents that print it. `years` are the years whose cited documents print the name (the
 * decoder uses the name for a document of those years and never claims it beyond them); entries without
 * `years` are variants from notes, not tied to one edition. An entry may repeat the row's current name to
 * record an earlier year in which that name is already printed.
 */
export const editionNames: EditionName[] = [
  {
    domain: 'function',
    code: '210',
    name: '医疗卫生与计划生育支出',
    when: { zh: '2018年及以前版本的名称（2017、2018年江苏省级部门预算收支总表所印）', en: 'name in the 2018 and earlier editions (printed in 2017 and 2018 Jiangsu provincial budgets)' },
    // the 收支总表 of these budgets lists the 类 in code order; its ninth 类 (210) is printed with this name
    sources: ['REF-NOTE', 'JS-SW-2017', 'JS-JCY-2017', 'JS-ZX-2018'],
    years: { from: 2017, to: 2018 },
  },
  {
    domain: 'function',
    code: '210',
    name: '卫生健康支出',
    when: { zh: '2019年起的名称（2019年江苏省级部门预算收支总表已用）', en: 'name from 2019 (already printed in 2019 Jiangsu provincial budgets)' },
    sources: ['JS-SW-2019', 'JS-RD-2019'],
    years: { from: 2019, to: 2019 },
  },
  {
    domain: 'function',
    code: '207',
    name: '文化体育与传媒支出',
    when: { zh: '旧版本名称（如2016年决算）；个别新近说明仍沿用', en: 'older editions (e.g. 2016 final accounts); some recent narratives still use it' },
    sources: ['REF-NOTE', 'GBC-SQ'],
  },
  {
    domain: 'function',
    code: '220',
    name: '国土海洋气象等支出',
    when: { zh: '旧版本名称', en: 'older edition name' },
    sources: ['REF-NOTE'],
  },
  {
    domain: 'function',
    code: '20805',
    name: '行政事业单位离退休',
    when: { zh: '2017—2019年江苏省级部门预算表格所印的名称', en: 'printed in 2017–2019 Jiangsu provincial budget tables' },
    sources: ['JS-SW-2017', 'JS-JCY-2017', 'JS-RD-2017', 'JS-ZX-2018', 'JS-SW-2019', 'JS-RD-2019'],
    years: { from: 2017, to: 2019 },
  },
  {
    domain: 'function',
    code: '20805',
    name: '行政事业单位离退休',
    when: { zh: '部分2025年度决算表格仍用的名称', en: 'label still printed in some 2025 final-account tables' },
    sources: ['GBC-SQ'],
  },
  {
    domain: 'function',
    code: '2080501',
    name: '归口管理的行政单位离退休',
    when: { zh: '旧名称，个别说明仍沿用', en: 'older label, still used in some narratives' },
    sources: ['GBC-SQ'],
  },
  // 部门预算支出经济分类 before the 2018 reform of the economic classification: the 2017 budgets print
  // these names beside these codes; from 2018 the same budgets print 住房公积金 as 30113 and 医疗费 as 30114.
  {
    domain: 'economic-dept',
    code: '30307',
    name: '医疗费',
    when: { zh: '2017年版本的名称（2017年江苏省级部门预算所印）；2018年起医疗费列30114', en: 'name in the 2017 edition (printed in 2017 Jiangsu provincial budgets); from 2018 医疗费 is 30114' },
    sources: ['JS-SW-2017', 'JS-JCY-2017', 'JS-RD-2017'],
    years: { from: 2017, to: 2017 },
  },
  {
    domain: 'economic-dept',
    code: '30311',
    name: '住房公积金',
    when: { zh: '2017年版本的名称（2017年江苏省级部门预算所印）；2018年起住房公积金列30113', en: 'name in the 2017 edition (printed in 2017 Jiangsu provincial budgets); from 2018 住房公积金 is 30113' },
    sources: ['JS-SW-2017', 'JS-JCY-2017', 'JS-RD-2017'],
    years: { from: 2017, to: 2017 },
  },
  {
    domain: 'economic-dept',
    code: '310',
    name: '其他资本性支出',
    when: { zh: '2017年版本的名称（2017年江苏省级部门预算所印）', en: 'name in the 2017 edition (printed in 2017 Jiangsu provincial budgets)' },
    sources: ['JS-SW-2017', 'JS-JCY-2017', 'JS-RD-2017'],
    years: { from: 2017, to: 2017 },
  },
  {
    domain: 'economic-dept',
    code: '30113',
    name: '住房公积金',
    when: { zh: '2018、2019年江苏省级部门预算已用此名', en: 'already printed in 2018 and 2019 Jiangsu provincial budgets' },
    sources: ['JS-ZX-2018', 'JS-SW-2019', 'JS-RD-2019'],
    years: { from: 2018, to: 2019 },
  },
  {
    domain: 'economic-dept',
    code: '30114',
    name: '医疗费',
    when: { zh: '2018、2019年江苏省级部门预算已用此名', en: 'already printed in 2018 and 2019 Jiangsu provincial budgets' },
    sources: ['JS-ZX-2018', 'JS-SW-2019', 'JS-RD-2019'],
    years: { from: 2018, to: 2019 },
  },
];
