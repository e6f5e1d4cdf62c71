/**
 * Every code cell of every real document (the fixture pages, the corpus HTML pages and PDFs), as the overlay
 * shows it: the core's classification of the cell (analysis.codes) → the decoder with the document's year.
 * A generated table, one row per code cell: document, code, the name the document prints beside that code,
 * the name the decoder gives for the document's year, and the verdict. The test fails on any cell whose
 * printed name differs from the decoded one unless an edition of the classification explains it (a cited
 * name of another year) or the difference is a page misprint recorded below with its reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isClassification, pageNamesFor, type CodeCellInfo } from '../../lib/codes/cells';
import { cleanLabel, decode, loadCodes, type CodeBook } from '../../lib/codes/index';
import { analyseDocuments, type Analysed } from './documents';

/**
 * Names a document prints beside a code that are not the classification's name, read by hand in the
 * document. Keyed by document (without the markup style of the fixture pages), code and printed name.
 */
const WELFARE_SEQ =
  'its 一般公共预算基本支出经济分类表 (p. 8 of the PDF) numbers the 款 of 302 in sequence 01–13 (办公费 01, 咨询费 02, 水费 03 … 其他商品和服务支出 13) instead of printing their codes';
const KNOWN_MISPRINTS: { doc: string; code: string; printed: string; why: string }[] = [
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30202', printed: '咨询费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30203', printed: '水费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30204', printed: '电费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30205', printed: '邮电费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30206', printed: '办公设备购置费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30207', printed: '工会经费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30208', printed: '福利费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30211', printed: '事业单位离退休人员福利费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30212', printed: '机关事业单位退休人员活动费', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30213', printed: '其他商品和服务支出', why: WELFARE_SEQ },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30108', printed: '机关事业单位基本养老保险费', why: 'the same table writes 保险费 for the 款 named 机关事业单位基本养老保险缴费' },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '303', printed: '离退休人员经费', why: 'the same table prints 303 as 离退休人员经费; the 类 303 is 对个人和家庭的补助' },
  { doc: 'corpus/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf', code: '30301', printed: '退休费', why: 'the same table prints 303 01 退休费; 30301 is 离休费 (退休费 is 30302): the 款 numbered in sequence as in 302' },
];

interface Row {
  doc: string;
  year: number | null;
  cell: string;
  /** the cell's part of a split 类/款/项 code, and the digits written in it */
  part?: '类' | '款' | '项';
  written: string;
  code: string;
  printed: string;
  decoded: string;
  verdict: 'same' | 'edition' | 'misprint' | 'MISMATCH' | 'not printed' | 'no reference' | 'unit code';
}

let book: CodeBook;
let docs: Analysed[];
let rows: Row[];

const docKey = (file: string) => file.replace(/\.(merged|plain|word)\.html$/, '');
const canon = (s: string) => cleanLabel(s.normalize('NFKC')).replace(/[“”"'‘’]/g, '');

function rowFor(doc: Analysed & { ok: true }, all: CodeCellInfo[], c: CodeCellInfo): Row {
  const year = doc.analysis.year ?? null;
  const base = { doc: doc.file, year, cell: `${c.table}:${c.cell.join(',')}${c.part ? ` ${c.part}` : ''} "${c.written}"`, part: c.part, written: c.written, code: c.code };
  if (!isClassification(c)) return { ...base, printed: c.name ?? '', decoded: '', verdict: 'unit code' };
  // the name the document prints beside this code (in this cell's row, or in the row that carries the code)
  const printed = new Map(pageNamesFor(all, c)).get(c.code) ?? '';
  // the decoder's own name for the document's year, without the page's names
  const ref = decode(c.code, book, { domain: c.domain, year })?.path.at(-1);
  const decoded = ref?.name ?? '';
  if (!printed) return { ...base, printed, decoded, verdict: 'not printed' };
  if (!decoded) return { ...base, printed, decoded, verdict: 'no reference' };
  if (canon(printed) === canon(decoded)) return { ...base, printed, decoded, verdict: 'same' };
  // the card as shown: the page's names, the document's year
  const card = decode(c.code, book, { domain: c.domain, year, pageNames: new Map(pageNamesFor(all, c)) })?.path.at(-1);
  if (card?.verdict === 'edition') return { ...base, printed, decoded, verdict: 'edition' };
  const known = KNOWN_MISPRINTS.some((m) => m.doc === docKey(doc.file) && m.code === c.code && canon(m.printed) === canon(printed));
  return { ...base, printed, decoded, verdict: known ? 'misprint' : 'MISMATCH' };
}

beforeAll(async () => {
  book = await loadCodes();
  docs = await analyseDocuments();
  rows = [];
  for (const d of docs) {
    if (!d.ok) continue;
    const all = d.analysis.codes ?? [];
    for (const c of all) rows.push(rowFor(d, all, c));
  }
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const shown = rows.filter((r) => r.verdict !== 'same' && r.verdict !== 'unit code' && r.verdict !== 'not printed');
  console.log(
    [
      `code cells: ${rows.length} — ${[...counts].map(([v, n]) => `${v} ${n}`).join(', ')}`,
      '| document | year | cell | code | printed | decoded | verdict |',
      '|---|---|---|---|---|---|---|',
      ...shown.map((r) => `| ${r.doc} | ${r.year ?? ''} | ${r.cell} | ${r.code} | ${r.printed} | ${r.decoded} | ${r.verdict} |`),
    ].join('\n'),
  );
});

describe('every code cell of the real documents', () => {
  it('is read: every document analysed, code cells found on the budget documents', () => {
    expect(docs.every((d) => d.ok)).toBe(true);
    expect(rows.filter((r) => r.verdict !== 'unit code').length).toBeGreaterThan(3000);
    expect(rows.filter((r) => r.verdict === 'same').length).toBeGreaterThan(2000);
  });

  it('a cell of a split 类/款/项 code stands for its own level (the 类 cell "210" of the row 210|15|01 is 210)', () => {
    const split = rows.filter((r) => r.part && r.verdict !== 'unit code');
    expect(split.length).toBeGreaterThan(1000);
    const LEN = { 类: 3, 款: 5, 项: 7 } as const;
    const wrong = split.filter((r) => r.code.length !== LEN[r.part!] || !r.code.endsWith(r.written));
    expect(wrong.map((r) => `${r.doc} ${r.cell} → ${r.code}`)).toEqual([]);
  });

  it('gets the name the document prints beside it, or a difference explained by an edition or a recorded misprint', () => {
    const bad = rows.filter((r) => r.verdict === 'MISMATCH');
    expect(bad.map((r) => `${r.doc} ${r.cell} ${r.code}: printed "${r.printed}", decoded "${r.decoded}" (${r.year ?? 'no year'})`)).toEqual([]);
  });

  it('every recorded misprint is still met (the list holds nothing stale)', () => {
    for (const m of KNOWN_MISPRINTS) {
      expect(rows.some((r) => docKey(r.doc) === m.doc && r.code === m.code && r.verdict === 'misprint'), `${m.doc} ${m.code} ${m.printed}`).toBe(true);
    }
  });
});
