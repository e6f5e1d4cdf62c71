import type { BudgetTable, DocumentModel } from '../../tables/model';
import { termKey } from '../../tables/vocabulary';
import {
  disclosureType,
  RULE_SOURCE,
  STANDARD_SECTIONS,
  STANDARD_TABLES,
  standardTableOf,
  titleKey,
  type DisclosureType,
  type StandardTable,
} from '../disclosure';
import type { Reporter } from '../rule';
import { defineRule } from '../rule';
import { explainsEmpty } from './empty-table';

/**
 * Completeness of a 部门/单位 预算 or 决算 disclosure (财预〔2016〕143号): the eight standard tables and the
 * 说明 sections are there (a table may be there and empty, with its note: the empty-table rule judges the
 * note); text left from a template (XX局, 20XX年, （单位名称）); a 单位预算 that calls itself 部门预算 (or the
 * reverse); a 决算 that gives its assets at the end of the year before.
 *
 * A page may hold only part of a disclosure (one page of a site, the tables part of a PDF pair), so a
 * missing table is warned about only when the document evidently is the whole disclosure: it holds most
 * of the standard tables. Otherwise the rule says it could not check, with what the page holds.
 */

const RULE = 'completeness';

/** At most this many of the eight standard tables may be missing for the document to count as the whole set. */
const MOST = STANDARD_TABLES.length - 2;

/** Cause ids of the findings of this rule. */
export const MESSAGES = {
  missingTable: 'completeness-missing-table',
  missingSection: 'completeness-missing-section',
  phasedIn: 'completeness-phased-in-section',
  placeholder: 'completeness-placeholder',
  instruction: 'completeness-template-instruction',
  levelMixup: 'completeness-level-mixup',
  assetDate: 'completeness-asset-date',
} as const;

function untitled(table: BudgetTable): boolean {
  return titleKey(table.title).replace(/表$/, '').length < 2;
}

/** Which standard table each budget table is: by its title; an untitled table only when its header is unmistakable. */
function standardOf(table: BudgetTable): StandardTable | null {
  const byTitle = standardTableOf(table);
  if (byTitle) return byTitle;
  // a 三公 table is recognised from its header alone (因公出国 beside 公务接待: lib/tables/kind.ts)
  if (untitled(table) && table.kind === '三公经费表' && table.kindBy === 'structure') return STANDARD_TABLES.find((s) => s.id === 'three-public')!;
  return null;
}

/** Table titles and the lines that are only a table's title or a unit line: not 说明 text. */
function proseTexts(doc: DocumentModel): string[] {
  const titles = new Set(doc.tables.map((t) => termKey(t.title)).filter(Boolean));
  return doc.texts.filter((t) => !titles.has(termKey(t)) && !/^\s*(?:注|说明|备注)\s*[:：]/.test(t) && !/^\s*(?:金额)?单位\s*[:：]/.test(t));
}

/** A line of a 目录 naming this standard table ("2、收入总表", "表2 部门收入预算总表"). */
function listedInContents(doc: DocumentModel, std: StandardTable): string | null {
  const lines = [...doc.texts, ...doc.skipped.flatMap((s) => (s.rows ?? []).map((r) => r.join(' ')))];
  for (const line of lines) {
    if (line.length > 60 || !/表/.test(line)) continue;
    const k = titleKey(line.replace(/^[\s\d.、．]+/, '').replace(/\s+/g, ''));
    if (k && std.matches(k)) return line.trim();
  }
  return null;
}

/** A sentence saying the department has none of the table's funds ("本部门无政府性基金预算支出"). */
function absenceExplained(doc: DocumentModel, std: StandardTable): string | null {
  if (!std.fund) return null;
  for (const text of doc.texts) {
    if (text.length > 400) continue;
    for (const clause of text.split(/(?<=[。；;])/)) if (std.fund.test(clause) && explainsEmpty(clause)) return clause.trim();
  }
  return null;
}

