import { yearsLabel } from './years';
import { DOMAIN_PREFIX, domainOfCode, levelOfCode, normalizeCode } from './code-format';
import type { BilingualNote, CodeBook, CodeDomain, CodeRow, DecodedCode, EditionName, GovMapping, PathStep, ReferenceName } from './schema';

export interface DecodeOptions {
  /** labels printed next to codes on this page (code → label); they win over the reference */
  pageNames?: ReadonlyMap<string, string>;
  /** 部门经济分类 → 政府经济分类 pairs printed on this page; they win over the reference mapping */
  pageGovMapping?: ReadonlyMap<string, string>;
  /** the column says which classification this is; without it the first digit decides */
  domain?: CodeDomain;
  /** the document's year (its budget or final-account year): the edition whose names apply */
  year?: number | null;
}

const UNCONFIRMED_NOTE: BilingualNote = {
  zh: '标为“未核实”的名称凭记忆整理，未在文件中核实；请以本页表格中的名称为准。',
  en: 'Names marked unconfirmed were recalled, not found in a document; the names printed on this page take precedence.',
};

/**
 * Decode a classification code into its 类 › 款 › 项 path. Names come from the page first, then from
 * confirmed reference rows; recalled names are returned with confirmed:false. Returns null when the code is
 * not a code of the (given or inferred) domain.
 */
export function decode(rawCode: string, book: CodeBook, opts: DecodeOptions = {}): DecodedCode | null {
  const code = normalizeCode(rawCode);
  const level = levelOfCode(code);
  const domain = opts.domain ?? domainOfCode(code);
  if (!level || !domain || !code.startsWith(DOMAIN_PREFIX[domain])) return null;
  if (domain !== 'function' && level === '项') return null;

  const rows = book.rows[domain];
  const notes: BilingualNote[] = [];
  const path: PathStep[] = [];
  for (let len = 3; len <= code.length; len += 2) {
    const prefix = code.slice(0, len);
    const step = stepFor(prefix, rows.get(prefix), pageName(opts.pageNames, prefix), domain, book, notes, opts.year ?? null);
    path.push(step);
  }
  // recalled names only: a cited name outside the document's year says so in its own note
  if (path.some((s) => !s.confirmed && s.reference?.confirmed !== true)) notes.push(UNCONFIRMED_NOTE);

  const result: DecodedCode = { code, domain, path, notes: dedupe(notes) };
  if (domain === 'economic-dept' && level === '款') {
    const gov = govMappingFor(code, book, opts, result.notes);
    if (gov) result.govMapping = gov;
  }
  return result;
}

function pageName(names: ReadonlyMap<string, string> | undefined, code: string): string | undefined {
  const raw = names?.get(code);
  const clean = raw === undefined ? '' : cleanLabel(raw);
  return clean === '' ? undefined : clean;
}

/** Trim a printed label: whitespace, and a trailing "（类）/（款）/（项）" narrative marker. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(][类款项][）)]$/, '')
    .trim();
}

/** A name with the years whose cited documents print it, and whether any cited document does. */
interface Candidate {
  name: string;
  years: number[];
  confirmed: boolean;
  sourceKeys: string[];
  /** the reference row's own name (the latest edition the data holds) */
  isRow: boolean;
}

function datedYears(keys: readonly string[], book: CodeBook): number[] {
  const ys = keys.flatMap((k) => {
    const y = book.sources.get(k)?.edition;
    return y === undefined ? [] : [y];
  });
  return [...new Set(ys)].sort((a, b) => a - b);
}

/** The names the data holds for one code, each with its attested years (same names merged). */
function candidatesFor(row: CodeRow | undefined, dated: readonly EditionName[], book: CodeBook): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string, keys: readonly string[], confirmed: boolean, isRow: boolean) => {
    const same = out.find((c) => sameName(c.name, name));
    if (same) {
      same.sourceKeys = [...new Set([...same.sourceKeys, ...keys])];
      same.years = datedYears(same.sourceKeys, book);
      same.confirmed ||= confirmed;
      same.isRow ||= isRow;
      return;
    }
    out.push({ name, years: datedYears(keys, book), confirmed, sourceKeys: [...keys], isRow });
  };
  if (row) add(row.name, row.sources, row.confirmed, true);
  for (const e of dated) add(e.name, e.sources, e.sources.some((k) => book.sources.get(k)?.confirms === true), false);
  return out;
}

