/**
 * bigBudgetPage: a large, realistic budget disclosure page (a county's 部门预算公开汇编) with many tables
 * in the three markup styles of the fixtures (plain / merged / word), for performance and scale tests.
 *
 * The page is consistent by construction, within each table and across a department's tables: each
 * department draws one ledger (its 类/款/项 and, per 项, the money of 一般公共预算 basic spending by kind,
 * 项目 spending, and other funds, in bigint 分), and each of its tables (支出总表, 财政拨款支出表,
 * 一般公共预算支出表, 基本支出表) shows what falls in its scope, converted exactly to its unit (a department
 * with 万元 tables has figures in whole hundreds of 元). Every 款, 类, unit and 合计 row and every total
 * column is the exact sum of its parts. `errors: k` plants k wrong figures and returns where they are.
 * All planted values are returned so tests can verify the checker (and the generator itself) without
 * re-reading the HTML.
 */
import { DEPARTMENTS, FUNCTION_CATALOG, type FnClass } from './catalog';
import { escapeHtml, govPage } from './chrome';
import { formatHundredths } from './money';
import { createRng, type Rng } from './prng';

export type TableStyle = 'plain' | 'merged' | 'word';

/**
 * Table layouts, each modelled on a fixture table:
 * - expenditure-summary: 支出总表 (fixture 000): 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 | 事业单位经营支出 | 上缴上级支出 | 对附属单位补助支出
 * - gpb-expenditure: 一般公共预算支出表 (fixture 000): 合计 | 基本支出 [小计 | 人员经费 [工资福利支出 | 对个人和家庭的补助] | 公用经费] | 项目支出
 * - split-code: 支出总表 with the code split over 类 | 款 | 项 columns plus 科目编码 (fixture 001)
 * - basic-detail: 基本支出明细表 in 元 (fixture 004 表7): 合计 | 人员经费支出 | 公用经费支出 | 备注
 */
export type TableKind = 'expenditure-summary' | 'gpb-expenditure' | 'split-code' | 'basic-detail';

export interface BigBudgetPageOptions {
  /** minimum number of tables (default 100); more are added if needed to reach cellsTarget */
  tables?: number;
  /** minimum number of <td> cells in the page (default 50,000) */
  cellsTarget?: number;
  seed?: number | string;
  /** markup styles to draw from (default all three) */
  styles?: readonly TableStyle[];
  /**
   * errors to plant (default 0): in that many tables (among the first `tables`), one 项 figure of a
   * component column is written wrong, its sums left as they were. Everything else on the page is the
   * same as without errors (same seed).
   */
  errors?: number;
}

/** one planted error: the cell written wrong (its row's total column and its 款 row still hold the correct sums) */
export interface PlantedError {
  table: number; // PlantedTable.index
  row: number; // index into PlantedTable.rows
  rowIndex: number; // <tr> index
  column: string; // AmountColumn.key
  gridCol: number;
  /** hundredths of the table's unit: what is written, and what the ledger says */
  written: bigint;
  correct: bigint;
}

export interface AmountColumn {
  key: string;
  /** the leaf header label of the column */
  label: string;
  /** 0-based column in the table's grid (after expanding rowspan/colspan) */
  gridCol: number;
  /** keys of the columns this column is the total of (empty for a component column) */
  sumOf: string[];
}

export type RowKind = 'total' | 'unit' | 'class' | 'section' | 'item';

export interface PlantedRow {
  /** index of the <tr> in table.rows (header and unit rows included) */
  rowIndex: number;
  kind: RowKind;
  /** 0 total/unit, 1 类, 2 款, 3 项 */
  level: number;
  /** full code (3/5/7 digits for 类/款/项, the unit code for unit rows, '' for 合计) */
  code: string;
  /** the label as written, without indentation */
  name: string;
  /** index into PlantedTable.rows (which are in document order) of the parent row (项 → 款 → 类 → 合计); null for 合计 and unit rows */
  parent: number | null;
  /** indices into PlantedTable.rows of the child rows (合计 → 类 rows) */
  children: number[];
  /** per AmountColumn (same order): hundredths of the table unit; null = no amount (blank or dash) */
  amounts: (bigint | null)[];
  /** per AmountColumn: the cell's text as written (after joining split runs, without &nbsp;) */
  display: string[];
}

export interface PlantedTable {
  /** position among all <table> elements of the page, in document order */
  index: number;
  id: string;
  kind: TableKind;
  style: TableStyle;
  /** the title printed above the table */
  title: string;
  department: string;
  unit: '元' | '万元';
  /** the unit declaration as written ("单位：万元", "金额单位：元", "单位：万  元" ...) */
  unitText: string;
  /** where the unit is declared: a paragraph above the table, or the table's first row */
  unitPlacement: 'paragraph' | 'first-row';
  /** how a zero amount is written: blank cell, "0.00" or "-" */
  zeroStyle: 'blank' | 'zero' | 'dash';
  /** rows before the first data row (header rows, plus the unit row when unitPlacement is first-row) */
  headerRows: number;
  gridWidth: number;
  columns: AmountColumn[];
  rows: PlantedRow[];
  /** <td> elements emitted for this table */
  tdCount: number;
}

