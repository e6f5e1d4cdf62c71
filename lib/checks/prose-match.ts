import Decimal from 'decimal.js';
import { convert, findFigures, formatDecimal, normalizeChars, type TextFigure, type Unit as UnitName } from '../figures';
import type { CellValue, DocumentModel } from '../tables/model';
import { termKey } from '../tables/vocabulary';

/**
 * Reading the 说明 for checks: passages (a sentence with the "；"-separated sentences that continue it),
 * clauses, the figures in each clause with what they are (an item's amount, a change against last year,
 * a share, a rate of change) and the "其中" lists they form. Everything here is conservative: a figure is
 * attributed only to the item named in its own clause, and a list whose shape is unclear is not formed.
 */

export interface Passage {
  /** the sentences joined as written */
  text: string;
  /** normalised text (same length as `text`: offsets are shared) */
  norm: string;
  section: string | null;
  flowIndex: number;
}

/** A paragraph's sentences that continue each other with "；" form one passage (one sentence in Chinese grammar). */
/*
 * Passages, their figures and their lists are read once per document: two rules (prose-arithmetic,
 * prose-vs-table) walk the same 说明, which on a page of megabytes of prose was most of the cost.
 * Rules only read these (nothing here is changed after it is built).
 */
const passageMemo = new WeakMap<DocumentModel, Passage[]>();
const figureMemo = new WeakMap<Passage, PFigure[]>();
const listMemo = new WeakMap<PFigure[], ProseList[]>();

export function passagesOf(doc: DocumentModel): Passage[] {
  let out = passageMemo.get(doc);
  if (!out) passageMemo.set(doc, (out = readPassages(doc)));
  return out;
}

export function figuresOf(p: Passage): PFigure[] {
  let out = figureMemo.get(p);
  if (!out) figureMemo.set(p, (out = readFigures(p)));
  return out;
}

export function listsOf(p: Passage, figs: PFigure[]): ProseList[] {
  let out = listMemo.get(figs);
  if (!out) {
    out = readLists(p, figs);
    // figs of this passage's own reading: the same lists next time
    if (figureMemo.get(p) === figs) listMemo.set(figs, out);
  }
  return out;
}

function readPassages(doc: DocumentModel): Passage[] {
  const out: Passage[] = [];
  let cur: Passage | null = null;
  for (const s of doc.sentences) {
    // "…收入1,100.00万元。同比上年度增加100.00万元，增加10%": a sentence that only compares with last year
    // continues the one before it (its amount is the current figure the change is measured from)
    const continues = /[；;]\s*$/.test(cur?.text ?? '') || COMPARE_LEAD.test(normalizeChars(s.text));
    if (cur && cur.flowIndex === s.flowIndex && continues) {
      cur.text += s.text;
      continue;
    }
    if (cur) out.push(cur);
    cur = { text: s.text, norm: '', section: s.section, flowIndex: s.flowIndex };
  }
  if (cur) out.push(cur);
  for (const p of out) p.norm = normalizeChars(p.text);
  return out;
}

/** A sentence that opens with a comparison against last year and a direction, naming no item of its own. */
const COMPARE_LEAD = /^\s*(?:同比|与|和|同|较|比)\s*(?:上年|去年|上一年|上年度)(?:决算|预算)?数?\s*(?:相比较?|比较)?\s*[，,]?\s*(?:增加|增长|减少|下降|上升|降低)/;

const OPEN = '(（[【〔［';
const CLOSE = ')）]】〕］';

/** Bracket depth at every offset (the depth of the character at that offset). */
export function depthsOf(s: string): number[] {
  const d: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN.includes(c)) {
      d.push(depth);
      depth++;
      continue;
    }
    if (CLOSE.includes(c)) {
      depth = Math.max(0, depth - 1);
      d.push(depth);
      continue;
    }
    d.push(depth);
  }
  return d;
}

const CLAUSE_BREAK = /[，,；;、：:。！!？?]/;

/** Start offset of the clause that contains offset `at` (clauses end at ，；、：。 and at "其中"). */
export function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(s[i]!)) return i + 1;
    if (s.startsWith('其中', i - 1) && i >= 1) return i + 1;
  }
  return 0;
}

export type Direction = 'up' | 'down';

const UP = /(增加|增长|上升|提高|上涨|增|多)了?$/;
const DOWN = /(减少|下降|降低|压减|缩减|节约|减|降|少)了?$/;

function directionOf(prefix: string): Direction | null {
  const p = prefix.replace(/\s+/g, '').replace(/(约|大约|为)$/, '');
  if (UP.test(p)) return 'up';
  if (DOWN.test(p)) return 'down';
  return null;
}

