import { normalizeForMatch, type NormalizedText } from './normalize';
import type { Glossary, GlossaryEntry, TermMatch } from './schema';

/**
 * Finding glossary terms in page text.
 *
 * Rules, in order:
 * - every surface form (term, variants) is compared on normalised text (quotes, bracket widths, spaces);
 * - per-entry exclusions (notFollowedBy / notPrecededBy / standalone) drop a candidate;
 * - longest candidates win and nothing overlaps, so a term inside a longer glossary term that also matches
 *   (基本支出 inside 一般公共预算基本支出表, 事业单位 inside 对事业单位经常性补助) is not marked separately;
 * - an entry names the compounds of the domain that hold it but mean something else (notInside: 经营收入 is
 *   not the 事业单位's business income inside 国有资本经营收入), whether or not those compounds have entries:
 *   a candidate lying inside one of them is dropped;
 * - an entry names the words of another domain that rule it out in the same text (notInContextOf: 分值 next
 *   to DIP / DRG is the medical-insurance payment point, not an indicator's weight);
 * - nothing is marked inside a book title 《…》: 《中华人民共和国预算法》 is a law's name, not the term 预算;
 * - "whole text" forms (the table header cell 类) match only when they are the entire text.
 */

interface Rules {
  notFollowedBy: string[];
  notPrecededBy: string[];
  standalone: boolean;
  /** normalised compounds the term must not be marked inside */
  notInside: string[];
  /** normalised words that put the text in another domain */
  notInContextOf: string[];
}

interface Form {
  norm: string;
  entry: GlossaryEntry;
  rules: Rules;
}

interface CompiledMatcher {
  /** forms by first normalised character, longest first */
  byFirst: Map<string, Form[]>;
  /** normalised whole-text form → entry */
  whole: Map<string, GlossaryEntry>;
}

const compiled = new WeakMap<Glossary, CompiledMatcher>();

function compile(glossary: Glossary): CompiledMatcher {
  const cached = compiled.get(glossary);
  if (cached) return cached;
  const byFirst = new Map<string, Form[]>();
  const whole = new Map<string, GlossaryEntry>();
  const n = (s: string) => normalizeForMatch(s).text;
  for (const entry of glossary.entries) {
    const rules: Rules = {
      notFollowedBy: (entry.match?.notFollowedBy ?? []).map(n),
      notPrecededBy: (entry.match?.notPrecededBy ?? []).map(n),
      standalone: entry.match?.standalone === true,
      notInside: (entry.match?.notInside ?? []).map((c) => n(c.text)),
      notInContextOf: (entry.match?.notInContextOf ?? []).map(n),
    };
    const forms = new Set([entry.term, ...entry.variants].map(n));
    for (const norm of forms) {
      const first = norm[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ norm, entry, rules });
      byFirst.set(first, list);
    }
    for (const w of entry.match?.wholeTextVariants ?? []) whole.set(normalizeForMatch(w).text, entry);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.norm.length - a.norm.length);
  const result = { byFirst, whole };
  compiled.set(glossary, result);
  return result;
}

const HAN = /\p{Script=Han}/u;
/** Characters that join two words without forming a compound (预算与决算, 预算、决算). */
const JOINERS = ['与', '和', '及', '或', '、', '跟', '同'];
/** Before a standalone word: joiners, and year/possessive markers (2024年预算, 本年度决算, 单位的预算). */
const OK_BEFORE = new Set([...JOINERS, '年', '度', '的', '本', '其']);
/** After a standalone word: joiners and the particles/verbs that follow a noun (决算均应公开, 预算中). */
const OK_AFTER = new Set([...JOINERS, '均', '都', '也', '是', '的', '应', '须', '由', '中', '已', '经']);

function glued(ch: string | undefined, ok: ReadonlySet<string>): boolean {
  return ch !== undefined && HAN.test(ch) && !ok.has(ch);
}

function allowed(rules: Rules, text: string, start: number, end: number): boolean {
  if (rules.notFollowedBy.some((s) => text.startsWith(s, end))) return false;
  if (rules.notPrecededBy.some((s) => start >= s.length && text.startsWith(s, start - s.length))) return false;
  if (rules.standalone && (glued(text[start - 1], OK_BEFORE) || glued(text[end], OK_AFTER))) return false;
  if (rules.notInside.some((c) => insideOccurrence(text, c, start, end))) return false;
  if (rules.notInContextOf.some((w) => text.includes(w))) return false;
  return true;
}

/** Whether [start, end) lies within an occurrence of `word` in `text`. */
function insideOccurrence(text: string, word: string, start: number, end: number): boolean {
  for (let k = Math.max(0, end - word.length); k <= start; k++) {
    if (text.startsWith(word, k)) return true;
  }
  return false;
}

/** [start, end) spans of 《…》 in normalised text; an unclosed 《 runs to the end. */
function bookTitleSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《' && open < 0) open = i;
    else if (text[i] === '》' && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

interface Candidate {
  start: number;
  end: number;
  entry: GlossaryEntry;
}

function toMatch(original: string, norm: NormalizedText, c: Candidate): TermMatch {
  const start = norm.map[c.start] ?? 0;
  const end = norm.end[c.end - 1] ?? original.length;
  return { id: c.entry.id, term: c.entry.term, start, end, text: original.slice(start, end) };
}

/** All glossary terms in `text`, longest first without overlaps, in text order. */
export function matchTerms(text: string, glossary: Glossary): TermMatch[] {
  const m = compile(glossary);
  const norm = normalizeForMatch(text);
  const t = norm.text;
  if (t === '') return [];

  const wholeEntry = m.whole.get(t);
  if (wholeEntry) return [toMatch(text, norm, { start: 0, end: t.length, entry: wholeEntry })];

  const candidates: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    const forms = ch === undefined ? undefined : m.byFirst.get(ch);
    if (!forms) continue;
    for (const f of forms) {
      if (t.startsWith(f.norm, i) && allowed(f.rules, t, i, i + f.norm.length)) {
        candidates.push({ start: i, end: i + f.norm.length, entry: f.entry });
      }
    }
  }

  const titles = bookTitleSpans(t);
  const inTitle = (c: Candidate) => titles.some(([s, e]) => c.start >= s && c.end <= e);
  // longest first, so a longer term always wins over any shorter one it overlaps
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(t.length);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (inTitle(c)) continue;
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((c) => toMatch(text, norm, c));
}

/** Where to mark a term: group index (paragraph / cell group), item index inside it, and the match. */
export interface GroupMark {
  group: number;
  item: number;
  match: TermMatch;
}

/**
 * Mark each term once per group: the first occurrence in a paragraph (its text pieces) or in a group of
 * table cells, not every occurrence, so a page does not drown in highlights.
 */
export function markOncePerGroup(groups: readonly (readonly string[])[], glossary: Glossary): GroupMark[] {
  const marks: GroupMark[] = [];
  groups.forEach((items, group) => {
    const seen = new Set<string>();
    items.forEach((text, item) => {
      for (const match of matchTerms(text, glossary)) {
        if (seen.has(match.id)) continue;
        seen.add(match.id);
        marks.push({ group, item, match });
      }
    });
  });
  return marks;
}
