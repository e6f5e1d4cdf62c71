/**
 * The document flow of a PDF: the tables of every page and the text around them in reading order,
 * running headers / footers and page numbers dropped, wrapped lines joined into paragraphs (across a
 * page break too), and blocks of text aligned like a table without rules reported, not guessed.
 */
import type { FlowItem, PageBox, TableSnapshot } from '../snapshot/schema';
import type { PageLayout } from './page';
import { joinLines, type Line } from './text';

const PAGE_NUMBER = /^([-—–－‐\s]*\d{1,4}[-—–－‐\s]*|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|[-—–]?\s*[ivxlcIVXLC]+\s*[-—–]?|page\s*\d+(\s*of\s*\d+)?)$/i;
const SENTENCE_END = /[。；;！!？?：:]$/;
const PARA_START = /^(第[一二三四五六七八九十]+[部分章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|注[:：]|备注|说明[:：])/;
const AMOUNT = /^[-−–]?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+|\d+)$/;

/** A piece of a line: lines split where a wide gap separates two texts ("编制部门：X ······ 单位：元"). */
interface Piece { line: Line; text: string; x1: number; x2: number }

function pieces(line: Line): Piece[] {
  const out: Piece[] = [];
  let cur: Line['runs'] = [];
  const flush = () => {
    if (!cur.length) return;
    const texts: string[] = [];
    let prev: (typeof cur)[number] | null = null;
    for (const r of cur) {
      if (prev && r.x1 - prev.x2 > 0.25 * Math.min(prev.size, r.size)) texts.push(' ');
      texts.push(r.str);
      prev = r;
    }
    out.push({ line, text: texts.join('').replace(/\s+/g, ' ').trim(), x1: cur[0]!.x1, x2: cur[cur.length - 1]!.x2 });
    cur = [];
  };
  for (const r of line.runs) {
    const last = cur[cur.length - 1];
    if (last && r.x1 - last.x2 > 3 * Math.min(line.size, r.size)) flush();
    cur.push(r);
  }
  flush();
  // "部门：" printed far from its value is still one label: value
  const joined: Piece[] = [];
  for (const p of out.filter((q) => q.text)) {
    const prev = joined[joined.length - 1];
    if (prev && /[:：]$/.test(prev.text)) joined[joined.length - 1] = { line, text: prev.text + p.text, x1: prev.x1, x2: p.x2 };
    else joined.push(p);
  }
  return joined;
}

