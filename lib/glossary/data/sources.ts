import type { GlossarySource } from '../schema';

/**
 * Sources of the glossary. Keys follow tests/fixtures/reference/glossary-facts.md; the laws were re-read
 * in LawRefBook/Laws to cite articles. SOURCES.md (one folder up) says what was taken from each.
 */
export const glossarySources: GlossarySource[] = [
  {
    key: 'LAW-YSF',
    kind: 'law',
    title: '《中华人民共和国预算法》（2018年修正）',
    where: 'LawRefBook/Laws: 经济法/预算法.md',
    confidence: 'A',
  },
  {
    key: 'LAW-SSTL',
    kind: 'regulation',
    title: '《中华人民共和国预算法实施条例》（2020年修订，国务院令第729号）',
    where: 'LawRefBook/Laws: 行政法规/预算法实施条例.md',
    confidence: 'A',
  },
  {
    key: 'LAW-ZFCG',
    kind: 'law',
    title: '《中华人民共和国政府采购法》（2014年修正）',
    where: 'LawRefBook/Laws: 经济法/政府采购法.md',
    confidence: 'A',
  },
  {
    key: 'LAW-XZSY-ZC',
    kind: 'regulation',
    title: '《行政事业性国有资产管理条例》（2021年，国务院令第738号）',
    where: 'LawRefBook/Laws: 行政法规/行政事业性国有资产管理条例(2021-02-01).md',
    confidence: 'A',
  },
  {
    key: 'LAW-SYDJ',
    kind: 'regulation',
    title: '《事业单位登记管理暂行条例》（2004年修订）',
    where: 'LawRefBook/Laws: 行政法规/事业单位登记管理暂行条例.md',
    confidence: 'A',
  },
  {
    key: 'OPS-143',
    kind: 'notice',
    title: '财政部《地方预决算公开操作规程》（财预〔2016〕143号），据基层政务公开标准目录的转述',
    where: 'full text not located; restated in 财政预决算领域基层政务公开标准目录 pages (see STD-DIR)',
    confidence: 'B',
  },
  {
    key: 'STD-DIR',
    kind: 'local-page',
    title: '财政预决算领域基层政务公开标准目录（多个县、镇页面）',
    where: 'e.g. rushan.gov.cn, yqjq.gov.cn, yr.gov.cn, zs.gov.cn, yongxiu.gov.cn, dxs.gov.cn',
    confidence: 'B',
  },
  {
    key: 'GBC-TPL',
    kind: 'template',
    title: '上海市2024年度部门决算模板（含名词解释）',
    where: 'zxj6827111-blip/GovBudgetChecker: samples/templates/附件2：部门决算模板.pdf',
    confidence: 'A',
  },
  {
    key: 'GBC-WLJ',
    kind: 'local-page',
    title: '上海市普陀区文化旅游局2026年部门预算（名词解释、其他相关情况说明）',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/wenlvju_budget_page_data.json',
    confidence: 'B',
  },
  {
    key: 'GBC-CG',
    kind: 'local-page',
    title: '上海市普陀区城管执法局2026年部门预算（含项目绩效目标申报表）',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/chengguan_budget_page_data.json',
    confidence: 'B',
  },
  {
    key: 'GBC-JGW',
    kind: 'local-page',
    title: '上海市普陀区建设和管理委员会2026年部门预算',
    where: 'zxj6827111-blip/GovBudgetChecker: tests/fixtures/jianguanwei_budget_page_data.json',
    confidence: 'B',
  },
  {
    key: 'WZ-2023',
    kind: 'local-page',
    title: '梧州市某单位2023年预决算公开名词解释（机关运行经费的旧口径）',
    where: '117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1519/upload20230330/F881258A470799E812D1AE51DDD21369.html',
    confidence: 'B',
  },
  {
    key: 'DOC-MCJS',
    kind: 'local-page',
    title: '某区预决算公开附件《名词解释》（2018年上传，地区未注明）',
    where: 'pages corpus excerpt: 附件9、名词解释.doc',
    confidence: 'B',
  },
  {
    key: 'SHIDIAN',
    kind: 'local-page',
    title: '施甸县“三公”经费口径说明（2022）',
    where: 'shidian.gov.cn/info/4857/234863.htm',
    confidence: 'B',
  },
  {
    key: 'GUIYANG',
    kind: 'local-page',
    title: '贵阳高新区2024年“三公”经费预算汇总说明',
    where: 'guiyang.gov.cn …/t20250604_87962664.html',
    confidence: 'B',
  },
  {
    key: 'MOF-DZB',
    kind: 'notice',
    title: '两套支出经济分类科目对照表（附表1，节选）',
    where: 'm.ishare.iask.sina.com.cn/f/oIuBYFV8aL.html',
    confidence: 'B',
  },
  {
    key: 'CN-2024',
    kind: 'news',
    title: '中新社2024年7月关于2023年度中央部门决算公开的报道',
    where: 'pages corpus mirror (g.golangjump.com)',
    confidence: 'B',
  },
  {
    key: 'FORMS',
    kind: 'observed',
    title: '已公开的部门预算、决算及绩效目标/自评表的表头与表注（各地写法不一）',
    where: 'column headings and notes of published disclosure tables; wording varies by place and year',
    confidence: 'B',
  },
];
