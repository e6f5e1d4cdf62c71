import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../cli/load';
import { buildDocumentModel } from '../document';
import { convert } from '../figures/units';
import type { UnitName } from '../report/schema';
import type { PageSnapshot } from '../snapshot/schema';
import type { BudgetTable } from '../tables/model';
import { fixtureSnapshot, ROOT, snapshotHtml } from '../../tests/lib/helpers';
import { documentSheets } from './document';
import { headerRowIndex } from './grid';
import { convertWritten, tableSheet, type Sheet } from './sheet';
import { toCsv, toTsv } from './text';
import { colName, fitsDouble, movePoint, sheetNames, toXlsx } from './xlsx';

// ---- independent readers: what a spreadsheet does with the files ------------------------------

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), written apart from the writer. */
function readCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    expect(ch).not.toBe('\n'); // a bare line break outside quotes breaks RFC 4180
    field += ch; i++;
  }
  expect(field).toBe(''); // the file ends with CRLF
  return rows;
}

interface XCell { v: string; type: 'n' | 's'; format?: string }
/** The workbook unzipped and its sheet XML parsed: sheet names and cells by reference ("D9"). */
function readXlsx(bytes: Uint8Array): { names: string[]; sheets: Map<string, XCell>[] } {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const f = files[name];
    expect(f, name).toBeDefined();
    return new DOMParser().parseFromString(strFromU8(f!), 'text/xml');
  };
  expect(files['[Content_Types].xml']).toBeDefined();
  const formats = new Map<string, string>();
  const styles = xml('xl/styles.xml');
  for (const f of styles.querySelectorAll('numFmt')) formats.set(f.getAttribute('numFmtId')!, f.getAttribute('formatCode')!);
  const xfs = [...styles.querySelectorAll('cellXfs > xf')].map((x) => formats.get(x.getAttribute('numFmtId')!) ?? 'General');
  const names = [...xml('xl/workbook.xml').querySelectorAll('sheet')].map((s) => s.getAttribute('name')!);
  const sheets = names.map((_, i) => {
    const out = new Map<string, XCell>();
    for (const c of xml(`xl/worksheets/sheet${i + 1}.xml`).querySelectorAll('c')) {
      const ref = c.getAttribute('r')!;
      if (c.getAttribute('t') === 'inlineStr') out.set(ref, { v: c.querySelector('t')!.textContent!, type: 's' });
      else out.set(ref, { v: c.querySelector('v')!.textContent!, type: 'n', format: xfs[Number(c.getAttribute('s') ?? 0)] });
    }
    return out;
  });
  return { names, sheets };
}

// ---- the model's figures, to compare with -------------------------------------------------------

/** Every amount the model read in a table: element, row, column, exact written value, unit. */
function modelAmounts(t: BudgetTable): { table: number; row: number; col: number; value: Decimal; decimals: number; unit: UnitName | null }[] {
  const out = [];
  for (const b of t.blocks)
    for (const it of b.items)
      for (const [col, v] of it.values)
        if (v.kind === 'amount') out.push({ table: it.table, row: it.row, col, value: v.value, decimals: v.decimals, unit: t.columns.find((c) => c.col === col)?.unit ?? t.unit });
  return out;
}