function key(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

interface Entry { y: number; x: number; kind: 'line'; line: Line; parts: Piece[] }
interface TEntry { y: number; x: number; kind: 'table'; t: number }

export function buildFlow(layouts: PageLayout[]): { flow: FlowItem[]; tables: TableSnapshot[]; notes: string[] } {
  const notes: string[] = [];
  // running headers and footers: the same text (digits aside) near the same edge on many pages
  const seen = new Map<string, { pages: Set<number>; ys: number[] }>();
  for (const l of layouts) {
    for (const line of l.lines) {
      const edge = line.y2 < l.h * 0.12 || line.y1 > l.h * 0.88;
      if (!edge) continue;
      const k = key(line.text);
      const e = seen.get(k) ?? { pages: new Set(), ys: [] };
      e.pages.add(l.page);
      e.ys.push(line.y1);
      seen.set(k, e);
    }
  }
  const running = new Set<string>();
  const minPages = Math.max(3, Math.ceil(layouts.length * 0.3));
  // a table title repeated on every page of a long run of tables (绩效目标表 per project) is not a running header
  for (const [k, e] of seen) if (e.pages.size >= minPages && !/表[)）]?$/.test(k)) running.add(k);

  const flow: FlowItem[] = [];
  const tables: TableSnapshot[] = [];
  // the paragraph being built: its lines, page and box, and the right edge its lines run to
  let para: { texts: string[]; last: Line; right: number; left: number; page: number; box: { x1: number; y1: number; x2: number; y2: number }; heading: boolean; lines: number } | null = null;
  const flush = () => {
    if (!para) return;
    const text = joinLines(para.texts).replace(/\s+/g, ' ').trim();
    if (text) {
      const b: PageBox = { page: para.page, x: r2(para.box.x1), y: r2(para.box.y1), w: r2(para.box.x2 - para.box.x1), h: r2(para.box.y2 - para.box.y1) };
      flow.push({ kind: 'text', text, heading: para.heading, box: b });
    }
    para = null;
  };
  // the body text size: the most common line size over the document
  const sizeCount = new Map<number, number>();
  for (const l of layouts) for (const line of l.lines) sizeCount.set(Math.round(line.size), (sizeCount.get(Math.round(line.size)) ?? 0) + line.text.length);
  const bodySize = [...sizeCount].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;

  for (const l of layouts) {
    const lines = l.lines.filter((line, k) => {
      // near the top or bottom edge, or the page's last line (a short last page prints its number under the text)
      const edge = line.y2 < l.h * 0.15 || line.y1 > l.h * 0.85 || k === l.lines.length - 1;
      if (edge && PAGE_NUMBER.test(line.text.trim())) return false;
      if ((line.y2 < l.h * 0.12 || line.y1 > l.h * 0.88) && running.has(key(line.text))) return false;
      return true;
    });
    const dropped = unruledTables(lines);
    if (dropped.size > 0) notes.push(`page ${l.page}: a table without rules could not be read`);
    const kept = lines.filter((x) => !dropped.has(x));
    // the text column's edges on this page: where the long lines start and end
    const long = kept.filter((x) => x.text.length >= 12);
    const right = long.length ? quantile(long.map((x) => x.x2), 0.8) : l.w;
    const left = long.length ? quantile(long.map((x) => x.x1), 0.2) : 0;
    const entries: (Entry | TEntry)[] = [
      ...kept.map((line): Entry => ({ y: line.y1, x: line.x1, kind: 'line', line, parts: pieces(line) })),
      ...l.tables.map((t, i): TEntry => ({ y: t.grid.rect.y1, x: t.grid.rect.x1, kind: 'table', t: i })),
    ].sort((a, b) => a.y - b.y || a.x - b.x);
    for (const e of entries) {
      if (e.kind === 'table') {
        flush();
        const t = l.tables[e.t]!;
        const index = tables.length;
        tables.push({ index, rows: t.rows, caption: '', nested: false, hasNestedTable: false, truncatedRows: 0, box: t.box });
        flow.push({ kind: 'table', index });
        continue;
      }
      const { line, parts } = e;
      const heading = line.size >= bodySize * 1.2;
      if (parts.length > 1) {
        // a line of separate texts (meta line beside a unit): each its own block
        flush();
        for (const p of parts) {
          para = { texts: [p.text], last: line, right, left, page: l.page, box: { x1: p.x1, y1: line.y1, x2: p.x2, y2: line.y2 }, heading, lines: 1 };
          flush();
        }
        continue;
      }
      const text = parts[0]?.text ?? line.text;
      if (para && continuesParagraph(para, line, text, l.page)) {
        para.texts.push(text);
        para.last = line;
        para.lines++;
        if (para.page === l.page) {
          para.box.x1 = Math.min(para.box.x1, line.x1);
          para.box.x2 = Math.max(para.box.x2, line.x2);
          para.box.y2 = Math.max(para.box.y2, line.y2);
        }
        continue;
      }
      flush();
      para = { texts: [text], last: line, right, left, page: l.page, box: { x1: line.x1, y1: line.y1, x2: line.x2, y2: line.y2 }, heading, lines: 1 };
    }
    // a paragraph open at the end of the page may continue on the next one; a table in between closes it
  }
  flush();
  return { flow, tables, notes };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

function quantile(v: number[], q: number): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))]!;
}

function continuesParagraph(
  para: { texts: string[]; last: Line; right: number; left: number; page: number; heading: boolean },
  line: Line,
  text: string,
  page: number,
): boolean {
  const prev = para.last;
  const prevText = para.texts[para.texts.length - 1]!;
  if (Math.abs(prev.size - line.size) > 1) return false;
  if (SENTENCE_END.test(prevText)) return false;
  if (PARA_START.test(text.replace(/\s/g, ''))) return false;
  // the previous line ran to the right edge of the text column (a short line ends its paragraph)
  if (prev.x2 < para.right - 2.5 * prev.size) return false;
  // the next line starts at the left edge (an indented line starts a new paragraph)
  if (line.x1 > para.left + 1.2 * line.size) return false;
  if (page === para.page) {
    const gap = line.base - prev.base;
    if (gap <= 0 || gap > 2.4 * line.size) return false;
  } else if (page !== para.page + 1) return false;
  return true;
}

/**
 * Lines that look like the rows of a table drawn without rules: three or more consecutive lines, each
 * split by wide gaps into several texts, one of them a figure. Their columns are not certain, so they
 * are dropped from the prose (their figures are not sentences) and the page says it has such a table.
 */
function unruledTables(lines: Line[]): Set<Line> {
  const rowLike = lines.map((line) => {
    const ps = pieces(line);
    return ps.length >= 3 || (ps.length >= 2 && ps.some((p) => AMOUNT.test(p.text.replace(/\s/g, '')) && p.text.replace(/\s/g, '').length >= 3));
  });
  const out = new Set<Line>();
  for (let i = 0; i < lines.length;) {
    if (!rowLike[i]) { i++; continue; }
    let j = i;
    while (j < lines.length && rowLike[j]) j++;
    const run = lines.slice(i, j);
    const figures = run.filter((line) => pieces(line).some((p) => AMOUNT.test(p.text.replace(/\s/g, '')))).length;
    if (run.length >= 3 && figures >= 2) for (const line of run) out.add(line);
    i = j;
  }
  return out;
}