function checkTables(doc: DocumentModel, type: DisclosureType, report: Reporter): boolean {
  const name = `${type.level ?? ''}${type.kind}`;
  const found = new Map<string, BudgetTable[]>();
  const unknown: BudgetTable[] = [];
  for (const table of doc.tables) {
    const std = standardOf(table);
    if (std) found.set(std.id, [...(found.get(std.id) ?? []), table]);
    else if (untitled(table)) unknown.push(table);
  }
  const missing = STANDARD_TABLES.filter((s) => !found.has(s.id));
  const held = STANDARD_TABLES.length - missing.length;
  if (missing.length === 0 || held >= MOST) {
    // the document holds the set (or most of it): each standard table is there, or missing
    for (const std of STANDARD_TABLES) {
      const tables = found.get(std.id);
      report.checked();
      if (tables) {
        report.verified({ rule: RULE, table: tables[0]!.index, cells: [], related: [] });
        continue;
      }
      if (unknown.length > 0) {
        report.notRun({ rule: RULE, table: null, reason: `未找到「${std.zh}」，但有 ${unknown.length} 张表没有标题，无法判断其中是否有这张表` });
        continue;
      }
      const explained = absenceExplained(doc, std);
      if (explained) {
        report.verified({ rule: RULE, table: null, cells: [], related: [], text: explained });
        continue;
      }
      const listed = listedInContents(doc, std);
      report.finding({
        rule: RULE, severity: 'warning', table: null, cells: [], related: [],
        message: `${name}应公开「${std.zh}」（${RULE_SOURCE}），本文件${listed ? `目录列有「${listed}」，但` : ''}没有这张表（其余 ${held} 张标准表都在）。`,
        messageEn: `A ${type.kind === '决算' ? 'final-accounts' : 'budget'} disclosure must publish the ${std.en} (${std.zh}; ${RULE_SOURCE}); this document${listed ? ` lists it in its contents ("${listed}") but` : ''} does not hold it (the other ${held} standard tables are there).`,
        text: `缺少：${std.zh}`,
        cause: { id: MESSAGES.missingTable, zh: '标准公开表缺失（即使没有数据，也应公开空表并说明）。', en: 'A standard table is missing (a table without figures must still be published, empty, with a note).' },
      });
    }
    return true;
  }
  const names = STANDARD_TABLES.filter((s) => found.has(s.id)).map((s) => s.zh);
  if (unknown.length > 0) {
    report.notRun({ rule: RULE, table: null, reason: `无法检查公开是否完整：本页有 ${unknown.length} 张表没有标题，无法判断它们是哪些标准公开表（已认出 ${held}/${STANDARD_TABLES.length} 张）` });
    return false;
  }
  report.notRun({
    rule: RULE, table: null,
    reason: `无法检查公开是否完整：本页只有 ${held}/${STANDARD_TABLES.length} 张标准公开表${names.length ? `（${names.join('、')}）` : ''}，可能只是公开内容的一部分（其余表格可能在别的页面或附件中）`,
  });
  return false;
}

function checkSections(doc: DocumentModel, report: Reporter): void {
  const prose = proseTexts(doc);
  // the 说明: sentences, not table titles, unit lines and notes
  const sentences = prose.filter((t) => t.length >= 40);
  if (sentences.length < 5) {
    report.notRun({ rule: RULE, table: null, reason: '本文件只有表格，没有“说明”正文（说明可能另行公开），无法检查机关运行经费、“三公”经费、政府采购等说明是否齐全' });
    return;
  }
  for (const s of STANDARD_SECTIONS) {
    report.checked();
    const hit = prose.find((t) => s.re.test(termKey(t)) || s.re.test(t));
    if (hit) {
      report.verified({ rule: RULE, table: null, cells: [], related: [], text: hit.length > 120 ? `${hit.slice(0, 120)}…` : hit });
      continue;
    }
    if (s.phasedIn) {
      report.finding({
        rule: RULE, severity: 'info', table: null, cells: [], related: [],
        message: `说明中没有找到「${s.zh}」的内容。${RULE_SOURCE}将其列为“逐步公开”的内容，此处仅提示，不作为问题。`,
        messageEn: `The explanation says nothing about ${s.en} (${s.zh}); ${RULE_SOURCE} lists it as phased in, so this is a note, not a problem.`,
        text: `未见：${s.zh}`,
        cause: { id: MESSAGES.phasedIn, zh: '逐步公开的内容，未公开不一定违规。', en: 'A phased-in item: its absence is not necessarily a breach.' },
      });
      continue;
    }
    report.finding({
      rule: RULE, severity: 'warning', table: null, cells: [], related: [],
      message: `说明中没有「${s.zh}」的内容（${RULE_SOURCE}要求说明${s.zh}情况）。`,
      messageEn: `The explanation has nothing on ${s.en} (${s.zh}), which ${RULE_SOURCE} requires.`,
      text: `缺少说明：${s.zh}`,
      cause: { id: MESSAGES.missingSection, zh: '说明缺少规定的内容。', en: 'The explanation lacks a required section.' },
    });
  }
}

