import { buildGrid } from '../../tables/grid';
import type { CellRef, Finding, PageAnalysis, TableSummary } from '../schema';
import type { CellSnapshot, PageSnapshot } from '../../snapshot/schema';
import type { Crop, Digest, EvidenceFinding, EvidenceReport, Excerpt } from './schema';

export interface EvidenceInput {
  snapshot: PageSnapshot;
  analysis: PageAnalysis;
  /** URL of the page or path of the file */
  address: string;
  checkedAt: Date;
  version: string;
  via: 'cli' | 'extension';
  digests: Digest[];
  notes?: string[];
  /**
   * Draws a crop of a PDF page (PNG data: URL), when the environment can: the CLI with a canvas
   * package, the viewer from its drawn page. Absent or returning undefined: the crop keeps its page and
   * box only, and `cropNote` says why.
   */
  drawCrop?: (crop: Crop) => Promise<string | undefined>;
  /** what cropNote says when crops could not be drawn (the caller knows why) */
  cropNote?: { zh: string; en: string };
}

/** An excerpt shows at most this many rows of one table: enough for a relation's parts and total. */
export const MAX_EXCERPT_ROWS = 14;
/** Points of the page kept above and below the cited cells in a crop. */
const CROP_MARGIN = 14;

/** The rows of a table cited by a finding, as a small grid with the cited cells marked. */
export function excerptOf(snapshot: PageSnapshot, summary: TableSummary | undefined, table: number, cells: CellRef[], roles: Map<string, string>): Excerpt | null {
  const snap = snapshot.tables.find((t) => t.index === table);
  if (!snap || !cells.length) return null;
  const grid = buildGrid<CellSnapshot>(snap.rows);
  const rowsAll = [...new Set(cells.map(([r]) => r))].sort((a, b) => a - b);
  const rows = rowsAll.slice(0, MAX_EXCERPT_ROWS);
  const cited = new Set(cells.map(([r, c]) => `${r},${c}`));
  const out: Excerpt['rows'] = [];
  for (const r of rows) {
    const slots = grid.slots[r] ?? [];
    const line: Excerpt['rows'][number]['cells'] = [];
    for (let c = 0; c < grid.cols; c++) {
      const s = slots[c] ?? null;
      const prev = line[line.length - 1];
      // the slots of one merged cell on this row are one excerpt cell
      const sameAsPrev = prev && s && c > 0 && slots[c - 1] && slots[c - 1]!.originRow === s.originRow && slots[c - 1]!.originCol === s.originCol;
      const mark = cited.has(`${r},${c}`) ? (roles.get(`${table}:${r},${c}`) ?? 'cited') : undefined;
      if (sameAsPrev) {
        prev.colSpan++;
        if (mark && !prev.mark) prev.mark = mark;
        continue;
      }
      line.push({ col: c, colSpan: 1, text: s?.cell.text ?? '', ...(mark ? { mark } : {}) });
    }
    out.push({ row: r, cells: line });
  }
  return { table, title: summary?.title ?? '', unit: summary?.unit ?? null, cols: grid.cols, rows: out, omittedRows: rowsAll.length - rows.length };
}

/** One crop per page the finding's cells sit on: the cited rows across the whole table width. */
export function cropRegions(snapshot: PageSnapshot, f: Finding): Crop[] {
  const byPage = new Map<number, { x0: number; y0: number; x1: number; y1: number }>();
  const marks = new Map<number, Crop['marks']>();
  for (const b of f.boxes ?? []) {
    marks.set(b.page, [...(marks.get(b.page) ?? []), { x: b.x, y: b.y, w: b.w, h: b.h }]);
    const t = snapshot.tables.find((x) => x.index === b.table);
    // the table's own box on that page gives the row labels to the left of the figures
    const tb = t?.box && t.box.page === b.page ? t.box : null;
    const x0 = Math.min(b.x, tb?.x ?? b.x);
    const x1 = Math.max(b.x + b.w, tb ? tb.x + tb.w : b.x + b.w);
    const cur = byPage.get(b.page);
    byPage.set(b.page, cur ? { x0: Math.min(cur.x0, x0), y0: Math.min(cur.y0, b.y), x1: Math.max(cur.x1, x1), y1: Math.max(cur.y1, b.y + b.h) } : { x0, y0: b.y, x1, y1: b.y + b.h });
  }
  const sizes = snapshot.source?.pageSizes ?? [];
  return [...byPage.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([page, r]) => {
      const size = sizes[page - 1];
      const x = Math.max(0, r.x0 - CROP_MARGIN);
      const y = Math.max(0, r.y0 - CROP_MARGIN);
      const x1 = size ? Math.min(size.w, r.x1 + CROP_MARGIN) : r.x1 + CROP_MARGIN;
      const y1 = size ? Math.min(size.h, r.y1 + CROP_MARGIN) : r.y1 + CROP_MARGIN;
      const round = (v: number) => Math.round(v * 10) / 10;
      return { page, x: round(x), y: round(y), w: round(x1 - x), h: round(y1 - y), marks: marks.get(page) ?? [] };
    });
}

