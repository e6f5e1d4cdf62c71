import type { CodeDomain, CodeLevel } from './schema';

/**
 * Reading codes as printed: full-width digits, stray spaces, split 类/款/项 columns, and 2-digit codes
 * printed under their parent row. Pure string work, no data needed.
 */

const LEVELS: Record<number, CodeLevel> = { 3: '类', 5: '款', 7: '项' };

/** Leading digit of each domain's codes: functional 2xx, department economic 3xx, government economic 5xx. */
export const DOMAIN_PREFIX: Record<CodeDomain, string> = {
  function: '2',
  'economic-dept': '3',
  'economic-gov': '5',
};

/** Digits of a code cell ("２１０ ", "210 15 01" is NOT joined here: see joinSplitCode). '' if not a code. */
export function normalizeCode(raw: string): string {
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  return /^\d+$/.test(s) ? s : '';
}

export function levelOfCode(code: string): CodeLevel | null {
  return LEVELS[code.length] ?? null;
}

/**
 * Which classification a code belongs to, by its first digit and length. 6-digit unit codes (123001) and
 * other numbers give null. A 3-digit code can also be a unit code (123 某局): callers that know
 * the column should pass the domain to decode(), and decode() flags labels that do not fit.
 */
export function domainOfCode(code: string): CodeDomain | null {
  const level = levelOfCode(code);
  if (!level) return null;
  switch (code[0]) {
    case '2':
      return 'function';
    case '3':
      return level === '项' ? null : 'economic-dept';
    case '5':
      return level === '项' ? null : 'economic-gov';
    default:
      return null;
  }
}

/**
 * Join a code split over 类/款/项 columns: ['210','15','01'] → '2101501', ['210','15',''] → '21015'.
 * Columns that repeat the full code (['208','20805','2080505']) are accepted too. Returns null when the
 * parts do not form a code (gap in the middle, wrong widths, a child that does not extend its parent).
 */
export function joinSplitCode(parts: ReadonlyArray<string | null | undefined>): string | null {
  const cells = parts.map((p) => normalizeCodeOrBlank(p ?? ''));
  if (cells.some((c) => c === null)) return null;
  const digits = cells as string[];
  let code = '';
  let ended = false;
  for (const part of digits) {
    if (part === '') {
      ended = code !== '';
      continue;
    }
    if (ended) return null; // 210 | (blank) | 01 is not a code
    if (code === '') {
      if (part.length !== 3) return null;
      code = part;
    } else if (part.length === 2) {
      code += part;
    } else if (part.length === code.length + 2 && part.startsWith(code)) {
      code = part;
    } else {
      return null;
    }
  }
  return code === '' || !levelOfCode(code) ? null : code;
}

function normalizeCodeOrBlank(raw: string): string | null {
  const trimmed = raw.normalize('NFKC').replace(/\s+/g, '');
  if (trimmed === '') return '';
  return /^\d+$/.test(trimmed) ? trimmed : null;
}

/**
 * A 2-digit code printed under its parent row ("05 行政事业单位养老支出" under 208) → full code '20805'.
 * Full codes are returned as they are; null when the pieces do not fit.
 */
export function resolveRelativeCode(raw: string, parent: string | null | undefined): string | null {
  const code = normalizeCode(raw);
  if (code === '') return null;
  if (code.length >= 3) return levelOfCode(code) ? code : null;
  if (code.length !== 2 || !parent) return null;
  const p = normalizeCode(parent);
  return p.length === 3 || p.length === 5 ? p + code : null;
}
