import { labelKey } from '../dom/text';
import type { TableSnapshot } from '../snapshot/schema';
import { readCells } from './cells';
import { assignBlocks, classifyColumns, columnSums } from './columns';
import { afterOf, contextsOf, ownerOf, notesOf, titleOf, unitOf, type TableContext } from './context';
import { scoreTable } from './detect';
import { alignHeader } from './alignment';
import { linkHierarchy, regroupByValues } from './hierarchy';
import { buildItems } from './items';
import { readForm } from './form';
import { kindFromStructure, kindFromTitle } from './kind';
import type { Block, BudgetTable, Column, TableCell, TablePart } from './model';
import type { UnitName } from '../report/schema';
import { unitInHeader } from '../figures';
import { bodyStart, headerPaths, preambleRows } from './header';
import { columnVocab, rowVocab, sideOfText, tableVocab } from './vocabulary';

export type BuildResult = { table: BudgetTable } | { skipped: string };

function commonPrefix(paths: string[][]): string[] {
  if (paths.length === 0) return [];
  const out: string[] = [];
  for (let k = 0; ; k++) {
    const v = paths[0]![k];
    if (v === undefined || !paths.every((p) => p[k] === v)) return out;
    out.push(v);
  }
}

function makeBlocks(columns: Column[], count: number): Block[] {
  const blocks: Block[] = [];
  for (let b = 0; b < count; b++) {
    const cols = columns.filter((c) => c.block === b);
    const labels = cols.filter((c) => c.role === 'label');
    const codes = cols.filter((c) => c.role === 'code');
    const amounts = cols.filter((c) => c.role === 'amount');
    const labelCol = labels[0]?.col ?? codes[codes.length - 1]?.col;
    if (labelCol === undefined || amounts.length === 0) continue;
    blocks.push({
      index: blocks.length,
      heading: commonPrefix(cols.map((c) => c.path)),
      labelCol,
      codeCols: codes.map((c) => c.col),
      amountCols: amounts.map((c) => c.col),
      items: [],
    });
  }
  // a table that is only figures under a header (a one-row 三公 table): one block whose rows have no label
  if (blocks.length === 0 && !columns.some((c) => c.role === 'label' || c.role === 'code')) {
    const amounts = columns.filter((c) => c.role === 'amount');
    if (amounts.length > 0) blocks.push({ index: 0, heading: commonPrefix(amounts.map((c) => c.path)), labelCol: -1, codeCols: [], amountCols: amounts.map((c) => c.col), items: [] });
  }
  return blocks;
}

/** Items and hierarchy of every block over all parts (re-run after joining a continuation). */
export function buildBlockItems(table: BudgetTable): void {
  for (const b of table.blocks) {
    b.items = buildItems(table.parts, b, table.columns);
    linkHierarchy(b.items);
    const first = b.amountCols[0];
    if (first !== undefined) regroupByValues(b.items, first);
    // vocabulary (lib/tables/vocabulary.ts): each row's and block's fund / scope / side / measure, read once here
    b.side = sideOfText(b.heading.join(''));
    for (const it of b.items) it.vocab = rowVocab(it.label || it.rawLabel);
  }
  // forms are read from all parts, so a joined continuation re-reads them too
  const form = readForm(table);
  if (form) table.form = form;
  else delete table.form;
  table.empty = !table.blocks.some((b) => b.items.some((i) => [...i.values.values()].some((v) => v.kind === 'amount' && !v.value.isZero())));
  // which header text belongs to which figure column is decided here, by the arithmetic, once for every rule
  alignHeader(table);
}

