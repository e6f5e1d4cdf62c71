import { citationsFor, definitionTexts, loadGlossary, markOncePerGroup, matchPageTerms, matchTerms, parseDefinitions, resolveExplanation, type Citation, type GroupMark } from '../../lib/glossary';
import type { GlossaryEntry, PageDefinition, TermMatch } from '../../lib/glossary';
import { decode, loadCodes, type CodeDomain, type DecodedCode } from '../../lib/codes';
import type { PageSnapshot } from '../../lib/snapshot/schema';

/**
 * Terms and codes, answered in the background: the glossary and code book are loaded here on first
 * use, never in the page. A tab's own 名词解释 (from its last snapshot) is shown beside ours.
 */
export interface TermExplanation {
  match: TermMatch;
  entry: GlossaryEntry;
  /** the page's own definitions of this term */
  page: PageDefinition[];
  /** the caveat to show: none when the page defines the term itself */
  caveat?: GlossaryEntry['caveat'];
  citations: Citation[];
  /** related entries, for "see also" */
  related: { id: string; term: string; en: string }[];
  /** a term only the page's own 名词解释 explains (no glossary entry): `entry` holds just its name */
  pageOnly?: true;
}

const pageTexts = new Map<number, string[]>();
const pageDefs = new Map<number, PageDefinition[]>();

/** Keep the text blocks of a tab's last snapshot (its 名词解释 are parsed when first asked for). */
export function rememberPage(tabId: number, snapshot: PageSnapshot): void {
  // a 名词解释 laid out as a table reaches the parser as "term：explanation" lines
  rememberTexts(tabId, definitionTexts(snapshot.flow, snapshot.tables));
}

export function rememberTexts(tabId: number, texts: string[]): void {
  pageTexts.set(tabId, texts);
  pageDefs.delete(tabId);
}

export function forgetPage(tabId: number): void {
  pageTexts.delete(tabId);
  pageDefs.delete(tabId);
}

export async function explainAt(tabId: number | undefined, text: string, offset: number): Promise<TermExplanation | null> {
  const glossary = await loadGlossary();
  let defs = tabId === undefined ? [] : pageDefs.get(tabId);
  if (!defs) {
    defs = parseDefinitions(pageTexts.get(tabId!) ?? [], glossary);
    pageDefs.set(tabId!, defs);
  }
  const match = matchTerms(text, glossary).find((m) => m.start <= offset && offset < m.end);
  // a term the page defines and the glossary lacks; the longer match wins (其他资金 over 资金)
  const own = matchPageTerms(text, defs).find((m) => m.start <= offset && offset < m.end);
  if (own && (!match || own.end - own.start > match.end - match.start)) return pageOnly(own.term, own, own.definition);
  if (!match) return null;
  const ex = resolveExplanation(match.id, glossary, defs);
  if (!ex) return null;
  const related = ex.entry.related.flatMap((id) => {
    const e = glossary.byId.get(id);
    return e ? [{ id: e.id, term: e.term, en: e.en }] : [];
  });
  return { match, entry: ex.entry, page: ex.page, ...(ex.caveat ? { caveat: ex.caveat } : {}), citations: citationsFor(ex.entry, glossary), related };
}

export async function decodeCode(code: string, pageNames: [string, string][], domain?: CodeDomain, year: number | null = null): Promise<DecodedCode | null> {
  const book = await loadCodes();
  return decode(code, book, { pageNames: new Map(pageNames), year, ...(domain ? { domain } : {}) });
}

export async function markTerms(groups: string[][]): Promise<GroupMark[]> {
  const glossary = await loadGlossary();
  return markOncePerGroup(groups, glossary);
}

/** The card of a term only the page explains: its definition, said to be the page's, nothing of ours. */
function pageOnly(term: string, match: TermMatch, def: PageDefinition): TermExplanation {
  const none = { zh: '', en: '' };
  const entry = { id: 'page', term, en: '', category: 'budget', variants: [], short: none, detail: none, sources: [], confidence: 'C', related: [], check: [] } as unknown as GlossaryEntry;
  return { match: { id: match.id, term, start: match.start, end: match.end, text: match.text }, entry, page: [{ ...def }], citations: [], related: [], pageOnly: true };
}
