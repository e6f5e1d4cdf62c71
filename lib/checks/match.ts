/**
 * Small matching helpers for rules that compare figures across tables: label normalisation and the
 * economic classification names (部门 ↔ 政府 crosswalk) read from the code book's data.
 * The data is imported statically here: it is small (a few hundred rows) and rules run synchronously.
 */
import { deptToGov } from '../codes/data/dept-to-gov';
import { economicDeptCodes } from '../codes/data/economic-dept-codes';
import { economicGovCodes } from '../codes/data/economic-gov-codes';
import { termKey } from '../tables/vocabulary';

/** Labels are compared by the one label key of the table vocabulary (lib/tables/vocabulary.ts). */
export const normLabel = termKey;

interface Named {
  code: string;
  name: string;
  level: string;
}

function byName(rows: Named[]): Map<string, Named[]> {
  const m = new Map<string, Named[]>();
  for (const r of rows) {
    const k = normLabel(r.name);
    const arr = m.get(k) ?? [];
    arr.push(r);
    m.set(k, arr);
  }
  return m;
}

const DEPT = byName(economicDeptCodes);
const GOV = byName(economicGovCodes);
const DEPT_TO_GOV = new Map(deptToGov.map((r) => [r.dept, { gov: r.gov, confirmed: r.confirmed }]));

/** 部门经济分类 code for a name ("办公费" → 30201); prefix matches ("其他交通费" → 其他交通费用) only when unique. */
export function deptCodeByName(name: string, level?: '类' | '款'): string | null {
  const k = normLabel(name);
  const exact = (DEPT.get(k) ?? []).filter((r) => !level || r.level === level);
  if (exact.length === 1) return exact[0]!.code;
  if (exact.length > 1) return null;
  if (k.length < 3) return null;
  const pref = economicDeptCodes.filter((r) => (!level || r.level === level) && (normLabel(r.name).startsWith(k) || k.startsWith(normLabel(r.name))) && Math.abs(normLabel(r.name).length - k.length) <= 1);
  return pref.length === 1 ? pref[0]!.code : null;
}

/** 政府经济分类 code for a name, optionally under a class code ("办公经费" under 502 → 50201). */
export function govCodeByName(name: string, under?: string, level?: '类' | '款'): string | null {
  const k = normLabel(name);
  const rows = (GOV.get(k) ?? []).filter((r) => (!under || r.code.startsWith(under)) && (!level || r.level === level));
  return rows.length === 1 ? rows[0]!.code : null;
}

export function isDeptName(name: string): boolean {
  return DEPT.has(normLabel(name));
}
export function isGovName(name: string): boolean {
  return GOV.has(normLabel(name));
}

/** The 政府经济分类 款 a 部门经济分类 款 maps to (30201 → 50201), by the reference crosswalk. */
export function govOfDept(dept: string): { gov: string; confirmed: boolean } | null {
  return DEPT_TO_GOV.get(dept) ?? null;
}

export function govName(code: string): string {
  return economicGovCodes.find((r) => r.code === code)?.name ?? code;
}