/**
 * Everything the report holds, built once; html.ts and csv.ts only render it.
 *
 * Built to the schema's exact shape, not parsed here: the analysis it comes from was validated where
 * it crossed a boundary, and the content script that exports a report would otherwise build every
 * report schema on every page it runs on (issue 13). The CLI validates what it writes
 * (lib/cli/evidence.ts); tests/lib/evidence.test.ts holds that parsing changes nothing.
 */
export async function buildEvidence(input: EvidenceInput): Promise<EvidenceReport> {
  const { snapshot, analysis } = input;
  const summaries = new Map(analysis.report.tables.map((t) => [t.index, t]));
  const pdf = snapshot.source?.kind === 'pdf';
  let drawn = 0;
  let regions = 0;
  const findings: EvidenceFinding[] = [];
  for (const [i, f] of analysis.report.findings.entries()) {
    const roles = new Map((f.details ?? []).map((d) => [`${d.table}:${d.cell[0]},${d.cell[1]}`, d.role]));
    const excerpts: Excerpt[] = [];
    if (f.table !== null) {
      const e = excerptOf(snapshot, summaries.get(f.table), f.table, f.cells, roles);
      if (e) excerpts.push(e);
    }
    for (const rel of f.related) {
      const e = excerptOf(snapshot, summaries.get(rel.table), rel.table, rel.cells, roles);
      if (e) excerpts.push(e);
    }
    const crops: Crop[] = pdf ? cropRegions(snapshot, f) : [];
    for (const c of crops) {
      regions++;
      const image = await input.drawCrop?.(c).catch(() => undefined);
      if (image) {
        c.image = image;
        drawn++;
      }
    }
    findings.push({
      ...f,
      no: i + 1,
      tableTitle: f.table === null ? null : (summaries.get(f.table)?.title ?? ''),
      pages: [...new Set((f.boxes ?? []).map((b) => b.page))].sort((a, b) => a - b),
      excerpts,
      crops,
    });
  }
  const { source: _source, ...summary } = analysis.summary;
  const cropNote =
    regions === 0
      ? undefined
      : drawn === regions
        ? { zh: '截图由本工具按所示页码和坐标从 PDF 重新绘制（单位：PDF 点，原点为页面左上角）。', en: 'Crops were drawn from the PDF by this tool at the page and box shown (PDF points from the top-left corner of the page).' }
        : (input.cropNote ?? { zh: '本环境无法绘制 PDF 页面，未附截图；请按页码和坐标（PDF 点，原点为页面左上角）核对原文件。', en: 'This environment cannot draw PDF pages, so no crop is attached; check the original at the page and box given (PDF points from the top-left corner).' });
  return {
    format: 'ledger-lens-evidence/1',
    document: { title: snapshot.title, address: input.address, kind: pdf ? 'pdf' : 'html', ...(pdf ? { pages: snapshot.source!.pages } : {}) },
    checkedAt: input.checkedAt.toISOString(),
    tool: { name: '账本核对 Ledger Lens', version: input.version, via: input.via },
    digests: input.digests,
    ...(cropNote ? { cropNote } : {}),
    summary,
    year: analysis.year,
    tables: analysis.report.tables,
    findings,
    notes: input.notes ?? [],
  };
}
