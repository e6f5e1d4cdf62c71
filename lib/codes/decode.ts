import { DOMAIN_PREFIX, domainOfCode, levelOfCode, normalizeCode } from './code-format';
import type { BilingualNote, CodeBook, CodeDomain, CodeRow, DecodedCode, GovMapping, PathStep } from './schema';

export interface DecodeOptions {
  /** labels printed next to codes on this page (code → label); they win over the reference */
  pageNames?: ReadonlyMap<string, string>;
  /** 部门经济分类 → 政府经济分类 pairs printed on this page; they win over the reference mapping */
  pageGovMapping?: ReadonlyMap<string, string>;
  /** the column says which classification this is; without it the first digit decides */
  domain?: CodeDomain;
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
    const step = stepFor(prefix, rows.get(prefix), pageName(opts.pageNames, prefix), domain, book, notes);
    path.push(step);
  }
  if (path.some((s) => !s.confirmed)) notes.push(UNCONFIRMED_NOTE);

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

function stepFor(
  code: string,
  row: CodeRow | undefined,
  label: string | undefined,
  domain: CodeDomain,
  book: CodeBook,
  notes: BilingualNote[],
): PathStep {
  const level = levelOfCode(code) ?? '类';
  const editions = book.editions.get(`${domain}:${code}`) ?? [];
  for (const e of editions) {
    notes.push({
      zh: `${code} 的另一名称“${e.name}”（${e.when.zh}）。`,
      en: `${code} is also called "${e.name}" (${e.when.en}).`,
    });
  }
  if (row?.notes) notes.push(...row.notes);

  if (label !== undefined) {
    const step: PathStep = { code, level, name: label, confirmed: true, source: 'page', sourceKeys: [] };
    if (row && !sameName(label, row.name)) {
      step.referenceName = row.name;
      const knownVariant = editions.some((e) => sameName(e.name, label));
      if (!knownVariant && !similarNames(label, row.name)) {
        step.labelMismatch = true;
        notes.push({
          zh: `本页在 ${code} 旁写的是“${label}”，与科目名称“${row.name}”不符：这可能是单位代码或其他编码，而不是分类科目。`,
          en: `The page labels ${code} "${label}", which does not fit the heading "${row.name}": it may be a unit code or another numbering, not a classification code.`,
        });
      }
    }
    return step;
  }
  if (row) {
    return { code, level, name: row.name, confirmed: row.confirmed, source: 'reference', sourceKeys: [...row.sources] };
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