/** The exported figures equal the model's, exactly, in the CSV and the XLSX (at the same place). */
function expectFiguresExact(t: BudgetTable, sheet: Sheet, to: UnitName | null) {
  const amounts = modelAmounts(t);
  expect(amounts.length).toBeGreaterThan(0);
  const csv = readCsv(toCsv(sheet));
  const xlsx = readXlsx(toXlsx([sheet])).sheets[0]!;
  const first = headerRowIndex(sheet) + 1; // grid row of the first body row
  for (const a of amounts) {
    const k = sheet.origins.findIndex((o) => o.table === a.table && o.row === a.row);
    expect(k, `row ${a.table}:${a.row}`).toBeGreaterThanOrEqual(0);
    const value = to && a.unit ? convert(a.value, a.unit, to) : a.value;
    const shift = to && a.unit ? ({ 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 } as const)[to] - ({ 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 } as const)[a.unit] : 0;
    const expected = value.toFixed(Math.max(0, a.decimals + shift));
    const fromCsv = csv[first + k]![a.col]!;
    expect(fromCsv).toBe(expected);
    const cell = xlsx.get(`${colName(a.col)}${first + k + 1}`)!;
    expect(cell.v).toBe(expected);
    expect(new Decimal(cell.v).equals(value)).toBe(true);
    if (cell.type === 'n') {
      // a double holds it at its written digits, and the format shows exactly the written places
      expect(new Decimal(Number(cell.v).toPrecision(15)).equals(value)).toBe(true);
      const places = expected.split('.')[1]?.length ?? 0;
      expect(cell.format).toBe(places ? `#,##0.${'0'.repeat(places)}` : '#,##0');
    }
  }
  // and no figure more: every number the files hold is one of the model's
  const numbers = [...xlsx.values()].filter((c) => c.type === 'n' && c.format?.startsWith('#')).length;
  expect(numbers).toBe(amounts.length);
}

describe('export: figures exact', () => {
  it('every budget table of a fixture page: CSV and XLSX re-read equal the model\'s figures, as written', () => {
    const snap = fixtureSnapshot('001_98990c82be280a35', 'merged');
    const doc = buildDocumentModel(snap);
    const sheets = documentSheets(snap, 'asWritten');
    expect(sheets.length).toBe(doc.tables.length);
    for (const [i, t] of doc.tables.entries()) if (modelAmounts(t).length) expectFiguresExact(t, sheets[i]!, null);
  });

  describe('a corpus PDF', () => {
    const file = join(ROOT, 'tests/fixtures/corpus/pdf/sh-putuo-wanli-street-2024-dept-budget.pdf');
    let snap: PageSnapshot;
    let tables: BudgetTable[];
    beforeAll(async () => {
      snap = (await loadDocument(file)).snapshot;
      tables = buildDocumentModel(snap).tables;
    });

    it('a table continued over two pages, converted 元 → 万元: exact, with title, source, pages and unit on top', () => {
      const t = tables.find((x) => x.parts.length > 1 && x.unit === '元')!;
      expect(t).toBeDefined();
      const [sheet] = documentSheets(snap, '万元', file).filter((s) => s.origins.some((o) => o.table === t.index));
      expectFiguresExact(t, sheet!, '万元');
      const meta = Object.fromEntries(sheet!.meta);
      expect(meta['标题 / Title']).toBe(t.title);
      expect(meta['来源 / Source']).toBe(file);
      expect(meta['页码 / Pages']).toMatch(/^第 \d+–\d+ 页/);
      expect(meta['单位 / Unit']).toMatch(/^万元（由原表单位 元 精确换算/);
      // both parts' rows are there
      expect(new Set(sheet!.origins.map((o) => o.table)).size).toBe(t.parts.length);
    });

    it('every table as written', () => {
      const sheets = documentSheets(snap, 'asWritten', file);
      tables.forEach((t, i) => modelAmounts(t).length && expectFiguresExact(t, sheets[i]!, null));
    });
  });
});

const MULTI = `<!doctype html><html><head><title>某局2025年部门预算</title></head><body>
<p>2025年一般公共预算支出表</p><p>单位：元</p>
<table>
<tr><td rowspan="3">科目编码</td><td rowspan="3">科目名称</td><td colspan="4">支出</td></tr>
<tr><td rowspan="2">合计</td><td colspan="2">基本支出</td><td rowspan="2">项目支出</td></tr>
<tr><td>人员经费</td><td>公用经费</td></tr>
<tr><td></td><td>合计</td><td>1,234.56</td><td>1,000.00</td><td>200.00</td><td>34.56</td></tr>
<tr><td>201</td><td>一般公共服务支出</td><td>1,234.56</td><td>1,000.00</td><td>200.00</td><td>34.56</td></tr>
</table></body></html>`;

