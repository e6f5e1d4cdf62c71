/** Test-only: the classification codes printed in a fixture seed's tables, with the labels beside them. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinSplitCode, resolveRelativeCode } from '../code-format';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/seeds');

export interface SeedCodes {
  /** every classification code seen (joined, resolved) */
  codes: Set<string>;
  /** code → label printed next to it */
  pageNames: Map<string, string>;
  /** 部门经济分类 → 政府经济分类 pairs printed side by side */
  govPairs: Map<string, string>;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;
const isLabel = (s: string | undefined): s is string => !!s && !/^[\d,.\-\s]*$/.test(s);

export function seedCodes(id: string): SeedCodes {
  const file = readdirSync(seeds).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(id);
  const rows = readFileSync(join(seeds, file), 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t').map((c) => c.trim()));
  const out: SeedCodes = { codes: new Set(), pageNames: new Map(), govPairs: new Map() };
  let lastClass: string | null = null;

  rows.forEach((cells, i) => {
    const [c0 = '', c1 = '', c2 = '', c3 = '', c4 = ''] = cells;
    // unit rows: "123 某局" followed by "123001 …" are unit codes, not headings
    const next = rows[i + 1]?.find((c) => c !== '') ?? '';
    if (/^\d{6}$/.test(next) && next.startsWith(c0)) return;

    // split 类 | 款 | 项 columns: "210 | 15 | 01 | 123001 | 行政运行" or "210 | | | 210 | 卫生健康支出"
    if (/^\d{3}$/.test(c0) && /^(\d{2})?$/.test(c1) && /^(\d{2})?$/.test(c2) && (c1 !== '' || c3 === c0)) {
      const code = joinSplitCode([c0, c1, c2]);
      if (code) {
        out.codes.add(code);
        if (c3 === code && isLabel(c4)) out.pageNames.set(code, c4);
        else if (/^\d{6}$/.test(c3) && isLabel(c4)) out.pageNames.set(code, c4);
      }
      return;
    }
    // "05 | 行政事业单位养老支出" printed under its 类
    if (/^\d{2}$/.test(c0) && isLabel(c1) && lastClass) {
      const code = resolveRelativeCode(c0, lastClass);
      if (code) {
        out.codes.add(code);
        out.pageNames.set(code, c1);
      }
      return;
    }
    if (CODE.test(c0) && isLabel(c1)) {
      out.codes.add(c0);
      out.pageNames.set(c0, c1);
      if (c0.length === 3 && c0.startsWith('2')) lastClass = c0;
      if (CODE.test(c2) && c2.startsWith('5') && isLabel(c3)) {
        out.codes.add(c2);
        out.pageNames.set(c2, c3);
        out.govPairs.set(c0, c2);
      }
    }
  });
  return out;
}
