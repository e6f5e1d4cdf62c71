import type { Severity } from '../../report/schema';
import type { BudgetTable, DocumentModel } from '../../tables/model';
import { defineRule, type Reporter } from '../rule';

/**
 * Period: the years a table's notes, title and headers name agree with the document year. A note that
 * says "本表反映2023年度…" or "本单位2023年度无…" in a 2024 budget is a stale note copied from last
 * year's template. Legitimate other years are skipped: comparisons (比/较/与2023年, 比上年), dates
 * (截至2023年12月底, 2023年12月31日), ranges (2021-2025年), titles of documents (《…2023年…》), and
 * the accounts year of a 决算 document.
 */

export interface YearMention {
  year: number;
  index: number;
  /** the year is stated as the period the text covers ("2023年度", "本表反映2023年…") */
  strong: boolean;
}

const COMPARE_BEFORE = /(比|较|与|同|和|及|截至|截止|至|到|自|从|于|对比|相比|[-—~－～〜])$/;
const AFTER_LEGIT = /^(\d{1,2}月|以来|以前|之前|前|后|底|末|初|起|相比|同期|持平|[-—~－～〜至到](19|20)\d{2})/;
const COMPARE_CLAUSE = /(持平|相比|同比|比上年|较上年|增长|下降|增加|减少|增减|变动)/;
const STRONG_CLAUSE = /(本表|本单位|本部门|本局|本级|反映|本年度)/;

function insideBrackets(s: string, i: number): boolean {
  const before = s.slice(0, i);
  const open = (before.match(/[《【\[]/g) ?? []).length;
  const close = (before.match(/[》】\]]/g) ?? []).length;
  return open > close;
}

/** Years named with 年 in a text that are stated as its period (comparisons, dates and ranges left out). */
export function periodYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  const clauses = text.split(/(?<=[。；;！!？?])/);
  let offset = 0;
  for (const clause of clauses) {
    const years = [...clause.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)\s*年(度)?/g)];
    for (const m of years) {
      const i = m.index!;
      const j = i + m[0].length;
      const before = clause.slice(Math.max(0, i - 6), i).replace(/\s+/g, '');
      const after = clause.slice(j, j + 10).replace(/\s+/g, '');
      if (COMPARE_BEFORE.test(before)) continue;
      if (AFTER_LEGIT.test(after)) continue;
      if (insideBrackets(clause, i)) continue;
      // two different years in a clause that compares them: a comparison, not a period
      const distinct = new Set(years.map((y) => y[1]));
      if (distinct.size > 1 && COMPARE_CLAUSE.test(clause)) continue;
      const strong = Boolean(m[2]) || STRONG_CLAUSE.test(clause);
      out.push({ year: Number(m[1]), index: offset + i, strong });
    }
    offset += clause.length;
  }
  return out;
}

/** The years a document may name as its own period: the document year, and for 决算 the accounts year. */
export function acceptedYears(doc: DocumentModel): Set<number> {
  const ok = new Set<number>();
  if (doc.year !== null) ok.add(doc.year);
  if (doc.docKind === '决算') {
    for (const t of doc.texts.slice(0, 20)) {
      for (const m of t.matchAll(/((?:19|20)\d{2})\s*年度?\s*(?:部门|单位)?\s*决算/g)) ok.add(Number(m[1]));
    }
  }
  return ok;
}

interface Source {
  where: 'note' | 'title' | 'header';
  text: string;
}

function sourcesOf(table: BudgetTable): Source[] {
  const out: Source[] = [];
  if (table.title) out.push({ where: 'title', text: table.title });
  for (const n of table.notes) out.push({ where: 'note', text: n });
  const headers = new Set<string>();
  for (const c of table.columns) for (const p of c.path) headers.add(p);
  for (const h of headers) out.push({ where: 'header', text: h });
  return out;
}

const WHERE_ZH = { note: '表注', title: '表题', header: '表头' } as const;
const WHERE_EN = { note: 'table note', title: 'table title', header: 'column header' } as const;

const SUBTITLE = /[（(]\s*((?:19|20)\d{2}|20[Xx]{2}|[Xx]{4}|\s{0,2})\s*年度?\s*[)）]\s*$/;

/**
 * The period line printed between a table's title and the table ("（2026年度）"): a year that is not the
 * document's is an error; a template placeholder left as "20XX" is a warning.
 */
