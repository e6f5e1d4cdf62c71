/**
 * What a complete 部门/单位 预算 or 决算 disclosure holds: the standard tables and the 说明 sections,
 * and how to tell from a document which kind it is. Read by the completeness rule.
 *
 * Sources (../shared/reference/disclosure-rules.md): 财政部《地方预决算公开操作规程》(财预〔2016〕143号) as
 * restated point by point in the 财政预决算领域基层政务公开标准目录 pages (部门预算 §2a, 部门决算 §2b);
 * 《预算法》(2018) art.14 (机关运行经费, 政府采购) and 《预算法实施条例》(2020) art.6 (单位预决算, 基本/项目).
 * The 上海 templates (2026 区级 部门/单位 预算, 2024 部门决算) hold the same eight tables under other
 * titles (财务收支预算总表, 收入支出决算总表 …) plus 国有资本经营, so tables are recognised by the words
 * of the budget vocabulary in their titles, never by one region's exact title.
 */
import type { BudgetTable, DocumentModel } from '../tables/model';
import { termKey } from '../tables/vocabulary';

export const RULE_SOURCE = '财预〔2016〕143号《地方预决算公开操作规程》';

/** A title reduced to the words that say what the table is: no year, no 部门/单位/综合, no 预算/决算/情况. */
export function titleKey(title: string): string {
  return termKey(title)
    .replace(/^表?\d{1,2}(?:[-－]\d{1,2})?/, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/公开表[一二三四五六七八九十\d]+/g, '')
    .replace(/部门|预算单位|单位(?!预留)|综合|本级/g, '')
    .replace(/情况|总体|明细|财务/g, '');
}

const FUND_WORD = /一般公共预算|政府性基金|政府基金|国有资本|财政专户|社会保险基金/;
const TOPIC_WORD = /基本支出|项目|专项|三公|机关运行|采购|绩效|经济分类|经济科目|人员经费|公用经费/;
const BOTH_SIDES = /收支|收入支出/;

export interface StandardTable {
  id: string;
  /** the name a warning uses (the 143号 name) */
  zh: string;
  en: string;
  /** whether a table title (reduced by titleKey) names this table */
  matches: (key: string) => boolean;
  /** the fund the table is about: a 说明 sentence saying the department has none of it explains its absence */
  fund?: RegExp;
}

/** The eight tables 财预〔2016〕143号 requires in a 部门预算 and, with 决算 titles, in a 部门决算 (§2a, §2b). */
export const STANDARD_TABLES: StandardTable[] = [
  {
    id: 'summary', zh: '收支总表', en: 'income and expenditure summary',
    matches: (k) => BOTH_SIDES.test(k) && !/财政拨款/.test(k) && !FUND_WORD.test(k) && !TOPIC_WORD.test(k),
  },
  {
    id: 'income', zh: '收入总表', en: 'income table',
    matches: (k) => /收入/.test(k) && !/支出|收支/.test(k) && !/财政拨款/.test(k) && !FUND_WORD.test(k) && !TOPIC_WORD.test(k),
  },
  {
    id: 'expense', zh: '支出总表', en: 'expenditure table',
    matches: (k) => /支出/.test(k) && !/收入|收支/.test(k) && !/财政拨款/.test(k) && !FUND_WORD.test(k) && !TOPIC_WORD.test(k) && !/分类汇总/.test(k),
  },
  {
    id: 'appropriation-summary', zh: '财政拨款收支总表', en: 'appropriations income and expenditure summary',
    matches: (k) => /财政拨款/.test(k) && BOTH_SIDES.test(k) && !FUND_WORD.test(k) && !TOPIC_WORD.test(k),
  },
  {
    id: 'general-budget', zh: '一般公共预算支出表', en: 'general public budget expenditure table',
    matches: (k) => /一般公共预算/.test(k) && /支出/.test(k) && !TOPIC_WORD.test(k),
  },
  {
    id: 'general-budget-basic', zh: '一般公共预算基本支出表', en: 'general public budget basic expenditure table',
    matches: (k) => /基本支出/.test(k) && /一般公共预算|财政拨款/.test(k) && !/三公|机关运行/.test(k),
  },
  {
    id: 'three-public', zh: '一般公共预算“三公”经费支出表', en: '"three public" expenses table',
    matches: (k) => /三公/.test(k),
    fund: /三公/,
  },
  {
    id: 'government-fund', zh: '政府性基金预算支出表', en: 'government fund budget expenditure table',
    matches: (k) => /政府性基金|政府基金/.test(k),
    fund: /政府性基金|政府基金/,
  },
];

