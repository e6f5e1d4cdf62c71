import type { Language } from '../lib/settings/schema';

/** UI strings: Chinese first, English second. `{n}`-style placeholders are filled by t(). */
const zh = {
  appName: '账本核对',
  statusIdle: '尚未核对此页',
  statusRunning: '正在核对…',
  statusOff: '标注已关闭',
  statusNoTables: '此页未发现预算表格',
  statusError: '核对出错',
  statusUnavailable: '浏览器不允许扩展在此页运行',

  tables: '{n} 张表',
  relationsChecked: '核对 {n} 项关系',
  problems: '{n} 个问题',
  noProblems: '未发现问题',
  checkingRest: '初步结果 · 其余表格核对中…',
  errors: '{n} 个错误',
  warnings: '{n} 处需注意',
  rounding: '{n} 处尾差',
  notRun: '{n} 项未能核对',
  skippedTables: '{n} 张表未核对',

  sevError: '错误',
  sevWarning: '需注意',
  sevRounding: '尾差',
  sevNote: '提示',
  sevNotRun: '未能核对',
  sevVerified: '相符',

  panelLabel: '账本核对：核对结果',
  collapse: '收起',
  expand: '展开核对结果',
  turnOff: '关闭标注',
  filter: '显示',
  showVerified: '显示相符标记',
  unitPage: '金额单位',
  unitTable: '本表单位',
  asWritten: '原单位',
  prose: '正文',
  tableClean: '未发现问题',
  cleanTables: '未发现问题的表（{n}）',
  skippedTable: '未核对：{reason}',
  noFindingsShown: '没有符合筛选条件的结果',
  goToCell: '定位到单元格',
  tableLink: '查看此表',
  listHint: '方向键选择，回车定位，Esc 关闭',

  cardLabel: '核对说明',
  sumOfParts: '分项之和',
  writtenTotal: '表中所列',
  expected: '按计算应为',
  actual: '表中所列',
  writtenInText: '说明所写',
  difference: '相差',
  withinRounding: '在四舍五入允许的误差之内',
  blankParts: '另有 {n} 项空白（按 0 计）',
  cause: '可能原因',
  cells: '涉及的单元格',
  copy: '复制引用',
  copied: '已复制',
  close: '关闭',

  termLabel: '术语解释',
  termMark: '术语：{term}',
  termPage: '本页的解释',
  termPageOnly: '这是本页在“名词解释”中自行解释的名词；账本核对没有收录它的解释，以本页为准。',
  termDetail: '详细说明',
  termCheck: '在本页可以核对',
  termRelated: '相关',
  termSources: '来源',
  confA: '法规/官方模板',
  confB: '地方公开页面',
  confC: '未核实',
  codeLabel: '科目编码',
  codeMark: '科目编码 {code}',
  codeFunction: '支出功能分类科目',
  codeEconDept: '部门预算支出经济分类',
  codeEconGov: '政府预算支出经济分类',
  codeUnknown: '名称未知',
  codeFromPage: '本页所列',
  codeSame: '与科目名称一致',
  codeEdition: '另一版本的名称',
  codeDiffers: '与科目名称不同',
  codeCited: '据{years}文件',
  codeGov: '对应政府预算经济分类',

  amountTip: '金额换算',
  writtenAs: '原文',
  convertedBanner: '金额已换算为{unit}（悬停看原文）',

  run: '核对此页',
  rerun: '重新核对',
  turnOn: '显示标注',
  settings: '设置',
  language: '语言',
  openOptions: '更多设置…',
  openPdf: '打开本地 PDF…',
  openInViewer: '用账本核对打开',
  pdfTab: '此标签页显示的是 PDF：已在账本核对的 PDF 查看器中打开。',
  pdfLinks: '本页的 PDF 附件',
  exportReport: '导出报告',
  exportReportTitle: '下载核对证据报告（单个 HTML 文件，可离线打开、打印）',
  exportData: '同一报告的 {what} 文件',
  exporting: '正在生成报告…',
  exportFailed: '报告生成失败：{error}',
  cannotRunHere: '此页面不允许扩展运行（浏览器内置页面、扩展商店等）。',

  optionsTitle: '账本核对 · 设置',
  optAuto: '自动核对',
  optAutoGov: '在政府网站（*.gov.cn）上自动核对',
  optAutoSites: '其他自动核对的网站',
  optAutoSitesHint: '添加网站时浏览器会请求访问该网站的权限；只有你添加的网站会被读取。',
  optAddSite: '添加',
  optRemove: '移除',
  optSitePlaceholder: '例如 czj.example.com',
  optInvalidSite: '无法识别的网址',
  optPermissionDenied: '未获得访问该网站的权限，未添加。',
  optDisabledSites: '不自动显示标注的网站',
  optDisabledSitesHint: '在这些网站上不会自动核对；点击工具栏按钮仍可手动核对。',
  optDisplay: '显示',
  optShowVerified: '显示相符标记（✓）',
  optDefaultUnit: '默认金额单位',
  optGlossary: '为术语加下划线说明',
  optLanguage: '界面语言',
  optSaved: '已保存',
  optNone: '（无）',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appName: 'Ledger Lens',
  statusIdle: 'This page has not been checked',
  statusRunning: 'Checking…',
  statusOff: 'Overlay is off',
  statusNoTables: 'No budget tables on this page',
  statusError: 'The check failed',
  statusUnavailable: 'The browser does not let extensions run on this page',

  tables: '{n} tables',
  relationsChecked: '{n} relations checked',
  problems: '{n} problems',
  noProblems: 'No problems found',
  checkingRest: 'First results · checking the rest…',
  errors: '{n} errors',
  warnings: '{n} warnings',
  rounding: '{n} rounding differences',
  notRun: '{n} checks could not run',
  skippedTables: '{n} tables not checked',

  sevError: 'Error',
  sevWarning: 'Warning',
  sevRounding: 'Rounding',
  sevNote: 'Note',
  sevNotRun: 'Not checked',
  sevVerified: 'Holds',

  panelLabel: 'Ledger Lens: check results',
  collapse: 'Collapse',
  expand: 'Show check results',
  turnOff: 'Turn overlay off',
  filter: 'Show',
  showVerified: 'Show marks for relations that hold',
  unitPage: 'Amounts in',
  unitTable: 'This table in',
  asWritten: 'As written',
  prose: 'Text',
  tableClean: 'No problems found',
  cleanTables: 'Tables without problems ({n})',
  skippedTable: 'Not checked: {reason}',
  noFindingsShown: 'Nothing matches the filter',
  goToCell: 'Go to cell',
  tableLink: 'Go to table',
  listHint: 'Arrow keys to move, Enter to go to the cell, Esc to close',

  cardLabel: 'Check details',
  sumOfParts: 'Sum of parts',
  writtenTotal: 'Written total',
  expected: 'Computed',
  actual: 'Written',
  writtenInText: 'Stated in the text',
  difference: 'Difference',
  withinRounding: 'within what rounding allows',
  blankParts: '{n} blank cells (count as 0)',
  cause: 'Likely cause',
  cells: 'Cells involved',
  copy: 'Copy citation',
  copied: 'Copied',
  close: 'Close',

  termLabel: 'Term',
  termMark: 'Term: {term}',
  termPage: 'This page says',
  termPageOnly: 'This term is explained only by this document’s own 名词解释; Ledger Lens has no explanation of its own for it.',
  termDetail: 'More',
  termCheck: 'What you can check on this page',
  termRelated: 'Related',
  termSources: 'Sources',
  confA: 'statute / official template',
  confB: 'local disclosure pages',
  confC: 'unconfirmed',
  codeLabel: 'Classification code',
  codeMark: 'Classification code {code}',
  codeFunction: 'functional classification',
  codeEconDept: 'economic classification (department)',
  codeEconGov: 'economic classification (government)',
  codeUnknown: 'name unknown',
  codeFromPage: 'as printed here',
  codeSame: 'matches the classification',
  codeEdition: 'name of another edition',
  codeDiffers: 'differs from the classification',
  codeCited: 'as printed in documents of {years}',
  codeGov: 'government economic class',

  amountTip: 'Amount in other units',
  writtenAs: 'As written',
  convertedBanner: 'Amounts converted to {unit} (hover for the original)',

  run: 'Check this page',
  rerun: 'Check again',
  turnOn: 'Show overlay',
  settings: 'Settings',
  language: 'Language',
  openOptions: 'More settings…',
  openPdf: 'Open a local PDF…',
  openInViewer: 'Open in Ledger Lens',
  pdfTab: 'This tab shows a PDF: it was opened in the Ledger Lens PDF viewer.',
  pdfLinks: 'PDF attachments on this page',
  exportReport: 'Export report',
  exportReportTitle: 'Download the evidence report (one HTML file; opens offline, prints well)',
  exportData: 'The same report as a {what} file',
  exporting: 'Building the report…',
  exportFailed: 'The report could not be built: {error}',
  cannotRunHere: 'Extensions cannot run on this page (browser pages, web stores …).',

  optionsTitle: 'Ledger Lens · Settings',
  optAuto: 'Automatic checks',
  optAutoGov: 'Check government sites (*.gov.cn) automatically',
  optAutoSites: 'More sites to check automatically',
  optAutoSitesHint: 'Adding a site asks the browser for access to it; only sites you add are read.',
  optAddSite: 'Add',
  optRemove: 'Remove',
  optSitePlaceholder: 'e.g. czj.example.com',
  optInvalidSite: 'Not a web address',
  optPermissionDenied: 'Access to that site was not granted; not added.',
  optDisabledSites: 'Sites without the automatic overlay',
  optDisabledSitesHint: 'No automatic check on these sites; the toolbar button still checks on demand.',
  optDisplay: 'Display',
  optShowVerified: 'Show marks (✓) for relations that hold',
  optDefaultUnit: 'Default unit for amounts',
  optGlossary: 'Underline terms that have an explanation',
  optLanguage: 'Language',
  optSaved: 'Saved',
  optNone: '(none)',
};

