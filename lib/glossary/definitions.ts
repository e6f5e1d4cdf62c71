import { matchTerms } from './match';
import { normalizeForMatch } from './normalize';
import type { Glossary, GlossaryEntry, PageDefinition } from './schema';
import { surfaceForms } from './validate';

/**
 * Reading a document's own 名词解释 section. Page definitions win: when the page defines a term, the
 * overlay shows the page's words first and ours beside them.
 *
 * The section starts at a heading "名词解释" in any of the forms disclosures use: numbered (八、名词解释 /
 * （八）名词解释 / 第三部分 名词解释 / 第三部分：专业名词解释), qualified (专业/有关/相关/主要名词解释,
 * 名词术语解释), after a title and a colon ("2024年部门预算：名词解释"), optionally followed by a colon.
 * Items look like "1. 机关运行经费：是指…", "（一）…：…", "（一）、…：…", "一、…：…" or an unnumbered "…：…".
 * A line that is no item continues the previous item while that item has not ended its sentence, or when
 * it opens with a word that goes on explaining ("其中，…", "包括…"); otherwise the section is over (so a
 * table of contents line "八、名词解释" followed by "第二部分 …" yields nothing). A 名词解释 laid out as a
 * table (term | explanation) reaches this parser as "term：explanation" lines (see definitionTexts).
 */

const CN_NUM = '[一二三四五六七八九十百]{1,3}';
const NUMBERING = `(?:第${CN_NUM}部分|${CN_NUM}\\s*[、.．]|[（(]\\s*${CN_NUM}\\s*[）)]|\\d{1,2}\\s*[、.．]|[（(]\\s*\\d{1,2}\\s*[）)])`;
// "第三部分：专业名词解释", "有关名词解释", "2024年部门预算：名词解释" (a title before a colon, no sentence)
const HEADING = new RegExp(
  `^${NUMBERING}?\\s*(?:[^:：。；;，,！？!?]{1,30}[:：]\\s*)?(?:专业|有关|相关|主要|部分)?名词(?:术语)?解释\\s*[:：]?\\s*(.*)$`,
);
const ITEM_MARK = `(?:\\d{1,2}\\s*[.．、](?!\\d)|[（(]\\s*(?:\\d{1,2}|${CN_NUM})\\s*[）)]\\s*[、.．]?|${CN_NUM}\\s*[、.．])`;
// a term: short, no sentence punctuation; the colon ends it
const ITEM = new RegExp(`^(${ITEM_MARK})?\\s*([^:：。；;，,]{1,30}?)\\s*[:：]\\s*(.*)$`);
const SPLIT_ITEMS = new RegExp(`(?<=[。；;])\\s*(?=${ITEM_MARK}\\s*[^:：。；;，,]{1,30}[:：])`);
const SENTENCE_END = /[。；;.!！?？]$/;
const TOP_HEADING = new RegExp(`^(?:第${CN_NUM}部分|${CN_NUM}、|附件|附表)`);
/** a line that goes on explaining the item before it, though that item ended its sentence */
const GOES_ON = /^(?:其中|包括|含|不含|不包括|即|主要包括|具体包括|以上|上述|注)[，,：:]?/;
/** what definitionTexts puts where a table that is no term table stands: it ends a section */
export const TABLE_BREAK = '\u0000table';

interface Line {
  text: string;
  block: number;
}

function linesOf(texts: readonly string[]): Line[] {
  const out: Line[] = [];
  texts.forEach((text, block) => {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/[\u00a0\u3000]/g, ' ').trim();
      if (line === '') continue;
      for (const piece of line.split(SPLIT_ITEMS)) {
        const p = piece.trim();
        if (p !== '') out.push({ text: p, block });
      }
    }
  });
  return out;
}

interface ItemParts {
  numbered: boolean;
  term: string;
  definition: string;
}

function parseItem(line: string): ItemParts | null {
  const m = ITEM.exec(line);
  if (!m) return null;
  const term = (m[2] ?? '').trim();
  if (term === '' || /^\d+$/.test(term)) return null;
  const definition = (m[3] ?? '').trim();
  // an unnumbered "单位：万元" / "编制单位：…" is a table caption, not an explained term
  if (m[1] === undefined && definition.length < 6) return null;
  return { numbered: m[1] !== undefined, term, definition };
}

/**
 * Items of every 名词解释 section in `texts` (the document's text blocks in order). With a glossary,
 * each item is linked to the entry it explains when one fits.
 */
export function parseDefinitions(texts: readonly string[], glossary?: Glossary): PageDefinition[] {
  const defs: PageDefinition[] = [];
  let inSection = false;
  let current: PageDefinition | null = null;
  const flush = (): null => {
    if (current && current.definition !== '') defs.push(current);
    return null;
  };

  for (const { text, block } of linesOf(texts)) {
    if (text === TABLE_BREAK) {
      current = flush();
      inSection = false;
      continue;
    }
    const heading = HEADING.exec(text);
    if (heading) {
      current = flush();
      inSection = true;
      // heading and first item may share a line: "名词解释：1. 机关运行经费：…"
      const item = parseItem((heading[1] ?? '').trim());
      if (item) current = { term: item.term, definition: item.definition, block };
      continue;
    }
    if (!inSection) continue;

    const item = TOP_HEADING.test(text) && !parseItem(text)?.numbered ? null : parseItem(text);
    const open = current !== null && !SENTENCE_END.test(current.definition);
    if (item && /^(?:附件|附表)/.test(item.term)) {
      current = flush();
      inSection = false;
    } else if (item && (item.numbered || !open)) {
      current = flush();
      current = { term: item.term, definition: item.definition, block };
    } else if (current && (open || GOES_ON.test(text)) && !TOP_HEADING.test(text)) {
      current.definition += text; // a wrapped line, or a further sentence, of the same definition
    } else {
      current = flush();
      inSection = false;
    }
  }
  flush();
  return glossary ? defs.map((d) => linkDefinition(d, glossary)) : defs;
}

