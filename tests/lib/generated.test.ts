/**
 * The parser at scale on generated budget pages (bigBudgetPage): every planted table found with its
 * title and unit, every planted amount read exactly where it was written, the code hierarchy rebuilt
 * (项 → 款 → 类), and no in-table arithmetic finding (every table adds up by construction).
 *
 * Here only the in-table rules run; the whole analysis of generated pages (cross-table relations too,
 * and planted errors) is tested in generated-consistency.test.ts.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/analyze';
import columnSums from '../../lib/checks/rules/column-sums';
import rowHierarchy from '../../lib/checks/rules/row-hierarchy';
import { buildDocumentModel } from '../../lib/document';
import { bigBudgetPage } from '../generators';
import { snapshotHtml } from './helpers';

describe.each([
  [1, ['plain', 'merged', 'word'] as const],
  [2, ['merged'] as const],
  [3, ['word'] as const],
])('bigBudgetPage seed %s (%s)', (seed, styles) => {
  it('tables, titles, units, exact amounts, hierarchy, no in-table findings', () => {
    const page = bigBudgetPage({ seed, tables: 12, cellsTarget: 6000, styles: [...styles] });
    const doc = buildDocumentModel(snapshotHtml(page.html));
    const byIndex = new Map(doc.tables.map((t) => [t.index, t]));
    expect(doc.tables.length).toBe(page.tables.length);
    for (const pt of page.tables) {
      const t = byIndex.get(pt.index);
      expect(t, `planted table #${pt.index} ${pt.title}`).toBeDefined();
      expect(t!.title.endsWith(pt.title), `#${pt.index} "${t!.title}" ends with "${pt.title}"`).toBe(true);
      expect(t!.unit, `#${pt.index} ${pt.unitText}`).toBe(pt.unit);
      expect(t!.parts.length, `#${pt.index} not joined to a neighbour`).toBe(1);
      const items = t!.blocks.flatMap((b) => b.items);
      const itemAt = new Map(items.map((i) => [i.row, i]));
      for (const row of pt.rows) {
        const it = itemAt.get(row.rowIndex);
        expect(it, `#${pt.index} row ${row.rowIndex} "${row.name}"`).toBeDefined();
        if (row.code && row.kind !== 'unit') expect(it!.code?.code, `#${pt.index} row ${row.rowIndex}`).toBe(row.code);
        if (row.parent !== null) {
          const parentRow = pt.rows[row.parent]!;
          const block = t!.blocks.find((b) => b.items.includes(it!))!;
          // 合计 rows are not parents in the model (a total is the sum of the top level, not a parent)
          if (parentRow.kind !== 'total') expect(it!.parent === null ? null : block.items[it!.parent]!.row, `#${pt.index} parent of "${row.name}"`).toBe(parentRow.rowIndex);
        }
        pt.columns.forEach((col, k) => {
          const v = it!.values.get(col.gridCol);
          const planted = row.amounts[k];
          const where = `#${pt.index} [${row.rowIndex},${col.gridCol}] "${row.display[k]}"`;
          if (planted === null || planted === undefined) {
            expect(v?.kind === 'amount' ? 'amount' : 'no amount', where).toBe('no amount');
          } else if (v?.kind === 'amount') {
            expect(v.value.equals(new Decimal(planted.toString()).div(100)), `${where} read ${v.value.toString()}`).toBe(true);
            expect(v.decimals, where).toBe(2);
          } else {
            // zero written as blank or dash
            expect(planted, where).toBe(0n);
            expect(['blank', 'dash'], where).toContain(v?.kind ?? 'blank');
          }
        });
      }
    }
    const c = runRules(doc, [rowHierarchy, columnSums]);
    expect(c.findings.filter((f) => f.severity !== 'info' || f.cause?.id !== 'rounding').map((f) => `#${f.table} ${f.message}`)).toEqual([]);
    expect(c.notRuns).toEqual([]);
    expect(c.verifiedRelations.length).toBeGreaterThan(100);
  }, 120_000);
});
