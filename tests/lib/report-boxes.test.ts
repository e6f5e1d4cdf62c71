/**
 * The PDF additions to the report contract (lib/analyze.ts): table pages, the page box of every cited
 * cell, the source. Exercised on a snapshot shaped like the PDF reader's — the generated 收支总表's
 * HTML twin with a box on every cell, one page per table part — so it runs without the reader.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { CheckReport, type CellBox } from '../../lib/report/schema';
import type { CellSnapshot, PageSnapshot } from '../../lib/snapshot/schema';
import { buildGrid } from '../../lib/tables/grid';
import { budgetSummaryDocument } from '../generators/pdf-docs';
import { snapshotHtml } from './helpers';

/** A distinct box per source cell: page = part + 1, position from its place in the row list. */
function pdfLike(html: string): PageSnapshot {
  const snap = snapshotHtml(html);
  snap.tables.forEach((t, ti) => {
    t.box = { page: ti + 1, x: 50, y: 100, w: 460, h: 20 * t.rows.length };
    t.rows.forEach((row, r) => row.forEach((c, k) => (c.box = { page: ti + 1, x: 50 + 100 * k + ti, y: 100 + 20 * r, w: 100 * c.colSpan, h: 20 * c.rowSpan })));
  });
  snap.source = { kind: 'pdf', pages: 3, pageSizes: [1, 2, 3].map(() => ({ w: 595, h: 842 })) };
  return snap;
}

describe('report additions for PDFs', () => {
  const gen = budgetSummaryDocument({ wrongTotal: '10.00' });

  it('each table lists its pages; the report and summary say what was read', () => {
    const a = analyzeSnapshot(pdfLike(gen.html));
    expect(a.report.tables.map((t) => [t.index, t.pages])).toEqual([[0, [1]], [1, [2]]]);
    expect(a.report.source).toEqual({ kind: 'pdf', pages: 3 });
    expect(a.summary.source).toEqual({ kind: 'pdf', pages: 3 });
    expect(() => CheckReport.parse(a.report)).not.toThrow();
  });

  it('a table whose cells sit on two pages lists both', () => {
    const snap = pdfLike(gen.html);
    const last = snap.tables[1]!.rows.at(-1)!;
    for (const c of last) c.box = { ...c.box!, page: 3 };
    expect(analyzeSnapshot(snap).report.tables[1]!.pages).toEqual([2, 3]);
  });

  it.each([
    ['支出总计 wrong: cells on page 2', { wrongTotal: '10.00' }, [2]],
    ['本年支出合计 wrong: its parts are on both pages (related cells)', { wrongSubtotal: '10.00' }, [1, 2]],
  ] as const)('every finding carries the box of each cell in cells and related, from the cell at that grid place (%s)', (_name, opts, pages) => {
    const snap = pdfLike(budgetSummaryDocument(opts).html);
    const a = analyzeSnapshot(snap);
    const cited = a.report.findings.filter((f) => f.table !== null || f.related.length > 0);
    expect(cited.length).toBeGreaterThanOrEqual(2);
    for (const f of cited) {
      const want: CellBox[] = [];
      const add = (table: number, cells: [number, number][]) => {
        const grid = buildGrid(snap.tables.find((t) => t.index === table)!.rows);
        for (const [r, c] of cells) {
          const b = (grid.slots[r]![c]!.cell as CellSnapshot).box!;
          want.push({ table, cell: [r, c], page: b.page, x: b.x, y: b.y, w: b.w, h: b.h });
        }
      };
      if (f.table !== null) add(f.table, f.cells);
      for (const rel of f.related) add(rel.table, rel.cells);
      expect(f.boxes).toEqual(want);
    }
    expect([...new Set(cited.flatMap((f) => f.boxes!.map((b) => b.page)))].sort()).toEqual(pages);
  });

  it('an HTML page: no pages, no boxes, no source in the report; the summary says html', () => {
    const a = analyzeSnapshot(snapshotHtml(gen.html));
    expect(a.report.findings.length).toBeGreaterThan(0);
    expect(a.report.tables.every((t) => t.pages === undefined)).toBe(true);
    expect(a.report.findings.every((f) => f.boxes === undefined)).toBe(true);
    expect(Object.keys(a.report).sort()).toEqual(['findings', 'tables']);
    expect(a.summary.source).toEqual({ kind: 'html' });
  });
});
