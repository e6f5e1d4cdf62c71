import type Decimal from 'decimal.js';
import type { UnitName } from '../report/schema';
import type { CellSnapshot } from '../snapshot/schema';
import type { Side, Vocab } from './vocabulary';
import type { FormModel } from './form';

/** What one grid cell holds, after reading its text. Blank, dash and an explicit 0 stay distinct. */
export type CellValue =
  | { kind: 'amount'; value: Decimal; decimals: number; text: string }
  | { kind: 'percent'; value: Decimal; decimals: number; text: string }
  | { kind: 'blank' }
  | { kind: 'dash'; text: string }
  | { kind: 'text'; text: string };

export interface TableCell {
  /** row in the <table> element's row list (table.rows) and grid column */
  row: number;
  col: number;
  text: string;
  /** the source cell starts here (false for slots covered by a row/col span) */
  isOrigin: boolean;
  originRow: number;
  originCol: number;
  snap: CellSnapshot | null;
  /** parsed as a figure (raw parse: column context not applied) */
  figure: CellValue;
  codeLike: boolean;
  yearLike: boolean;
}

export type ColumnRole = 'label' | 'code' | 'amount' | 'percent' | 'text' | 'note' | 'empty';
export type CodeDomain = 'function' | 'economic-dept' | 'economic-gov' | 'unit' | 'income' | 'other';

export interface Column {
  col: number;
  /** header path, outermost first, e.g. ["基本支出", "人员经费", "工资福利支出"] */
  path: string[];
  role: ColumnRole;
  /** code columns: which classification they hold; split 类/款/项 columns say which part */
  codeDomain?: CodeDomain;
  codePart?: '类' | '款' | '项';
  block: number;
  /** unit declared in this column's header ("预算数（万元）") */
  unit?: UnitName;
  /** fund / scope / side / measure of the column (lib/tables/vocabulary.ts), set when the table is built */
  vocab?: Vocab;
}

export interface RowCode {
  code: string;
  domain: CodeDomain;
  /** 1 = 类 / 3-digit, 2 = 款 / 5-digit, 3 = 项 / 7-digit; unit codes: 1 = 3-digit, 2 = 6-digit */
  level: number;
  /** the code was written abbreviated ("05" under 208) or split over 类/款/项 columns */
  expanded: boolean;
  /** a one-digit 款/项 field read with its leading zero restored ("301 | 2" → 30102) */
  padded?: boolean;
}

export type TotalKind = 'total' | 'grand' | 'subtotal';

export interface Item {
  /** position in block.items */
  id: number;
  /** <table> element index and row in its grid (a joined continuation spans several elements) */
  table: number;
  row: number;
  labelCol: number;
  /** label without code or numbering */
  label: string;
  /** label cell text as written */
  rawLabel: string;
  code?: RowCode;
  /** a second code column (政府经济分类 beside 部门经济分类) */
  altCode?: RowCode;
  /**
   * digits in the code cells that form no valid code ("7 | 11 | 02"): a code row of this level whose
   * code, and so whose parent, cannot be read. It drives no hierarchy: the rows it might belong to
   * are not checked (unsureChildren), and it is not a top-level addend where the block has 类 rows.
   */
  codeUnsure?: { level: number; written: string };
  /** a row whose children cannot all be known (an unreadable code row may be one of them) */
  unsureChildren?: string;
  numbering?: { level: number; text: string; style: string };
  indent: number;
  /** which label column of the block holds the label (0 = its first): a later column is a deeper level */
  depth: number;
  bold: boolean;
  total?: TotalKind;
  /** "其中：" rows are subsets of their parent, never addends */
  subset: boolean;
  parent: number | null;
  children: number[];
  /** how sure the hierarchy is: codes and numbering are strong, inferred nesting is weak */
  parentBy?: 'code' | 'numbering' | 'indent' | 'unit' | 'implicit' | 'total' | 'value';
  /** values by grid column (the block's amount columns) */
  values: Map<number, CellValue>;
  /** fund / scope / side / measure the row's label names (lib/tables/vocabulary.ts), set when the table is built */
  vocab?: Vocab;
}