/** How far `year` lies outside a candidate's attested years (0 inside the span). */
function distance(c: Candidate, year: number): number {
  if (c.years.length === 0) return Infinity;
  const lo = c.years[0]!;
  const hi = c.years.at(-1)!;
  return year < lo ? lo - year : year > hi ? year - hi : 0;
}

/**
 * The reference name for the document's year: the name whose cited documents span that year; without a
 * year (or when no cited name spans it) the nearest attested name, else the row's name, marked as not
 * confirmed for that year. Never a name for a year no cited document supports.
 */
function referenceFor(cands: Candidate[], year: number | null): ReferenceName | undefined {
  if (cands.length === 0) return undefined;
  let pick = cands.find((c) => c.isRow) ?? cands[0]!;
  if (year !== null) {
    const best = [...cands].sort((a, b) => distance(a, year) - distance(b, year) || Number(b.isRow) - Number(a.isRow))[0]!;
    if (distance(best, year) !== Infinity) pick = best;
  }
  const forYear = year !== null && distance(pick, year) === 0;
  return { name: pick.name, confirmed: pick.confirmed, years: pick.years, forYear, sourceKeys: pick.sourceKeys };
}

/** Where the reference name is from, in words: "2024年科目" or "据2019、2024—2026年文件". */
function editionWords(ref: ReferenceName, year: number | null): BilingualNote {
  if (ref.forYear && year !== null) return { zh: `${year}年科目`, en: `the ${year} classification` };
  if (ref.years.length) return { zh: `据${yearsLabel(ref.years)}文件，科目`, en: `the classification as printed in documents of ${ref.years.join(', ')}` };
  return { zh: '参考科目表', en: 'the reference list' };
}

function stepFor(
  code: string,
  row: CodeRow | undefined,
  label: string | undefined,
  domain: CodeDomain,
  book: CodeBook,
  notes: BilingualNote[],
  year: number | null,
): PathStep {
  const level = levelOfCode(code) ?? '类';
  const editions = book.editions.get(`${domain}:${code}`) ?? [];
  const cands = candidatesFor(row, editions.filter((e) => e.years), book);
  const ref = referenceFor(cands, year);
  // every name the data knows for this code (dated editions and undated variants)
  const known = [...cands.map((c) => c.name), ...editions.map((e) => e.name)];
  const shown = label ?? ref?.name;
  for (const e of editions) {
    if (shown !== undefined && sameName(e.name, shown)) continue;
    if (ref && sameName(e.name, ref.name)) continue;
    notes.push({
      zh: `${code} 的另一名称“${e.name}”（${e.when.zh}）。`,
      en: `${code} is also called "${e.name}" (${e.when.en}).`,
    });
  }
  if (row?.notes) notes.push(...row.notes);

  if (label !== undefined) {
    const step: PathStep = { code, level, name: label, confirmed: true, source: 'page', sourceKeys: [], printed: label };
    if (!ref) {
      step.verdict = 'page-only';
      return step;
    }
    step.reference = ref;
    if (sameName(label, ref.name)) {
      step.verdict = ref.confirmed ? 'same' : 'unconfirmed';
      return step;
    }
    step.referenceName = ref.name;
    const where = editionWords(ref, year);
    if (known.some((n) => sameName(n, label))) {
      step.verdict = 'edition';
      const other = cands.find((c) => sameName(c.name, label));
      const variant = editions.find((e) => sameName(e.name, label));
      const when = other?.years.length ? `${yearsLabel(other.years)}文件所印的名称` : (variant?.when.zh ?? '另一版本的名称');
      notes.push({
        zh: `文件写作“${label}”（${when}）；${where.zh}为“${ref.name}”。`,
        en: `The document writes "${label}" (${other?.years.length ? `printed in documents of ${other.years.join(', ')}` : (variant?.when.en ?? 'another edition')}); ${where.en} has "${ref.name}".`,
      });
      return step;
    }
    if (!similarNames(label, ref.name)) step.labelMismatch = true;
    if (!ref.confirmed) {
      step.verdict = 'unconfirmed';
      notes.push({
        zh: `文件写作“${label}”；参考名称“${ref.name}”未经核实，以本页为准。`,
        en: `The document writes "${label}"; the reference name "${ref.name}" is unverified, so the page's name stands.`,
      });
      return step;
    }
    step.verdict = 'differs';
    notes.push({
      zh: `文件写作“${label}”；${where.zh}为“${ref.name}”。`,
      en: `The document writes "${label}"; ${where.en} has "${ref.name}".`,
    });
    return step;
  }
  if (ref) {
    // a cited name counts as confirmed for this document only when its documents span the document's year
    const confirmed = ref.confirmed && (year === null || ref.forYear);
    if (ref.confirmed && !confirmed) {
      notes.push({
        zh: `${code}“${ref.name}”见于${yearsLabel(ref.years)}文件；本文件为${year}年，该年的名称未核实。`,
        en: `${code} "${ref.name}" is printed in documents of ${ref.years.join(', ')}; this document is of ${year}, whose name is unverified.`,
      });
    }
    return { code, level, name: ref.name, confirmed, source: 'reference', sourceKeys: [...ref.sourceKeys], reference: ref };
  }
  return { code, level, name: null, confirmed: false, source: 'none', sourceKeys: [] };
}

