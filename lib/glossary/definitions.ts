import { matchTerms } from './match';
import { normalizeForMatch } from './normalize';
import type { Glossary, GlossaryEntry, PageDefinition } from './schema';
import { surfaceForms } from './validate';

/**
 * Reading a document's own 名词解释 section. Page definitions win: when the page defines a term, the
 * overlay shows the page's words first and ours beside them.
 *
 * The section starts at a heading "名词解释" (optionally numbered: 八、名词解释 / （八）名词解释 /
 * 第三部分 名词解释, optionally followed by a colon). Items look like "1. 机关运行经费：是指…",
 * "（一）…：…", "一、…：…" or an unnumbered "…：…". A line that is no item continues the previous item
 * while that item has not ended its sentence; otherwise the section is over (so a table of contents line
 * "八、名词解释" followed by "第二部分 …" yields nothing).
 */

const CN_NUM = '[一二三四五六七八九十百]{1,3}';
const NUMBERING = `(?:第${CN_NUM}部分|${CN_NUM}\\s*[、.．]|[（(]\\s*${CN_NUM}\\s*[）)]|\\d{1,2}\\s*[、.．]|[（(]\\s*\\d{1,2}\\s*[）)])`;
const HEADING = new RegExp(`^${NUMBERING}?\\s*名词解释\\s*[:：]?\\s*(.*)$`);
const ITEM_MARK = `(?:\\d{1,2}\\s*[.．、](?!\\d)|[（(]\\s*(?:\\d{1,2}|${CN_NUM})\\s*[）)]|${CN_NUM}\\s*[、.．])`;
// a term: short, no sentence punctuation; the colon ends it
const ITEM = new RegExp(`^(${ITEM_MARK})?\\s*([^:：。；;，,]{1,30}?)\\s*[:：]\\s*(.*)$`);
const SPLIT_ITEMS = new RegExp(`(?<=[。；;])\\s*(?=${ITEM_MARK}\\s*[^:：。；;，,]{1,30}[:：])`);
const SENTENCE_END = /[。；;.!！?？]$/;
const TOP_HEADING = new RegExp(`^(?:第${CN_NUM}部分|${CN_NUM}、)`);

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
  return { numbered: m[1] !== undefined, term, definition: (m[3] ?? '').trim() };
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

    const item = parseItem(text);
    const open = current !== null && !SENTENCE_END.test(current.definition);
    if (item && (item.numbered || !open)) {
      current = flush();
      current = { term: item.term, definition: item.definition, block };
    } else if (current && open && !TOP_HEADING.test(text)) {
      current.definition += text; // a wrapped line of the same definition
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
}

export function resolveExplanation(
  entryId: string,
  glossary: Glossary,
  pageDefinitions: readonly PageDefinition[],
): Explanation | undefined {
  const entry = glossary.byId.get(entryId);
  if (!entry) return undefined;
  const page = pageDefinitions.filter((d) => d.entryId === entryId);
  return { entry, page, primary: page.length > 0 ? 'page' : 'glossary' };
}
