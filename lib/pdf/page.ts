/**
 * One page: its ruled tables with their text, and the lines of text outside them.
 */
import type { CellSnapshot, PageBox } from '../snapshot/schema';
import { buildRuledGrid, groupSegments, type Rect, type RuledGrid } from './grid';
import { mergeSegments, type Segment } from './rules';
import { joinLines, lineOf, splitRun, toLines, type Line, type Run } from './text';

export interface PageTable {
  grid: RuledGrid;
  rows: CellSnapshot[][];
  box: PageBox;
}

export interface PageLayout {
  page: number;
  w: number;
  h: number;
  tables: PageTable[];
  /** lines outside tables, top to bottom */
  lines: Line[];
}

const AMOUNT = /^[-−–]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;
/** figures, codes, percentages, dashes: aligned by the table, never indented */
const FIGURE = /^[-−–—\d,.，%％\s]+$/;

function inside(x: number, y: number, r: Rect, pad = 0): boolean {
  return x >= r.x1 - pad && x <= r.x2 + pad && y >= r.y1 - pad && y <= r.y2 + pad;
}

function findIndex(pos: number[], v: number): number {
  // slot k holds pos[k] <= v < pos[k+1]
  for (let k = 0; k < pos.length - 1; k++) if (v < pos[k + 1]!) return k;
  return pos.length - 2;
}

function box(page: number, r: Rect): PageBox {
  return { page, x: round(r.x1), y: round(r.y1), w: round(r.x2 - r.x1), h: round(r.y2 - r.y1) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Read one page's layout from its text runs and drawn segments. */
export function layoutPage(page: number, w: number, h: number, runs: Run[], rawSegs: Segment[], prevXs: number[] | null = null): PageLayout {
  const segs = mergeSegments(rawSegs);
  const grids = groupSegments(segs).map((g) => buildRuledGrid(g)).filter((g): g is RuledGrid => g !== null);
  // the first table of a page that continues the last table of the previous page: a piece whose rows
  // all merge some columns (a lone 合计 row spanning 类/款/项) takes the column positions of the piece above
  if (prevXs) {
    const first = [...grids].sort((a, b) => a.rect.y1 - b.rect.y1)[0];
    if (first && first.xs.length < prevXs.length && sameEdges(first.xs, prevXs) && first.xs.every((x) => prevXs.some((p) => Math.abs(p - x) <= 2.5))) {
      const again = buildRuledGrid(first.segments, prevXs);
      if (again) grids[grids.indexOf(first)] = again;
    }
  }
  // a grid inside another grid's cell (a frame drawn around a table) — keep the inner, finer ones
  const kept = grids.filter((g) => !grids.some((o) => o !== g && o.cells.length <= 1 && inside(g.rect.x1, g.rect.y1, o.rect)))
    .filter((g) => g.cells.length >= 2);
  kept.sort((a, b) => a.rect.y1 - b.rect.y1 || a.rect.x1 - b.rect.x1);
  const perTable: Run[][] = kept.map(() => []);
  const free: Run[] = [];
  for (const r0 of runs) {
    const cx0 = (r0.x1 + r0.x2) / 2, cy0 = (r0.y1 + r0.y2) / 2;
    const t = kept.findIndex((g) => inside(cx0, cy0, g.rect));
    if (t < 0) {
      // a run starting inside a table but overflowing it still belongs to the table when its start does
      free.push(r0);
      continue;
    }
    // a run that crosses a cell wall is cut there (a number is never joined with the next cell's text)
    const g = kept[t]!;
    const walls = g.xs.slice(1, -1).filter((x) => x > r0.x1 + 0.3 * r0.size && x < r0.x2 - 0.3 * r0.size && wallAt(g, x, cy0));
    for (const r of walls.length ? splitRun(r0, walls) : [r0]) perTable[t]!.push(r);
  }
  const tables = kept.map((g, t) => ({ grid: g, rows: tableRows(page, g, perTable[t]!), box: box(page, g.rect) }));
  const lines = toLines(free.filter((r) => r.horizontal)).sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  return { page, w, h, tables, lines };
}

function sameEdges(xs: number[], ys: number[]): boolean {
  return Math.abs(xs[0]! - ys[0]!) <= 3 && Math.abs(xs[xs.length - 1]! - ys[ys.length - 1]!) <= 3;
}

function wallAt(g: RuledGrid, x: number, y: number): boolean {
  return g.segments.some((s) => s.dir === 'v' && Math.abs(s.pos - x) <= 2.5 && y >= s.a - 1 && y <= s.b + 1);
}

function tableRows(page: number, g: RuledGrid, runs: Run[]): CellSnapshot[][] {
  const byCell: Run[][] = g.cells.map(() => []);
  for (const r of runs) {
    const cx = (r.x1 + r.x2) / 2, cy = (r.y1 + r.y2) / 2;
    const row = findIndex(g.ys, cy), col = findIndex(g.xs, cx);
    const idx = g.slot[row]?.[col];
    if (idx !== undefined && idx >= 0) byCell[idx]!.push(r);
  }
  const texts = byCell.map((rs) => {
    const lines = toLines(rs).sort((a, b) => a.base - b.base);
    return { lines, text: joinLines(lines.map((l) => l.text)) };
  });
  // header rows: the rows above the first row holding a figure written as money
  let firstFigureRow = -1;
  for (let i = 0; i < g.cells.length && firstFigureRow < 0; i++) {
    if (AMOUNT.test(texts[i]!.text.replace(/\s/g, ''))) firstFigureRow = g.cells[i]!.row;
  }
  // the smallest left offset of text in each column: the column's padding, so indentation is measured beyond it
  const minOffset = new Map<number, number>();
  g.cells.forEach((c, i) => {
    const l = texts[i]!.lines[0];
    if (!l || FIGURE.test(texts[i]!.text)) return;
    const off = l.x1 - c.rect.x1;
    minOffset.set(c.col, Math.min(minOffset.get(c.col) ?? Infinity, off));
  });
  const rows: CellSnapshot[][] = Array.from({ length: g.ys.length - 1 }, () => []);
  g.cells.forEach((c, i) => {
    const { lines, text } = texts[i]!;
    let indent = 0;
    const first = lines[0];
    const isHeader = firstFigureRow > 0 && c.row < firstFigureRow;
    if (first && !isHeader && !FIGURE.test(text)) {
      const left = first.x1 - c.rect.x1;
      const right = c.rect.x2 - Math.max(...lines.map((l) => l.x2));
      const extra = left - (minOffset.get(c.col) ?? left);
      // centred text (a total row's label in a wide merged cell) is not indented
      const centred = Math.abs(left - right) < Math.max(0.8 * first.size, 0.12 * (c.rect.x2 - c.rect.x1));
      if (!centred && extra > 0.4 * first.size) indent = Math.round((extra / first.size) * 2) / 2;
    }
    rows[c.row]!.push({
      text,
      rowSpan: c.rowSpan,
      colSpan: c.colSpan,
      header: isHeader,
      indent,
      bold: lines.length > 0 && lines.every((l) => l.bold),
      box: box(page, c.rect),
    });
  });
  return rows;
}

export { lineOf };
