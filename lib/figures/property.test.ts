import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatDecimal, intervalOf, intervalsMeet, sumIntervals } from './interval';
import { parseCell } from './parse';
import { findFigures } from './prose';
import { convert, UNITS } from './units';

/** mulberry32: deterministic, so a failure names its seed and reproduces. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

/** FIGURES_PROPERTY_RUNS=20 widens every loop twentyfold for a deeper local run. */
const RUNS = Math.max(1, Number(process.env.FIGURES_PROPERTY_RUNS ?? 1));
const seeds = (from: number, n: number) => Array.from({ length: n * RUNS }, (_, i) => from + i * 1_000_003);

/** A random exact value as digit strings: up to 15 integer digits, 0–4 decimals. */
function randomFigure(r: Rng) {
  const intLen = r.int(1, 15);
  let intPart = String(r.int(1, 9));
  for (let i = 1; i < intLen; i++) intPart += String(r.int(0, 9));
  if (r.next() < 0.15) intPart = '0';
  const decimals = r.pick([0, 1, 2, 2, 2, 3, 4]);
  let frac = '';
  for (let i = 0; i < decimals; i++) frac += String(r.int(0, 9));
  const negative = r.next() < 0.3 && /[1-9]/.test(intPart + frac);
  return { intPart, frac, decimals, negative };
}