export interface StandardSection {
  id: string;
  zh: string;
  en: string;
  /** words a 说明 uses for the section (its heading or its sentences) */
  re: RegExp;
  /** 143号 lists it among the items published 逐步 (phased in): its absence is told, not warned about */
  phasedIn?: boolean;
}

/** The 说明 sections (143号 §2a.3–4, §2b.3–4; 预算法 art.14 for 机关运行经费 and 政府采购). */
export const STANDARD_SECTIONS: StandardSection[] = [
  { id: 'running-costs', zh: '机关运行经费', en: 'running costs of the organs', re: /机关运行经费|机关运行费|机构运转经费|机关(?:（机构）|\(机构\))运行经费/ },
  { id: 'three-public', zh: '“三公”经费', en: '"three public" expenses', re: /三公/ },
  { id: 'procurement', zh: '政府采购', en: 'government procurement', re: /政府采购/ },
  { id: 'glossary', zh: '名词解释', en: 'glossary of terms', re: /名词解释|名词说明|专业名词|术语解释/ },
  { id: 'state-assets', zh: '国有资产占用', en: 'state-owned assets', re: /国有资产|资产占用|公务用车.{0,8}(?:保有|共有|实有)|共有车辆/, phasedIn: true },
  { id: 'performance', zh: '绩效目标/绩效管理', en: 'performance targets / management', re: /绩效(?:目标|管理|评价|自评|运行监控|指标)|预算绩效/, phasedIn: true },
];

export type DisclosureKind = '预算' | '决算' | '绩效自评';
export type DisclosureLevel = '部门' | '单位';

export interface DisclosureType {
  kind: DisclosureKind | null;
  level: DisclosureLevel | null;
  /** the text the type was read from */
  evidence: string | null;
}

/** The opening lines of a document: its title, the issuer line, the first headings. */
export function headOf(doc: DocumentModel, n = 6): string[] {
  return doc.texts.slice(0, n).map((t) => t.trim()).filter((t) => t.length > 0 && t.length < 80);
}

const UNIT_HEAD = /单位(?:预算|决算)|预算单位[:：]/;
const DEPT_HEAD = /部门(?:预算|决算)(?!经济分类)|部门[:：]|部门名称[:：]/;

/**
 * The kind and the level of a document, from its opening lines and table titles: 预算 / 决算 / 绩效自评,
 * 部门 / 单位. A level named both ways ("部门（单位）综合预算") or not at all is unknown (null).
 */
export function disclosureType(doc: DocumentModel): DisclosureType {
  const head = headOf(doc);
  const key = head.map(termKey).join('|');
  let kind: DisclosureKind | null = null;
  // "一般公共预算", "政府性基金预算", "部门预算经济分类" name funds and classifications, not the document's kind
  const opening = doc.texts.slice(0, 15).map(termKey).join('|').replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|(?:部门|政府)预算经济分类|预算单位/g, '');
  if (/绩效自评/.test(key) && !/预算公开|决算公开/.test(key)) kind = '绩效自评';
  // the model's kind also reads the page title; a 决算 there is a 决算 ("…决算表" of a page whose text says 预算司)
  else if (/决算/.test(opening) || doc.docKind === '决算') kind = '决算';
  else if (/预算/.test(opening)) kind = '预算';
  const unit = UNIT_HEAD.test(key) || /^(?:\d{4}年度?)?预算单位/.test(doc.tables.map((t) => termKey(t.title)).find(Boolean) ?? '');
  const dept = DEPT_HEAD.test(key.replace(/部门(?:\(单位\)|（单位）)/g, ''));
  const both = /部门(?:\(单位\)|（单位）)|部门单位/.test(key);
  const level: DisclosureLevel | null = both || unit === dept ? null : unit ? '单位' : '部门';
  const evidence = head.find((t) => (level === '单位' ? UNIT_HEAD : DEPT_HEAD).test(termKey(t))) ?? head.find((t) => /预算|决算|绩效/.test(t)) ?? null;
  return { kind, level, evidence };
}

/** The standard table a budget table is, by its title (null: another table, or no title). */
export function standardTableOf(table: BudgetTable): StandardTable | null {
  const k = titleKey(table.title);
  if (!k) return null;
  return STANDARD_TABLES.find((s) => s.matches(k)) ?? null;
}
