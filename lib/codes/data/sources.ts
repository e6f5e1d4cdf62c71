import type { CodeSource } from '../schema';

/**
 * Documents in which code-name pairs were read (see tests/fixtures/reference/*-codes.tsv for the full
 * source strings). RECALL is not a document: rows that carry it were written from memory.
 */
export const codeSources: CodeSource[] = [
  {
    key: 'GBC-TPL',
    title: '上海市2024年度部门决算模板（附件2：部门决算模板）',
    where: 'zxj6827111-blip/GovBudgetChecker: samples/templates/附件2：部门决算模板.pdf @91faac5',
    confirms: true,
    edition: 2024,
  },
  {
    key: 'GBC-PTCZ',
    title: '上海市普陀区财政局2024年度部门决算',
    where: 'zxj6827111-blip/GovBudgetChecker: samples/good/上海市普陀区财政局2024年度部门决算.pdf @91faac5',
    confirms: true,
    edition: 2024,
  },
  {
    key: 'GBC-SQ',
    title: '上海市普陀区石泉路街道2025年度部门决算',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/shiquan_narrative_truth_page_data.json @0e03cb2',
    confirms: true,
    edition: 2025,
  },
  {
    key: 'GBC-WLJ',
    title: '上海市普陀区文化旅游局2026年部门预算',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/wenlvju_budget_page_data.json @c5fdaea',
    confirms: true,
    edition: 2026,
  },
  {
    key: 'GBC-CG',
    title: '上海市普陀区城管执法局2026年部门预算',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/chengguan_budget_page_data.json @c5fdaea',
    confirms: true,
    edition: 2026,
  },
  {
    key: 'GBC-JGW',
    title: '上海市普陀区建设和管理委员会2026年部门预算',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/jianguanwei_budget_page_data.json @80b8ed4',
    confirms: true,
    edition: 2026,
  },
  {
    key: 'MOF-JSSM',
    title: '财政部《关于2024年中央本级经济分类支出决算的说明》（只列名称）',
    where: 'yss.mof.gov.cn/2024zyjs/202507/t20250715_3967897.htm',
    confirms: true,
    edition: 2024,
  },
  {
    key: 'MOF-DZB',
    title: '两套支出经济分类科目对照表（附表1，节选）',
    where: 'm.ishare.iask.sina.com.cn/f/oIuBYFV8aL.html',
    confirms: true,
  },
  {
    key: 'REF-NOTE',
    title: '项目参考科目表的版本注记（tests/fixtures/reference/function-codes.tsv 的 note 列）',
    where: 'notes gathered with the reference code list; they describe older editions seen in published pages',
    confirms: true,
  },
  // Real documents the repository holds (tests/fixtures/corpus, see its README for where each was published).
  // Each prints code names beside codes in its tables: the names of its year's classification.
  {
    key: 'JS-SW-2017',
    title: '江苏省委办公厅2017年部门预算（表格）',
    where: 'tests/fixtures/corpus/pdf/js-prov-swbgt-2017-dept-budget-tables.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省委办公厅 @b7cedd16)',
    confirms: true,
    edition: 2017,
  },
  {
    key: 'JS-JCY-2017',
    title: '江苏省人民检察院2017年部门预算',
    where: 'tests/fixtures/corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省人民检察院 @b7cedd16)',
    confirms: true,
    edition: 2017,
  },
  {
    key: 'JS-RD-2017',
    title: '江苏省人大常委会办公厅2017年部门预算',
    where: 'tests/fixtures/corpus/pdf/js-prov-rdbgt-2017-dept-budget.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省人大办公厅 @b7cedd16)',
    confirms: true,
    edition: 2017,
  },
  {
    key: 'JS-ZX-2018',
    title: '江苏省政协办公厅2018年部门预算（表格）',
    where: 'tests/fixtures/corpus/pdf/js-prov-zxbgt-2018-dept-budget-tables.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省政协办公厅 @b7cedd16)',
    confirms: true,
    edition: 2018,
  },
  {
    key: 'JS-SW-2019',
    title: '江苏省委办公厅2019年部门预算（表格）',
    where: 'tests/fixtures/corpus/pdf/js-prov-swbgt-2019-dept-budget-tables.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省委办公厅 @b7cedd16)',
    confirms: true,
    edition: 2019,
  },
  {
    key: 'JS-RD-2019',
    title: '江苏省人大常委会办公厅2019年部门预算（表格）',
    where: 'tests/fixtures/corpus/pdf/js-prov-rdbgt-2019-dept-budget-tables.pdf (github:ae86jack/open-budget pdf_files/jszwfw/江苏省人大办公厅 @b7cedd16)',
    confirms: true,
    edition: 2019,
  },
  {
    key: 'RECALL',
    title: '凭记忆（2024/2025年政府收支分类科目），未在任何文件中核实',
    where: 'not located in any document',
    confirms: false,
  },
];
