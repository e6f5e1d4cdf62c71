/**
 * The drawn rules of a page: horizontal and vertical segments taken from the pdf.js operator list
 * (stroked lines and rectangles, thin filled rectangles), in viewport coordinates (points, origin
 * top-left). Works on the plain operator list so it needs no runtime import of pdf.js.
 */

/** pdf.js OPS codes used here (stable across 3.x–5.x; mirrored so this module imports nothing at runtime). */
const OP = {
  setLineWidth: 2,
  save: 10,
  restore: 11,
  transform: 12,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
} as const;

/** pdf.js 5.x path buffer codes (DrawOPS) */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

export type Matrix = [number, number, number, number, number, number];

export interface Segment {
  /** 'h': y fixed, from a to b along x; 'v': x fixed, from a to b along y */
  dir: 'h' | 'v';
  pos: number;
  a: number;
  b: number;
}

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** A colour too light to be a rule (white fills paint cell backgrounds, not lines). */
function isLight(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const v = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return v.every((c) => c >= 0xe6);
}

/** Above this many path points on a page the page is not read for rules (a drawing, not a table). */
export const MAX_PATH_POINTS = 200_000;
/** thickness below which a filled rectangle is a rule */
const THIN = 3;
/** tolerance for "axis-aligned" after the transform */
const AXIS = 0.6;

interface State { ctm: Matrix; lineWidth: number; stroke: unknown; fill: unknown }

/**
 * Segments of one page. `base` maps PDF user space to the viewport (pdf.js viewport.transform).
 * Returns null when the page has more path data than a table would ever need.
 */