export type Role =
  /** an amount (or count) stated for the item named before it in its clause */
  | { kind: 'item'; subject: string }
  /** "比上年减少 28.86 万元": a change; `bare` when the clause names no other item before 比/较 */
  | { kind: 'change'; direction: Direction; bare: boolean }
  /** "占 92.97%" */
  | { kind: 'share' }
  /** "下降 61.40%" */
  | { kind: 'rate'; direction: Direction }
  | { kind: 'other' };

export interface PFigure {
  fig: TextFigure;
  depth: number;
  /** start of its clause */
  clause: number;
  /** text of its clause before the figure (normalised) */
  prefix: string;
  role: Role;
}

// (PDF text often has spaces around figures and years: "比 2016 年增加")
const COMPARE = /(比|较|同比|与)\s*(上年|去年|上一年|上年度|(?:19|20)\d{2}\s*年)/;
/** a clause that is only a comparison: "与上年相比", "同上年决算数相比较" */
export const COMPARE_CLAUSE = /^\s*(?:与|和|同|较|比)\s*(?:上年|去年|上一年|上年度)(?:决算|预算)?数?\s*(?:相比|比较|相比较)?\s*$/;

/** The text of the clause ending right before offset `start` (its break excluded). */
export function previousClause(s: string, start: number): string {
  if (start <= 0) return '';
  const end = start - 1;
  return s.slice(clauseStart(s, end), end);
}

/** Figures in a passage, each with its role. Approximate figures and bounds are kept with role 'other'. */
function readFigures(p: Passage): PFigure[] {
  const s = p.norm;
  const depths = depthsOf(s);
  const out: PFigure[] = [];
  const figs = findFigures(p.text);
  for (let k = 0; k < figs.length; k++) {
    const fig = figs[k]!;
    const clause = clauseStart(s, fig.start);
    const prefix = s.slice(clause, fig.start);
    const depth = depths[fig.start] ?? 0;
    let role: Role = { kind: 'other' };
    if (fig.approx) {
      role = { kind: 'other' };
    } else if (fig.kind === 'amount' || fig.kind === 'count') {
      const dir = directionOf(prefix);
      if (dir) {
        const m = COMPARE.exec(prefix);
        const before = m ? prefix.slice(0, m.index) : prefix;
        // "…，与上年相比，增加 100 万元": the comparison stands in a clause of its own
        const own = !m && cleanSubject(prefix.replace(/(?:增加|增长|减少|下降|降低|上升|增|减)了?\s*$/, '')) === '' && COMPARE_CLAUSE.test(previousClause(s, clause));
        role = { kind: 'change', direction: dir, bare: (!!m && cleanSubject(before) === '') || own };
      } else if (COMPARE.test(prefix)) {
        role = { kind: 'other' };
      } else {
        const subject = cleanSubject(prefix);
        role = subject && !/\d/.test(subject) ? { kind: 'item', subject } : { kind: 'other' };
      }
    } else if (fig.kind === 'percent') {
      const prev = out[out.length - 1];
      const between = prev ? s.slice(prev.fig.end, fig.start).replace(/\s+/g, '') : '';
      const dir = directionOf(prefix);
      if (prev && /^[，,]?占/.test(between) && !/[；;。：:]/.test(between)) role = { kind: 'share' };
      else if (dir) role = { kind: 'rate', direction: dir };
    }
    out.push({ fig, depth, clause, prefix, role });
  }
  return out;
}

const LEAD = [
  /^[（(]?[一二三四五六七八九十]+[)）、.．]/,
  /^[（(]\d+[)）]/,
  /^\d+[、.．](?!\d)/,
  /^(?:19|20)\d{2}年度?/,
  /^(?:本部门|本单位|我单位|我局|本局|本级|全年|年初|当年|今年|本年度?|部门|单位|共有|共计|共|合计|总计|包括|其中|主要是|主要|安排|另)/,
];
const TRAIL = /(?:预算数为|预算数是|预算数|预算额|预算金额|决算数为|决算数|决算|总额为|总额|合计为|合计|共计|为|是|达到|达|安排|计)$/;

/** The item a clause names before its figure: numbering, years, "本部门", "预算数为" removed; brackets kept as words. */
export function cleanSubject(prefix: string): string {
  let s = normalizeLabel(prefix).replace(/(?:19|20)\d{2}年度?/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEAD) {
      const m = re.exec(s);
      if (m && m[0].length) {
        s = s.slice(m[0].length);
        changed = true;
      }
    }
  }
  for (let changed = true; changed && s; ) {
    const t = s.replace(TRAIL, '');
    changed = t !== s;
    s = t;
  }
  if (/(?:支出|收入|费|经费)预算$/.test(s)) s = s.slice(0, -2);
  // "公务接待费支出决算" → "公务接待费"
  if (/费支出$/.test(s)) s = s.slice(0, -2);
  return s;
}