export function buildTable(snap: TableSnapshot, ctx: TableContext | undefined): BuildResult {
  if (snap.rows.length === 0) return { skipped: 'no rows' };
  const { cells, cols } = readCells(snap);
  if (cols < 2) return { skipped: 'fewer than two columns' };
  const pre = preambleRows(cells, cols);
  const body = bodyStart(cells, pre);
  const paths = headerPaths(cells, pre, body, cols);
  const columns = classifyColumns(cells, paths, body, cols);
  const blockCount = assignBlocks(columns);
  const blocks = makeBlocks(columns, blockCount);
  const part: TablePart = { index: snap.index, rows: cells.length, cols, headerRows: body, cells };
  const preamble = cells.slice(0, pre).flatMap((row) => row.filter((c) => c.isOrigin && c.text).map((c) => c.text));
  const title = titleOf(ctx, snap.caption, preamble);
  const headerTexts = cells.slice(pre, body).flatMap((row) => row.filter((c) => c.isOrigin && c.text).map((c) => c.text));
  let { unit, source } = unitOf(ctx, preamble, headerTexts);
  if (!unit) ({ unit, source } = unitInLabels(cells));
  const table: BudgetTable = {
    index: snap.index, parts: [part], title, kind: '其他预算表', kindBy: 'structure', unit, unitSource: source,
    notes: notesOf(ctx), columns, blocks, score: 0, reasons: [], columnSums: columnSums(columns), empty: true,
    vocab: { fund: null, scope: null, side: null, measure: null }, after: afterOf(ctx), owner: ownerOf(ctx, preamble),
  };
  buildBlockItems(table);
  const titleKind = kindFromTitle(title);
  const score = scoreTable({ cells, body, columns, blocks, title, titleKind: !!titleKind, unit: !!unit, nested: snap.nested, hasNestedTable: snap.hasNestedTable });
  table.score = score.score;
  table.reasons = score.reasons;
  if (table.header?.status !== 'as-written' && table.header?.note) table.reasons.push(`header ${table.header.status}: ${table.header.note}`);
  if (!score.budget) return { skipped: `not a budget table (score ${score.score}: ${score.reasons.join('; ') || 'no budget features'})` };
  if (snap.truncatedRows > 0) table.reasons.push(`${snap.truncatedRows} rows not read (table too large)`);
  table.kind = titleKind ?? kindFromStructure(columns, blocks);
  table.kindBy = titleKind ? 'title' : 'structure';
  // vocabulary (lib/tables/vocabulary.ts): the table's and each column's fund / scope / side / measure, once the kind is known
  table.vocab = tableVocab(title, table.kind, table.notes);
  for (const c of columns) c.vocab = columnVocab(c.path, table.vocab);
  return { table };
}

/**
 * Form-like tables (绩效目标表) state their unit in a row label: "资金金额 (万元)". Taken only when every
 * such label in the table names the same unit.
 */
function unitInLabels(cells: TableCell[][]): { unit: UnitName | null; source: string | null } {
  const found = new Map<UnitName, string>();
  for (const row of cells) {
    for (const c of row) {
      if (!c.isOrigin || c.figure.kind !== 'text' || !/金额|资金|预算|决算|经费/.test(c.text)) continue;
      const u = unitInHeader(c.text);
      if (u) found.set(u, c.text);
    }
  }
  if (found.size !== 1) return { unit: null, source: null };
  const [u, text] = [...found][0]!;
  return { unit: u, source: text };
}

/**
 * The table already has the total row that closes it. A total printed first, above its items (合计 as
 * the first body row, common in PDF disclosures), does not close the table: it may continue on the next page.
 */
function hasTotal(t: BudgetTable): boolean {
  return t.blocks.some((b) => b.items.some((i, k) => i.total && i.total !== 'subtotal' && k > 0));
}

/**
 * A table cut in two where a PDF page ended: the second part follows with only its title/unit lines
 * in between, has the same columns, and either repeats the header or has none. Joined into one.
 */