export function pageSegments(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, base: Matrix): Segment[] | null {
  const out: Segment[] = [];
  let st: State = { ctm: base, lineWidth: 1, stroke: '#000000', fill: '#000000' };
  const stack: State[] = [];
  let points = 0;
  const push = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) <= AXIS && Math.abs(x1 - x2) > AXIS) out.push({ dir: 'h', pos: (y1 + y2) / 2, a: Math.min(x1, x2), b: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= AXIS && Math.abs(y1 - y2) > AXIS) out.push({ dir: 'v', pos: (x1 + x2) / 2, a: Math.min(y1, y2), b: Math.max(y1, y2) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OP.save: stack.push({ ...st }); break;
      case OP.restore: st = stack.pop() ?? st; break;
      case OP.transform: st.ctm = multiply(args as unknown as Matrix, st.ctm); break;
      case OP.paintFormXObjectBegin: {
        stack.push({ ...st });
        const m = args?.[0] as number[] | null;
        if (m && m.length === 6) st.ctm = multiply(Array.from(m) as Matrix, st.ctm);
        break;
      }
      case OP.paintFormXObjectEnd: st = stack.pop() ?? st; break;
      case OP.setLineWidth: st.lineWidth = Number(args?.[0]) || 0; break;
      case OP.setStrokeRGBColor: st.stroke = args?.[0]; break;
      case OP.setFillRGBColor: st.fill = args?.[0]; break;
      case OP.setStrokeTransparent: st.stroke = 'none'; break;
      case OP.setFillTransparent: st.fill = 'none'; break;
      case OP.constructPath: {
        const paint = args?.[0] as number;
        const data = (args?.[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
        if (!data || paint === OP.endPath) break; // clipping paths are not drawn
        points += data.length;
        if (points > MAX_PATH_POINTS) return null;
        const stroked = paint === OP.stroke || paint === OP.closeStroke || paint >= OP.fillStroke && paint <= OP.closeEOFillStroke;
        const filled = paint === OP.fill || paint === OP.eoFill || paint >= OP.fillStroke && paint <= OP.closeEOFillStroke;
        const subpaths = readPath(data, st.ctm);
        if (stroked && st.stroke !== 'none' && !isLight(st.stroke)) {
          for (const sp of subpaths) {
            for (let k = 1; k < sp.pts.length; k++) push(sp.pts[k - 1]![0], sp.pts[k - 1]![1], sp.pts[k]![0], sp.pts[k]![1]);
            if (sp.closed && sp.pts.length > 2) push(sp.pts[sp.pts.length - 1]![0], sp.pts[sp.pts.length - 1]![1], sp.pts[0]![0], sp.pts[0]![1]);
          }
        }
        if (filled && !stroked && st.fill !== 'none' && !isLight(st.fill)) {
          for (const sp of subpaths) {
            const r = rectOf(sp.pts);
            if (!r) continue;
            const w = r.x2 - r.x1, h = r.y2 - r.y1;
            if (h <= THIN && w > h) push(r.x1, (r.y1 + r.y2) / 2, r.x2, (r.y1 + r.y2) / 2);
            else if (w <= THIN && h > w) push((r.x1 + r.x2) / 2, r.y1, (r.x1 + r.x2) / 2, r.y2);
          }
        }
        break;
      }
      default: break;
    }
  }
  return out;
}

interface Subpath { pts: [number, number][]; closed: boolean; curved: boolean }

function readPath(data: ArrayLike<number>, m: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  for (let i = 0; i < data.length;) {
    const op = data[i++]!;
    if (op === MOVE) {
      cur = { pts: [apply(m, data[i]!, data[i + 1]!)], closed: false, curved: false };
      out.push(cur);
      i += 2;
    } else if (op === LINE) {
      const p = apply(m, data[i]!, data[i + 1]!);
      if (!cur) { cur = { pts: [], closed: false, curved: false }; out.push(cur); }
      cur.pts.push(p);
      i += 2;
    } else if (op === CURVE) {
      if (cur) { cur.curved = true; cur = null; }
      i += 6;
    } else if (op === QUAD) {
      if (cur) { cur.curved = true; cur = null; }
      i += 4;
    } else if (op === CLOSE) {
      if (cur) cur.closed = true;
      cur = null;
    } else break; // unknown code: stop reading this path rather than misread it
  }
  return out.filter((s) => !s.curved);
}

/** An axis-aligned rectangle (4 or 5 points, or a degenerate 2-point one). */
function rectOf(pts: [number, number][]): { x1: number; y1: number; x2: number; y2: number } | null {
  if (pts.length < 2 || pts.length > 5) return null;
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const x1 = Math.min(...xs), x2 = Math.max(...xs), y1 = Math.min(...ys), y2 = Math.max(...ys);
  // every point on the rectangle's corners
  for (const [x, y] of pts) {
    const onX = Math.abs(x - x1) <= AXIS || Math.abs(x - x2) <= AXIS;
    const onY = Math.abs(y - y1) <= AXIS || Math.abs(y - y2) <= AXIS;
    if (!onX || !onY) return null;
  }
  return { x1, y1, x2, y2 };
}

/** Merge collinear segments that overlap or nearly touch (tolerance in points). */
export function mergeSegments(segs: Segment[], tol = 1.2, gap = 2): Segment[] {
  const out: Segment[] = [];
  for (const dir of ['h', 'v'] as const) {
    const list = segs.filter((s) => s.dir === dir).sort((p, q) => p.pos - q.pos);
    // cluster by position
    let group: Segment[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const pos = group.reduce((s, g) => s + g.pos, 0) / group.length;
      group.sort((p, q) => p.a - q.a);
      let cur = { dir, pos, a: group[0]!.a, b: group[0]!.b };
      for (const g of group.slice(1)) {
        if (g.a <= cur.b + gap) cur.b = Math.max(cur.b, g.b);
        else { out.push(cur); cur = { dir, pos, a: g.a, b: g.b }; }
      }
      out.push(cur);
      group = [];
    };
    for (const s of list) {
      if (group.length && s.pos - group[group.length - 1]!.pos > tol) flush();
      group.push(s);
    }
    flush();
  }
  return out;
}
