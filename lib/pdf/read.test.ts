import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../document';
import type { PageSnapshot, TableSnapshot } from '../snapshot/schema';
import { PageSnapshot as PageSnapshotSchema } from '../snapshot/schema';
import { PdfReadError } from './index';
import { readPdfBytes, readPdfFile } from './node';

// Expected values below were read by eye from the page images (pdftoppm) of the corpus PDFs.
const DIR = 'tests/fixtures/corpus/pdf/';
const SLOW = 120_000;

function grid(t: TableSnapshot): string[][] {
  return t.rows.map((r) => r.map((c) => c.text));
}

function tableOnPage(s: PageSnapshot, page: number, k = 0): TableSnapshot {
  const list = s.tables.filter((t) => t.box?.page === page);
  return list[k]!;
}

function texts(s: PageSnapshot): string[] {
  return s.flow.flatMap((f) => (f.kind === 'text' ? [f.text] : []));
}

describe('PDF reader: 上海 部门预算 (tables drawn as thin filled rectangles)', () => {
  let snap: PageSnapshot;
  beforeAll(async () => {
    snap = (await readPdfFile(DIR + 'sh-putuo-govoffice-2025-dept-budget.pdf')).snapshot;
  }, SLOW);

  it('the snapshot is valid against the schema, with the page sizes of the PDF', () => {
    expect(() => PageSnapshotSchema.parse(snap)).not.toThrow();
    expect(snap.source?.pages).toBe(22);
    expect(snap.source?.pageSizes[7]).toEqual({ w: 842, h: 595 });
  });

  it('收支总表 on page 8: 16 rows × 4 columns, merged 本年收入 / 本年支出 header cells, totals', () => {
    const t = tableOnPage(snap, 8);
    const g = grid(t);
    expect(g).toHaveLength(16);
    expect(t.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([['本年收入', 2], ['本年支出', 2]]);
    expect(g[1]).toEqual(['项目', '预算数', '项目', '预算数']);
    expect(g[2]).toEqual(['一、财政拨款收入', '91,016,775.35', '一、一般公共服务支出', '82,096,797.42']);
    expect(g[15]).toEqual(['收入总计', '91,016,775.35', '支出总计', '91,016,775.35']);
    expect(t.rows[1]!.every((c) => c.header)).toBe(true);
    expect(t.rows[2]!.some((c) => c.header)).toBe(false);
    // title and unit come from the text blocks just before the table
    const at = snap.flow.findIndex((f) => f.kind === 'table' && f.index === t.index);
    const before = snap.flow.slice(at - 3, at).map((f) => (f.kind === 'text' ? f.text : ''));
    expect(before).toEqual(['2025年部门财务收支预算总表', '编制部门：上海市普陀区人民政府办公室', '单位：元']);
  });

  it('the model reads it as the 收支总表 in 元, and joins the 收入预算总表 split over pages 9 and 10', () => {
    const doc = buildDocumentModel(snap);
    const total = doc.tables.find((t) => t.title === '2025年部门财务收支预算总表')!;
    expect(total.kind).toBe('收支总表');
    expect(total.unit).toBe('元');
    const income = doc.tables.find((t) => t.title === '2025年部门收入预算总表')!;
    expect(income.parts).toHaveLength(2);
    const pages = income.parts.map((p) => snap.tables[p.index]!.box!.page);
    expect(pages).toEqual([9, 10]);
    expect(income.parts.map((p) => p.cols)).toEqual([9, 9]);
  });

  it('every cell has a box on its table\'s page, inside the table', () => {
    expect(snap.tables.length).toBeGreaterThan(10);
    for (const t of snap.tables) {
      const tb = t.box!;
      for (const row of t.rows) {
        for (const c of row) {
          expect(c.box!.page).toBe(tb.page);
          expect(c.box!.x).toBeGreaterThanOrEqual(tb.x - 0.5);
          expect(c.box!.y).toBeGreaterThanOrEqual(tb.y - 0.5);
          expect(c.box!.x + c.box!.w).toBeLessThanOrEqual(tb.x + tb.w + 0.5);
          expect(c.box!.y + c.box!.h).toBeLessThanOrEqual(tb.y + tb.h + 0.5);
        }
      }
    }
  });
});

describe('PDF reader: 江苏 部门预算 with text and tables (stroked rules, wrapped cells, merged cells)', () => {
  let snap: PageSnapshot;
  beforeAll(async () => {
    snap = (await readPdfFile(DIR + 'js-prov-procuratorate-2017-dept-budget.pdf')).snapshot;
  }, SLOW);

  it('收支预算总表 on page 10: 26 rows × 6 columns with merged header cells and wrapped labels joined', () => {
    const t = tableOnPage(snap, 10);
    const g = grid(t);
    expect(g).toHaveLength(26);
    expect(t.rows[0]!.map((c) => [c.text, c.colSpan])).toEqual([['收入', 2], ['支出', 4]]);
    expect(t.rows[1]!.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([['项目名称', 2, 1], ['金额', 2, 1], ['功能分类', 1, 2], ['支出用途', 1, 2]]);
    // "1.一般公共预" / "算" wrapped inside the cell, joined without a space; the figure beside it untouched
    expect(g[4]!.slice(0, 2)).toEqual(['1.一般公共预算', '17,981.68']);
    expect(g[6]![0]).toBe('二、财政专户管理资金');
    expect(g[5]![4]).toBe('三、单位预留机动经费');
    expect(g[25]).toEqual(['收入合计', '17,996.68', '支出合计', '17,996.68']);
    expect(t.rows[25]![2]!.colSpan).toBe(3);
  });

  it('a table cut by a page break (基本支出 on pages 12–13, 合计 first) is one BudgetTable', () => {
    const doc = buildDocumentModel(snap);
    const t = doc.tables.find((x) => x.title === '六、财政拨款基本支出预算表')!;
    expect(t.unit).toBe('万元');
    expect(t.parts.map((p) => snap.tables[p.index]!.box!.page)).toEqual([12, 13]);
    const items = t.blocks[0]!.items;
    expect(items.find((i) => i.code?.code === '30311')?.label).toBe('住房公积金');
  });

  it('page numbers are dropped from the prose', () => {
    for (const text of texts(snap)) expect(text).not.toMatch(/^[-—\s]*\d{1,3}[-—\s]*$/);
  });

  it('"部门：" printed apart from its value stays one label; the unit is its own block', () => {
    const all = texts(snap);
    expect(all).toContain('部门：江苏省人民检察院');
    expect(all).toContain('单位：万元');
  });
});

describe('PDF reader: prose', () => {
  let snap: PageSnapshot;
  let notes: string[];
  beforeAll(async () => {
    const r = await readPdfFile(DIR + 'js-prov-swbgt-2019-dept-budget-text.pdf');
    snap = r.snapshot;
    notes = r.notes;
  }, SLOW);

  it('a sentence wrapped over several lines is one block, Chinese joined without spaces, figures intact', () => {
    const all = texts(snap);
    const p = all.find((t) => t.startsWith('江苏省委办公厅2019年度财政拨款收、支总预算27664.22万元。'))!;
    expect(p).toContain('财政拨款收、支总计各增加3205.79万元，增长13.11%。主要原因是人员经费政策性调增、增加行政运转保障经费');
    expect(p).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });

  it('a paragraph continued on the next page is joined across the page break', () => {
    // page 6 ends "…各增加3205.79万元，增长" and page 7 starts "13.11%。其中："
    const all = texts(snap);
    expect(all.some((t) => t.includes('收、支预算总计各增加3205.79万元，增长13.11%。其中：'))).toBe(true);
    // page 4 ends "…围绕“推动" and page 5 starts "高质量发展实现更大突破”"
    expect(all.some((t) => t.includes('围绕“推动高质量发展实现更大突破”，更深层次推进思想解放'))).toBe(true);
  });

  it('a text-only PDF has no tables and no notes', () => {
    expect(snap.tables).toHaveLength(0);
    expect(notes).toEqual([]);
  });
});

describe('PDF reader: running page numbers "- 3 -"', () => {
  it('are dropped', async () => {
    const { snapshot } = await readPdfFile(DIR + 'js-prov-zxbgt-2018-dept-budget-text.pdf');
    const all = texts(snapshot);
    expect(all.some((t) => t.startsWith('省政协是我省最广泛的爱国统一战线组织'))).toBe(true);
    for (const t of all) expect(t).not.toMatch(/^[-—\s]*\d{1,3}[-—\s]*$/);
  }, SLOW);
});

/** A one-page PDF whose content stream is `content` (font /F1 = Helvetica). */
function tinyPdf(content: string): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('PDF reader: inputs that cannot be read say so', () => {
  it('a PDF without a text layer (a scan) → no-text', async () => {
    const err = await readPdfBytes(tinyPdf('0 0 0 RG 1 w 100 100 m 400 100 l S 100 100 m 100 400 l S')).catch((e) => e);
    expect(err).toBeInstanceOf(PdfReadError);
    expect((err as PdfReadError).code).toBe('no-text');
  });

  it('bytes that are not a PDF → corrupt', async () => {
    const err = await readPdfBytes(new TextEncoder().encode('<html><body>not a pdf</body></html>')).catch((e) => e);
    expect(err).toBeInstanceOf(PdfReadError);
    expect((err as PdfReadError).code).toBe('corrupt');
  });

  it('maxPages stops early and says so', async () => {
    const r = await readPdfFile(DIR + 'js-prov-swbgt-2019-dept-budget-tables.pdf', { maxPages: 2 });
    expect(r.pages).toBe(2);
    expect(r.notes).toContain('only the first 2 of 12 pages were read');
  }, SLOW);
});

/** text at (x, y) in PDF user space (origin bottom-left) */
const txt = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;

describe('PDF reader: a generated ruled table', () => {
  // 3 columns at x 100 | 200 | 300 | 400, rows at y 700 | 680 | 660 | 640 (top to bottom);
  // the first row has no rule at x 300: "Amounts" spans the two figure columns
  const rules = [
    '0 0 0 RG 0.5 w',
    ...[700, 680, 660, 640].map((y) => `100 ${y} m 400 ${y} l S`),
    '100 640 m 100 700 l S', '200 640 m 200 700 l S', '400 640 m 400 700 l S', '300 640 m 300 680 l S',
  ].join('\n');
  const cells = [
    txt(105, 686, 'Item'), txt(250, 686, 'Amounts'),
    txt(105, 666, 'Office costs'), txt(205, 666, '1,690.69'), txt(305, 666, '20.00'),
    txt(105, 646, 'Total'), txt(205, 646, '1,710.69'), txt(305, 646, '20.00'),
  ].join('\n');

  it('builds the grid from the rules, with the merged header cell as a colspan and its box', async () => {
    const { snapshot } = await readPdfBytes(tinyPdf(`${rules}\n${cells}`));
    expect(snapshot.tables).toHaveLength(1);
    const t = snapshot.tables[0]!;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([['Item', 'Amounts'], ['Office costs', '1,690.69', '20.00'], ['Total', '1,710.69', '20.00']]);
    expect(t.rows[0]!.map((c) => c.colSpan)).toEqual([1, 2]);
    expect(t.rows[0]!.every((c) => c.header)).toBe(true);
    // boxes in points from the top-left corner: the table spans y 842-700 = 142 to 842-640 = 202
    expect(t.box).toEqual({ page: 1, x: 100, y: 142, w: 300, h: 60 });
    expect(t.rows[0]![1]!.box).toEqual({ page: 1, x: 200, y: 142, w: 200, h: 20 });
  });

  it('columns aligned by spaces only, without rules, are not guessed: the page says so', async () => {
    const { snapshot, notes } = await readPdfBytes(tinyPdf(cells.replace('(Amounts)', '(Amounts) Tj 100 0 Td (More)')));
    expect(snapshot.tables).toHaveLength(0);
    expect(notes).toContain('page 1: a table without rules could not be read');
    expect(snapshot.flow.some((f) => f.kind === 'text' && f.text.includes('1,690.69'))).toBe(false);
  });
});

describe('PDF reader: pieces of a table on later pages', () => {
  it('a one-row 合计 piece whose label cell merges the code columns takes the columns of the piece above', async () => {
    const { snapshot } = await readPdfFile(DIR + 'sh-putuo-wanli-street-2024-dept-budget.pdf');
    const doc = buildDocumentModel(snapshot);
    const income = doc.tables.find((t) => t.title === '2024年部门收入预算总表')!;
    expect(income.parts.map((p) => snapshot.tables[p.index]!.box!.page)).toEqual([11, 12, 13, 14, 15]);
    const last = snapshot.tables[income.parts[4]!.index]!;
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]![0]!.text).toBe('合计');
    expect(last.rows[0]![0]!.colSpan).toBe(4);
    expect(income.parts[4]!.cols).toBe(9);
  }, SLOW);

  it('a 40-row purchase table with many equal values builds (the regrouping search is bounded)', async () => {
    const { snapshot } = await readPdfFile(DIR + 'js-prov-swbgt-2019-dept-budget-tables.pdf');
    const doc = buildDocumentModel(snapshot);
    const t = doc.tables.find((x) => x.title === '2019年政府采购预算表')!;
    expect(t.unit).toBe('万元');
    expect(t.parts[0]!.rows).toBe(40);
  }, SLOW);
});
