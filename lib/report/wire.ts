import { z } from 'zod/mini';
import { UNITS } from '../figures/units';
import type { AmountCell, CellRef, CodeCell, PageAnalysis, VerifiedRelation } from './schema';

/**
 * The long lists of a page analysis (verified relations, amount cells, code cells) as they cross the
 * extension's message boundaries, worker → offscreen document → background → content script: rows of
 * numbers instead of objects, repeated strings (rule ids, code names, units) once in a string table.
 *
 * Why (issue 13): extension messages are converted key by key (JSON-like) in every process they pass,
 * and the background validated every object with the report schema. On a page of a hundred tables the
 * lists were 4.4 MB of 54,000 objects, and carrying them took about as long as analysing the page.
 * `unpackLists(packLists(a))` gives back the same lists (wire.test.ts).
 *
 * Validation: the background checks `ListParts` (the parts are texts); unpacking checks what the report
 * schema checked of each item (indices, enums, decimal strings, code digits) and throws on the first
 * row that does not hold together, so a consumer never gets an item the schema would have refused.
 */

/** [rule, table (-1: none), text (-1: none), n, row₁, col₁ … rowₙ, colₙ, then per related group: table, m, its m cells] */
export type VerifiedRow = number[];
/** [table, row, col, decimals, unit (index in UNITS, -1: none), value] */
export type AmountRow = [number, number, number, number, number, string];
/** [table, row, col, code, domain, written, part (-1: none), name (-1: none)]; strings as indices in `strings` */
export type CodeRow = number[];

/**
 * The packed lists: rows as VerifiedRow, AmountRow, CodeRow when packed, unknown once they have crossed
 * a boundary (unpackRows checks every value it reads; a zod check of 54,000 rows cost as much as the
 * copying this form saves).
 */
export interface PackedLists {
  strings: string[];
  verified: unknown[];
  amounts: unknown[];
  /** absent when the analysis had no code list */
  codes?: unknown[];
}

/**
 * The lists as the worker hands them on: the string table, and the rows in parts, each part one JSON text
 * (entrypoints/shared/analysis-parts.ts). A text crosses a message boundary as one value, where rows of
 * numbers were converted value by value at every hop; only the content script parses them, part by part,
 * and unpacking checks every row.
 */
export const ListParts = z.object({ strings: z.array(z.string()), parts: z.array(z.string()) });
export type ListParts = z.infer<typeof ListParts>;

export type ListKey = 'verified' | 'amounts' | 'codes';
export const LIST_KEYS: readonly ListKey[] = ['verified', 'amounts', 'codes'];

const DOMAINS = ['function', 'economic-dept', 'economic-gov', 'unit', 'income', 'other'] as const satisfies readonly CodeCell['domain'][];
const PARTS = ['类', '款', '项'] as const;

/** The analysis without its long lists (empty in their place), and the lists packed. */
export function packLists(a: PageAnalysis): { head: PageAnalysis; lists: PackedLists } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (x: string) => {
    let i = index.get(x);
    if (i === undefined) {
      i = strings.length;
      strings.push(x);
      index.set(x, i);
    }
    return i;
  };
  const verified = a.verified.map((v): VerifiedRow => {
    const row: number[] = [s(v.rule), v.table ?? -1, v.text === undefined ? -1 : s(v.text), v.cells.length];
    for (const [r, c] of v.cells) row.push(r, c);
    for (const rel of v.related) {
      row.push(rel.table, rel.cells.length);
      for (const [r, c] of rel.cells) row.push(r, c);
    }
    return row;
  });
  const amounts = a.amounts.map((x): AmountRow => [x.table, x.cell[0], x.cell[1], x.decimals, x.unit === null ? -1 : UNITS.indexOf(x.unit), x.value]);
  const codes = a.codes?.map((x): CodeRow => [
    x.table,
    x.cell[0],
    x.cell[1],
    s(x.code),
    DOMAINS.indexOf(x.domain),
    s(x.written),
    x.part === undefined ? -1 : PARTS.indexOf(x.part),
    x.name === undefined ? -1 : s(x.name),
  ]);
  const head: PageAnalysis = { ...a, verified: [], amounts: [], ...(a.codes ? { codes: [] } : {}) };
  return { head, lists: { strings, verified, amounts, ...(codes ? { codes } : {}) } };
}