export interface PlantedValue {
  table: number; // PlantedTable.index
  row: number; // index into PlantedTable.rows
  rowIndex: number; // <tr> index
  column: string; // AmountColumn.key
  gridCol: number;
  value: bigint | null;
  text: string;
}

export interface BigBudgetPage {
  html: string;
  tables: PlantedTable[];
  /** every amount cell of every table, flattened */
  values: PlantedValue[];
  /** <td> elements in the page */
  tdCount: number;
  /** the planted errors (empty unless options.errors) */
  errors: PlantedError[];
}

// ---------------------------------------------------------------------------------------------
// layouts

interface HeaderCell {
  text: string;
  rs: number;
  cs: number;
}

type GridCol =
  | { type: 'code' }
  | { type: 'name' }
  | { type: 'split'; level: 1 | 2 | 3 }
  | { type: 'amount'; key: string; label: string; sumOf: string[] }
  | { type: 'note' };

interface Layout {
  kind: TableKind;
  titles: string[];
  grid: GridCol[];
  header: HeaderCell[][];
  units: ('元' | '万元')[];
}

const amt = (key: string, label: string, sumOf: string[] = []): GridCol => ({ type: 'amount', key, label, sumOf });
const h = (text: string, rs = 1, cs = 1): HeaderCell => ({ text, rs, cs });

const SUMMARY_PARTS = ['basic', 'project', 'operating', 'upper', 'subsidiary'];

const LAYOUTS: Record<TableKind, Layout> = {
  'expenditure-summary': {
    kind: 'expenditure-summary',
    titles: ['支出总表', '部门支出总表', '支出预算总表'],
    units: ['万元', '万元', '元'],
    grid: [
      { type: 'code' },
      { type: 'name' },
      amt('total', '合计', SUMMARY_PARTS),
      amt('basic', '基本支出'),
      amt('project', '项目支出'),
      amt('operating', '事业单位经营支出'),
      amt('upper', '上缴上级支出'),
      amt('subsidiary', '对附属单位补助支出'),
    ],
    header: [
      [h('科目', 1, 2), h('合计', 2), h('基本支出', 2), h('项目支出', 2), h('事业单位经营支出', 2), h('上缴上级支出', 2), h('对附属单位补助支出', 2)],
      [h('科目编码'), h('科目名称')],
    ],
  },
  'gpb-expenditure': {
    kind: 'gpb-expenditure',
    titles: ['一般公共预算支出表', '财政拨款支出预算表（一般公共预算）'],
    units: ['万元', '万元', '元'],
    grid: [
      { type: 'code' },
      { type: 'name' },
      amt('total', '合计', ['basicSub', 'project']),
      amt('basicSub', '小计', ['salary', 'family', 'public']),
      amt('salary', '工资福利支出'),
      amt('family', '对个人和家庭的补助'),
      amt('public', '公用经费'),
      amt('project', '项目支出'),
    ],
    header: [
      [h('科目编码', 3), h('科目名称', 3), h('合计', 3), h('基本支出', 1, 4), h('项目支出', 3)],
      [h('小计', 2), h('人员经费', 1, 2), h('公用经费', 2)],
      [h('工资福利支出'), h('对个人和家庭的补助')],
    ],
  },
  'split-code': {
    kind: 'split-code',
    titles: ['支出总表', '财政拨款支出表'],
    units: ['万元', '元'],
    grid: [
      { type: 'split', level: 1 },
      { type: 'split', level: 2 },
      { type: 'split', level: 3 },
      { type: 'code' },
      { type: 'name' },
      amt('total', '合计', SUMMARY_PARTS),
      amt('basic', '基本支出'),
      amt('project', '项目支出'),
      amt('operating', '事业单位经营支出'),
      amt('upper', '上缴上级支出'),
      amt('subsidiary', '对附属单位补助支出'),
    ],
    header: [
      [h('功能科目', 1, 3), h('科目编码', 2), h('科目名称', 2), h('合计', 2), h('基本支出', 2), h('项目支出', 2), h('事业单位经营支出', 2), h('上缴上级支出', 2), h('对附属单位补助支出', 2)],
      [h('类'), h('款'), h('项')],
    ],
  },
  'basic-detail': {
    kind: 'basic-detail',
    titles: ['部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', '一般公共预算基本支出表'],
    units: ['元', '元', '万元'],
    grid: [
      { type: 'code' },
      { type: 'name' },
      amt('total', '合计', ['personnel', 'public']),
      amt('personnel', '人员经费支出'),
      amt('public', '公用经费支出'),
      { type: 'note' },
    ],
    header: [[h('功能科目编码'), h('功能科目名称'), h('合计'), h('人员经费支出'), h('公用经费支出'), h('备注')]],
  },
};

const KINDS: TableKind[] = ['expenditure-summary', 'gpb-expenditure', 'split-code', 'basic-detail'];

const COUNTIES = ['清溪县', '永宁县', '白沙县', '桃源县', '临川县', '安平县'];

/** the units of later rounds of departments: every name still reads as a unit's name (ends in 中心, 站, 所, 队 …) */
const ROUND_SUFFIXES = ['事务中心', '服务中心', '发展中心', '保障中心', '综合执法队', '监测站', '研究所', '管理站'];

const catalogRows = (c: FnClass): number => 1 + c.sections.reduce((n, s) => n + 1 + s.items.length, 0);