export function continues(a: BudgetTable, b: BudgetTable, between: string[]): boolean {
  const pa = a.parts[a.parts.length - 1]!;
  const pb = b.parts[0]!;
  if (pa.cols !== pb.cols) return false;
  if (a.kind === '绩效目标表' || a.kind === '绩效自评表') return false;
  if (hasTotal(a)) return false; // a part that already has its total row is complete
  // a part that opens with its own total row (合计 first) is a table of its own, not the rest of one.
  // "Opens" is the part's first item row: in a two-sided 收支总表 the shorter side (收入) may have ended
  // on the page before, so its column here starts at 本年收入合计 while the other side's items go on above it.
  const misread = bodyRowsReadAsHeader(a, pb);
  const firstRow = Math.min(...b.blocks.flatMap((x) => x.items.map((i) => i.row)));
  if (!misread && b.blocks.some((x) => x.items[0]?.total && x.items[0].row === firstRow)) return false;
  const sameTitle = !b.title || labelKey(b.title) === labelKey(a.title) || /^续表/.test(labelKey(b.title));
  if (!sameTitle) return false;
  const titleKeys = new Set([labelKey(a.title)]);
  const metaOnly = between.every((t) => titleKeys.has(labelKey(t)) || /^(单位|金额单位|部门|填报单位|编制单位)[:：]|^续表|^第\d+页/.test(labelKey(t)));
  if (!metaOnly) return false;
  const headerOf = (p: TablePart, t: BudgetTable) => t.columns.map((c) => c.path.join('›')).join('|') + `#${p.headerRows > 0}`;
  const repeated = headerOf(pa, a) === headerOf(pb, b);
  const headerless = pb.headerRows === 0;
  return repeated || headerless || misread;
}

function headerTexts(p: TablePart): string[] {
  return p.cells.slice(0, p.headerRows).flatMap((row) => row.filter((c) => c.isOrigin && c.text).map((c) => labelKey(c.text)));
}

/**
 * A continuation whose first rows carry no figure (a run of empty 支出 lines after a page break) reads
 * as if those rows were a header. When none of their texts repeats the header of the table above, they
 * are body rows of the continuation.
 */
export function bodyRowsReadAsHeader(a: BudgetTable, pb: TablePart): boolean {
  if (pb.headerRows === 0) return false;
  const head = new Set(headerTexts(a.parts[0]!));
  const texts = headerTexts(pb);
  return texts.length > 0 && texts.every((t) => !head.has(t));
}

/**
 * A continuation printed without its header (the rest of a table after a PDF page break) does not
 * score as a budget table on its own. Read it as a headerless part of the table above when it has the
 * same columns, follows with only title/unit lines between, and carries figures in that table's
 * amount columns (or a total row).
 */
export function headerlessContinuation(prev: BudgetTable, snap: TableSnapshot, between: string[]): TablePart | null {
  if (hasTotal(prev)) return null;
  const last = prev.parts[prev.parts.length - 1]!;
  const { cells, cols } = readCells(snap);
  if (cols !== last.cols || cells.length === 0) return null;
  const titleKey = labelKey(prev.title);
  const metaOnly = between.every((t) => labelKey(t) === titleKey || /^(单位|金额单位|部门|填报单位|编制单位)[:：]|^续表|^第\d+页/.test(labelKey(t)));
  if (!metaOnly) return null;
  // figure-less first rows (a run of empty 支出 lines after a page break) are body rows unless they repeat
  // the header above: then the part has a header of its own and is not headerless
  const start = bodyStart(cells, 0);
  if (start !== 0) {
    const head = new Set(headerTexts(prev.parts[0]!));
    const lead = cells.slice(0, start).flatMap((row) => row.filter((c) => c.isOrigin && c.text).map((c) => labelKey(c.text)));
    if (lead.length === 0 || lead.some((t) => head.has(t))) return null;
  }
  const amountCols = new Set(prev.blocks.flatMap((b) => b.amountCols));
  const fits = cells.some((row) => row.some((c) => c.isOrigin && amountCols.has(c.col) && c.figure.kind === 'amount' && !c.codeLike));
  return fits ? { index: snap.index, rows: cells.length, cols, headerRows: 0, cells } : null;
}

export { contextsOf };