const dict: Record<Language, Record<Key, string>> = { zh, en };

export type I18nKey = Key;

export function t(lang: Language, key: Key, params?: Record<string, string | number>): string {
  let s = dict[lang][key] ?? zh[key];
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export interface SummaryCounts {
  tables: number;
  relationsChecked: number;
  problems: number;
  errors: number;
  warnings: number;
  rounding: number;
  notRun: number;
}

/** One line: "3 个问题 · 12 张表 · 核对 340 项关系 · 2 处尾差 · 1 项未能核对". */
/**
 * The panel's headline. A first, partial result (the tables in view; the rest still being checked)
 * never says "no problems": it says that the rest is being checked.
 */
export function headline(lang: Language, s: SummaryCounts, partial = false): string {
  if (partial) return s.problems > 0 ? `${t(lang, 'problems', { n: s.problems })} · ${t(lang, 'checkingRest')}` : t(lang, 'checkingRest');
  return s.problems > 0 ? t(lang, 'problems', { n: s.problems }) : t(lang, 'noProblems');
}

export function summaryLine(lang: Language, s: SummaryCounts, partial = false): string {
  const parts = [headline(lang, s, partial)];
  parts.push(t(lang, 'tables', { n: s.tables }), t(lang, 'relationsChecked', { n: s.relationsChecked }));
  if (s.rounding) parts.push(t(lang, 'rounding', { n: s.rounding }));
  if (s.notRun) parts.push(t(lang, 'notRun', { n: s.notRun }));
  return parts.join(lang === 'zh' ? ' · ' : ' · ');
}
