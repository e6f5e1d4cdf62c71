/**
 * Shared helpers for tests/lib: fixture loading (cached), seed-table extraction (the same rules as
 * tests/fixtures/seed2html.py), and small HTML builders.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { snapshotPageSync } from '../../lib/snapshot/read';
import type { PageSnapshot } from '../../lib/snapshot/schema';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = ['000_9397a020b08f6624', '001_98990c82be280a35', '004_c5440fdc5d943430'] as const;
export type FixtureId = (typeof FIXTURES)[number];
export const STYLES = ['plain', 'merged', 'word'] as const;
export type Style = (typeof STYLES)[number];

export function pagePath(id: FixtureId, style: Style): string {
  return join(ROOT, 'tests', 'fixtures', 'pages', `${id}.${style}.html`);
}

export function readPage(id: FixtureId, style: Style): string {
  return readFileSync(pagePath(id, style), 'utf8');
}

export function snapshotHtml(html: string, url = 'about:test'): PageSnapshot {
  const { document } = parseHTML(html);
  return snapshotPageSync(document as unknown as Document, url).snapshot;
}

const snapCache = new Map<string, PageSnapshot>();
/** Snapshot of a fixture page (cached; callers must not mutate it: use structuredClone). */
export function fixtureSnapshot(id: FixtureId, style: Style): PageSnapshot {
  const key = `${id}.${style}`;
  let s = snapCache.get(key);
  if (!s) {
    s = snapshotHtml(readPage(id, style), `file://${pagePath(id, style)}`);
    snapCache.set(key, s);
  }
  return s;
}

/** seed2html.py's NUMERIC: the fields the renderer treats as numbers. */
export const NUMERIC = /^[\s\-−+（(]*\d[\d,，]*(\.\d+)?[)）%]?\s*$/;

export interface SeedTable {
  /** position among the page's <table> elements (document order) */
  index: number;
  /** rows as tab-separated fields, trimmed and padded to the table width (as the renderer does) */
  rows: string[][];
  width: number;
  /** the non-table lines just before the table (closest last) */
  before: string[];
  /** rows before the first data row (seed2html.py header_count) */
  headerRows: number;
}

/** Tables of a seed text, by the rules of seed2html.py `blocks()`. */
export function seedTables(id: FixtureId): SeedTable[] {
  const lines = readFileSync(join(ROOT, 'tests', 'fixtures', 'seeds', `${id}.txt`), 'utf8').split('\n');
  const out: SeedTable[] = [];
  let paras: string[] = [];
  let i = 0;
  const n = lines.length;
  while (i < n) {
    const line = lines[i]!.replace(/\n$/, '');
    if (line.includes('\t')) {
      const rows: string[][] = [];
      while (i < n) {
        const cur = lines[i]!;
        if (cur.includes('\t')) { rows.push(cur.split('\t')); i++; continue; }
        if (cur.trim() === '') {
          let j = i;
          while (j < n && lines[j]!.trim() === '') j++;
          if (j < n && lines[j]!.includes('\t')) { i = j; continue; }
        }
        break;
      }
      const width = Math.max(...rows.map((r) => r.length));
      const grid = rows.map((r) => [...r.map((c) => c.trim()), ...Array(width - r.length).fill('')]);
      const isData = (r: string[]) => r.some((c) => c.trim() !== '' && NUMERIC.test(c));
      let h = grid.findIndex(isData);
      if (h < 0) h = Math.min(1, grid.length);
      out.push({ index: out.length, rows: grid, width, before: paras.slice(-4), headerRows: h });
      paras = [];
    } else {
      if (line.trim()) paras.push(line.trim());
      i++;
    }
  }
  return out;
}

/** Expected figure of a numeric seed field: value as written (separators removed) and decimals. */
export function seedFigure(text: string): { value: string; decimals: number; percent: boolean; negative: boolean } | null {
  const t = text.trim();
  if (!NUMERIC.test(t)) return null;
  const percent = /%$/.test(t);
  const negative = /^[-−]|^[（(].*[)）]$/.test(t);
  const digits = t.replace(/[^\d.]/g, '');
  const dot = digits.indexOf('.');
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  return { value: (negative ? '-' : '') + digits, decimals, percent, negative };
}

/** A minimal page around some body HTML. */
export function page(body: string, title = '2024年部门预算公开'): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><div class="article-content">${body}</div></body></html>`;
}

/** A <table> from rows of cell texts ('' = empty cell). */
export function tableHtml(rows: string[][]): string {
  return `<table border="1"><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