function checkSubtitles(doc: DocumentModel, ok: Set<number>, report: Reporter): void {
  if (doc.year === null) return;
  for (const s of doc.sentences) {
    // a short line naming a table, not prose that happens to end in "（2023年度）"
    if (s.text.length > 60 || !/表/.test(s.text)) continue;
    const m = s.text.match(SUBTITLE);
    if (!m) continue;
    const next = doc.tables.find((t) => s.afterTable === null || t.index > s.afterTable);
    if (!next) continue;
    report.checked();
    const y = m[1]!.trim();
    if (/^\d{4}$/.test(y) && ok.has(Number(y))) {
      report.verified({ rule: 'period', table: next.index, cells: [], related: [] });
      continue;
    }
    const placeholder = !/^\d{4}$/.test(y);
    report.finding({
      rule: 'period', severity: placeholder ? 'warning' : 'error', table: next.index, cells: [], related: [],
      message: placeholder
        ? `表题下的年度写作「${m[0].trim()}」，是未填写的模板占位，应为${doc.year}年度。`
        : `表题下的年度写的是${y}年，而本文件是${doc.year}年度的：应为${doc.year}年。`,
      messageEn: placeholder
        ? `The period under the table title reads "${m[0].trim()}", a template placeholder left unfilled; expected ${doc.year}.`
        : `The period under the table title names ${y}, but this document covers ${doc.year}.`,
      ...(placeholder ? {} : { actual: y }),
      expected: String(doc.year),
      text: s.text,
      cause: placeholder
        ? { id: 'year-placeholder', zh: '套用模板后未填写年度。', en: 'The year of the template was never filled in.' }
        : { id: 'stale-year', zh: '年度与文件不符，常见于沿用上年模板未改年份。', en: "The year does not match the document; typically carried over from last year's template." },
    });
  }
}

export default defineRule({
  meta: {
    id: 'period',
    title: { zh: '年度一致', en: 'Period agrees with the document year' },
    description: {
      zh: '表注、表题和表头中写明的年度与文件年度一致；与上年比较、日期（截至某年某月）和年份区间不算。',
      en: 'Years that table notes, titles and headers state as their period agree with the document year; comparisons with earlier years, dates and year ranges are legitimate.',
    },
    severity: 'error when a note or title states another year as its period ("本表反映2023年度…"); warning for other year mentions in notes, titles and headers',
    scope: 'document',
  },
  run(doc, report) {
    const ok = acceptedYears(doc);
    const expected = doc.year;
    checkSubtitles(doc, ok, report);
    for (const table of doc.tables) {
      const sources = sourcesOf(table);
      // a table whose headers name several years compares them (预算数 beside 上年决算数): headers are fine
      const headerYears = new Set(sources.filter((s) => s.where === 'header').flatMap((s) => [...s.text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)\s*年/g)].map((m) => m[1])));
      const comparative = headerYears.size > 1 || table.columns.some((c) => c.path.some((p) => /上年|去年|比上|增减|变动/.test(p)));
      for (const src of sources) {
        const mentions = periodYears(src.text);
        if (mentions.length === 0) continue;
        if (expected === null) {
          report.notRun({ rule: 'period', table: table.index, reason: `${WHERE_ZH[src.where]}写明了年度，但无法确定文件年度：${src.text}` });
          continue;
        }
        const wrong = mentions.filter((m) => !ok.has(m.year));
        if (src.where === 'header' && comparative) continue;
        report.checked();
        if (wrong.length === 0) {
          report.verified({ rule: 'period', table: table.index, cells: [], related: [] });
          continue;
        }
        const w = wrong[0]!;
        const severity: Severity = src.where === 'title' || (src.where === 'note' && w.strong) ? 'error' : 'warning';
        report.finding({
          rule: 'period',
          severity,
          table: table.index,
          cells: [],
          related: [],
          message: `${WHERE_ZH[src.where]}写的是${w.year}年，而本文件是${expected}年度的：应为${expected}年（可能沿用了往年的模板）。`,
          messageEn: `The ${WHERE_EN[src.where]} names ${w.year}, but this document covers ${expected}: expected ${expected} (possibly copied from an earlier year's template).`,
          expected: String(expected),
          actual: String(w.year),
          text: src.text,
          cause: {
            id: 'stale-year',
            zh: '年度与文件不符，常见于沿用上年模板未改年份。',
            en: 'The year does not match the document; typically a note carried over from last year\'s template.',
          },
        });
      }
    }
  },
});
