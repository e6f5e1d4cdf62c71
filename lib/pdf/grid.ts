/**
 * Ruled tables of one page: segments → connected groups → grid of distinct rule positions → cells,
 * merged where an internal rule is missing (colspan / rowspan as in the HTML table model).
 */
import type { Segment } from './rules';

export interface Rect { x1: number; y1: number; x2: number; y2: number }

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  rect: Rect;
}

export interface RuledGrid {
  rect: Rect;
  xs: number[];
  ys: number[];
  /** cells in row-major order of their top-left slot */
  cells: GridCell[];
  /** slot → index into cells */
  slot: number[][];
  segments: Segment[];
}

/** how far apart two rules must be to be distinct positions */
const SAME = 2.5;
/** a gap smaller than this between a segment end and a crossing rule still touches it */
const TOUCH = 2.5;

/** Union-find over segments that touch or cross. Horizontal × vertical pairs via a sweep on x. */
export function groupSegments(segs: Segment[]): Segment[][] {
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[ra] = rb; };
  const hs = segs.map((s, i) => ({ s, i })).filter((e) => e.s.dir === 'h');
  const vs = segs.map((s, i) => ({ s, i })).filter((e) => e.s.dir === 'v').sort((p, q) => p.s.pos - q.s.pos);
  for (const h of hs) {
    // verticals whose x lies within the horizontal's span (binary search the start)
    let lo = 0, hi = vs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (vs[mid]!.s.pos < h.s.a - TOUCH) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < vs.length && vs[k]!.s.pos <= h.s.b + TOUCH; k++) {
      const v = vs[k]!.s;
      if (h.s.pos >= v.a - TOUCH && h.s.pos <= v.b + TOUCH) union(h.i, vs[k]!.i);
    }
  }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => { const r = find(i); const g = groups.get(r); if (g) g.push(s); else groups.set(r, [s]); });
  return [...groups.values()];
}

function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SAME) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Length of [a,b] covered by the segments at `pos` of the given direction. */
function covered(segs: Segment[], dir: 'h' | 'v', pos: number, a: number, b: number): number {
  const parts: [number, number][] = [];
  for (const s of segs) {
    if (s.dir !== dir || Math.abs(s.pos - pos) > SAME) continue;
    const lo = Math.max(a, s.a), hi = Math.min(b, s.b);
    if (hi > lo) parts.push([lo, hi]);
  }
  parts.sort((p, q) => p[0] - q[0]);
  let total = 0, end = -Infinity;
  for (const [lo, hi] of parts) {
    if (hi <= end) continue;
    total += hi - Math.max(lo, end);
    end = hi;
  }
  return total;
}

/** a column narrower than this is suspect: two walls drawn a little apart in different rows */
const SLIVER = 16;

/**
 * Two vertical rule positions close together that never bound the same row are one column wall drawn
 * at slightly different x in different rows (a header row ruled apart from the body): one position.
 */
function snapSlivers(xs: number[], vs: Segment[], ys: number[]): number[] {
  const rowsWith = (x: number) => {
    const out = new Set<number>();
    for (let r = 0; r + 1 < ys.length; r++) {
      const a = ys[r]!, b = ys[r + 1]!;
      if (covered(vs, 'v', x, a, b) >= (b - a) * 0.6) out.add(r);
    }
    return out;
  };
  const out = [...xs];
  for (let k = 1; k + 2 < out.length; k++) {
    const a = out[k]!, b = out[k + 1]!;
    if (b - a >= SLIVER) continue;
    const ra = rowsWith(a), rb = rowsWith(b);
    if ([...ra].some((r) => rb.has(r))) continue;
    out.splice(ra.size >= rb.size ? k + 1 : k, 1);
    k--;
  }
  return out;
}

/** The grid of one group of rules, or null when it is not a table (a frame, a single line, an underline). */
export function buildRuledGrid(segs: Segment[], columnHint?: number[]): RuledGrid | null {
  const hs = segs.filter((s) => s.dir === 'h');
  const vs = segs.filter((s) => s.dir === 'v');
  if (hs.length < 2 || vs.length < 2) return null;
  const rect: Rect = {
    x1: Math.min(...hs.map((s) => s.a), ...vs.map((s) => s.pos)),
    x2: Math.max(...hs.map((s) => s.b), ...vs.map((s) => s.pos)),
    y1: Math.min(...vs.map((s) => s.a), ...hs.map((s) => s.pos)),
    y2: Math.max(...vs.map((s) => s.b), ...hs.map((s) => s.pos)),
  };
  if (rect.x2 - rect.x1 < 20 || rect.y2 - rect.y1 < 8) return null;
  // a rule position counts when its segments are long enough to bound a cell (not a tick mark)
  const ys = positions(hs.filter((s) => s.b - s.a >= 4).map((s) => s.pos));
  const xs = columnHint ? [...columnHint] : snapSlivers(positions(vs.filter((s) => s.b - s.a >= 4).map((s) => s.pos)), vs, ys);
  // walls drawn a little off a column position (snapped away above) stand at that position
  for (let k = 0; k < vs.length; k++) {
    const v = vs[k]!;
    if (xs.some((x) => Math.abs(x - v.pos) <= SAME)) continue;
    const near = xs.reduce((best, x) => (Math.abs(x - v.pos) < Math.abs(best - v.pos) ? x : best), xs[0]!);
    if (Math.abs(near - v.pos) < SLIVER) vs[k] = { ...v, pos: near };
  }
  if (xs.length < 2 || ys.length < 2) return null;
  const rowsN = ys.length - 1, colsN = xs.length - 1;
  if (rowsN * colsN > 60_000) return null;
  // boundary between slot (r,c) and (r,c+1): the vertical rule at xs[c+1] covers most of row r
  const vWall = (r: number, c: number) => {
    const a = ys[r]!, b = ys[r + 1]!;
    return covered(vs, 'v', xs[c + 1]!, a, b) >= (b - a) * 0.6;
  };
  const hWall = (r: number, c: number) => {
    const a = xs[c]!, b = xs[c + 1]!;
    return covered(hs, 'h', ys[r + 1]!, a, b) >= (b - a) * 0.6;
  };
  const slot: number[][] = Array.from({ length: rowsN }, () => new Array<number>(colsN).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < colsN; c++) {
      if (slot[r]![c]! >= 0) continue;
      let cs = 1;
      while (c + cs < colsN && !vWall(r, c + cs - 1) && slot[r]![c + cs]! < 0) cs++;
      let rs = 1;
      const openBelow = (rr: number) => {
        for (let k = c; k < c + cs; k++) if (hWall(rr, k) || slot[rr + 1]![k]! >= 0) return false;
        return true;
      };
      while (r + rs < rowsN && openBelow(r + rs - 1)) rs++;
      const idx = cells.length;
      cells.push({ row: r, col: c, rowSpan: rs, colSpan: cs, rect: { x1: xs[c]!, x2: xs[c + cs]!, y1: ys[r]!, y2: ys[r + rs]! } });
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) slot[r + dr]![c + dc] = idx;
    }
  }
  return { rect, xs, ys, cells, slot, segments: segs };
}