// ---------------------------------------------------------------- placeholders

/** Text a template leaves for the publisher to fill in. */
const PLACEHOLDERS: RegExp[] = [
  /[XＸ]{2,}\s*(?:局|委|办|厅|院|部|处|中心|单位|街道|镇|乡|区|县|市|省|公司)/,
  /(?:19|20)\s*[XＸxｘ×]{2}\s*年/,
  /[XＸ]{2,}\s*(?:万元|元|%|％|个|人|辆|家|项)/,
  /××|＊＊单位|[（(]单位名称[)）]|[（(]部门名称[)）]/,
];
/**
 * A template's instructions to whoever fills it in, published as they were: "（按“…表”中实际发生经济分类
 * 支出事项填写）", "无…的，仍保留该表格式，并在本表下方作下述说明：". Words addressed to the compiler, not the reader.
 */
const INSTRUCTIONS: RegExp[] = [
  /[（(][^（）()]{0,80}?(?:填写|填列|填报)[^（）()]{0,6}[）)]/,
  /仍保留(?:该|本)表(?:格式)?[^。；]{0,20}?(?:作|加)(?:下述|如下)?说明/,
  /在本表下方作(?:下述|如下)?说明/,
  /请(?:据实|如实|按要求)?(?:填写|填报|填列)/,
];

const PERIOD_LINE = /^\s*[（(]?\s*20[XＸxｘ]{2}\s*年度?\s*[)）]?\s*$/;
const EMPTY_NAME = /^\s*(?:单位名称|部门名称|预算单位|编制单位|填报单位)\s*[:：]\s*$/;

/** The value of a label may be the next text block ("单位名称：" | "某某局" read apart from a PDF line). */
function valueFollows(texts: string[], i: number): boolean {
  const next = texts[i + 1]?.trim();
  return !!next && next.length <= 40 && !/[:：]/.test(next) && !/^[（(]?[一二三四五六七八九十\d]+[)）、.．]/.test(next);
}

function placeholderTexts(doc: DocumentModel): string[] {
  const out: string[] = [];
  for (const t of doc.tables.map((x) => x.title)) if (PLACEHOLDERS.some((re) => re.test(t))) out.push(t.trim());
  doc.texts.forEach((t, i) => {
    // a period line under a table title ("（20XX年度）") is the period rule's to report
    if (PERIOD_LINE.test(t)) return;
    if (PLACEHOLDERS.some((re) => re.test(t)) || (EMPTY_NAME.test(t) && !valueFollows(doc.texts, i))) out.push(t.trim());
  });
  return [...new Set(out)];
}

/** The template instructions in the text, each as the matched words (one per text block and kind). */
function instructionTexts(doc: DocumentModel): string[] {
  const out: string[] = [];
  for (const t of doc.texts) {
    const m = INSTRUCTIONS.map((re) => re.exec(t)).find((x) => x);
    if (!m) continue;
    // the whole sentence the instruction stands in ("无…的，仍保留该表格式，并在本表下方作下述说明：")
    const from = Math.max(t.lastIndexOf('。', m.index) + 1, m[0].startsWith('（') || m[0].startsWith('(') ? m.index : 0);
    const stop = t.slice(m.index + m[0].length).search(/[。：:；;]/);
    const to = stop < 0 ? t.length : m.index + m[0].length + stop + 1;
    out.push(t.slice(from, to).trim());
  }
  return [...new Set(out)];
}