/** A clause that names only the side of money, "支出决算为" / "收入": its item may be named earlier. */
const ELLIPTIC = /^(支出|收入)(?:决算|预算)?数?(?:为|是)?$/;
/** "年初预算", "全年预算", "调整后预算数": a budget figure of the item, not another item. */
const PERIOD_TAIL = /(?:年初|全年|调整后?的?)?(?:预算|决算)数?$/;

/**
 * The item an elliptic "支出" / "收入" clause speaks of. In "三公经费财政拨款支出年初预算为 2.85 万元，
 * 支出决算为 0.39 万元" the second 支出 is the 三公 money, not the department's total; in "（项）。…。
 * 年初预算为 54.53 万元，支出决算为 54.53 万元" it is an item named in an earlier sentence.
 * - undefined: not elliptic, or the first item of its passage, or parallel to the other side ("收入 A，支出 B"):
 *   the clause's own subject stands;
 * - a subject: the item the earlier clause of the passage names (its 年初预算 / 全年预算 words removed);
 * - null: the earlier clauses name no item ("年初预算为 …，支出决算为 …"): the item is outside the passage, unknown.
 */
export function elidedSubject(figs: PFigure[], k: number): string | null | undefined {
  const f = figs[k];
  if (!f || f.role.kind !== 'item' || !ELLIPTIC.test(f.prefix.replace(/\s+/g, ''))) return undefined;
  const side = f.role.subject;
  let earlier = false;
  for (let i = k - 1; i >= 0; i--) {
    const g = figs[i]!;
    if (g.role.kind !== 'item' || g.fig.kind !== f.fig.kind) continue;
    earlier = true;
    if (ELLIPTIC.test(g.prefix.replace(/\s+/g, ''))) continue;
    const item = g.role.subject.replace(PERIOD_TAIL, '');
    if (!item) continue;
    const other = side === '支出' ? '收入' : '支出';
    // "本年收入 A 万元，支出 B 万元": two totals side by side
    if (item.endsWith(other) || item === other) return undefined;
    return item;
  }
  return earlier ? null : undefined;
}

/** Label equality key: the one label key of the table vocabulary (lib/tables/vocabulary.ts). */
export const normalizeLabel = termKey;

export interface ProseList {
  total: PFigure;
  parts: PFigure[];
  /** the list is inside brackets right after its total: "购置及运行费 0.00 万元（其中，购置费 …）" */
  nested: boolean;
  /**
   * where the list crosses a "；": the number of parts before each crossing. A list may end at a "；"
   * and the passage go on about something else, so the sum is also tried at these boundaries.
   */
  boundaries: number[];
  /** the list says it names only some items ("…等") */
  partial: boolean;
}

function sameMeasure(a: TextFigure, b: TextFigure): boolean {
  if (a.kind === 'amount' && b.kind === 'amount') return true;
  return a.kind === 'count' && b.kind === 'count' && a.unitWord === b.unitWord;
}

/**
 * "A，其中：B、C、D" lists. The total is the item figure closing the clause right before "其中" (at the same
 * bracket depth); the parts are the item figures of the same measure after it, one per clause, at the
 * same depth, up to the end of the passage or its bracket. Changes, shares and rates in between belong to
 * the item before them and are not parts. A list with a figure it cannot place is not formed.
 */
