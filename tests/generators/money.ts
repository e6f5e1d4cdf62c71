/**
 * Amounts in the generators are integers in hundredths of the table's unit (分 for 元 tables,
 * 0.01 万元 for 万元 tables), held as bigint: no floating point anywhere.
 */

/** 318585n → "3,185.85" (grouping) or "3185.85" */
export function formatHundredths(v: bigint, grouping = true): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let int = (a / 100n).toString();
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** "3,185.85" → 318585n; only plain ASCII "[-]d[,ddd]*.dd" is accepted (that is all the generators write) */
export function parseHundredths(text: string): bigint {
  const m = /^(-?)(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const v = BigInt((m[2] ?? '').replace(/,/g, '')) * 100n + BigInt(m[3] ?? '0');
  return m[1] === '-' ? -v : v;
}

export function sum(values: readonly (bigint | null)[]): bigint {
  let s = 0n;
  for (const v of values) if (v !== null) s += v;
  return s;
}
