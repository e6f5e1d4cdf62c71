/**
 * The shared parser on the nine fixture pages (3 documents × plain / merged / word markup).
 *
 * Expectations are written from the seed texts (tests/fixtures/seeds/*.txt), not from the parser's
 * output: the list of budget tables with title, kind and unit; every numeric seed field read with
 * the right exact value and written precision; row hierarchy by code, numbering and split 类/款/项
 * columns; fixture 001's continued 一般公共预算基本支出表 joined.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import type { BudgetTable, DocumentModel, Item, TableKind } from '../../lib/tables/model';
import type { UnitName } from '../../lib/report/schema';
import { FIXTURES, STYLES, fixtureSnapshot, seedFigure, seedTables, type FixtureId, type Style } from './helpers';

interface Expected {
  /** <table> element index (document order) of the table's first part */
  index: number;
  title: string;
  /** accepted kinds (first = the one we think is best) */
  kind: TableKind | TableKind[];
  unit: UnitName | null;
  /** further <table> elements joined to this one (continuations) */
  continuedIn?: number[];
  /** a known parser shortcoming: what the parser currently says, and why it is wrong */
  known?: { unit?: UnitName | null; why: string };
}

/**
 * Written from the seeds. 000 has no titles on the page (only the directory at the top names the
 * tables): title '' and the kind from structure. For 000's five 功能科目 × 经济分类 cross tables
 * (预算08–13表, 一般公共预算基本支出表—人员经费/公用经费 by economic class) structure alone cannot
 * tell 基本支出 from any other economic breakdown, so both kinds are accepted.
 */