describe('export: header and units', () => {
  const snap = snapshotHtml(MULTI, 'https://www.example.gov.cn/yusuan.html');

  it('a three-level header is flattened into column names', () => {
    const [sheet] = documentSheets(snap, 'asWritten');
    expect(sheet!.header).toEqual(['科目编码', '科目名称', '支出 / 合计', '支出 / 基本支出 / 人员经费', '支出 / 基本支出 / 公用经费', '支出 / 项目支出']);
    const csv = readCsv(toCsv(sheet!));
    expect(csv[headerRowIndex(sheet!)]).toEqual(sheet!.header);
    expect(Object.fromEntries(sheet!.meta)['来源 / Source']).toBe('https://www.example.gov.cn/yusuan.html');
  });

  it('元 → 万元 with decimal.js: 1,234.56 元 is 0.123456 万元, no float', () => {
    expect(convertWritten(new Decimal('1234.56'), 2, '元', '万元')).toEqual({ v: '0.123456', decimals: 6 });
    expect(convertWritten(new Decimal('3185.85'), 2, '万元', '元')).toEqual({ v: '31858500', decimals: 0 });
    // 0.1 + 0.2 style traps: a float would give 0.30000000000000004 somewhere along the way
    expect(convertWritten(new Decimal('3000.00'), 2, '元', '万元').v).toBe('0.300000');
    // a float is right up to 15 significant digits; past them it is not (×1e-4 gives …892540, ÷1e4 …892540)
    expect(convertWritten(new Decimal('546864082758925.36'), 2, '元', '万元').v).toBe('54686408275.892536');
    const [sheet] = documentSheets(snap, '万元');
    const csv = readCsv(toCsv(sheet!));
    const body = csv.slice(headerRowIndex(sheet!) + 1);
    expect(body[0]).toEqual(['', '合计', '0.123456', '0.100000', '0.020000', '0.003456']);
    expect(Object.fromEntries(sheet!.meta)['单位 / Unit']).toBe('万元（由原表单位 元 精确换算，未舍入 / converted exactly from 元 as written, no rounding）');
    const x = readXlsx(toXlsx([sheet!])).sheets[0]!;
    expect(x.get(`C${headerRowIndex(sheet!) + 2}`)).toEqual({ v: '0.123456', type: 'n', format: '#,##0.000000' });
  });

  it('the unit as written is said so; a table without a unit is never converted', () => {
    const [asWritten] = documentSheets(snap, 'asWritten');
    expect(Object.fromEntries(asWritten!.meta)['单位 / Unit']).toBe('元（原表单位 / as written）');
    const noUnit = snapshotHtml(MULTI.replace('<p>单位：元</p>', ''));
    const [sheet] = documentSheets(noUnit, '万元');
    expect(Object.fromEntries(sheet!.meta)['单位 / Unit']).toMatch(/^原表未注明单位，未换算/);
    expect(readCsv(toCsv(sheet!))[headerRowIndex(sheet!) + 1]![2]).toBe('1234.56');
  });

  it('more digits than a double keeps: written as text in the XLSX, exact', () => {
    expect(fitsDouble('123456789012345')).toBe(true);
    expect(fitsDouble('0.000123456789012345')).toBe(true);
    expect(fitsDouble('1234567890123456')).toBe(false);
    const big = convertWritten(new Decimal('12345678901234.56'), 2, '元', '亿元'); // 16 digits → 18 at 10 places
    expect(big.v).toBe('123456.7890123456');
    const sheet: Sheet = { name: 't', meta: [], header: ['a', 'b'], rows: [[{ t: 'number', ...big }, { t: 'number', v: '12.50', decimals: 2 }]], origins: [{ table: 0, row: 0 }] };
    const x = readXlsx(toXlsx([sheet])).sheets[0]!;
    expect(x.get('A3')).toEqual({ v: '123456.7890123456', type: 's' });
    expect(x.get('B3')).toEqual({ v: '12.50', type: 'n', format: '#,##0.00' });
  });

  it('percentages: the point moves two places as text, shown with the written places', () => {
    expect(movePoint('16.07', -2)).toBe('0.1607');
    expect(movePoint('-5', -2)).toBe('-0.05');
    expect(movePoint('120.5', -2)).toBe('1.205');
    const sheet: Sheet = { name: 't', meta: [], header: ['p'], rows: [[{ t: 'percent', v: '16.07', decimals: 2 }]], origins: [{ table: 0, row: 0 }] };
    expect(readXlsx(toXlsx([sheet])).sheets[0]!.get('A3')).toEqual({ v: '0.1607', type: 'n', format: '0.00%' });
    expect(readCsv(toCsv(sheet))[2]).toEqual(['16.07%']);
  });
});

