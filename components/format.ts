/** Presentation of figures: digit grouping only; values are exact decimal strings and stay strings. */
export function groupDigits(value: string): string {
  const neg = value.startsWith('-');
  const body = neg ? value.slice(1) : value;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '−' : '') + grouped + (frac !== undefined ? '.' + frac : '');
}

/** "1467700.00", "元" → "1,467,700.00 元" */
export function amountWithUnit(value: string, unit?: string | null): string {
  return unit ? `${groupDigits(value)} ${unit}` : groupDigits(value);
}

/** A figure of a finding: an amount (with a unit) is grouped; a year or a count (no unit) is not. */
export function figure(value: string, unit?: string | null): string {
  return unit ? amountWithUnit(value, unit) : value;
}

/** A signed difference: "+630,000.00" / "−0.01". */
export function signed(value: string): string {
  if (value.startsWith('-')) return groupDigits(value);
  return /^0(\.0+)?$/.test(value) ? groupDigits(value) : '+' + groupDigits(value);
}