const EXPECTED: Record<FixtureId, { tables: Expected[]; notBudget: number[] }> = {
  '000_9397a020b08f6624': {
    notBudget: [0 /* directory of table names */, 17 /* performance indicators, no money */],
    tables: [
      { index: 1, title: '', kind: '收支总表', unit: '万元' },
      { index: 2, title: '', kind: '收入总表', unit: '万元' },
      { index: 3, title: '', kind: '支出总表', unit: '万元' },
      { index: 4, title: '', kind: '财政拨款收支总表', unit: '万元' },
      { index: 5, title: '', kind: '一般公共预算支出表', unit: '万元' },
      { index: 6, title: '', kind: ['经济分类表', '一般公共预算基本支出表'], unit: '万元' },
      { index: 7, title: '', kind: ['经济分类表', '一般公共预算基本支出表'], unit: '万元' },
      { index: 8, title: '', kind: ['经济分类表', '一般公共预算基本支出表'], unit: '万元' },
      { index: 9, title: '', kind: ['经济分类表', '一般公共预算基本支出表'], unit: '万元' },
      { index: 10, title: '', kind: ['经济分类表', '一般公共预算基本支出表'], unit: '万元' },
      { index: 11, title: '', kind: '三公经费表', unit: '万元' },
      { index: 12, title: '', kind: '财政专户', unit: '万元' },
      { index: 13, title: '', kind: '项目支出表', unit: '万元' }, // 省级专项资金预算汇总表
      { index: 14, title: '', kind: '绩效目标表', unit: '万元' }, // 专项资金绩效目标表
      { index: 15, title: '', kind: '绩效目标表', unit: '万元' }, // 其他资金绩效目标表
      { index: 16, title: '', kind: '绩效目标表', unit: '万元' }, // 部门整体支出绩效目标表
    ],
  },
  '001_98990c82be280a35': {
    notBudget: [0],
    tables: [
      { index: 1, title: '收支总表', kind: '收支总表', unit: '万元' },
      { index: 2, title: '支出总表', kind: '支出总表', unit: '万元' },
      { index: 3, title: '财政拨款收支总表', kind: '财政拨款收支总表', unit: '万元' },
      { index: 4, title: '一般公共预算基本支出表', kind: '一般公共预算基本支出表', unit: '万元', continuedIn: [5] },
      { index: 6, title: '一般公共预算基本支出表--公用经费(商品和服务支出)(按政府预算经济分类)', kind: '一般公共预算基本支出表', unit: '万元' },
      { index: 7, title: '一般公共预算基本支出表--公用经费(商品和服务支出)(按部门预算经济分类)', kind: '一般公共预算基本支出表', unit: '万元' },
      { index: 8, title: '一般公共预算“三公”经费支出表', kind: '三公经费表', unit: '万元' },
      { index: 9, title: '政府性基金预算支出表', kind: '政府性基金', unit: '万元' },
      { index: 10, title: '政府性基金预算支出分类汇总表（按政府预算经济分类）', kind: '政府性基金', unit: '万元' },
      { index: 11, title: '政府性基金预算支出分类汇总表（按部门预算经济分类）', kind: '政府性基金', unit: '万元' },
      { index: 12, title: '国有资本经营预算支出表', kind: '国有资本经营', unit: '万元' },
      { index: 13, title: '财政专户管理资金预算支出表', kind: '财政专户', unit: '万元' },
      { index: 14, title: '专项资金预算汇总表', kind: '项目支出表', unit: '万元' },
      { index: 15, title: '项目支出绩效目标表', kind: '绩效目标表', unit: '万元' },
      { index: 16, title: '项目支出绩效目标表', kind: '绩效目标表', unit: '万元' },
      { index: 17, title: '项目支出绩效目标表', kind: '绩效目标表', unit: '万元' },
      { index: 18, title: '项目支出绩效目标表', kind: '绩效目标表', unit: '万元' },
    ],
  },
  '004_c5440fdc5d943430': {
    notBudget: [0 /* 目录 */],
    tables: [
      { index: 1, title: '部门综合预算财政拨款收支总表', kind: '财政拨款收支总表', unit: '元' },
      { index: 2, title: '部门综合预算一般公共预算支出明细表（按支出功能分类科目）', kind: '一般公共预算支出表', unit: '元' },
      { index: 3, title: '部门综合预算一般公共预算支出明细表（按支出经济分类科目）', kind: ['经济分类表', '一般公共预算支出表'], unit: '元' },
      { index: 4, title: '部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', kind: '一般公共预算基本支出表', unit: '元' },
      { index: 5, title: '部门综合预算一般公共预算基本支出明细表（支出经济分类科目）', kind: '一般公共预算基本支出表', unit: '元' },
      { index: 6, title: '部门综合预算政府性基金收支表', kind: '政府性基金', unit: '元' },
      { index: 7, title: '部门综合预算专项业务经费支出表', kind: '项目支出表', unit: '元' },
      // 表13 (7 tables): the unit is declared in the row label "资金金额 (万元)" (amounts 13, 10 …)
      ...[8, 9, 10, 11, 12, 13, 14].map((index): Expected => ({
        index,
        title: '部门预算专项业务经费绩效目标表',
        kind: '绩效目标表',
        unit: '万元',
      })),
      { index: 15, title: '部门（单位）整体支出绩效目标表', kind: '绩效目标表', unit: '万元' },
      { index: 16, title: '专项资金总体绩效目标表', kind: '绩效目标表', unit: '万元' },
    ],
  },
};

/**
 * Numeric seed fields (with a decimal point or a thousands separator, i.e. money as written) inside
 * budget tables that are rightly NOT amount cells of the model. Each with the reason.
 */
const NOT_AMOUNTS: Record<FixtureId, Record<string, string>> = {
  '000_9397a020b08f6624': {
    '15:3:8': 'indicator value 19.20 (万元) in the 指标值 note column of a performance table',
    '15:8:1': 'the source row is shifted left (297.85 under 单位（其他资金）名称): misaligned in the document itself',
    '16:3:7': 'the source puts 418.85 under 部门职能职责描述 while its header 项目支出 sits in the last column: misaligned in the document itself',
  },
  '001_98990c82be280a35': {},
  '004_c5440fdc5d943430': {
    '4:10:5': '630,000.00 written in the 备注 (note) column',
    '4:12:5': '630,000.00 written in the 备注 (note) column',
  },
};

