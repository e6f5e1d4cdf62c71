/**
 * Text of a PDF page as positioned runs and lines, in viewport coordinates (points, origin top-left).
 */
import { apply, type Matrix } from './rules';

export interface Run {
  str: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** baseline (viewport y) for horizontal runs */
  base: number;
  size: number;
  bold: boolean;
  horizontal: boolean;
}

export interface Line {
  runs: Run[];
  text: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  base: number;
  size: number;
  bold: boolean;
}

export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const ASCENT = 0.85, DESCENT = 0.15;

/** A pdf.js text item as a run with its box in the viewport. Empty and whitespace-only items are dropped. */
export function toRun(item: RawTextItem, vt: Matrix, isBold: (font: string) => boolean): Run | null {
  if (!item.str || !item.str.trim()) return null;
  const t = item.transform;
  const [a, b, c, d, e, f] = [t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!];
  const ul = Math.hypot(a, b) || 1;
  const size = Math.hypot(c, d) || item.height || ul;
  const ux = a / ul, uy = b / ul, vx = c / size, vy = d / size;
  const w = item.width;
  const corners: [number, number][] = [];
  for (const k of [0, 1]) {
    for (const h of [-DESCENT, ASCENT]) corners.push(apply(vt, e + ux * w * k + vx * size * h, f + uy * w * k + vy * size * h));
  }
  const xs = corners.map((p) => p[0]), ys = corners.map((p) => p[1]);
  // the text direction on the page after the viewport (rotation) is applied
  const o = apply(vt, e, f), dirEnd = apply(vt, e + ux, f + uy);
  const dx = dirEnd[0] - o[0], dy = dirEnd[1] - o[1];
  const horizontal = dx > 0.9 * Math.hypot(dx, dy);
  return {
    str: item.str,
    x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys),
    base: horizontal ? o[1] : Math.max(...ys), size, bold: isBold(item.fontName), horizontal,
  };
}

function isCjk(ch: string | undefined): boolean {
  return !!ch && /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
}

/** Join runs of one line: a space only where the gap is wide and the text is not Chinese on both sides. */
export function joinRuns(runs: Run[]): string {
  let out = '';
  let prev: Run | null = null;
  for (const r of runs) {
    if (prev) {
      const gap = r.x1 - prev.x2;
      const size = Math.min(prev.size, r.size);
      if (gap > 0.25 * size) out += ' ';
    }
    out += r.str;
    prev = r;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Group runs into lines by baseline, each line's runs left to right. */
export function toLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((p, q) => p.base - q.base || p.x1 - q.x1);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g) {
      const ref = g[0]!;
      // same line: baselines within a third of the font size (superscripts and mixed fonts stay on it)
      if (Math.abs(r.base - ref.base) <= 0.35 * Math.min(ref.size, r.size) || (r.y1 < ref.y2 - 0.5 * ref.size && r.y2 > ref.y1 + 0.5 * ref.size && Math.abs(r.base - ref.base) < 0.6 * ref.size)) {
        g.push(r);
        continue;
      }
    }
    groups.push([r]);
  }
  return groups.map(lineOf);
}

export function lineOf(g: Run[]): Line {
  const runs = [...g].sort((p, q) => p.x1 - q.x1);
  const size = Math.max(...runs.map((r) => r.size));
  return {
    runs,
    text: joinRuns(runs),
    x1: Math.min(...runs.map((r) => r.x1)), x2: Math.max(...runs.map((r) => r.x2)),
    y1: Math.min(...runs.map((r) => r.y1)), y2: Math.max(...runs.map((r) => r.y2)),
    base: runs[0]!.base, size,
    bold: runs.every((r) => r.bold),
  };
}

/** Join wrapped lines of one cell or paragraph: no space between Chinese, none inside a number. */
export function joinLines(texts: string[]): string {
  let out = '';
  for (const t of texts) {
    if (!t) continue;
    if (out) {
      const a = out[out.length - 1], b = t[0];
      const asciiWord = /[A-Za-z]/.test(a ?? '') && /[A-Za-z]/.test(b ?? '');
      if (asciiWord && !isCjk(a) && !isCjk(b)) out += ' ';
    }
    out += t;
  }
  return out;
}

/** Split a run at x positions (cell walls it crosses), apportioning its width by character widths. */
export function splitRun(r: Run, walls: number[]): Run[] {
  const chars = [...r.str];
  if (chars.length < 2 || !r.horizontal) return [r];
  const weights = chars.map((ch) => (isCjk(ch) ? 1 : 0.5));
  const total = weights.reduce((s, w) => s + w, 0);
  const scale = (r.x2 - r.x1) / total;
  const pieces: Run[] = [];
  let x = r.x1, start = 0, acc = r.x1;
  const cuts = [...walls].sort((a, b) => a - b);
  let wi = 0;
  for (let i = 0; i < chars.length; i++) {
    const w = weights[i]! * scale;
    const mid = acc + w / 2;
    while (wi < cuts.length && cuts[wi]! <= mid) {
      if (i > start) {
        pieces.push({ ...r, str: chars.slice(start, i).join(''), x1: x, x2: acc });
        start = i;
        x = acc;
      }
      wi++;
    }
    acc += w;
  }
  pieces.push({ ...r, str: chars.slice(start).join(''), x1: x, x2: r.x2 });
  return pieces.filter((p) => p.str.trim());
}
