import { DOMAIN_PREFIX } from './code-format';
import { CodeData, type CodeDomain, type CodeRow } from './schema';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

const LEVEL_BY_LENGTH: Record<number, CodeRow['level']> = { 3: '类', 5: '款', 7: '项' };

function checkDomain(domain: CodeDomain, rows: readonly CodeRow[], sourceKeys: Map<string, boolean>, errors: string[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const at = `${domain} ${row.code}`;
    if (seen.has(row.code)) errors.push(`${at}: duplicate code`);
    seen.add(row.code);
    if (!row.code.startsWith(DOMAIN_PREFIX[domain])) errors.push(`${at}: code does not belong to this domain`);
    if (LEVEL_BY_LENGTH[row.code.length] !== row.level) errors.push(`${at}: level ${row.level} does not fit a ${row.code.length}-digit code`);
    // economic classifications stop at 款
    if (domain !== 'function' && row.level === '项') errors.push(`${at}: economic codes have no 项 level`);
    for (const key of row.sources) {
      if (!sourceKeys.has(key)) errors.push(`${at}: unknown source ${key}`);
    }
    const anyConfirming = row.sources.some((k) => sourceKeys.get(k) === true);
    if (row.confirmed && !anyConfirming) errors.push(`${at}: marked confirmed but no source confirms it`);
    if (!row.confirmed && anyConfirming && !row.sources.includes('RECALL')) {
      errors.push(`${at}: marked unconfirmed but cites only confirming sources`);
    }
  }
  for (const row of rows) {
    if (row.level === '类') continue;
    const parent = row.code.slice(0, row.code.length - 2);
    if (!seen.has(parent)) errors.push(`${domain} ${row.code}: parent ${parent} is missing`);
  }
}

/** Cross-row rules zod cannot express per row: unique codes, parents, levels, sources, mapping targets. */
export function checkCodeData(data: CodeData): string[] {
  const errors: string[] = [];
  const sourceKeys = new Map<string, boolean>();
  const editionOf = new Map<string, number>();
  for (const s of data.sources) {
    if (sourceKeys.has(s.key)) errors.push(`source ${s.key}: duplicate key`);
    sourceKeys.set(s.key, s.confirms);
    if (s.edition !== undefined) editionOf.set(s.key, s.edition);
  }
  checkDomain('function', data.function, sourceKeys, errors);
  checkDomain('economic-dept', data.economicDept, sourceKeys, errors);
  checkDomain('economic-gov', data.economicGov, sourceKeys, errors);

  const dept = new Map(data.economicDept.map((r) => [r.code, r]));
  const gov = new Map(data.economicGov.map((r) => [r.code, r]));
  const mapped = new Set<string>();
  for (const m of data.deptToGov) {
    const at = `mapping ${m.dept}→${m.gov}`;
    if (mapped.has(m.dept)) errors.push(`${at}: ${m.dept} mapped twice`);
    mapped.add(m.dept);
    if (dept.get(m.dept)?.level !== '款') errors.push(`${at}: ${m.dept} is not a 部门经济分类 款 in the data`);
    if (gov.get(m.gov)?.level !== '款') errors.push(`${at}: ${m.gov} is not a 政府经济分类 款 in the data`);
    for (const key of m.sources) if (!sourceKeys.has(key)) errors.push(`${at}: unknown source ${key}`);
  }

  const byDomain: Record<CodeDomain, readonly CodeRow[]> = {
    function: data.function,
    'economic-dept': data.economicDept,
    'economic-gov': data.economicGov,
  };
  for (const e of data.editions) {
    const at = `edition ${e.domain} ${e.code}`;
    if (!byDomain[e.domain].some((r) => r.code === e.code)) errors.push(`${at}: code not in the data`);
    for (const key of e.sources) if (!sourceKeys.has(key)) errors.push(`${at}: unknown source ${key}`);
    if (e.years) {
      // a dated name claims exactly the years its dated sources print it in: both ends attested, none outside
      const dated = e.sources.flatMap((k) => (editionOf.has(k) ? [editionOf.get(k)!] : []));
      if (e.years.from > e.years.to) errors.push(`${at}: years ${e.years.from}–${e.years.to} run backwards`);
      if (!dated.includes(e.years.from) || !dated.includes(e.years.to)) errors.push(`${at}: years ${e.years.from}–${e.years.to} not both attested by a dated source`);
      for (const y of dated) if (y < e.years.from || y > e.years.to) errors.push(`${at}: source of ${y} outside ${e.years.from}–${e.years.to}`);
    }
  }
  return errors;
}

/** Validate raw code data (schema, then cross-row rules). Exported so a build step can run it too. */
export function validateCodeData(raw: unknown): ValidationResult {
  const parsed = CodeData.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const errors = checkCodeData(parsed.data);
  return { ok: errors.length === 0, errors };
}