// ---------------------------------------------------------------------------------------------
// one department's underlying figures (its ledger): every table of the department is derived from it

/**
 * The money of one 项 (functional item), split by what the standard tables tell apart, in 分 (hundredths
 * of 元): 一般公共预算 basic spending (工资福利 / 对个人和家庭的补助 / 公用经费) and project spending, and money
 * of other funds (事业收入 and the like: basic, project, 经营支出, 上缴上级, 对附属单位补助).
 */
type LedgerPart = 'salary' | 'family' | 'public' | 'gpbProject' | 'otherBasic' | 'otherProject' | 'operating' | 'upper' | 'subsidiary';

interface LedgerItem {
  code: string;
  name: string;
  fen: Record<LedgerPart, bigint>;
}

interface Ledger {
  /** the 类 › 款 › 项 the department spends on, in code order; a 项 appears in a table when it has money in the table's scope */
  classes: { code: string; name: string; sections: { code: string; name: string; items: LedgerItem[] }[] }[];
  /** 元 only: any 分 amount; 万元 or mixed: whole hundreds of 元, so that a 万元 table shows every figure exactly (0.01 万元) */
  units: '元' | '万元' | 'mixed';
}

/**
 * What a table covers, and so which ledger parts each of its component columns adds up:
 * - all: every fund (支出总表); appr: 财政拨款 (财政拨款支出表); gpb: 一般公共预算 (一般公共预算支出表, 基本支出表)
 */
type Scope = 'all' | 'appr' | 'gpb';

const COLUMN_PARTS: Record<Scope, Record<string, LedgerPart[]>> = {
  all: {
    basic: ['salary', 'family', 'public', 'otherBasic'],
    project: ['gpbProject', 'otherProject'],
    operating: ['operating'],
    upper: ['upper'],
    subsidiary: ['subsidiary'],
  },
  // the generated departments have no 政府性基金 money: 财政拨款 = 一般公共预算拨款
  appr: { basic: ['salary', 'family', 'public'], project: ['gpbProject'], operating: [], upper: [], subsidiary: [] },
  gpb: { salary: ['salary'], family: ['family'], public: ['public'], project: ['gpbProject'], personnel: ['salary', 'family'] },
};

/** the scope of a table, from its layout and title (the way the checker and a reader tell it) */
function scopeOf(kind: TableKind, title: string): Scope {
  if (kind === 'gpb-expenditure' || kind === 'basic-detail') return 'gpb';
  return /财政拨款/.test(title) ? 'appr' : 'all';
}

/** a leaf amount in hundredths of `unit` around a scale (digits), now and then a tiny one (0.01 as in fixture 000) */
function drawLeafAmount(rng: Rng, unit: '元' | '万元', scale: number): bigint {
  if (rng.chance(0.02)) return BigInt(rng.int(1, 99));
  const digits = Math.max(2, scale + rng.int(-2, 1));
  const v = rng.bigintBelow(9n * 10n ** BigInt(digits - 1)) + 10n ** BigInt(digits - 1);
  if (unit === '万元') return rng.chance(0.4) ? (v / 100n) * 100n : v;
  if (rng.chance(0.25) && digits > 6) return (v / 100000n) * 100000n; // whole thousands of 元
  if (rng.chance(0.5)) return (v / 100n) * 100n; // whole 元
  return v;
}

const BASIC_ONLY = /行政运行|事业运行|机构运行|离退休|养老保险|职业年金|医疗$|医疗补助|住房公积金|提租补贴|购房补贴|事业机构/;

/** the department's 类/款/项 and their money: about `targetItems` rows of a table */
function drawLedger(rng: Rng, targetRows: number): Ledger {
  const units = rng.pick(['万元', '万元', '元', '元', 'mixed'] as const);
  // 万元 figures are drawn in 0.01 万元 and written in 分 (×10,000); 元 figures in 分
  const wan = units !== '元';
  const scale = wan ? rng.int(5, 7) : rng.int(7, 11);
  const amount = (): bigint => (wan ? drawLeafAmount(rng, '万元', scale) * 10000n : drawLeafAmount(rng, '元', scale));
  const otherFunds = rng.chance(0.35); // 事业收入 etc. besides 一般公共预算拨款
  const chosen: FnClass[] = [];
  let count = 1;
  for (const cls of rng.shuffle(FUNCTION_CATALOG)) {
    if (count >= targetRows) break;
    const keepP = rng.chance(0.3) ? 1 : 0.65;
    let sections = cls.sections
      .map((s) => ({ ...s, items: s.items.filter(() => rng.chance(keepP)) }))
      .filter((s) => s.items.length > 0 && rng.chance(keepP));
    if (sections.length === 0) {
      const s = rng.pick(cls.sections);
      sections = [{ ...s, items: [rng.pick(s.items)] }];
    }
    const picked = { ...cls, sections };
    chosen.push(picked);
    count += catalogRows(picked);
  }
  chosen.sort((a, b) => a.code.localeCompare(b.code));
  const classes: Ledger['classes'] = chosen.map((cls) => ({
    code: cls.code,
    name: cls.name,
    sections: cls.sections.map((sec) => ({
      code: sec.code,
      name: sec.name,
      items: sec.items.map((item) => {
        const basicOnly = BASIC_ONLY.test(item.name);
        const profile = basicOnly ? 'basic' : rng.pick(['project', 'project', 'project', 'mixed', 'basic']);
        const hasBasic = profile !== 'project';
        const hasProject = profile !== 'basic';
        const on = (p: boolean): bigint => (p ? amount() : 0n);
        const fen: Record<LedgerPart, bigint> = {
          salary: on(hasBasic && rng.chance(0.9)),
          family: on(hasBasic && rng.chance(0.4)),
          public: on(hasBasic && rng.chance(0.7)),
          gpbProject: on(hasProject && rng.chance(0.9)),
          otherBasic: on(otherFunds && hasBasic && rng.chance(0.2)),
          otherProject: on(otherFunds && hasProject && rng.chance(0.3)),
          operating: on(otherFunds && rng.chance(0.05)),
          upper: on(otherFunds && rng.chance(0.03)),
          subsidiary: on(otherFunds && rng.chance(0.04)),
        };
        // every item spends something of 一般公共预算 (else it would vanish from most tables)
        if (hasBasic && fen.salary + fen.family + fen.public === 0n) fen.salary = amount();
        if (!hasBasic && fen.gpbProject === 0n) fen.gpbProject = amount();
        return { code: item.code, name: item.name, fen };
      }),
    })),
  }));
  // the 基本支出 tables need at least one item with 基本支出
  const all = classes.flatMap((c) => c.sections.flatMap((s) => s.items));
  if (!all.some((i) => i.fen.salary + i.fen.family + i.fen.public > 0n) && all[0]) all[0].fen.salary = amount();
  return { classes, units };
}

