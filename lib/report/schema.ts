import { z } from 'zod';

/**
 * The public contract of a check run: what the CLI prints with --json and what the overlay draws.
 * Every amount is an exact decimal string; cells are [row, col] in the expanded grid of the
 * <table> element whose document-order index is `table`.
 */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const UnitName = z.enum(['元', '千元', '万元', '百万元', '亿元']);
export type UnitName = z.infer<typeof UnitName>;

export const CellRef = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type CellRef = z.infer<typeof CellRef>;

const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'exact decimal string');

/** One cell taking part in a relation, with what a reader needs to cite it. */
export const CellDetail = z.object({
  table: z.number().int().nonnegative(),
  cell: CellRef,
  /** row label › column header path, e.g. ["2101501 行政运行", "基本支出", "人员经费"] */
  label: z.array(z.string()),
  /** the figure as written on the page */
  written: z.string(),
  /** role in the relation */
  role: z.enum(['total', 'part', 'subset', 'compare', 'other']),
});
export type CellDetail = z.infer<typeof CellDetail>;

/**
 * PDF only: where a cited cell sits on its page (1-based page, PDF points from the page's top-left
 * corner, as lib/snapshot/schema.ts PageBox), so a viewer can draw on the page.
 */
export const CellBox = z.object({
  table: z.number().int().nonnegative(),
  cell: CellRef,
  page: z.number().int().min(1),
  x: z.number(),
  y: z.number(),
  w: z.number().nonnegative(),
  h: z.number().nonnegative(),
});
export type CellBox = z.infer<typeof CellBox>;

/** What was read. Absent from an HTML report (the original contract); a PDF report says so and how many pages. */
export const ReportSource = z.object({
  kind: z.enum(['html', 'pdf']),
  pages: z.number().int().nonnegative().optional(),
  /** what the reader wants the user to know (pages it could not read, an encoding it guessed) */
  notes: z.array(z.string()).optional(),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  table: z.number().int().nonnegative().nullable(),
  cells: z.array(CellRef),
  related: z.array(z.object({ table: z.number().int().nonnegative(), cells: z.array(CellRef) })),
  message: z.string(),
  messageEn: z.string().optional(),
  expected: DecimalString.optional(),
  actual: DecimalString.optional(),
  difference: DecimalString.optional(),
  unit: UnitName.optional(),
  /** the prose sentence, for findings about prose (table === null) */
  text: z.string().optional(),
  /** likely cause, in Chinese and English */
  cause: z.object({ id: z.string(), zh: z.string(), en: z.string() }).optional(),
  /** every cell involved with its labels and written value */
  details: z.array(CellDetail).optional(),
  /** PDF only: the page box of every cell in `cells` and `related` that has one */
  boxes: z.array(CellBox).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const TableSummary = z.object({
  index: z.number().int().nonnegative(),
  title: z.string(),
  kind: z.string(),
  unit: UnitName.nullable(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
  /** PDF only: the page(s) this table element sits on */
  pages: z.array(z.number().int().min(1)).optional(),
});
export type TableSummary = z.infer<typeof TableSummary>;

export const CheckReport = z.object({
  tables: z.array(TableSummary),
  findings: z.array(Finding),
  /** PDF only (absent for HTML pages): what was read */
  source: ReportSource.optional(),
});
export type CheckReport = z.infer<typeof CheckReport>;

/**
 * A relation that was checked and holds (exactly or within rounding): drawn as a quiet "verified" mark.
 * A relation inside the prose (a 其中 list, a share, a rate of change) has no table: `table` is null and
 * `text` is the sentence.
 */
export const VerifiedRelation = z.object({
  rule: z.string(),
  table: z.number().int().nonnegative().nullable(),
  cells: z.array(CellRef),
  related: z.array(z.object({ table: z.number().int().nonnegative(), cells: z.array(CellRef) })),
  text: z.string().optional(),
});
export type VerifiedRelation = z.infer<typeof VerifiedRelation>;

/** One amount cell, for the unit switch: its exact value as written and its written precision. */
export const AmountCell = z.object({
  table: z.number().int().nonnegative(),
  cell: CellRef,
  value: DecimalString,
  decimals: z.number().int().nonnegative(),
  unit: UnitName.nullable(),
});
export type AmountCell = z.infer<typeof AmountCell>;

/**
 * One code cell of a table as the core classified it (lib/codes/cells.ts): the overlay's code cards
 * come from these, never from re-reading the cell's digits.
 */
export const CodeCell = z.object({
  table: z.number().int().nonnegative(),
  cell: CellRef,
  code: z.string().regex(/^\d{3,9}$/),
  domain: z.enum(['function', 'economic-dept', 'economic-gov', 'unit', 'income', 'other']),
  part: z.enum(['类', '款', '项']).optional(),
  written: z.string(),
  name: z.string().optional(),
});
export type CodeCell = z.infer<typeof CodeCell>;

export const AnalysisSummary = z.object({
  tables: z.number().int().nonnegative(),
  relationsChecked: z.number().int().nonnegative(),
  problems: z.number().int().nonnegative(), // errors + warnings
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  rounding: z.number().int().nonnegative(),
  notRun: z.number().int().nonnegative(),
  skippedTables: z.array(z.object({ index: z.number().int().nonnegative(), reason: z.string() })),
  /** what was read (html or pdf, with pages); optional so older producers still validate */
  source: ReportSource.optional(),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;

/** Everything the overlay draws for one page; produced by analyzeSnapshot() off the page's main thread. */
export const PageAnalysis = z.object({
  report: CheckReport,
  summary: AnalysisSummary,
  verified: z.array(VerifiedRelation),
  amounts: z.array(AmountCell),
  /** code cells of the tables (optional so older producers still validate) */
  codes: z.array(CodeCell).optional(),
  /** document year, when the page says which year it is about */
  year: z.number().int().nullable(),
  /** links to PDF files on the page (attachments the viewer can open) */
  attachments: z.array(z.object({ href: z.string(), text: z.string() })).optional(),
  /**
   * 'view': a first, partial result — in-table checks of the tables in view only (lib/analyze.ts);
   * the whole page's result follows and replaces it. Absent: the whole page.
   */
  stage: z.literal('view').optional(),
});
export type PageAnalysis = z.infer<typeof PageAnalysis>;
