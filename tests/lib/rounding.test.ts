/**
 * The rounding band: a written figure stands for the interval of its written precision, and a sum
 * holds when the total's interval meets the sum of the parts' intervals (band = Σ half-units of all
 * terms). Cases at, just inside and just outside the band, in 元, 万元 and across units: through
 * evaluateSum directly, and end to end through small HTML tables and the registered RULES.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluateSum, type Status, type Term } from '../../lib/checks/arith';
import { RULES } from '../../lib/checks/index';
import { runRules } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import { parseCell } from '../../lib/figures';
import type { UnitName } from '../../lib/report/schema';
import type { CellValue } from '../../lib/tables/model';
import { page, snapshotHtml, tableHtml } from './helpers';

/** A CellValue as the table reader would make it, from text. */
function cv(text: string): CellValue {
  if (text === '') return { kind: 'blank' };
  if (/^[-—/]$/.test(text)) return { kind: 'dash', text };
  const digits = text.replace(/[,，]/g, '');
  const dot = digits.indexOf('.');
  return { kind: 'amount', value: new Decimal(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1, text };
}

let row = 0;
function term(text: string, unit: UnitName | null, role: Term['role'] = 'part'): Term {
  return { table: 0, row: row++, col: 2, value: cv(text), unit, label: [`r${row}`], role };
}

function sum(total: [string, UnitName | null], parts: [string, UnitName | null][], unit?: UnitName | null) {
  const t = term(total[0], total[1], 'total');
  const ps = parts.map(([x, u]) => term(x, u));
  return unit === undefined ? evaluateSum(t, ps) : evaluateSum(t, ps, unit);
}

describe('the cell values used here match the real cell parser', () => {
  it.each(['3,185.85', '1,000', '0.01', '10,050.5', '1,704,000.00'])('%s', (text) => {
    const f = parseCell(text) as { kind: string; value?: Decimal; decimals?: number };
    const mine = cv(text) as { kind: 'amount'; value: Decimal; decimals: number };
    expect(f.kind).toBe('amount');
    expect(f.value!.equals(mine.value)).toBe(true);
    expect(f.decimals).toBe(mine.decimals);
  });
});

type Case = { name: string; total: [string, UnitName | null]; parts: [string, UnitName | null][]; unit?: UnitName | null; status: Status; band?: string; diff?: string };

const W = '万元' as const;
const Y = '元' as const;

const CASES: Case[] = [
  // 万元, 2 decimals: band of n+1 terms = (n+1) × 0.005
  { name: '万元 exact', total: ['3,185.85', W], parts: [['3,000.00', W], ['185.85', W]], status: 'exact', band: '0.015', diff: '0' },
  { name: '万元 just inside (fixture 000 支出总表 21015)', total: ['2,752.12', W], parts: [['2,090.00', W], ['427.43', W], ['0.01', W], ['234.69', W]], status: 'rounding', band: '0.025', diff: '-0.01' },
  { name: '万元 at the band (4 terms: 0.02 = 4 × 0.005)', total: ['1.01', W], parts: [['0.33', W], ['0.33', W], ['0.33', W]], status: 'rounding', band: '0.02', diff: '0.02' },
  { name: '万元 just outside the band (0.03 > 0.02)', total: ['1.02', W], parts: [['0.33', W], ['0.33', W], ['0.33', W]], status: 'error', band: '0.02', diff: '0.03' },
  { name: '万元 two terms: 0.01 inside, 0.02 outside (band 0.015)', total: ['100.01', W], parts: [['100.00', W]], status: 'rounding', band: '0.01', diff: '0.01' },
  { name: '万元 two terms just outside', total: ['100.02', W], parts: [['100.00', W]], status: 'error', band: '0.01', diff: '0.02' },
  { name: '万元 negative difference at the band', total: ['0.97', W], parts: [['0.33', W], ['0.33', W], ['0.33', W]], status: 'rounding', diff: '-0.02' },
  { name: '万元 negative difference just outside', total: ['0.96', W], parts: [['0.33', W], ['0.33', W], ['0.33', W]], status: 'error', diff: '-0.03' },
  // 元 with 2 decimals: a 0.01 万元 epsilon (= 100 元) would hide these
  { name: '元 2 decimals: 0.01 inside', total: ['1,000.00', Y], parts: [['999.99', Y]], status: 'rounding', band: '0.01' },
  { name: '元 2 decimals: 1.00 元 off is an error', total: ['1,704,000.00', Y], parts: [['1,074,000.00', Y], ['629,000.00', Y]], status: 'error', diff: '1000.00' },
  { name: '元 2 decimals: 0.02 just outside', total: ['1,000.02', Y], parts: [['1,000.00', Y]], status: 'error', band: '0.01' },
  // 元 integers: half-unit 0.5 per term
  { name: '元 integers at the band (1001 vs 1000: [1000.5, 1001.5] meets [999.5, 1000.5])', total: ['1,001', Y], parts: [['1,000', Y]], status: 'rounding', band: '1', diff: '1' },
  { name: '元 integers just outside', total: ['1,002', Y], parts: [['1,000', Y]], status: 'error', band: '1', diff: '2' },
  { name: '元 integers, 4 terms: inside by 1', total: ['1,000', Y], parts: [['333', Y], ['333', Y], ['333', Y]], status: 'rounding', band: '2' },
  { name: '元 integers, 4 terms: at the band', total: ['1,001', Y], parts: [['333', Y], ['333', Y], ['333', Y]], status: 'rounding', band: '2', diff: '2' },
  { name: '元 integers, 4 terms: just outside', total: ['1,002', Y], parts: [['333', Y], ['333', Y], ['333', Y]], status: 'error', band: '2', diff: '3' },
  // mixed precision: the coarser figure sets most of the band
  { name: 'mixed precision: "10" vs 9.5 (band 0.55)', total: ['10', W], parts: [['9.5', W]], status: 'rounding', band: '0.55', diff: '0.5' },
  { name: 'mixed precision: "10" vs 9.4 (0.6 > 0.55)', total: ['10', W], parts: [['9.4', W]], status: 'error', band: '0.55', diff: '0.6' },
  { name: 'long sum of honest roundings stays inside (10 × 0.333… → 3.33)', total: ['3.33', W], parts: Array.from({ length: 10 }, () => ['0.33', W] as [string, UnitName]), status: 'rounding', diff: '0.03' },
  // blank and dash are an exact nothing
  { name: 'blank and dash parts', total: ['5.00', W], parts: [['5.00', W], ['', W], ['-', W]], status: 'exact', band: '0.01' },
  { name: 'blank total vs amounts', total: ['', W], parts: [['2.00', W]], status: 'error', diff: '-2' },
  // across units: parts in 元 summed into a total in 万元 (and the other way)
  { name: '万元 total, 元 parts: inside (10,000.40 元 → 1.00004 万元 vs 1.00)', total: ['1.00', W], parts: [['6,000.40', Y], ['4,000.00', Y]], status: 'rounding' },
  { name: '万元 total, 元 parts: exact', total: ['1.00', W], parts: [['6,000.00', Y], ['4,000.00', Y]], status: 'exact' },
  { name: '万元 total, 元 parts: 50 元 off is inside 1.00 万元 ± 50 元', total: ['1.00', W], parts: [['10,050.00', Y]], status: 'rounding', diff: '-0.005' },
  { name: '万元 total, 元 parts: 50.50 元 off is just outside (band 50.005 元)', total: ['1.00', W], parts: [['10,050.50', Y]], status: 'error' },
  { name: '万元 total, 元 parts: 100 元 off is an error', total: ['1.01', W], parts: [['6,000.00', Y], ['4,000.00', Y]], status: 'error', diff: '0.01' },
  { name: '元 total, 万元 parts: 1,011,000.00 元 = 101.10 万元', total: ['1,011,000.00', Y], parts: [['101.10', W]], status: 'exact' },
  { name: '元 total, 万元 parts: 1,011,049.00 元 inside 101.10 万元 ± 50 元', total: ['1,011,049.00', Y], parts: [['101.10', W]], status: 'rounding' },
  { name: '元 total, 万元 parts: 1,011,051.00 元 just outside', total: ['1,011,051.00', Y], parts: [['101.10', W]], status: 'error' },
  { name: '元 total, 万元 part "13" (0 decimals: ± 5,000 元): 130,000 − 4,999 inside', total: ['125,001.00', Y], parts: [['13', W]], status: 'rounding' },
  { name: '元 total, 万元 part "13": 135,001 outside', total: ['135,001.00', Y], parts: [['13', W]], status: 'error' },
  { name: 'unit unknown for some figures: not evaluated', total: ['1.00', W], parts: [['1.00', null]], status: 'skip' },
];

describe('evaluateSum: at, inside and outside the rounding band', () => {
  it.each(CASES)('$name', (c) => {
    const r = sum(c.total, c.parts, c.unit);
    expect(r.status).toBe(c.status);
    if (c.band !== undefined) expect(r.band.toString()).toBe(new Decimal(c.band).toString());
    if (c.diff !== undefined) expect(r.difference.equals(new Decimal(c.diff)), `difference ${r.difference.toString()}`).toBe(true);
    if (r.status !== 'skip') {
      expect(r.actual.minus(r.expected).equals(r.difference)).toBe(true);
      // the band rule itself: rounding ⇔ 0 < |diff| ≤ band
      const d = r.difference.abs();
      expect(r.status === 'exact').toBe(d.isZero());
      expect(r.status === 'rounding').toBe(!d.isZero() && d.lte(r.band));
    }
  });

  it('the band is Σ half-units of every term in the unit of the total (exact, no float)', () => {
    const r = sum(['1.00', W], [['0.01', W], ['1', Y], ['2.5', Y]]);
    // 0.005 + 0.005 万元 + 0.5 元 + 0.05 元 = 0.01 + 0.00005 + 0.000005 万元
    expect(r.band.toString()).toBe('0.010055');
    expect(r.expected.toString()).toBe('0.01035');
  });

  it('a fixed epsilon would be wrong both ways: the band grows with the number of terms', () => {
    const parts = Array.from({ length: 40 }, () => ['0.33', W] as [string, UnitName]);
    // 40 × 0.333… = 13.33, written parts sum to 13.20: 0.13 apart, inside 41 × 0.005 = 0.205
    expect(sum(['13.33', W], parts).status).toBe('rounding');
    // while 0.02 apart with only 2 terms is an error
    expect(sum(['13.22', W], [['13.20', W]]).status).toBe('error');
  });
});

// ---------------------------------------------------------------------------------------------
// end to end: small HTML tables through snapshot → document model → RULES

function expenditurePage(unit: string, rows: string[][], title = '支出总表'): string {
  return page(
    `<p>${title}</p><p>单位：${unit}</p>` +
      tableHtml([['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ...rows]),
    '某局2024年部门预算公开',
  );
}

function findingsOf(html: string) {
  const doc = buildDocumentModel(snapshotHtml(html));
  expect(doc.tables.length, 'the test table is read as a budget table').toBe(1);
  const c = runRules(doc, RULES);
  return { doc, c, errors: c.findings.filter((f) => f.severity === 'error'), rounding: c.findings.filter((f) => f.cause?.id === 'rounding'), warnings: c.findings.filter((f) => f.severity === 'warning') };
}

/** A 3-level code table where 21015 (row 3) = 2101501 + 2101502 and 合计 = 210 = 21015. */
function rowsWith(k: string, a: string, b: string, unitRow = true): string[][] {
  const rows = [
    ['', '合计', k, k, ''],
    ['210', '卫生健康支出', k, k, ''],
    ['21015', '医疗保障管理事务', k, k, ''],
    ['2101501', '行政运行', a, a, ''],
    ['2101502', '一般行政管理事务', b, b, ''],
  ];
  return unitRow ? rows : rows;
}

describe('end to end: row hierarchy in 万元 and 元 tables', () => {
  it('万元: exact → no finding, every relation verified', () => {
    const { c, errors, rounding } = findingsOf(expenditurePage('万元', rowsWith('3,185.85', '3,000.00', '185.85')));
    expect(errors).toEqual([]);
    expect(rounding).toEqual([]);
    expect(c.verifiedRelations.length).toBeGreaterThan(0);
  });

  it('万元: 0.01 off with 3 terms (band 0.015) → rounding info, not an error', () => {
    const { errors, rounding } = findingsOf(expenditurePage('万元', rowsWith('3,185.85', '3,000.00', '185.84')));
    expect(errors).toEqual([]);
    expect(rounding.length).toBeGreaterThan(0);
    expect(rounding.every((f) => f.severity === 'info' && f.unit === '万元')).toBe(true);
    expect(rounding.some((f) => f.difference === '0.01')).toBe(true);
  });

  it('万元: 0.02 off with 3 terms (band 0.015) → error with the cells', () => {
    const { errors } = findingsOf(expenditurePage('万元', rowsWith('3,185.85', '3,000.00', '185.83')));
    const e = errors.find((f) => f.rule === 'row-hierarchy' && f.difference === '0.02');
    expect(e).toBeDefined();
    expect(e!.cells).toEqual(expect.arrayContaining([[3, 2], [4, 2], [5, 2]]));
    expect(e!.unit).toBe('万元');
  });

  it('元 integers: 1 元 off with 3 terms (band 1.5) → rounding; 2 元 off → error', () => {
    const inside = findingsOf(expenditurePage('元', rowsWith('1,704,000', '1,074,000', '629,999')));
    expect(inside.errors).toEqual([]);
    expect(inside.rounding.length).toBeGreaterThan(0);
    const outside = findingsOf(expenditurePage('元', rowsWith('1,704,000', '1,074,000', '629,998')));
    expect(outside.errors.some((f) => f.difference === '2')).toBe(true);
  });

  it('元 with 2 decimals: 0.01 元 → rounding, 1.00 元 → error (a 0.01 万元 epsilon would hide it)', () => {
    const inside = findingsOf(expenditurePage('元', rowsWith('1,704,000.00', '1,074,000.00', '629,999.99')));
    expect(inside.errors).toEqual([]);
    expect(inside.rounding.length).toBeGreaterThan(0);
    const outside = findingsOf(expenditurePage('元', rowsWith('1,704,000.00', '1,074,000.00', '629,999.00')));
    expect(outside.errors.some((f) => f.difference === '1.00' && f.unit === '元')).toBe(true);
  });

  it('column sums: 合计 = 基本支出 + 项目支出 at, inside and outside the band', () => {
    const mk = (total: string) =>
      expenditurePage('万元', [
        ['', '合计', '300.00', '200.00', '100.00'],
        ['2101501', '行政运行', total, '120.00', '80.00'],
        ['2101502', '一般行政管理事务', '100.00', '80.00', '20.00'],
      ]);
    // at the band: 3 terms × 0.005 = 0.015; 0.01 inside
    const inside = findingsOf(mk('200.01'));
    expect(inside.errors.filter((f) => f.rule === 'column-sums')).toEqual([]);
    expect(inside.rounding.some((f) => f.rule === 'column-sums')).toBe(true);
    const outside = findingsOf(mk('200.02'));
    expect(outside.errors.some((f) => f.rule === 'column-sums' && f.difference === '0.02')).toBe(true);
    const exact = findingsOf(mk('200.00'));
    expect(exact.c.findings).toEqual([]);
  });

  it('across units: columns that declare their own unit ("合计（万元）", "基本支出（元）")', () => {
    const html = (total: string) =>
      page(
        '<p>支出总表</p>' +
          tableHtml([
            ['科目编码', '科目名称', '合计（万元）', '基本支出（元）', '项目支出（元）'],
            ['2101501', '行政运行', total, '6,000.40', '4,000.00'],
            ['2101502', '一般行政管理事务', '2.00', '10,000.00', '10,000.00'],
          ]),
        '2024年部门预算',
      );
    const { doc, c } = findingsOf(html('1.01')); // 1.01 万元 vs 10,000.40 元: 99.60 元 off, outside the band
    const t = doc.tables[0]!;
    expect(t.columns.slice(2).map((x) => x.unit)).toEqual(['万元', '元', '元']);
    // a total column's name with its unit ("合计（万元）") is still a total: the sum runs across units
    expect(t.columnSums).toEqual([{ total: 2, parts: [3, 4] }]);
    const err = c.findings.find((f) => f.rule === 'column-sums' && f.severity === 'error');
    expect(err?.unit).toBe('万元');
    expect(findingsOf(html('1.00')).c.findings.every((f) => f.severity === 'info' && f.cause?.id === 'rounding')).toBe(true);
    // the same relation evaluated directly does what the rule should do
    const r = evaluateSum(term('1.01', '万元', 'total'), [term('6,000.40', '元'), term('4,000.00', '元')]);
    expect(r.status).toBe('error');
    expect(evaluateSum(term('1.00', '万元', 'total'), [term('6,000.40', '元'), term('4,000.00', '元')]).status).toBe('rounding');
  });
});