// ---------------------------------------------------------------------------------------------
// the planted structure of one table, before rendering

interface DraftRow {
  kind: RowKind;
  level: number;
  code: string;
  name: string;
  parent: number | null;
  children: number[];
  amounts: bigint[]; // per amount column, 0n = nothing
}

interface DraftTable {
  layout: Layout;
  unit: '元' | '万元';
  rows: DraftRow[];
}

/**
 * One table of a department, derived from its ledger: every component column of a 项 row is the sum of
 * the ledger parts it covers in the table's scope (converted exactly to the table's unit), total columns
 * and parent rows are exact sums. A 项 with nothing in the table's scope is left out, and so is a 款 or
 * 类 left empty.
 */
function draftTable(rng: Rng, layout: Layout, unit: '元' | '万元', scope: Scope, ledger: Ledger, dept: { code: string; name: string }, withUnitRows: boolean): DraftTable {
  const amountCols = layout.grid.filter((g): g is Extract<GridCol, { type: 'amount' }> => g.type === 'amount');
  const colIndex = new Map(amountCols.map((c, i) => [c.key, i]));
  const parts = COLUMN_PARTS[scope];
  const perUnit = unit === '万元' ? 10000n : 1n; // 分 per hundredth of the table's unit
  const leafAmounts = (item: LedgerItem): bigint[] =>
    amountCols.map((c) => {
      if (c.sumOf.length > 0) return 0n;
      const fen = (parts[c.key] ?? []).reduce((s, p) => s + item.fen[p], 0n);
      if (fen % perUnit !== 0n) throw new Error(`bigBudgetPage: ${item.code} ${c.key} ${fen} 分 is not a whole 0.01 ${unit}`);
      return fen / perUnit;
    });

  const rows: DraftRow[] = [];
  const zero = (): bigint[] => amountCols.map(() => 0n);
  rows.push({ kind: 'total', level: 0, code: '', name: '合计', parent: null, children: [], amounts: zero() });
  if (withUnitRows) {
    rows.push({ kind: 'unit', level: 0, code: dept.code, name: dept.name, parent: null, children: [], amounts: zero() });
    rows.push({ kind: 'unit', level: 0, code: `${dept.code}001`, name: rng.chance(0.5) ? `${dept.name}本级` : dept.name, parent: null, children: [], amounts: zero() });
  }
  for (const cls of ledger.classes) {
    const clsRows: DraftRow[] = [];
    for (const sec of cls.sections) {
      const items = sec.items.map((item) => ({ item, amounts: leafAmounts(item) })).filter((x) => x.amounts.some((v) => v !== 0n));
      if (items.length === 0) continue;
      clsRows.push({ kind: 'section', level: 2, code: sec.code, name: sec.name, parent: null, children: [], amounts: zero() });
      for (const { item, amounts } of items) clsRows.push({ kind: 'item', level: 3, code: item.code, name: item.name, parent: null, children: [], amounts });
    }
    if (clsRows.length === 0) continue;
    const ci = rows.length;
    rows.push({ kind: 'class', level: 1, code: cls.code, name: cls.name, parent: 0, children: [], amounts: zero() });
    rows[0]?.children.push(ci);
    let si = ci;
    for (const r of clsRows) {
      const at = rows.length;
      r.parent = r.kind === 'section' ? ci : si;
      rows[r.parent]?.children.push(at);
      if (r.kind === 'section') si = at;
      rows.push(r);
    }
  }
  // total columns of each row: components first (a total column may be a component of another)
  const order = topoColumns(amountCols);
  for (const row of rows) {
    if (row.kind !== 'item') continue;
    for (const ci of order) {
      const col = amountCols[ci];
      if (!col || col.sumOf.length === 0) continue;
      row.amounts[ci] = col.sumOf.reduce((s, k) => s + (row.amounts[colIndex.get(k) ?? -1] ?? 0n), 0n);
    }
  }
  // parent rows: exact sums of children, bottom-up (children always follow their parent)
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!row || row.children.length === 0) continue;
    row.amounts = row.amounts.map((_, c) => row.children.reduce((s, k) => s + (rows[k]?.amounts[c] ?? 0n), 0n));
  }
  // unit rows equal the total (one department, one unit)
  for (const row of rows) if (row.kind === 'unit') row.amounts = rows[0]?.amounts.slice() ?? [];
  return { layout, unit, rows };
}

