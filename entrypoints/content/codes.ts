import { isClassification, type CodeCellInfo } from '../../lib/codes/cells';
import type { CellRef } from '../../lib/report/schema';

/** a code cell of a table the overlay read, as the core classified it (analysis.codes) */
export interface CodeCell {
  td: Element;
  info: CodeCellInfo;
}

/** more than this many code cells: the rest get no focus target and no card (a page of tens of thousands) */
export const MAX_CODE_CELLS = 5000;

/**
 * The code cells of an analysis, found a slice at a time (issue 13). Finding a cell's element builds
 * its table's grid on first use; on a page of a hundred tables that was one task of 170–200 ms. Each
 * `step(ms)` looks up cells until `ms` have passed (at least one cell), so a caller runs the steps in
 * tasks of their own; `step(Infinity)` finishes at once (a hover that needs the cells now).
 *
 * The cells end in document order without asking the DOM for each pair: a classification's cells
 * come per table in grid order, and a table's index is its place in the document, so (table, row,
 * column) is document order — except across a table nested in another, which the DOM decides.
 */
export function codeCellJob(
  codes: readonly CodeCellInfo[],
  tables: readonly Element[],
  cellAt: (table: number, cell: CellRef) => Element | null,
  now: () => number = () => performance.now(),
) {
  const cells: CodeCell[] = [];
  const byCell = new Map<Element, CodeCell>();
  let next = 0;
  let done = false;
  const finish = () => {
    done = true;
    cells.sort((x, y) => {
      if (x.td === y.td) return 0;
      const a = x.info.table;
      const b = y.info.table;
      if (a === b) return x.info.cell[0] - y.info.cell[0] || x.info.cell[1] - y.info.cell[1];
      const ta = tables[a];
      const tb = tables[b];
      // one table inside the other: the DOM says where the inner one's cells fall among the outer one's
      if (ta && tb && (ta.contains(tb) || tb.contains(ta)))
        return x.td.compareDocumentPosition(y.td) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      return a - b;
    });
  };
  return {
    cells,
    byCell,
    get done() {
      return done;
    },
    /** look up cells for `ms` at most (one at least); true once every cell is found and sorted */
    step(ms: number): boolean {
      if (done) return true;
      const t0 = now();
      while (next < codes.length && cells.length < MAX_CODE_CELLS) {
        const info = codes[next++]!;
        if (!isClassification(info)) continue;
        const td = cellAt(info.table, info.cell);
        if (td?.isConnected && !byCell.has(td)) {
          const c = { td, info };
          cells.push(c);
          byCell.set(td, c);
        }
        if (now() - t0 >= ms) break;
      }
      if (next >= codes.length || cells.length >= MAX_CODE_CELLS) finish();
      return done;
    },
  };
}

export type CodeCellJob = ReturnType<typeof codeCellJob>;