/** Rows of one list back into the report's items (see the module's note on validation). */
export function unpackRows(key: 'verified', rows: readonly unknown[], strings: readonly string[]): VerifiedRelation[];
export function unpackRows(key: 'amounts', rows: readonly unknown[], strings: readonly string[]): AmountCell[];
export function unpackRows(key: 'codes', rows: readonly unknown[], strings: readonly string[]): CodeCell[];
export function unpackRows(key: ListKey, rows: readonly unknown[], strings: readonly string[]): unknown[];
export function unpackRows(key: ListKey, rows: readonly unknown[], strings: readonly string[]): unknown[] {
  const str = (i: unknown) => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= strings.length) throw bad(key);
    return strings[i]!;
  };
  if (key === 'verified') return rows.map((row) => verifiedOf(row, str));
  if (key === 'amounts') return rows.map(amountOf);
  return rows.map((row) => codeOf(row, str));
}

/** The whole analysis again (for a consumer that wants it in one piece). */
export function unpackLists(head: PageAnalysis, lists: PackedLists): PageAnalysis {
  return {
    ...head,
    verified: unpackRows('verified', lists.verified, lists.strings),
    amounts: unpackRows('amounts', lists.amounts, lists.strings),
    ...(lists.codes ? { codes: unpackRows('codes', lists.codes, lists.strings) } : {}),
  };
}

const bad = (key: ListKey) => new Error(`analysis: a packed ${key} row does not hold together`);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const CODE = /^\d{3,9}$/;

function verifiedOf(row: unknown, str: (i: unknown) => string): VerifiedRelation {
  if (!Array.isArray(row) || row.length < 4) throw bad('verified');
  let k = 0;
  const next = () => {
    if (k >= row.length) throw bad('verified');
    return row[k++] as unknown;
  };
  const cellsOf = (): CellRef[] => {
    const n = next();
    if (!isCount(n) || k + 2 * n > row.length) throw bad('verified');
    const cells: CellRef[] = [];
    for (let i = 0; i < n; i++) {
      const r = next();
      const c = next();
      if (!isCount(r) || !isCount(c)) throw bad('verified');
      cells.push([r, c]);
    }
    return cells;
  };
  const rule = str(next());
  const table = next();
  if (table !== -1 && !isCount(table)) throw bad('verified');
  const text = next();
  const textValue = text === -1 ? undefined : str(text);
  const cells = cellsOf();
  const related: VerifiedRelation['related'] = [];
  while (k < row.length) {
    const t = next();
    if (!isCount(t)) throw bad('verified');
    related.push({ table: t, cells: cellsOf() });
  }
  return { rule, table: table === -1 ? null : (table as number), cells, related, ...(textValue === undefined ? {} : { text: textValue }) };
}

function amountOf(row: unknown): AmountCell {
  if (!Array.isArray(row) || row.length !== 6) throw bad('amounts');
  const [table, r, c, decimals, unit, value] = row as unknown[];
  if (!isCount(table) || !isCount(r) || !isCount(c) || !isCount(decimals)) throw bad('amounts');
  if (typeof value !== 'string' || !DECIMAL.test(value)) throw bad('amounts');
  if (unit !== -1 && !(isCount(unit) && unit < UNITS.length)) throw bad('amounts');
  return { table, cell: [r, c], value, decimals, unit: unit === -1 ? null : UNITS[unit as number]! };
}

function codeOf(row: unknown, str: (i: unknown) => string): CodeCell {
  if (!Array.isArray(row) || row.length !== 8) throw bad('codes');
  const [table, r, c, code, domain, written, part, name] = row as unknown[];
  if (!isCount(table) || !isCount(r) || !isCount(c)) throw bad('codes');
  const codeText = str(code);
  if (!CODE.test(codeText) || !(isCount(domain) && domain < DOMAINS.length)) throw bad('codes');
  if (part !== -1 && !(isCount(part) && part < PARTS.length)) throw bad('codes');
  return {
    table,
    cell: [r, c],
    code: codeText,
    domain: DOMAINS[domain]!,
    written: str(written),
    ...(part === -1 ? {} : { part: PARTS[part as number]! }),
    ...(name === -1 ? {} : { name: str(name) }),
  };
}