function readLists(p: Passage, figs: PFigure[]): ProseList[] {
  const s = p.norm;
  const depths = depthsOf(s);
  const found: { at: number; d: number; total: PFigure; nested: boolean; regionEnd: number }[] = [];
  const markers: number[] = [];
  for (const m of s.matchAll(/其中|包括/g)) markers.push(m.index!);
  for (const at of markers) {
    const d = depths[at] ?? 0;
    const include = s.startsWith('包括', at);
    // "（其中，…）": a nested list right inside a bracket
    let j = at - 1;
    while (j >= 0 && /\s/.test(s[j]!)) j--;
    const nested = j >= 0 && OPEN.includes(s[j]!) && d > 0;
    let total: PFigure | undefined;
    let regionEnd = s.length;
    if (nested) {
      let k = j - 1;
      while (k >= 0 && /\s/.test(s[k]!)) k--;
      total = figs.find((f) => f.fig.end === k + 1 && f.depth === d - 1);
      // the matching close bracket
      for (let i = at; i < s.length; i++) if ((depths[i] ?? 0) < d) { regionEnd = i; break; }
    } else {
      const before = figs.filter((f) => f.fig.end <= at && f.depth === d);
      const cand = before[before.length - 1];
      if (cand) {
        const gap = s.slice(cand.fig.end, at).split('').filter((_, i) => (depths[cand.fig.end + i] ?? 0) <= d).join('');
        if (/^[\s，,：:]*$/.test(gap.replace(/[()（）[\]【】〔〕［］]/g, ''))) total = cand;
      }
      for (let i = at; i < s.length; i++) {
        if ((depths[i] ?? 0) < d) { regionEnd = i; break; }
        if (s[i] === '。' || s[i] === '！' || s[i] === '？') { regionEnd = i; break; }
        // "A，包括B、C，…": the enumeration joined by 、 ends at the next clause break
        if (include && (/[，；;：:]/.test(s[i]!) || (s[i] === ',' && !/\d/.test(s[i + 1] ?? ''))) && (depths[i] ?? 0) === d) { regionEnd = i; break; }
        if (i > at + 1 && (s.startsWith('其中', i) || s.startsWith('包括', i)) && (depths[i] ?? 0) === d) { regionEnd = i; break; }
      }
    }
    if (!total || total.role.kind !== 'item') continue;
    found.push({ at, d, total, nested, regionEnd });
  }
  const out: ProseList[] = [];
  for (const { at, d, total, nested } of found) {
    let { regionEnd } = found.find((x) => x.at === at)!;
    // the total of a later list is never a part of this one: the region ends where that list begins
    const next = found.find((x) => x.at > at && x.d === d && x.total.fig.start > at);
    if (next && next.total.fig.start < regionEnd) regionEnd = next.total.clause;
    const inRegion = figs.filter((f) => f.fig.start > at && f.fig.start < regionEnd && f.depth === d && (f.fig.kind === 'amount' || f.fig.kind === 'count'));
    const parts: PFigure[] = [];
    let ok = true;
    const clauses = new Set<number>();
    for (const f of inRegion) {
      if (!sameMeasure(f.fig, total.fig)) {
        // "286条，其中政策文件3件、…信息94条": parts counted in another measure, the list cannot add up
        if (total.fig.kind === 'count' && f.fig.kind === 'count' && f.role.kind === 'item') ok = false;
        continue;
      }
      if (f.role.kind === 'change') continue; // belongs to the item before it
      if (f.role.kind !== 'item' || clauses.has(f.clause)) { ok = false; break; }
      clauses.add(f.clause);
      parts.push(f);
    }
    // an approximate or unclassified figure of the same measure makes the list unreadable
    if (!ok || parts.length === 0) continue;
    const boundaries: number[] = [];
    for (let k = 1; k < parts.length; k++) if (/[；;]/.test(s.slice(parts[k - 1]!.fig.end, parts[k]!.fig.start))) boundaries.push(k);
    // "…等": the list names only some items
    const last = parts[parts.length - 1]!;
    const tail = s.slice(last.fig.end, regionEnd).split(/[，,；;。]/)[0] ?? '';
    const partial = /等/.test(tail);
    out.push({ total, parts, nested, boundaries, partial });
  }
  return out;
}

/** A prose figure as a cell value for evaluateSum. */
export function proseValue(f: TextFigure): CellValue {
  if (f.kind === 'amount' || f.kind === 'count') return { kind: 'amount', value: f.value, decimals: f.decimals, text: f.text };
  if (f.kind === 'percent') return { kind: 'percent', value: f.value, decimals: f.decimals, text: f.text };
  return { kind: 'text', text: f.text };
}

/** "卫生健康支出 542.00 万元" for messages. */
export function said(f: PFigure): string {
  const subject = f.role.kind === 'item' ? f.role.subject : '';
  return `${subject}${subject ? ' ' : ''}${f.fig.text.replace(/\s+/g, ' ').trim()}`;
}

export function fmt(v: Decimal, decimals: number): string {
  return formatDecimal(v, decimals);
}

/** The figure speaks of another year: the last year named before it differs from the document's, or its clause says 上年. */
export function otherYear(p: Passage, f: PFigure, year: number | null): boolean {
  if (/上年|去年|上一年|上年度|以前年度|往年/.test(f.prefix)) return true;
  if (year === null) return false;
  const years = [...p.norm.slice(0, f.fig.start).matchAll(/((?:19|20)\d{2})\s*年/g)];
  const last = years[years.length - 1];
  return !!last && Number(last[1]) !== year;
}

/** Places a figure written with `decimals` places in `from` needs in `to` (1.2 亿元 in 万元: 0; 542.00 万元 in 元: 0). */
export function decimalsIn(decimals: number, from: UnitName | null, to: UnitName | null): number {
  if (!from || !to || from === to) return decimals;
  const pow = Math.round(Math.log10(convert(new Decimal(1), from, to).toNumber()));
  return Math.max(0, decimals - pow);
}
