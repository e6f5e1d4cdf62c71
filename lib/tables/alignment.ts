import { evaluateSum, type SumResult, type Term } from '../checks/arith';
import { columnSums } from './columns';
import type { Block, BudgetTable, Column, HeaderReading, Item } from './model';

/**
 * Header alignment, decided when the table model is built.
 *
 * Pages converted from PDF or Word often carry a header row shifted by a column or two against
 * figures that are right (an empty column lost, a header cell written twice). The header implies
 * column arithmetic (合计 = 基本支出 + 项目支出, 小计 = 人员经费 + 公用经费 …); that arithmetic is the
 * evidence for which mapping of header text to figure columns is the right one:
 *
 * - the header as written is kept unless one of its column relations fails on most rows alike;
 * - otherwise every shift of the header by ±1 or ±2 columns from some column onward (one column
 *   lost or added, the usual conversion slip) is tried; a mapping is proven when every relation it
 *   implies holds on most rows and it proves at least as many relations as the written header tried;
 * - exactly one proven reading (mappings giving the same relations are one reading): it is used,
 *   and the table's reasons say so; none, or two different ones: the table's column relations are
 *   uncertain, and rules that read columns by their header say they could not check — the page is
 *   not blamed for what the reader could not tell.
 */

export type SumRelation = { total: number; parts: number[] };

/** How one column relation fares on a block's rows. */
export interface RelationFit {
  tested: number;
  failing: number;
  /** rows where the relation holds with at least two non-zero figures (real evidence, not 0 = 0) */
  evidence: number;
}

const ZERO_TERM = (item: Item, col: number, role: Term['role'], unit: BudgetTable['unit']): Term => ({
  table: item.table,
  row: item.row,
  col,
  value: item.values.get(col) ?? { kind: 'blank' },
  unit,
  label: [],
  role,
});

/**
 * One column relation on one row, as column-sums evaluates it: a blank part is absent (templates leave
 * a breakdown cell blank for nothing); a blank total beside written parts is not read as zero — it may
 * be a figure lost or written in another column — so the row cannot be checked.
 */
export function evaluateColumnRow(table: BudgetTable, item: Item, sum: SumRelation): { total: Term; parts: Term[]; result: SumResult } {
  const unitOf = (c: number) => table.columns[c]?.unit ?? table.unit;
  const total = ZERO_TERM(item, sum.total, 'total', unitOf(sum.total));
  const parts = sum.parts.map((c) => ZERO_TERM(item, c, 'part', unitOf(c)));
  if (total.value.kind === 'blank' && parts.some((p) => p.value.kind === 'amount' && !p.value.value.isZero())) {
    const r = evaluateSum(total, parts);
    return { total, parts, result: { ...r, status: 'skip', reason: 'total cell blank while its component cells are filled' } };
  }
  return { total, parts, result: evaluateSum(total, parts) };
}

/** The block whose amount columns hold a relation's total. */
export function blockOfSum(table: BudgetTable, sum: SumRelation): Block | undefined {
  return table.blocks.find((b) => b.amountCols.includes(sum.total));
}

/** A relation the page never fills in (component columns blank on every row) is not a test. */
export function relationFilled(block: Block, sum: SumRelation): boolean {
  return sum.parts.some((c) => block.items.some((it) => it.values.get(c)?.kind === 'amount'));
}

export function fitOf(table: BudgetTable, sum: SumRelation): RelationFit | null {
  const block = blockOfSum(table, sum);
  if (!block || !relationFilled(block, sum)) return null;
  const fit: RelationFit = { tested: 0, failing: 0, evidence: 0 };
  for (const item of block.items) {
    const { total, parts, result } = evaluateColumnRow(table, item, sum);
    if (result.status === 'skip') continue;
    fit.tested++;
    if (result.status === 'error') fit.failing++;
    else {
      const nonZero = [total, ...parts].filter((t) => t.value.kind === 'amount' && !t.value.value.isZero()).length;
      if (nonZero >= 2) fit.evidence++;
    }
  }
  return fit;
}

/** Fails on most rows alike: the reading, not the rows, is what is wrong. */
export function misfits(fit: RelationFit): boolean {
  return fit.failing >= 2 && fit.failing * 2 > fit.tested;
}

interface Reading {
  paths: string[][];
  sums: SumRelation[];
  label: string;
}

