import type { UnitName } from '../report/schema';
import type { BudgetTable, Column, DocumentModel, Item } from '../tables/model';
import type { PageFigure, Term } from './arith';

/** How a row reads in a citation: "2101501 行政运行". */
export function rowLabel(item: Item): string {
  const code = item.code ? `${item.code.code} ` : '';
  return `${code}${item.label || item.rawLabel}`.trim();
}

export function columnOf(table: BudgetTable, col: number): Column | undefined {
  return table.columns[col];
}

export function unitOfColumn(table: BudgetTable, col: number): UnitName | null {
  return table.columns[col]?.unit ?? table.unit;
}

/** The term for one item's value in one column. */
export function termOf(table: BudgetTable, item: Item, col: number, role: Term['role']): Term {
  // a header the model could not map onto the figures with certainty is not cited as the column's meaning
  const path = table.header?.status === 'uncertain' ? [`第${col + 1}列`] : (table.columns[col]?.path ?? []);
  return {
    table: item.table,
    row: item.row,
    col,
    value: item.values.get(col) ?? { kind: 'blank' },
    unit: unitOfColumn(table, col),
    label: [rowLabel(item), ...(path.length ? [path.join(' › ')] : [])],
    role,
  };
}

const figuresCache = new WeakMap<DocumentModel, PageFigure[]>();

/** Every amount on the page, for "the difference equals another figure" causes (computed once per document). */
export function pageFigures(doc: DocumentModel): PageFigure[] {
  const hit = figuresCache.get(doc);
  if (hit) return hit;
  const out: PageFigure[] = [];
  figuresCache.set(doc, out);
  for (const t of doc.tables) {
    for (const b of t.blocks) {
      for (const it of b.items) {
        for (const [col, v] of it.values) {
          if (v.kind !== 'amount') continue;
          out.push({ table: it.table, row: it.row, col, value: v.value, decimals: v.decimals, unit: unitOfColumn(t, col), label: termOf(t, it, col, 'other').label });
        }
      }
    }
    // amounts outside the block columns (备注 etc.) count too: a figure typed in the wrong column
    for (const part of t.parts) {
      for (let r = part.headerRows; r < part.cells.length; r++) {
        for (const c of part.cells[r]!) {
          if (!c.isOrigin || c.figure.kind !== 'amount' || c.codeLike) continue;
          const role = t.columns[c.col]?.role;
          if (role === 'amount') continue;
          out.push({ table: part.index, row: r, col: c.col, value: c.figure.value, decimals: c.figure.decimals, unit: t.unit, label: [`第${r + 1}行`, (t.columns[c.col]?.path ?? []).join(' › ')] });
        }
      }
    }
  }
  return out;
}