describe('export: text forms', () => {
  const sheet: Sheet = {
    name: '表',
    meta: [['标题 / Title', '收入, "支出" 表']],
    header: ['项目', '金额'],
    rows: [
      [{ t: 'text', v: '一、财政拨款收入,含"结转"\n（单位：元）' }, { t: 'number', v: '-1234.50', decimals: 2 }],
      [{ t: 'text', v: '=HYPERLINK("http://x")' }, { t: 'text', v: '-' }],
      [{ t: 'blank' }, { t: 'text', v: '合\t计' }],
    ],
    origins: [],
  };

  it('CSV: RFC 4180 quoting of commas, quotes and line breaks; UTF-8 BOM; CRLF', () => {
    const csv = toCsv(sheet);
    expect(csv).toBe(
      '\uFEFF标题 / Title,"收入, ""支出"" 表"\r\n' +
        ',\r\n' +
        '项目,金额\r\n' +
        '"一、财政拨款收入,含""结转""\n（单位：元）",-1234.50\r\n' +
        `"'=HYPERLINK(""http://x"")",-\r\n` +
        ',合\t计\r\n',
    );
    expect(readCsv(csv)[3]).toEqual(['一、财政拨款收入,含"结转"\n（单位：元）', '-1234.50']);
  });

  it('TSV for the clipboard: one field per cell, no tab or line break inside a field, formulas kept as text', () => {
    const tsv = toTsv(sheet);
    const lines = tsv.split('\r\n');
    expect(lines).toEqual([
      '标题 / Title\t"收入, ""支出"" 表"',
      '',
      '项目\t金额',
      '"一、财政拨款收入,含""结转"" （单位：元）"\t-1234.50',
      `"'=HYPERLINK(""http://x"")"\t-`,
      '\t合 计',
    ]);
  });

  it('sheet names: at most 31 characters, no forbidden characters, unique; a long title keeps its end', () => {
    const long = '上海市普陀区某某街道办事处2024年部门一般公共预算基本支出部门预算经济分类预算表';
    const names = sheetNames([long, long, 'a/b:c', '']);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[0]!.endsWith('经济分类预算表')).toBe(true);
    expect(names[2]).toBe('3 a b c');
    expect(names[3]).toBe('4 表格 4');
  });
});

describe('export: CLI', () => {
  it('npm run check -- FILE --export-tables DIR --unit 元 writes one CSV per table and one workbook, and says where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-export-'));
    try {
      const page = 'tests/fixtures/pages/000_9397a020b08f6624.merged.html';
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['lib/cli/check.ts', page, '--json', '--export-tables', dir, '--unit', '元'], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).tables.length).toBe(16); // stdout is still one JSON object
      const files = readdirSync(dir);
      expect(files.filter((f) => f.endsWith('.csv')).length).toBe(16);
      expect(files.filter((f) => f.endsWith('.xlsx'))).toEqual(['000_9397a020b08f6624.merged.xlsx']);
      for (const f of files) expect(r.stderr).toContain(join(dir, f));
      const book = readXlsx(readFileSync(join(dir, '000_9397a020b08f6624.merged.xlsx')));
      expect(book.names.length).toBe(16);
      // the page's 万元 figures in 元: 3,185.85 万元 is 31858500 元
      const csv = files.filter((f) => f.endsWith('.csv')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      expect(csv).toContain(',31858500,');
      expect(csv).toContain('元（由原表单位 万元 精确换算');
      const bad = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['lib/cli/check.ts', page, '--export-tables', dir, '--unit', '美元'], { cwd: ROOT, encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(existsSync(dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