/**
 * Writes one 项 figure of a component column wrong (by 1.00 to 999.99 of the table's unit, never below
 * zero), leaving the row's total columns and its parent rows as they were: the figure no longer adds up
 * across (row) nor down (款), and it differs from the same figure in the department's other tables.
 */
function plantError(rng: Rng, draft: DraftTable): { code: string; col: number; written: bigint; correct: bigint } | null {
  const cols = draft.layout.grid.filter((g): g is Extract<GridCol, { type: 'amount' }> => g.type === 'amount');
  const cells = draft.rows.flatMap((r) => (r.kind !== 'item' ? [] : cols.flatMap((c, ci) => (c.sumOf.length === 0 && (r.amounts[ci] ?? 0n) > 0n ? [{ r, ci }] : []))));
  if (cells.length === 0) return null;
  const { r, ci } = rng.pick(cells);
  const correct = r.amounts[ci] ?? 0n;
  let delta = BigInt(rng.int(100, 99_999));
  if (rng.chance(0.5) && correct > delta) delta = -delta;
  r.amounts[ci] = correct + delta;
  return { code: r.code, col: ci, written: correct + delta, correct };
}

/** indices of amount columns ordered so that every column comes after the columns it sums */
function topoColumns(cols: { key: string; sumOf: string[] }[]): number[] {
  const done = new Set<string>();
  const out: number[] = [];
  const visit = (i: number): void => {
    const c = cols[i];
    if (!c || done.has(c.key)) return;
    done.add(c.key);
    for (const k of c.sumOf) visit(cols.findIndex((x) => x.key === k));
    out.push(i);
  };
  cols.forEach((_, i) => visit(i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// rendering

interface RenderOpts {
  style: TableStyle;
  zeroStyle: 'blank' | 'zero' | 'dash';
  codeStyle: 'full' | 'short';
  indent: 'none' | 'fullwidth' | 'css';
  totalSpan: boolean; // the 合计 label spans the code (and name) columns
  totalName: string;
  totalAtBottom: boolean;
  thead: boolean; // header rows in <thead> with <th> cells
}

const WORD_TD = 'valign="middle" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt;height:14.25pt"';
const WORD_NUM_SPAN = '<span lang="EN-US" style="font-size:9.0pt;font-family:&quot;Times New Roman&quot;">';

function renderTable(rng: Rng, draft: DraftTable, o: RenderOpts, unitRow: string | null, index: number, id: string, title: string, dept: string, unitText: string): { html: string; planted: PlantedTable } {
  const { layout } = draft;
  const width = layout.grid.length;
  const amountCols: AmountColumn[] = [];
  layout.grid.forEach((g, gridCol) => {
    if (g.type === 'amount') amountCols.push({ key: g.key, label: g.label, gridCol, sumOf: g.sumOf.slice() });
  });
  let td = 0;
  const trs: string[] = [];

  const cell = (text: string, opts: { rs?: number; cs?: number; numeric?: boolean; header?: boolean; indent?: number } = {}): string => {
    const rs = opts.rs ?? 1;
    const cs = opts.cs ?? 1;
    let attrs = '';
    if (rs > 1) attrs += ` rowspan="${rs}"`;
    if (cs > 1) attrs += ` colspan="${cs}"`;
    const tag = opts.header && o.thead ? 'th' : 'td';
    if (tag === 'td') td++;
    const esc = escapeHtml(text);
    const lead = opts.indent && o.indent === 'fullwidth' ? '\u3000\u3000'.repeat(opts.indent) : '';
    if (o.style === 'word') {
      let inner: string;
      if (opts.numeric && text) {
        let t = esc;
        if (text.length > 3 && rng.chance(0.35)) {
          const cut = Math.floor(text.length / 2);
          t = `${escapeHtml(text.slice(0, cut))}</span>${WORD_NUM_SPAN}${escapeHtml(text.slice(cut))}`;
        }
        inner = `<p class="MsoNormal" align="right" style="text-align:right">${WORD_NUM_SPAN}${t}</span></p>`;
      } else {
        const ind = opts.indent && o.indent === 'css' ? ` style="text-indent:${opts.indent * 2}em"` : '';
        const body = esc ? `${lead}${esc}` : '&nbsp;';
        const span = `<span style="font-size:9.0pt;font-family:宋体">${body}</span>`;
        inner = `<p class="MsoNormal"${opts.header ? ' align="center" style="text-align:center"' : ind}>${opts.header ? `<b>${span}</b>` : span}<span lang="EN-US"><o:p></o:p></span></p>`;
      }
      return `<${tag}${attrs} ${WORD_TD}>${inner}</${tag}>`;
    }
    if (o.style === 'merged') {
      if (opts.numeric) attrs += ' align="right"';
      else if (opts.header) attrs += ' align="center"';
      if (opts.indent && o.indent === 'css') attrs += ` style="padding-left:${opts.indent}em"`;
    }
    return `<${tag}${attrs}>${lead}${esc}</${tag}>`;
  };

  // the unit row (first row of the table, as Excel exports print it)
  if (unitRow !== null) trs.push(`<tr>${cell(unitRow, { cs: o.style === 'plain' ? 1 : width })}${o.style === 'plain' ? Array.from({ length: width - 1 }, () => cell('')).join('') : ''}</tr>`);

  // header rows
  const headerTrs: string[] = [];
  if (o.style === 'plain') {
    const grid: string[][] = layout.header.map(() => Array.from({ length: width }, () => ''));
    const covered = new Set<string>();
    layout.header.forEach((row, r) => {
      let c = 0;
      for (const hc of row) {
        while (covered.has(`${r},${c}`)) c++;
        const g = grid[r];
        if (g) g[c] = hc.text;
        for (let rr = r; rr < r + hc.rs; rr++) for (let cc = c; cc < c + hc.cs; cc++) covered.add(`${rr},${cc}`);
        c += hc.cs;
      }
    });
    for (const g of grid) headerTrs.push(`<tr>${g.map((t) => cell(t, { header: true })).join('')}</tr>`);
  } else {
    for (const row of layout.header) headerTrs.push(`<tr>${row.map((hc) => cell(hc.text, { rs: hc.rs, cs: hc.cs, header: true })).join('')}</tr>`);
  }
  const headerRows = (unitRow !== null ? 1 : 0) + layout.header.length;

  // data rows (合计 first or last)
  const order = draft.rows.map((_, i) => i);
  if (o.totalAtBottom) order.push(order.shift() ?? 0);
  const bodyTrs: string[] = [];
  const planted: PlantedRow[] = draft.rows.map((r) => ({
    rowIndex: -1,
    kind: r.kind,
    level: r.level,
    code: r.code,
    name: r.kind === 'total' ? o.totalName : r.name,
    parent: r.parent,
    children: r.children.slice(),
    amounts: [],
    display: [],
  }));
  for (const ri of order) {
    const r = draft.rows[ri];
    const p = planted[ri];
    if (!r || !p) continue;
    p.rowIndex = headerRows + bodyTrs.length;
    const cells: string[] = [];
    const labelCols = layout.grid.findIndex((g) => g.type === 'name') + 1;
    let skip = 0;
    layout.grid.forEach((g, gi) => {
      if (skip > 0) {
        skip--;
        return;
      }
      switch (g.type) {
        case 'split': {
          const part = r.kind === 'class' || r.kind === 'section' || r.kind === 'item' ? (g.level <= r.level ? r.code.slice(g.level === 1 ? 0 : 1 + 2 * (g.level - 1), g.level === 1 ? 3 : 3 + 2 * (g.level - 1)) : '') : '';
          if (r.kind === 'total' && o.totalSpan && o.style !== 'plain' && gi === 0) {
            cells.push(cell(p.name, { cs: labelCols }));
            skip = labelCols - 1;
            return;
          }
          cells.push(cell(part));
          return;
        }
        case 'code': {
          if (r.kind === 'total' && o.totalSpan && o.style !== 'plain' && layout.grid[0]?.type === 'code') {
            cells.push(cell(p.name, { cs: 2 }));
            skip = 1;
            return;
          }
          const shown = r.kind === 'section' && o.codeStyle === 'short' ? r.code.slice(3) : r.code;
          cells.push(cell(shown));
          return;
        }
        case 'name':
          cells.push(cell(r.kind === 'total' ? p.name : r.name, { indent: r.level > 1 ? r.level - 1 : 0 }));
          return;
        case 'note':
          cells.push(cell(''));
          return;
        case 'amount': {
          const ci = amountCols.findIndex((c) => c.gridCol === gi);
          const v = r.amounts[ci] ?? 0n;
          let text: string;
          let value: bigint | null;
          if (v !== 0n) {
            text = formatHundredths(v);
            value = v;
          } else if (o.zeroStyle === 'zero') {
            text = '0.00';
            value = 0n;
          } else {
            text = o.zeroStyle === 'dash' ? '-' : '';
            value = null;
          }
          p.amounts[ci] = value;
          p.display[ci] = text;
          cells.push(cell(text, { numeric: true }));
          return;
        }
      }
    });
    bodyTrs.push(`<tr>${cells.join('')}</tr>`);
  }

  let tableOpen: string;
  if (o.style === 'word') {
    tableOpen = '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184">';
  } else if (o.style === 'merged') {
    tableOpen = `<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse" data-id="${id}">`;
  } else {
    tableOpen = '<table border="1" cellspacing="0" cellpadding="0">';
  }
  const head = unitRow !== null ? trs.join('') : '';
  let inner: string;
  if (o.thead) inner = `<thead>${head}${headerTrs.join('')}</thead><tbody>${bodyTrs.join('')}</tbody>`;
  else inner = `<tbody>${head}${headerTrs.join('')}${bodyTrs.join('')}</tbody>`;
  const html = `${tableOpen}${inner}</table>`;

  // planted rows in document order, parent/children remapped
  const docPos = new Map(order.map((ri, pos) => [ri, pos]));
  const rows = order.map((ri) => {
    const r = planted[ri] as PlantedRow;
    return { ...r, parent: r.parent === null ? null : (docPos.get(r.parent) ?? null), children: r.children.map((c) => docPos.get(c) ?? -1) };
  });

  return {
    html,
    planted: {
      index,
      id,
      kind: layout.kind,
      style: o.style,
      title,
      department: dept,
      unit: draft.unit,
      unitText,
      unitPlacement: unitRow !== null ? 'first-row' : 'paragraph',
      zeroStyle: o.zeroStyle,
      headerRows,
      gridWidth: width,
      columns: amountCols,
      rows,
      tdCount: td,
    },
  };
}

function unitDeclaration(rng: Rng, unit: '元' | '万元'): string {
  const forms = unit === '万元' ? ['单位：万元', '金额单位：万元', '单位：万  元', '单位:万元'] : ['单位：元', '金额单位：元', '单位: 元'];
  return rng.chance(0.6) ? (forms[0] as string) : rng.pick(forms);
}

function para(style: TableStyle, text: string, opts: { center?: boolean; right?: boolean; bold?: boolean; size?: string } = {}): string {
  const esc = escapeHtml(text);
  if (style === 'word') {
    const align = opts.center ? ' align="center" style="text-align:center"' : opts.right ? ' align="right" style="text-align:right"' : '';
    const span = `<span style="font-size:${opts.size ?? '12.0pt'};font-family:${opts.bold ? '黑体' : '仿宋_GB2312'}">${esc}</span>`;
    return `<p class="MsoNormal"${align}>${opts.bold ? `<b>${span}</b>` : span}</p>`;
  }
  const align = opts.center ? ' style="text-align:center"' : opts.right ? ' style="text-align:right"' : '';
  return `<p${align}>${opts.bold ? `<strong>${esc}</strong>` : esc}</p>`;
}

// ---------------------------------------------------------------------------------------------

export function bigBudgetPage(options: BigBudgetPageOptions = {}): BigBudgetPage {
  const minTables = options.tables ?? 100;
  const cellsTarget = options.cellsTarget ?? 50_000;
  const seed = options.seed ?? 1;
  const styles = options.styles && options.styles.length > 0 ? options.styles : (['plain', 'merged', 'word'] as const);
  const rng = createRng(`bigBudgetPage:${seed}`);
  // the planted errors draw from their own generator, so a page with errors is the same page with only those cells changed
  const errorRng = rng.fork('errors');
  const errorTables = new Set(errorRng.shuffle(Array.from({ length: minTables }, (_, i) => i)).slice(0, Math.max(0, options.errors ?? 0)));
  const county = rng.pick(COUNTIES);
  const year = 2026;

  const parts: string[] = [];
  const tables: PlantedTable[] = [];
  const errors: PlantedError[] = [];
  let tdCount = 0;
  let deptNo = 0;

  parts.push(para('plain', `根据《中华人民共和国预算法》和《地方预决算公开操作规程》的规定，现将${county}县直各部门${year}年部门预算予以公开。各部门预算按照部门预算报表、部门预算说明的顺序排列。`));
  parts.push(para('plain', '如对本汇编有疑问，请与县财政局预算股联系。'));

  while (tables.length < minTables || tdCount < cellsTarget) {
    const base = DEPARTMENTS[deptNo % DEPARTMENTS.length] ?? { code: '399', name: '机关事务服务中心' };
    const round = Math.floor(deptNo / DEPARTMENTS.length);
    // later rounds: the departments' subordinate centres (a name that reads as a unit: it ends in 中心, 站, 所 …)
    const suffix = ROUND_SUFFIXES[(round - 1) % ROUND_SUFFIXES.length] ?? '事务中心';
    const cycle = Math.floor((round - 1) / ROUND_SUFFIXES.length); // past the suffixes: 第二…, so that every name stays distinct
    const nth = cycle > 0 ? `第${cycle + 1}` : '';
    const dept = round === 0 ? { code: base.code, name: `${county}${base.name}` } : { code: String(Number(base.code) + 100 * round), name: `${county}${nth}${base.name.replace(/局$|分局$/, '')}${suffix}` };
    deptNo++;
    const style = rng.pick(styles);
    // the department's standard tables: 支出总表 (code in one column or split 类/款/项), now and then a
    // 财政拨款支出表, then 一般公共预算支出表 and 一般公共预算基本支出表, all from one ledger
    const summaryKind: TableKind = rng.chance(0.3) ? 'split-code' : 'expenditure-summary';
    const plan: { kind: TableKind; title: string }[] = [{ kind: summaryKind, title: summaryKind === 'split-code' ? '支出总表' : rng.pick(LAYOUTS['expenditure-summary'].titles) }];
    if (rng.chance(0.3)) plan.push({ kind: 'split-code', title: '财政拨款支出表' });
    plan.push({ kind: 'gpb-expenditure', title: rng.pick(LAYOUTS['gpb-expenditure'].titles) });
    plan.push({ kind: 'basic-detail', title: rng.pick(LAYOUTS['basic-detail'].titles) });
    const remainingTables = Math.max(1, minTables - tables.length);
    const budget = Math.max(0, cellsTarget - tdCount) / remainingTables;
    const perTable = Math.max(budget * (0.5 + rng.next()), 40);
    const ledger = drawLedger(rng, Math.max(4, Math.ceil(perTable / 8) - 2));

    parts.push(`<h2>${escapeHtml(dept.name)}${year}年部门预算</h2>`);
    parts.push(para(style, '第一部分 部门概况', { bold: true }));
    parts.push(para(style, `一、职能职责：${dept.name}是主管本县相关工作的政府工作部门，主要负责贯彻执行国家、省、市有关方针政策和法律法规。`));
    parts.push(para(style, `二、机构设置：${dept.name}内设机构${rng.int(3, 9)}个，下属单位${rng.int(0, 4)}个，均纳入${year}年部门预算编制范围。`));
    parts.push(para(style, '第二部分 部门预算表', { bold: true }));

    for (let t = 0; t < plan.length && (tables.length < minTables || tdCount < cellsTarget); t++) {
      const index = tables.length;
      const { kind, title } = plan[t]!;
      const layout = LAYOUTS[kind];
      const unit = ledger.units === 'mixed' ? rng.pick(layout.units) : ledger.units;
      // unit rows carry the department's code and three digits (301 › 301001, 1001 › 1001001: 7 digits like
      // a 项 code, told apart by its 类 100, which no classification has). A 4-digit department code that
      // starts with a 类 (1101 › 1101001, income 类 110) would be a real 项 code: such pages are ambiguous
      // to any reader, so none is generated
      const unitCodeIsClass = dept.code.length === 4 && /^(10[1-9]|110|2[0-3]\d|[35]\d\d)/.test(dept.code);
      const withUnitRows = kind !== 'basic-detail' && rng.chance(0.6) && (dept.code.length === 3 || (dept.code.length === 4 && !unitCodeIsClass));
      const draft = draftTable(rng, layout, unit, scopeOf(kind, title), ledger, dept, withUnitRows);
      const planted = errorTables.has(index) ? plantError(errorRng, draft) : null;
      const unitText = unitDeclaration(rng, unit);
      const unitInRow = rng.chance(0.2);
      const id = `t${String(index).padStart(3, '0')}`;
      const tableNo = String(t + 1).padStart(2, '0');
      const opts: RenderOpts = {
        style,
        zeroStyle: rng.chance(0.8) ? 'blank' : rng.chance(0.7) ? 'zero' : 'dash',
        codeStyle: rng.chance(0.3) ? 'short' : 'full',
        indent: style === 'plain' ? rng.pick(['none', 'fullwidth'] as const) : rng.pick(['none', 'fullwidth', 'css'] as const),
        totalSpan: style !== 'plain' && rng.chance(0.3),
        totalName: rng.pick(['合计', '合计', '合计', '总计', '合  计']),
        totalAtBottom: rng.chance(0.15),
        thead: style === 'merged' && rng.chance(0.2),
      };
      const unitRow = unitInRow ? `填报单位：${dept.name}\u3000\u3000\u3000\u3000${unitText}` : null;
      const { html, planted: table } = renderTable(rng, draft, opts, unitRow, index, id, title, dept.name, unitText);
      if (planted) {
        const row = table.rows.findIndex((r) => r.kind === 'item' && r.code === planted.code);
        const column = table.columns[planted.col]!;
        errors.push({ table: index, row, rowIndex: table.rows[row]!.rowIndex, column: column.key, gridCol: column.gridCol, written: planted.written, correct: planted.correct });
      }

      parts.push(para(style, `预算${tableNo}表`, { right: rng.chance(0.5) }));
      parts.push(para(style, `${dept.name}${year}年${title}`, { center: true, bold: true, size: '16.0pt' }));
      if (!unitInRow) {
        if (rng.chance(0.5)) parts.push(para(style, `填报单位：${dept.name}`));
        parts.push(para(style, unitText, { right: true }));
      }
      parts.push(html);
      if (rng.chance(0.4)) parts.push(para(style, `注：本表反映${year}年度部门预算支出情况${opts.zeroStyle === 'blank' ? '，空白单元格表示无此项支出' : ''}。`));
      tables.push(table);
      tdCount += table.tdCount;
    }
    parts.push(para(style, '第三部分 部门预算情况说明', { bold: true }));
    parts.push(para(style, `${dept.name}${year}年部门预算按照“量入为出、收支平衡”的原则编制，具体情况详见上述报表。`));
  }

  const values: PlantedValue[] = [];
  for (const t of tables) {
    t.rows.forEach((r, ri) => {
      t.columns.forEach((c, ci) => {
        values.push({ table: t.index, row: ri, rowIndex: r.rowIndex, column: c.key, gridCol: c.gridCol, value: r.amounts[ci] ?? null, text: r.display[ci] ?? '' });
      });
    });
  }

  const html = govPage({
    site: `${county}人民政府`,
    title: `${county}${year}年县直部门预算公开汇编`,
    breadcrumb: ['首页', '政务公开', '财政信息', '预决算公开', '部门预算'],
    published: `${year}-02-1${rng.int(0, 9)}`,
    source: `${county}财政局`,
    body: parts.join('\n'),
  });
  return { html, tables, values, tdCount, errors };
}
