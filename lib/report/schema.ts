import { z } from 'zod/mini';
import { UNITS } from '../figures/units';

/**
 * The public contract of a check run: what the CLI prints with --json and what the overlay draws.
 * Every amount is an exact decimal string; cells are [row, col] in the expanded grid of the
 * <table> element whose document-order index is `table`.
 *
 * zod/mini, not the classic API: these schemas are built wherever a finding is handled — in the
 * content script of every page the overlay runs on, too — and a classic schema costs several times
 * as much to build (each instance gets the whole method API). Classic schemas elsewhere take them as
 * members (both are zod core types): wrap with z.optional(X) / z.nullable(X), not X.optional().
 */
/** a count or an index: a non-negative integer */
const count = () => z.int().check(z.nonnegative());

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const UnitName = z.enum(UNITS);
export type UnitName = z.infer<typeof UnitName>;

export const CellRef = z.tuple([count(), count()]);
export type CellRef = z.infer<typeof CellRef>;

const DecimalString = z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'exact decimal string'));

/** One cell taking part in a relation, with what a reader needs to cite it. */
export const CellDetail = z.object({
  table: count(),
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
  table: count(),
  cell: CellRef,
  page: z.int().check(z.minimum(1)),
  x: z.number(),
  y: z.number(),
  w: z.number().check(z.nonnegative()),
  h: z.number().check(z.nonnegative()),
});
export type CellBox = z.infer<typeof CellBox>;

/** What was read. Absent from an HTML report (the original contract); a PDF report says so and how many pages. */
export const ReportSource = z.object({
  kind: z.enum(['html', 'pdf']),
  pages: z.optional(count()),
  /** what the reader wants the user to know (pages it could not read, an encoding it guessed) */
  notes: z.optional(z.array(z.string())),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  table: z.nullable(count()),
  cells: z.array(CellRef),
  related: z.array(z.object({ table: count(), cells: z.array(CellRef) })),
  message: z.string(),
  messageEn: z.optional(z.string()),
  expected: z.optional(DecimalString),
  actual: z.optional(DecimalString),
  difference: z.optional(DecimalString),
  unit: z.optional(UnitName),
  /** the prose sentence, for findings about prose (table === null) */
  text: z.optional(z.string()),
  /** likely cause, in Chinese and English */
  cause: z.optional(z.object({ id: z.string(), zh: z.string(), en: z.string() })),
  /** every cell involved with its labels and written value */
  details: z.optional(z.array(CellDetail)),
  /** PDF only: the page box of every cell in `cells` and `related` that has one */
  boxes: z.optional(z.array(CellBox)),
});
export type Finding = z.infer<typeof Finding>;

export const TableSummary = z.object({
  index: count(),
  title: z.string(),
  kind: z.string(),
  unit: z.nullable(UnitName),
  rows: count(),
  cols: count(),
  /** PDF only: the page(s) this table element sits on */
  pages: z.optional(z.array(z.int().check(z.minimum(1)))),
});
export type TableSummary = z.infer<typeof TableSummary>;

export const CheckReport = z.object({
  tables: z.array(TableSummary),
  findings: z.array(Finding),
  /** PDF only (absent for HTML pages): what was read */
  source: z.optional(ReportSource),
});
export type CheckReport = z.infer<typeof CheckReport>;

/**
 * A relation that was checked and holds (exactly or within rounding): drawn as a quiet "verified" mark.
 * A relation inside the prose (a 其中 list, a share, a rate of change) has no table: `table` is null and
 * `text` is the sentence.
 */
export const VerifiedRelation = z.object({
  rule: z.string(),
  table: z.nullable(count()),
  cells: z.array(CellRef),
  related: z.array(z.object({ table: count(), cells: z.array(CellRef) })),
  text: z.optional(z.string()),
});
export type VerifiedRelation = z.infer<typeof VerifiedRelation>;

/** One amount cell, for the unit switch: its exact value as written and its written precision. */
export const AmountCell = z.object({
  table: count(),
  cell: CellRef,
  value: DecimalString,
  decimals: count(),
  unit: z.nullable(UnitName),
});
export type AmountCell = z.infer<typeof AmountCell>;

/**
 * One code cell of a table as the core classified it (lib/codes/cells.ts): the overlay's code cards
 * come from these, never from re-reading the cell's digits.
 */
export const CodeCell = z.object({
  table: count(),
  cell: CellRef,
  code: z.string().check(z.regex(/^\d{3,9}$/)),
  domain: z.enum(['function', 'economic-dept', 'economic-gov', 'unit', 'income', 'other']),
  part: z.optional(z.enum(['类', '款', '项'])),
  written: z.string(),
  name: z.optional(z.string()),
});
export type CodeCell = z.infer<typeof CodeCell>;

export const AnalysisSummary = z.object({
  tables: count(),
  relationsChecked: count(),
  problems: count(), // errors + warnings
  errors: count(),
  warnings: count(),
  rounding: count(),
  notRun: count(),
  skippedTables: z.array(z.object({ index: count(), reason: z.string() })),
  /** what was read (html or pdf, with pages); optional so older producers still validate */
  source: z.optional(ReportSource),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;

/** Everything the overlay draws for one page; produced by analyzeSnapshot() off the page's main thread. */
export const PageAnalysis = z.object({
  report: CheckReport,
  summary: AnalysisSummary,
  verified: z.array(VerifiedRelation),
  amounts: z.array(AmountCell),
  /** code cells of the tables (optional so older producers still validate) */
  codes: z.optional(z.array(CodeCell)),
  /** document year, when the page says which year it is about */
  year: z.nullable(z.int()),
  /** links to PDF files on the page (attachments the viewer can open) */
  attachments: z.optional(z.array(z.object({ href: z.string(), text: z.string() }))),
  /**
   * 'view': a first, partial result — in-table checks of the tables in view only (lib/analyze.ts);
   * the whole page's result follows and replaces it. Absent: the whole page.
   */
  stage: z.optional(z.literal('view')),
});
export type PageAnalysis = z.infer<typeof PageAnalysis>;