const models = new Map<string, DocumentModel>();
function model(id: FixtureId, style: Style): DocumentModel {
  const key = `${id}.${style}`;
  let m = models.get(key);
  if (!m) {
    m = buildDocumentModel(fixtureSnapshot(id, style));
    models.set(key, m);
  }
  return m;
}

function tableAt(doc: DocumentModel, index: number): BudgetTable {
  const t = doc.tables.find((x) => x.index === index);
  if (!t) throw new Error(`no budget table starting at <table> #${index}; found ${doc.tables.map((x) => x.index).join(', ')}`);
  return t;
}

function itemsOf(t: BudgetTable): Item[] {
  return t.blocks.flatMap((b) => b.items);
}

function byCode(t: BudgetTable, code: string): Item {
  const hits = itemsOf(t).filter((i) => i.code?.code === code);
  if (hits.length !== 1) throw new Error(`table #${t.index}: ${hits.length} items with code ${code}`);
  return hits[0]!;
}

function parentOf(t: BudgetTable, it: Item): Item | null {
  if (it.parent === null) return null;
  const block = t.blocks.find((b) => b.items.includes(it))!;
  return block.items[it.parent]!;
}

const CASES = FIXTURES.flatMap((id) => STYLES.map((style) => [id, style] as const));

describe.each(CASES)('fixture %s (%s)', (id, style) => {
  const exp = EXPECTED[id];

  it('finds exactly the budget tables, with title, kind and unit', () => {
    const doc = model(id, style);
    expect(doc.tables.map((t) => t.index)).toEqual(exp.tables.map((e) => e.index));
    for (const e of exp.tables) {
      const t = tableAt(doc, e.index);
      const ctx = `table #${e.index}`;
      expect(t.title, ctx).toBe(e.title);
      const kinds = Array.isArray(e.kind) ? e.kind : [e.kind];
      expect(kinds, `${ctx} kind ${t.kind}`).toContain(t.kind);
      if (id === '000_9397a020b08f6624') expect(t.kindBy, ctx).toBe('structure');
      else expect(t.kindBy, ctx).toBe('title');
      if (e.known && 'unit' in e.known) {
        // Known shortcoming (see `why`): pinned to the current behaviour so a fix shows up here.
        // Not a false alarm: an unknown unit only disables unit conversion for these tables.
        expect(t.unit, `${ctx}: ${e.known.why}`).toBe(e.known.unit);
        expect(e.unit).not.toBe(e.known.unit);
      } else {
        expect(t.unit, ctx).toBe(e.unit);
      }
      expect(t.parts.map((p) => p.index), ctx).toEqual([e.index, ...(e.continuedIn ?? [])]);
    }
    const skipped = doc.skipped.map((s) => s.index);
    for (const n of exp.notBudget) expect(skipped, `table #${n} is not a budget table`).toContain(n);
  });

  it('reads every numeric seed field with its exact value and written precision', () => {
    const doc = model(id, style);
    const seeds = seedTables(id);
    let compared = 0;
    for (const t of doc.tables) {
      for (const part of t.parts) {
        const seed = seeds[part.index]!;
        expect([part.rows, part.cols], `shape of #${part.index}`).toEqual([seed.rows.length, seed.width]);
        seed.rows.forEach((row, r) =>
          row.forEach((text, c) => {
            const f = seedFigure(text);
            if (!f) return;
            const cell = part.cells[r]![c]!;
            const where = `#${part.index} [${r},${c}] "${text}"`;
            expect(cell.figure.kind, where).toBe(f.percent ? 'percent' : 'amount');
            if (cell.figure.kind !== 'amount' && cell.figure.kind !== 'percent') return;
            expect(cell.figure.value.equals(new Decimal(f.value)), `${where} read as ${cell.figure.value.toString()}`).toBe(true);
            expect(cell.figure.decimals, where).toBe(f.decimals);
            compared++;
          }),
        );
      }
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('reports amount cells (column context applied) exactly as the seed writes them', () => {
    const snap = fixtureSnapshot(id, style);
    const analysis = analyzeSnapshot(snap);
    const doc = model(id, style);
    const seeds = seedTables(id);
    const got = new Map(analysis.amounts.map((a) => [`${a.table}:${a.cell[0]}:${a.cell[1]}`, a]));
    // every reported amount is a numeric seed field with that value and precision (no label, code or year read as money)
    for (const [key, a] of got) {
      const text = seeds[a.table]!.rows[a.cell[0]]![a.cell[1]]!;
      const f = seedFigure(text);
      expect(f, `${key} "${text}" reported as amount ${a.value}`).not.toBeNull();
      expect(f!.percent, key).toBe(false);
      expect(new Decimal(a.value).equals(new Decimal(f!.value)), `${key} "${text}" → ${a.value}`).toBe(true);
      expect(a.decimals, key).toBe(f!.decimals);
      expect(a.value, key).toMatch(new RegExp(`\\.\\d{${a.decimals}}$|^-?\\d+$`));
    }
    // every money-looking seed field (1,234.00 / 0.01) in a budget table is an amount cell, unless listed
    const parts = new Map(doc.tables.flatMap((t) => t.parts.map((p) => [p.index, t] as const)));
    const missing: string[] = [];
    for (const seed of seeds) {
      const t = parts.get(seed.index);
      if (!t) continue;
      seed.rows.forEach((row, r) =>
        row.forEach((text, c) => {
          const f = seedFigure(text);
          if (!f || f.percent || !/[.,]/.test(text)) return;
          const key = `${seed.index}:${r}:${c}`;
          if (!got.has(key) && !NOT_AMOUNTS[id][key]) missing.push(`${key} "${text}"`);
        }),
      );
    }
    expect(missing).toEqual([]);
    // listed exceptions really are exceptions (keeps the list honest)
    for (const key of Object.keys(NOT_AMOUNTS[id])) expect(got.has(key), key).toBe(false);
    // units of amount cells follow the table unit
    for (const a of analysis.amounts) {
      const t = parts.get(a.table)!;
      expect(a.unit, `${a.table}:${a.cell}`).toBe(t.columns[a.cell[1]]?.unit ?? t.unit);
    }
  });

  it('blank, dash and explicit zero stay distinct; labels are never amounts', () => {
    const doc = model(id, style);
    const seeds = seedTables(id);
    for (const t of doc.tables) {
      for (const it of itemsOf(t)) {
        const part = t.parts.find((p) => p.index === it.table)!;
        for (const [col, v] of it.values) {
          const text = seeds[part.index]!.rows[it.row]![col]!;
          if (text === '') expect(v.kind, `#${it.table} [${it.row},${col}]`).toBe('blank');
          else if (/^[-—–/]$/.test(text)) expect(v.kind).toBe('dash');
          else if (/^0(\.0+)?$/.test(text)) {
            expect(v.kind).toBe('amount');
            if (v.kind === 'amount') expect(v.value.isZero()).toBe(true);
          }
        }
        for (const c of t.columns.filter((x) => x.role === 'label')) {
          expect(it.values.has(c.col), `label column ${c.col} is not an amount column`).toBe(false);
        }
      }
    }
  });

  if (id === '000_9397a020b08f6624') {
    it('hierarchy by code: 2101501 under 21015 under 210; 类 rows under the unit row', () => {
      for (const index of [3, 5]) {
        const t = tableAt(model(id, style), index);
        const leaf = byCode(t, '2101501');
        const kuan = parentOf(t, leaf)!;
        expect(kuan.code?.code).toBe('21015');
        expect(leaf.parentBy).toBe('code');
        const lei = parentOf(t, kuan)!;
        expect(lei.code?.code).toBe('210');
        expect(lei.code?.level).toBe(1);
        expect(kuan.code?.level).toBe(2);
        expect(leaf.code?.level).toBe(3);
        expect(parentOf(t, lei)?.label).toBe('湖南省医疗保障局本级');
        expect(kuan.children.map((k) => itemsOf(t)[k]!.code?.code)).toEqual(['2101501', '2101502', '2101504', '2101505']);
        const total = itemsOf(t).find((i) => i.total)!;
        expect(total.label).toBe('合计');
        expect(total.parent).toBeNull();
      }
    });

    it('abbreviated codes: "05" under 208 expanded to 20805, "11" under 210 to 21011', () => {
      const t = tableAt(model(id, style), 5);
      const k = byCode(t, '20805');
      expect(k.code?.expanded).toBe(true);
      expect(k.code?.domain).toBe('function');
      expect(parentOf(t, k)?.code?.code).toBe('208');
      expect(parentOf(t, byCode(t, '2080505'))).toBe(k);
      const k2 = byCode(t, '21011');
      expect(k2.code?.expanded).toBe(true);
      expect(parentOf(t, k2)?.code?.code).toBe('210');
      expect(byCode(t, '21015').values.get(2)).toMatchObject({ kind: 'amount', decimals: 2 });
      expect(String((byCode(t, '21015').values.get(2) as { value: Decimal }).value)).toBe('2752.12');
    });

    it('hierarchy by numbering: （一） under 一、 in 财政拨款收支总表', () => {
      const t = tableAt(model(id, style), 4);
      const income = t.blocks[0]!;
      const first = income.items.find((i) => i.label === '一般公共预算拨款' && i.row === 3)!;
      expect(first.numbering?.level).toBe(2);
      expect(first.parentBy).toBe('numbering');
      expect(income.items[first.parent!]!.label).toBe('本年收入');
      expect(income.items[first.parent!]!.numbering?.text).toBe('一、');
      const carried = income.items.find((i) => i.label === '一般公共预算拨款' && i.row === 7)!;
      expect(income.items[carried.parent!]!.label).toBe('上年结转');
      expect(t.blocks.length).toBe(2); // 收入 | 支出 side by side
    });

    it('split 类/款/项 columns joined into codes', () => {
      for (const index of [6, 7]) {
        const t = tableAt(model(id, style), index);
        expect(t.columns.slice(0, 3).map((c) => c.codePart)).toEqual(['类', '款', '项']);
        const it = byCode(t, '2101501');
        expect(it.code?.expanded).toBe(true);
        expect(it.code?.level).toBe(3);
        expect(byCode(t, '2080505').code?.domain).toBe('function');
      }
    });

    it('header alignment decided in the model: #2 realigned by its arithmetic, #7 uncertain (info), never a warning', () => {
      const doc = model(id, style);
      // #2 收入总表: the figures of 上年结转结余 (243.27) start one column left of their header; the shift is
      // proven by 合计 3,429.12 = 3,185.85 + 243.27, 小计 3,185.85 = 一般公共预算 3,185.85, 上年 243.27 = 243.27
      const t2 = tableAt(doc, 2);
      expect(t2.header?.status).toBe('realigned');
      expect(t2.columnSums).toContainEqual({ total: 2, parts: [3, 15] });
      expect(t2.columns[15]!.path).toEqual(['上年结转结余', '小计']);
      // #7 (人员经费 by economic class): the header's groups do not fit the figures under any shift
      // (工资津补贴 has four figure columns under five headings, 其他社会保障缴费 sits under the next group)
      expect(tableAt(doc, 7).header?.status).toBe('uncertain');
      const a = analyzeSnapshot(fixtureSnapshot(id, style));
      const sums = a.report.findings.filter((f) => f.rule === 'column-sums');
      expect(sums.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(sums.map((f) => [f.table, f.cause?.id])).toEqual([[7, 'not-run']]);
      expect(a.verified.some((v) => v.rule === 'column-sums' && v.table === 2)).toBe(true);
      // what the rows of #7 say regardless of its header: the unit row 307001 has 145.00 and 114.00 in grid
      // columns 13 and 14, its function rows 2101101 / 2101103 put 145.00 and 114.00 both in column 13
      // (seed line 198): 145.00 ≠ 145.00 + 114.00 and 114.00 ≠ 0.00, two real discrepancies of the page
      const rows = a.report.findings.filter((f) => f.table === 7 && f.severity !== 'info');
      expect(rows.map((f) => [f.rule, f.cells[0], f.expected, f.actual])).toEqual([
        ['row-hierarchy', [4, 13], '259.00', '145.00'],
        ['row-hierarchy', [4, 14], '0.00', '114.00'],
      ]);
    });

    it('side-by-side blocks of 收支总表', () => {
      const t = tableAt(model(id, style), 1);
      expect(t.blocks.length).toBe(4);
      const grand = t.blocks.map((b) => b.items.find((i) => i.total === 'grand'));
      expect(grand.every((g) => g !== undefined)).toBe(true);
      for (const g of grand) expect((g!.values.values().next().value as { value: Decimal }).value.toString()).toBe('3429.12');
    });
  }

  if (id === '001_98990c82be280a35') {
    it('split 类/款/项 columns beside 科目编码 in 支出总表', () => {
      const t = tableAt(model(id, style), 2);
      expect(t.columns.slice(0, 3).map((c) => c.codePart)).toEqual(['类', '款', '项']);
      const leaf = byCode(t, '2101501');
      expect(parentOf(t, leaf)?.code?.code).toBe('21015');
      expect(parentOf(t, parentOf(t, leaf)!)?.code?.code).toBe('210');
      expect(byCode(t, '2210201').code?.level).toBe(3);
    });

    it('continued 一般公共预算基本支出表 is joined: rows of 302 continue, 合计 in part 2', () => {
      const doc = model(id, style);
      const t = tableAt(doc, 4);
      expect(t.parts.map((p) => p.index)).toEqual([4, 5]);
      expect(doc.tables.some((x) => x.index === 5)).toBe(false);
      expect(t.blocks.length).toBe(1);
      const items = itemsOf(t);
      const g302 = byCode(t, '302');
      const cont = items.filter((i) => i.table === 5 && i.code);
      expect(cont.map((i) => i.code!.code)).toEqual(['30211', '30205', '30201', '30206']);
      for (const c of cont) {
        expect(parentOf(t, c)).toBe(g302);
        expect(c.parentBy).toBe('code');
      }
      expect(g302.children.length).toBe(9);
      const total = items.find((i) => i.total)!;
      expect(total.table).toBe(5);
      expect(total.row).toBe(6);
      expect(total.parent).toBeNull();
      // the joined table adds up: 302 = Σ children, 合计 = 301 + 302 (no finding on this table)
      const a = analyzeSnapshot(fixtureSnapshot(id, style));
      expect(a.report.findings.filter((f) => f.table === 4 || f.table === 5)).toEqual([]);
      expect(a.verified.some((v) => v.table === 4 && v.related.some((r) => r.table === 5))).toBe(true);
    });
  }

  if (id === '004_c5440fdc5d943430') {
    it('hierarchy by code in 元 tables; 表7 discrepancy (210 ≠ 21011 + 21015) is found', () => {
      const doc = model(id, style);
      const t = tableAt(doc, 4);
      expect(parentOf(t, byCode(t, '21015'))?.code?.code).toBe('210');
      expect(parentOf(t, byCode(t, '2101599'))?.code?.code).toBe('21015');
      const a = analyzeSnapshot(fixtureSnapshot(id, style));
      const err = a.report.findings.find((f) => f.table === 4 && f.rule === 'row-hierarchy' && f.severity === 'error');
      expect(err?.actual).toBe('880700.00');
      expect(err?.expected).toBe('1510700.00');
    });

    it('numbered rows: （1） under 1、 under 一、 in 财政拨款收支总表', () => {
      const t = tableAt(model(id, style), 1);
      const econ = t.blocks[2]!;
      const wages = econ.items.find((i) => i.label === '工资福利支出' && i.row === 4)!;
      expect(wages.numbering?.level).toBe(3);
      expect(econ.items[wages.parent!]!.label).toBe('人员经费和公用经费支出');
      expect(econ.items[econ.items[wages.parent!]!.parent!]!.label).toBe('财政拨款');
    });
  }
});