function govMappingFor(code: string, book: CodeBook, opts: DecodeOptions, notes: BilingualNote[]): GovMapping | undefined {
  const gov = book.rows['economic-gov'];
  const ref = book.deptToGov.get(code);
  const onPage = opts.pageGovMapping?.get(code);
  const pageGov = onPage === undefined ? '' : normalizeCode(onPage);
  if (pageGov !== '') {
    if (ref && ref.gov !== pageGov) {
      notes.push({
        zh: `本页把 ${code} 对应到 ${pageGov}，参考对照表为 ${ref.gov}。`,
        en: `The page maps ${code} to ${pageGov}; the reference crosswalk gives ${ref.gov}.`,
      });
    }
    const label = pageName(opts.pageNames, pageGov);
    const row = gov.get(pageGov);
    return {
      code: pageGov,
      name: label ?? row?.name ?? null,
      confirmed: label !== undefined || row?.confirmed === true,
      source: 'page',
      sourceKeys: [],
    };
  }
  if (!ref) return undefined;
  const row = gov.get(ref.gov);
  return {
    code: ref.gov,
    name: row?.name ?? null,
    confirmed: ref.confirmed && row?.confirmed === true,
    source: 'reference',
    sourceKeys: [...new Set([...ref.sources, ...(row?.sources ?? [])])],
  };
}

function dedupe(notes: BilingualNote[]): BilingualNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => (seen.has(n.zh) ? false : (seen.add(n.zh), true)));
}

function canon(name: string): string {
  return cleanLabel(name.normalize('NFKC')).replace(/[“”"'‘’]/g, '');
}

function sameName(a: string, b: string): boolean {
  return canon(a) === canon(b);
}

// Bigrams that almost every heading shares; they say nothing about two names being the same item.
const COMMON_BIGRAMS = new Set(['支出', '其他', '事务']);

/** Two labels plausibly name the same heading: containment, or at least two shared meaningful bigrams. */
function similarNames(a: string, b: string): boolean {
  const x = canon(a);
  const y = canon(b);
  if (x.includes(y) || y.includes(x)) return true;
  const grams = (s: string) => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
    for (const g of COMMON_BIGRAMS) out.delete(g);
    return out;
  };
  const gx = grams(x);
  let shared = 0;
  for (const g of grams(y)) if (gx.has(g)) shared++;
  return shared >= 2;
}