function sumsKey(sums: SumRelation[]): string {
  return sums.map((s) => `${s.total}=${[...s.parts].sort((a, b) => a - b).join('+')}`).sort().join(';');
}

function sumsOf(columns: Column[], paths: string[][]): SumRelation[] {
  return columnSums(columns.map((c, i) => ({ ...c, path: paths[i] ?? [] })));
}

function judge(fits: (RelationFit | null)[]): { misfit: number; held: number; tested: number; evidence: number } {
  let misfit = 0, held = 0, tested = 0, evidence = 0;
  for (const fit of fits) {
    if (!fit || fit.tested === 0) continue;
    tested++;
    if (misfits(fit) || fit.failing * 2 >= fit.tested) misfit++;
    else if (fit.evidence > 0) { held++; evidence += fit.evidence; }
  }
  return { misfit, held, tested, evidence };
}

const SHIFTS = [-1, 1, -2, 2];

/** Decide the header → column mapping of a built table (its items must exist). Idempotent. */
export function alignHeader(table: BudgetTable): void {
  const written = table.header?.written ?? table.columns.map((c) => c.path);
  const restore = () => table.columns.forEach((c, i) => { c.path = written[i] ?? []; });
  restore();
  table.columnSums = sumsOf(table.columns, written);
  table.header = { status: 'as-written', written };
  // each relation evaluated once on every row: shifted readings share most of their relations, and a
  // relation's fit depends only on its columns (their figures and units, which no reading changes)
  const fitCache = new Map<string, RelationFit | null>();
  const fitFor = (s: SumRelation) => {
    const key = `${s.total}=${s.parts.join('+')}`;
    let f = fitCache.get(key);
    if (f === undefined) { f = fitOf(table, s); fitCache.set(key, f); }
    return f;
  };
  const fits = table.columnSums.map(fitFor);
  const failing = table.columnSums.filter((_, i) => { const f = fits[i]; return f != null && misfits(f); });
  if (failing.length === 0) return;
  const asWritten = judge(fits);

  // shifted readings: from column j onward, figure column c carries the header written at c − k
  const amountCols = new Set(table.blocks.flatMap((b) => b.amountCols));
  const proven = new Map<string, Reading>();
  for (const k of SHIFTS) {
    for (let j = 0; j < table.columns.length; j++) {
      if (!amountCols.has(j)) continue;
      const paths = written.map((p, c) => {
        if (c < j) return p;
        const from = c - k;
        // a header cell never moves onto a label or code column, nor takes one's header
        if (from < 0 || from >= written.length || !amountCols.has(from) || !amountCols.has(c)) return amountCols.has(c) ? [] : p;
        return written[from]!;
      });
      const sums = sumsOf(table.columns, paths);
      const v = judge(sums.map(fitFor));
      if (v.misfit > 0 || v.held === 0 || v.held < asWritten.tested) continue;
      const key = sumsKey(sums);
      // equivalent readings (they differ only in the names of blank columns): keep the one that moves the fewest headers
      const prev = proven.get(key);
      const label = `从第${j + 1}列起表头${k < 0 ? '左' : '右'}移${Math.abs(k)}列 / header shifted ${k < 0 ? 'left' : 'right'} by ${Math.abs(k)} from column ${j + 1}`;
      if (!prev) proven.set(key, { paths, sums, label });
      else if (moved(written, paths) < moved(written, prev.paths)) proven.set(key, { paths, sums, label });
    }
  }
  const names = failing.map((s) => `「${written[s.total]?.join(' › ') ?? ''}」`).join('、');
  if (proven.size === 1) {
    const [r] = [...proven.values()];
    table.columns.forEach((c, i) => { c.path = r!.paths[i] ?? []; });
    table.columnSums = r!.sums;
    table.header = { status: 'realigned', written, note: r!.label };
    table.reasons.push(`header realigned by its column arithmetic: ${r!.label}`);
    return;
  }
  table.header = {
    status: 'uncertain',
    written,
    note:
      proven.size === 0
        ? `${names}在多数行都不等于其分项列之和，表头平移后也对不上，无法确定各列含义（表头可能与数字列错位）`
        : `${names}在多数行都不等于其分项列之和；表头有${proven.size}种平移都能对上，无法确定哪一种是对的`,
  };
}

function moved(a: string[][], b: string[][]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if ((a[i] ?? []).join('›') !== (b[i] ?? []).join('›')) n++;
  return n;
}