function checkPlaceholders(doc: DocumentModel, report: Reporter): void {
  const placeholders = placeholderTexts(doc);
  const instructions = instructionTexts(doc);
  const found = [...placeholders, ...instructions];
  report.checked();
  if (found.length === 0) return;
  // a document whose tables hold no figure and whose text is full of placeholders is the template itself
  const blank = doc.tables.every((t) => t.empty);
  if (blank && found.length >= 3) {
    report.notRun({ rule: RULE, table: null, reason: `文件像是尚未填写的模板（表格全空，正文有 ${found.length} 处占位文字，如「${found[0]!.slice(0, 30)}」），不作为公开文件检查占位文字` });
    return;
  }
  for (const t of instructions.slice(0, 10)) {
    report.finding({
      rule: RULE, severity: 'warning', table: null, cells: [], related: [],
      message: `正文留有模板中给编制人员的填写说明：「${t.length > 60 ? `${t.slice(0, 60)}…` : t}」。`,
      messageEn: `Instructions of the template to its compilers were published as they were: "${t.length > 60 ? `${t.slice(0, 60)}…` : t}".`,
      text: t,
      cause: { id: MESSAGES.instruction, zh: '套用模板后未删除写给编制人员的说明文字（它们不是给读者的内容）。', en: 'The template’s instructions to compilers were not removed (they are not content for readers).' },
    });
  }
  for (const t of placeholders.slice(0, 10)) {
    report.finding({
      rule: RULE, severity: 'warning', table: null, cells: [], related: [],
      message: `正文留有模板占位文字：「${t.length > 60 ? `${t.slice(0, 60)}…` : t}」。`,
      messageEn: `Placeholder text from a template was left in the document: "${t.length > 60 ? `${t.slice(0, 60)}…` : t}".`,
      text: t,
      cause: { id: MESSAGES.placeholder, zh: '套用模板后未填写或未删除占位文字。', en: 'A template placeholder was not filled in or removed.' },
    });
  }
}

// ---------------------------------------------------------------- 部门 / 单位

/** Where a document of one level names itself by the other: "2025年部门预算…" in a 单位预算. */
function otherLevel(level: '部门' | '单位'): RegExp {
  return level === '单位'
    ? /(?:(?:19|20)\d{2}\s*年度?\s*|本)部门(?:预算|决算)(?!经济分类)/
    : /(?:(?:19|20)\d{2}\s*年度?\s*|本)单位(?:预算|决算)|(?:(?:19|20)\d{2}\s*年度?)?预算单位(?:财务)?收支预算总表/;
}

function checkLevel(doc: DocumentModel, type: DisclosureType, report: Reporter): void {
  if (!type.level || type.kind === '绩效自评') return;
  const other = otherLevel(type.level);
  const say = type.level === '单位' ? '部门' : '单位';
  report.checked();
  let n = 0;
  for (const table of doc.tables) {
    const k = termKey(table.title);
    const bad = type.level === '单位' ? /^(?:(?:19|20)\d{2}年度?)?部门(?!预算经济分类)/.test(k) : /^(?:(?:19|20)\d{2}年度?)?(?:预算单位|单位)(?!预留)/.test(k);
    if (!bad) continue;
    n++;
    report.finding({
      rule: RULE, severity: 'warning', table: table.index, cells: [], related: [],
      message: `这是${type.level}${type.kind}（「${type.evidence}」），但表题称「${table.title}」。`,
      messageEn: `This is a ${type.level === '单位' ? 'unit' : 'department'} ${type.kind} ("${type.evidence}"), but the table is titled "${table.title}".`,
      cause: { id: MESSAGES.levelMixup, zh: `套用${say}预算模板后未改称谓。`, en: `The wording of the ${say} template was not changed.` },
    });
  }
  for (const t of proseTexts(doc)) {
    if (n >= 5) break;
    for (const clause of t.split(/(?<=[。；;])/)) {
      if (!other.test(clause) || clause === type.evidence) continue;
      n++;
      report.finding({
        rule: RULE, severity: 'warning', table: null, cells: [], related: [],
        message: `这是${type.level}${type.kind}（「${type.evidence}」），但说明中称“${clause.match(other)![0]}”。`,
        messageEn: `This is a ${type.level === '单位' ? 'unit' : 'department'} ${type.kind} ("${type.evidence}"), but the explanation says "${clause.match(other)![0]}".`,
        text: clause.trim(),
        cause: { id: MESSAGES.levelMixup, zh: `套用${say}预算的文字后未改称谓。`, en: `Wording of a ${say} document was not changed.` },
      });
      break;
    }
  }
}

// ---------------------------------------------------------------- asset date of a 决算

