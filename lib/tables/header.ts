import { labelKey } from '../dom/text';
import { parseUnit } from '../figures';
import { isAmountCell } from './cells';
import { parseLabel } from './labels';
import type { TableCell } from './model';

/** Rows above the header that only carry a title or a unit line ("单位：万元" in the first row). */
export function preambleRows(cells: TableCell[][], cols: number): number {
  let r = 0;
  while (r < cells.length && r < 3) {
    const origins = distinctTexts(cells[r]!);
    if (origins.length === 0) { r++; continue; }
    const spansAll = origins.length === 1 && cols > 2;
    const looksMeta = origins.every((t) => /单位[:：]|编制|部门[:：]|填报|表$|年度\)?$|^表\d+|^\(?\d{4}年度?\)?$/.test(labelKey(t)) || parseUnit(t) !== null);
    if ((spansAll && !isHeaderWord(origins[0]!)) || (looksMeta && origins.length <= 3)) r++;
    else break;
  }
  return r;
}

function isHeaderWord(t: string): boolean {
  return /^(项目|科目|收入|支出|合计|名称|单位|编码)/.test(labelKey(t));
}

function distinctTexts(row: TableCell[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of row) {
    if (!c.text) continue;
    const k = `${c.originRow},${c.originCol}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c.text);
  }
  return out;
}

/** A body row: it holds an amount, or it is a total row whose other cells are not header words. */
export function isDataRow(row: TableCell[]): boolean {
  if (row.some((c) => c.isOrigin && isAmountCell(c))) return true;
  const texts = row.filter((c) => c.isOrigin && c.text);
  if (texts.length === 0) return false;
  const first = texts[0]!;
  if (parseLabel(first.text).total && texts.every((c) => c === first || c.figure.kind !== 'text' || c.codeLike)) return true;
  // a code in a leading column followed by a name: a body row even when all amounts are blank
  const lead = texts.slice(0, 3);
  return lead.some((c) => c.codeLike && c.col < 5) && texts.some((c) => c.figure.kind === 'text' && /[\u4e00-\u9fff]/.test(c.text));
}

/** Index of the first body row (header rows are the ones between the preamble and it). */
export function bodyStart(cells: TableCell[][], from: number): number {
  for (let r = from; r < cells.length; r++) if (isDataRow(cells[r]!)) return r;
  return cells.length;
}

/**
 * Column header paths from the header rows. Merged cells already spread their text over the grid;
 * in tables published without merges, an empty header slot inherits from its left neighbour when
 * the rows below show it is a sub-column of that heading (and both sit under the same parent).
 */
export function headerPaths(cells: TableCell[][], from: number, to: number, cols: number): string[][] {
  type Name = { text: string; key: string } | null;
  const names: Name[][] = [];
  for (let r = from; r < to; r++) {
    const line: Name[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = cells[r]![c]!;
      if (cell.text) line.push({ text: labelKey(cell.text), key: `${cell.originRow},${cell.originCol}` });
      else line.push(null);
    }
    names.push(line);
  }
  const hasBelow = (ri: number, c: number) => {
    for (let k = ri + 1; k < names.length; k++) if (names[k]![c]) return true;
    return false;
  };
  const above = (ri: number, c: number) => names.slice(0, ri).map((l) => l[c]?.key ?? '').join('|');
  for (let ri = 0; ri < names.length; ri++) {
    for (let c = 1; c < cols; c++) {
      if (names[ri]![c]) continue;
      const left = names[ri]![c - 1];
      if (left && hasBelow(ri, c) && above(ri, c) === above(ri, c - 1)) names[ri]![c] = left;
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < cols; c++) {
    const path: string[] = [];
    let lastKey = '';
    for (let ri = 0; ri < names.length; ri++) {
      const n = names[ri]![c];
      if (!n || n.key === lastKey) continue;
      lastKey = n.key;
      path.push(n.text);
    }
    paths.push(path);
  }
  return paths;
}