/** The glossary entry a page definition explains: exact surface form first, else one dominant match. */
export function linkDefinition(def: PageDefinition, glossary: Glossary): PageDefinition {
  const key = normalizeForMatch(def.term).text;
  // a trailing qualifier "（含上级补助）" does not change which term is defined
  const core = key.replace(/\([^()]*\)$/, '') || key;
  const exact = glossary.entries.find((e) => {
    const forms = surfaceForms(e);
    return forms.includes(key) || forms.includes(core);
  });
  if (exact) return { ...def, entryId: exact.id };
  const matches = matchTerms(def.term, glossary);
  const best = matches.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (best && normalizeForMatch(best.text).text.length * 10 >= core.length * 6) return { ...def, entryId: best.id };
  const { entryId: _drop, ...rest } = def;
  return rest;
}

/** What to show for a term on this page: the page's own definition first when it has one. */
export interface Explanation {
  entry: GlossaryEntry;
  /** the page's own definitions of this term (usually one) */
  page: PageDefinition[];
  primary: 'page' | 'glossary';
  /**
   * The caveat to show under the card: the entry's ("not confirmed …") only when the page does not
   * define the term itself; the page's own definition is the authority for the page.
   */
  caveat?: GlossaryEntry['caveat'];
}

export function resolveExplanation(
  entryId: string,
  glossary: Glossary,
  pageDefinitions: readonly PageDefinition[],
): Explanation | undefined {
  const entry = glossary.byId.get(entryId);
  if (!entry) return undefined;
  const page = pageDefinitions.filter((d) => d.entryId === entryId);
  const primary = page.length > 0 ? 'page' : 'glossary';
  return { entry, page, primary, ...(primary === 'glossary' && entry.caveat ? { caveat: entry.caveat } : {}) };
}

/** The text cells of one table row, a leading 序号 ("1" / "（一）" / "一、") left out. */
function rowTexts(row: readonly { text: string }[]): string[] {
  const cells = row.map((c) => c.text.replace(/\s+/g, ' ').trim()).filter((t, i, all) => t !== '' && (i === 0 || t !== all[i - 1]));
  if (cells.length > 2 && new RegExp(`^(?:序号|${ITEM_MARK}|\\d{1,2}|${CN_NUM})$`).test(cells[0]!)) cells.shift();
  return cells;
}

/** A header row of a term table: "名词 | 解释", "项目 | 说明", "术语 | 含义" … */
const TERM_HEADER = /^(?:序号\s*)?(?:名词|术语|名称|项目|指标|科目)/;

/**
 * A table that lays out 名词解释 as term | explanation, as "term：explanation" lines; null when the table
 * is something else (budget tables, a two-column layout of figures). Every body row must be a short term
 * (no figures) beside a sentence.
 */
export function termTableLines(rows: readonly (readonly { text: string }[])[]): string[] | null {
  const body = rows.map(rowTexts).filter((r) => r.length > 0);
  if (body.length > 0 && body[0]!.length === 2 && TERM_HEADER.test(body[0]![0]!) && body[0]![1]!.length <= 8) body.shift();
  if (body.length === 0) return null;
  const isTerm = (t: string) => t.length <= 30 && !/[:：。；;]/.test(t) && !/\d[\d,.]*\s*$/.test(t);
  const isExplanation = (t: string) => t.length >= 8 && /[\u4e00-\u9fff]/.test(t) && !/^[-\d,.\s%]+$/.test(t);
  if (!body.every((r) => r.length === 2 && isTerm(r[0]!) && isExplanation(r[1]!))) return null;
  return body.map((r) => `${r[0]}：${r[1]}`);
}

/**
 * The document's text in reading order for parseDefinitions: text blocks as they are, a term table as
 * "term：explanation" lines, any other table as a break (a section never runs across a budget table).
 */
export function definitionTexts(
  flow: readonly ({ kind: 'text'; text: string } | { kind: 'table'; index: number } | { kind: string })[],
  tables: readonly { index: number; rows: readonly (readonly { text: string }[])[] }[],
): string[] {
  const byIndex = new Map(tables.map((t) => [t.index, t]));
  const out: string[] = [];
  for (const f of flow) {
    if (f.kind === 'text' && 'text' in f) out.push(f.text);
    else if (f.kind === 'table' && 'index' in f) {
      const t = byIndex.get(f.index);
      const lines = t ? termTableLines(t.rows) : null;
      out.push(...(lines ?? [TABLE_BREAK]));
    }
  }
  return out;
}