const ASSET_HEADING = /国有资产|资产占用|资产占有/;
const HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分)/;

/** The texts of the 国有资产占用 section: its heading line and what follows up to the next heading. */
function assetTexts(doc: DocumentModel): string[] {
  const out: string[] = [];
  let inside = false;
  for (const t of doc.texts) {
    const heading = t.length < 40 && HEADING.test(t);
    if (heading) inside = ASSET_HEADING.test(t);
    if (inside || (ASSET_HEADING.test(t) && /截[至止]/.test(t))) out.push(t);
  }
  return out;
}

function checkAssetDate(doc: DocumentModel, type: DisclosureType, report: Reporter): void {
  if (type.kind !== '决算') return;
  const texts = assetTexts(doc);
  const dated = texts.flatMap((t) => [...t.replace(/\s+/g, '').matchAll(/截[至止](?:到)?((?:19|20)\d{2})年(?:(12)月(?:31日|底|末)|(底|末))/g)].map((m) => ({ t, year: Number(m[1]), m: m[0] })));
  if (dated.length === 0) return;
  if (doc.year === null) {
    report.notRun({ rule: RULE, table: null, reason: '无法确定决算年度，未检查国有资产占用情况的日期' });
    return;
  }
  for (const d of dated) {
    report.checked();
    if (d.year === doc.year) {
      report.verified({ rule: RULE, table: null, cells: [], related: [], text: d.t });
      continue;
    }
    if (d.year !== doc.year - 1) continue;
    report.finding({
      rule: RULE, severity: 'warning', table: null, cells: [], related: [],
      message: `这是${doc.year}年度决算，国有资产占用情况应截至${doc.year}年12月31日，但说明写“${d.m}”（上年末）。`,
      messageEn: `This is the ${doc.year} final accounts: assets should be stated at 31 December ${doc.year}, but the explanation says "${d.m}" (the end of the year before).`,
      expected: String(doc.year), actual: String(d.year),
      text: d.t,
      cause: { id: MESSAGES.assetDate, zh: '沿用了上年决算的资产数据或日期。', en: 'The asset figures or their date were carried over from the previous year.' },
    });
  }
}

export default defineRule({
  meta: {
    id: RULE,
    title: { zh: '公开完整性', en: 'Completeness of the disclosure' },
    description: {
      zh: '按文件类型（部门/单位 预算/决算）检查标准公开表与说明（机关运行经费、“三公”经费、政府采购、国有资产占用、绩效、名词解释）是否齐全；模板占位文字；部门/单位称谓混用；决算资产日期为上年末。依据：财预〔2016〕143号《地方预决算公开操作规程》，《预算法》第十四条，《预算法实施条例》第六条。',
      en: 'For the document type (部门/单位 预算/决算): the standard tables and 说明 sections (running costs, "three public" expenses, procurement, state assets, performance, glossary) are published; no template placeholders; no 部门/单位 mix-up; a 决算 states its assets at the end of its own year. Sources: 财预〔2016〕143号, Budget Law art.14, its Implementing Regulations art.6.',
    },
    severity: `warning for a missing standard table or required section (only when the document holds most of the set: otherwise cannot check), for placeholder text, a 部门/单位 mix-up and a previous-year asset date; info for phased-in sections (国有资产, 绩效); cause ids: ${Object.values(MESSAGES).join(', ')}`,
    scope: 'document',
  },
  run(doc, report) {
    const type = disclosureType(doc);
    checkPlaceholders(doc, report);
    if (!type.kind) {
      report.notRun({ rule: RULE, table: null, reason: '无法判断文件是预算、决算还是绩效自评（标题和开头没有说明），未检查公开是否完整' });
      return;
    }
    checkLevel(doc, type, report);
    checkAssetDate(doc, type, report);
    if (type.kind === '绩效自评') {
      report.notRun({ rule: RULE, table: null, reason: '绩效自评文件没有统一的标准公开表清单，未检查公开是否完整' });
      return;
    }
    if (doc.tables.length === 0) {
      report.notRun({ rule: RULE, table: null, reason: `无法检查公开是否完整：本文件没有预算表（可能只是说明部分，表格另行公开）` });
      return;
    }
    if (checkTables(doc, type, report)) checkSections(doc, report);
  },
});
