import type { CodeBook, CodeData, CodeDomain, CodeRow, DeptToGovRow, EditionName } from './schema';
import { validateCodeData } from './validate';

/** Index validated code data. Throws with every problem listed when the data is broken. */
export function buildCodeBook(raw: unknown): CodeBook {
  const result = validateCodeData(raw);
  if (!result.ok) throw new Error(`code data is invalid:\n${result.errors.join('\n')}`);
  const data = raw as CodeData;
  const index = (rows: CodeRow[]) => new Map(rows.map((r) => [r.code, r]));
  const editions = new Map<string, EditionName[]>();
  for (const e of data.editions) {
    const key = `${e.domain}:${e.code}`;
    editions.set(key, [...(editions.get(key) ?? []), e]);
  }
  const rows: Record<CodeDomain, Map<string, CodeRow>> = {
    function: index(data.function),
    'economic-dept': index(data.economicDept),
    'economic-gov': index(data.economicGov),
  };
  return {
    sources: new Map(data.sources.map((s) => [s.key, s])),
    rows,
    deptToGov: new Map<string, DeptToGovRow>(data.deptToGov.map((m) => [m.dept, m])),
    editions,
  };
}

let pending: Promise<CodeBook> | undefined;

/**
 * Load the code book on demand. The data modules are reached only through this dynamic import, so bundlers
 * split them into their own chunk and the content script's first paint does not carry them.
 */
export function loadCodes(): Promise<CodeBook> {
  pending ??= import('./data/index').then((m) => buildCodeBook(m.codeData));
  return pending;
}