export interface Block {
  index: number;
  /** header path shared by the block (e.g. ["支出"]) and its label column's header */
  heading: string[];
  /** −1 for a table of figures without a label column */
  labelCol: number;
  codeCols: number[];
  amountCols: number[];
  items: Item[];
  /** 收入 or 支出 when the block's own header names only one (side-by-side 收支 tables) */
  side?: Side | null;
}

export type TableKind =
  | '收支总表'
  | '收入总表'
  | '支出总表'
  | '财政拨款收支总表'
  | '一般公共预算支出表'
  | '一般公共预算基本支出表'
  | '经济分类表'
  | '三公经费表'
  | '政府性基金'
  | '国有资本经营'
  | '财政专户'
  | '项目支出表'
  | '绩效目标表'
  | '绩效自评表'
  | '机关运行经费'
  | '政府采购'
  | '其他预算表';

export interface TablePart {
  index: number;
  rows: number;
  cols: number;
  headerRows: number;
  cells: TableCell[][];
}

export interface BudgetTable {
  /** document index of the first <table> element */
  index: number;
  /** every <table> element of this logical table (continuations joined) */
  parts: TablePart[];
  title: string;
  /** texts around the table that told us the title / unit (for citing) */
  kind: TableKind;
  kindBy: 'title' | 'structure';
  unit: UnitName | null;
  unitSource: string | null;
  notes: string[];
  columns: Column[];
  blocks: Block[];
  /** budget-table score and the reasons (for "why was this table checked") */
  score: number;
  reasons: string[];
  /** column arithmetic groups read from the header tree: total column = its component columns */
  columnSums: { total: number; parts: number[] }[];
  /** the table is empty (no amounts other than zero) */
  empty: boolean;
  /** header → column mapping (set once items exist; columns' paths and columnSums follow it) */
  header?: HeaderReading;
  /** fund / scope / side / measure of the whole table, from its title, kind and notes (lib/tables/vocabulary.ts) */
  vocab: Vocab;
  /**
   * Text blocks right after the table, up to the next table or the next title line: an explanation
   * written under a table without "注：" ("本单位无政府性基金预算拨款安排的支出。") is read from here.
   */
  after: string[];
  /** the unit the page names for this table on a line of its own ("单位名称：某县教育局") above it or in its preamble */
  owner: string | null;
  /** a form (绩效自评表 / 绩效目标表) read block by block: lib/tables/form.ts */
  form?: FormModel;
}

/**
 * How the header was mapped onto the figure columns (lib/tables/alignment.ts): as written; realigned
 * (a shift proven by the column arithmetic); or uncertain (no shift, or several, could be proven: the
 * table's column relations are not to be trusted, and rules reading columns by header say so).
 */
export interface HeaderReading {
  status: 'as-written' | 'realigned' | 'uncertain';
  /** header paths as written on the page, by grid column */
  written: string[][];
  /** which shift was proven, or why none could be */
  note?: string;
}

export interface SkippedTable {
  index: number;
  reason: string;
  /** the cell texts of a table that is not a budget table (a 目录 may say why a table is empty) */
  rows?: string[][];
}

export interface Sentence {
  text: string;
  /** index of the text block in the flow and the tables it sits between */
  flowIndex: number;
  afterTable: number | null;
  section: string | null;
}

export interface DocumentModel {
  tables: BudgetTable[];
  skipped: SkippedTable[];
  sentences: Sentence[];
  /** all text blocks in order (for 名词解释 and period checks) */
  texts: string[];
  year: number | null;
  /** document kind: 预算 (budget), 决算 (final accounts), 绩效 (performance) */
  docKind: '预算' | '决算' | '绩效' | null;
}
