import { normalizeForMatch } from './normalize';
import type { PageDefinition, TermMatch } from './schema';

/**
 * Terms the page itself defines in its 名词解释 that the glossary has no entry for (其他资金,
 * 单位预留机动经费 …): the page's own words are the explanation, so they are matched too. A page term
 * is matched as written (quotes, widths and spaces normalised), never inside a longer page term.
 */
export interface PageTermMatch extends TermMatch {
  definition: PageDefinition;
}

/** the term as matched: a trailing qualifier "（含上级补助）" is not part of what the text writes */
function core(term: string): string {
  const t = normalizeForMatch(term).text;
  return t.replace(/\([^()]*\)$/, '') || t;
}

export function matchPageTerms(text: string, defs: readonly PageDefinition[]): PageTermMatch[] {
  const own = defs.filter((d) => d.entryId === undefined).map((d) => ({ d, key: core(d.term) })).filter((x) => x.key.length >= 2);
  if (own.length === 0) return [];
  // longest first, so a shorter term inside a longer one found at the same place loses
  own.sort((a, b) => b.key.length - a.key.length);
  const n = normalizeForMatch(text);
  const taken = new Uint8Array(n.text.length);
  const out: PageTermMatch[] = [];
  for (const { d, key } of own) {
    for (let at = n.text.indexOf(key); at >= 0; at = n.text.indexOf(key, at + 1)) {
      const last = at + key.length - 1;
      if (taken.subarray(at, last + 1).some((v) => v === 1)) continue;
      taken.fill(1, at, last + 1);
      const start = n.map[at]!;
      const end = n.end[last]!;
      out.push({ id: `page:${d.term}`, term: d.term, start, end, text: text.slice(start, end), definition: d });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