const FULL = (s: string) =>
  s.replace(/[0-9,.()\-%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Positions where a stray break may fall and still be one number (see readNumber). */
function breakPositions(body: string, grouped: boolean, decimals: number): number[] {
  const dot = body.indexOf('.');
  const out: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const inInt = dot < 0 || i <= dot;
    if (inInt && (grouped || decimals > 0)) out.push(i);
    else if (!inInt && i - dot - 1 < 2) out.push(i); // after "." or after the first fraction digit
  }
  return out;
}

function render(r: Rng, f: ReturnType<typeof randomFigure>) {
  const sep = r.pick(['', ',', '，', ' ']);
  let body = group(f.intPart, sep === '，' ? ',' : sep) + (f.decimals ? '.' + f.frac : '');
  const grouped = body.includes(',');
  // one or two stray breaks, only in number-preserving positions and not beside a space grouping
  if (sep !== ' ') {
    for (let k = r.int(0, 2); k > 0; k--) {
      const ps = breakPositions(body, grouped, f.decimals).filter((p) => body[p - 1] !== ' ' && body[p] !== ' ');
      if (ps.length === 0) break;
      const p = r.pick(ps);
      body = body.slice(0, p) + r.pick([' ', '\n', '\u00a0', ' \n ']) + body.slice(p);
    }
  }
  if (sep === '，') body = body.replace(/,/g, '，');
  const canParen = /[,，]/.test(body) || f.decimals > 0;
  let text = body;
  if (f.negative) {
    const style = r.pick(canParen ? ['-', '－', '−', '()', '（）'] : ['-', '－', '−']);
    text = style.length === 2 ? style[0] + body + style[1] : style + body;
  }
  if (r.next() < 0.3) text = FULL(text);
  const pad = () => r.pick(['', ' ', '\u00a0', '\u3000', '\n']);
  return pad() + text + pad();
}

/** Bare shapes the parser reads as something else by design: mobile numbers and "2026.01". */
function reservedShape(text: string): 'phone' | 'date' | null {
  const t = text.replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (/^1[3-9]\d{9}$/.test(t)) return 'phone';
  if (/^(?:19|20)\d{2}\.(?:0[1-9]|1[0-2])$/.test(t)) return 'date';
  return null;
}

const canonical = (f: ReturnType<typeof randomFigure>) =>
  (f.negative ? '-' : '') + f.intPart + (f.decimals ? '.' + f.frac : '');

describe('property: written figures round-trip exactly', () => {
  it('cells: separators, full-width, negatives and stray breaks (3000 cases)', () => {
    for (const seed of seeds(1, 3000)) {
      const r = rng(seed);
      const f = randomFigure(r);
      const text = render(r, f);
      const got = parseCell(text);
      const ctx = `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(got)}`;
      const reserved = reservedShape(text);
      if (reserved) {
        expect(got, ctx).toMatchObject({ kind: 'text', reason: reserved });
        continue;
      }
      expect(got.kind, ctx).toBe('amount');
      if (got.kind !== 'amount') continue;
      expect(got.value.eq(new Decimal(canonical(f))), ctx).toBe(true);
      expect(got.decimals, ctx).toBe(f.decimals);
      expect(formatDecimal(got.value, got.decimals), ctx).toBe(canonical(f).replace(/^-(0\.?0*)$/, '$1'));
    }
  });

  it('cells: the same figures as percentages', () => {
    for (const seed of seeds(5001, 1000)) {
      const r = rng(seed);
      const f = randomFigure(r);
      const text = render(r, f).trim() + r.pick(['%', '％', ' %']);
      if (/^[(（]/.test(text)) continue; // "(12.00)%" is not a written form
      const got = parseCell(text);
      const ctx = `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(got)}`;
      expect(got.kind, ctx).toBe('percent');
      if (got.kind === 'percent') expect(got.value.eq(new Decimal(canonical(f))), ctx).toBe(true);
    }
  });

  it('cells: amounts with a unit keep value, decimals and unit', () => {
    for (const seed of seeds(7001, 1000)) {
      const r = rng(seed);
      const f = randomFigure(r);
      const [written, unit] = r.pick([
        ['元', '元'],
        ['万元', '万元'],
        [' 万 元', '万元'],
        ['亿元', '亿元'],
        ['千元', '千元'],
      ] as const);
      const text = render(r, { ...f, negative: false }).trim() + written;
      const got = parseCell(text);
      const ctx = `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(got)}`;
      expect(got.kind, ctx).toBe('amount');
      if (got.kind !== 'amount') continue;
      expect(got.unit, ctx).toBe(unit);
      expect(got.value.eq(new Decimal(f.intPart + (f.decimals ? '.' + f.frac : ''))), ctx).toBe(true);
    }
  });

  it('prose: an amount embedded in a sentence is found at its offsets', () => {
    for (const seed of seeds(9001, 1000)) {
      const r = rng(seed);
      const f = { ...randomFigure(r), negative: false };
      const sep = r.pick(['', ',']);
      const num = group(f.intPart, sep) + (f.decimals ? '.' + f.frac : '');
      const unit = r.pick(['万元', '元', '亿元', ' 万元', ' 万\n元']);
      const lead = r.pick(['2024 年本部门支出预算 ', '其中：卫生健康支出', '（含上级补助', '截至 2023 年 12 月底，结余 ']);
      const s = `${lead}${num}${unit}，占 ${f.intPart.slice(0, 2)}.5%。`;
      const figs = findFigures(s);
      const ctx = `seed ${seed}: ${JSON.stringify(s)}`;
      expect(figs.map((g) => g.kind), ctx).toEqual(['amount', 'percent']);
      const a = figs[0]!;
      expect(a.start, ctx).toBe(lead.length);
      expect(a.text, ctx).toBe(num + unit);
      expect(a.value.eq(new Decimal(num.replace(/,/g, ''))), ctx).toBe(true);
      expect(a.decimals, ctx).toBe(f.decimals);
    }
  });

  it('unit conversion is exact and reversible; intervals convert consistently', () => {
    for (const seed of seeds(11001, 1000)) {
      const r = rng(seed);
      const f = randomFigure(r);
      const v = new Decimal(canonical(f));
      const from = r.pick(UNITS);
      const to = r.pick(UNITS);
      expect(convert(convert(v, from, to), to, from).eq(v)).toBe(true);
      const a = intervalOf(v, f.decimals, from, to);
      const b = intervalOf(v, f.decimals);
      expect(convert(b.lo, from, to).eq(a.lo)).toBe(true);
      expect(convert(b.hi, from, to).eq(a.hi)).toBe(true);
    }
  });

  it('a sum of written parts always meets the written (rounded) total', () => {
    for (const seed of seeds(13001, 1000)) {
      const r = rng(seed);
      const decimals = r.pick([0, 2]);
      const exact = Array.from({ length: r.int(1, 30) }, () => new Decimal(r.int(0, 10_000_000)).div(10_000));
      const written = exact.map((x) => new Decimal(formatDecimal(x, decimals)));
      const total = new Decimal(formatDecimal(exact.reduce((acc, x) => acc.plus(x), new Decimal(0)), decimals));
      const ok = intervalsMeet(
        intervalOf(total, decimals),
        sumIntervals(written.map((x) => intervalOf(x, decimals))),
      );
      expect(ok, `seed ${seed}`).toBe(true);
    }
  });
});
