import { evaluateSum, reportSum } from '../arith';
import { defineRule } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';
import { totalAddends } from '../../tables/hierarchy';
import type { Item } from '../../tables/model';

/**
 * Row hierarchy: a parent row equals the sum of its children in every amount column; a total row
 * equals its section's top-level rows; a "其中" row never exceeds its parent. Children inferred only
 * from position under a numbered row (no code, no numbering of their own) are checked only when they
 * carry figures, and reported as warnings: the nesting itself is a guess.
 */
export default defineRule({
  meta: {
    id: 'row-hierarchy',
    title: { zh: '上下级行合计', en: 'Row hierarchy sums' },
    description: {
      zh: '上级科目（按编码、编号或缩进）等于其下级之和；合计行等于各顶层行之和；“其中”行不超过其上级。',
      en: 'A parent row (by code, numbering or indentation) equals the sum of its children; a total row equals its top-level rows; a "其中" row never exceeds its parent.',
    },
    severity: 'error outside the rounding band; info inside it; warning when the nesting is only inferred',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    for (const table of doc.tables) {
      for (const block of table.blocks) {
        const items = block.items;
        for (const parent of items) {
          const kids = parent.children.map((k) => items[k]!).filter((k) => !k.subset);
          // links inferred from the values themselves hold by construction: nothing to check
          if (kids.some((k) => k.parentBy === 'value')) continue;
          const subsets = parent.children.map((k) => items[k]!).filter((k) => k.subset);
          if (kids.length > 0) {
            const implicit = kids.every((k) => k.parentBy === 'implicit' || k.parentBy === 'indent');
            for (const col of block.amountCols) {
              // inferred children that are all blank: the page just doesn't break the figure down
              if (implicit && kids.every((k) => (k.values.get(col)?.kind ?? 'blank') !== 'amount')) continue;
              const total = termOf(table, parent, col, 'total');
              const parts = kids.map((k) => termOf(table, k, col, 'part'));
              const result = evaluateSum(total, parts);
              if (result.status === 'skip' && result.reason && result.reason !== 'all cells blank') {
                report.notRun({ rule: 'row-hierarchy', table: table.index, reason: `${rowLabel(parent)}: ${result.reason}` });
                continue;
              }
              reportSum({
                rule: 'row-hierarchy', report, total, parts, result, page,
                what: { zh: `上级行「${rowLabel(parent)}」应等于其下级之和`, en: `Parent row "${rowLabel(parent)}" should equal the sum of its children` },
                severity: implicit ? 'warning' : 'error',
              });
            }
          }
          for (const s of subsets) checkSubset(parent, s);
        }
        for (const t of items.filter((i) => i.total)) {
          const addends = totalAddends(items, t);
          if (addends.length === 0) continue;
          for (const col of block.amountCols) {
            const total = termOf(table, t, col, 'total');
            const parts = addends.map((a) => termOf(table, a, col, 'part'));
            const result = evaluateSum(total, parts);
            if (result.status === 'skip' && result.reason && result.reason !== 'all cells blank') {
              report.notRun({ rule: 'row-hierarchy', table: table.index, reason: `${rowLabel(t)}: ${result.reason}` });
              continue;
            }
            reportSum({
              rule: 'row-hierarchy', report, total, parts, result, page,
              what: { zh: `「${rowLabel(t)}」应等于各项之和`, en: `"${rowLabel(t)}" should equal the sum of its items` },
            });
          }
        }

        function checkSubset(parent: Item, sub: Item) {
          for (const col of block.amountCols) {
            const pv = parent.values.get(col);
            const sv = sub.values.get(col);
            if (sv?.kind !== 'amount' || sv.value.isZero()) continue;
            report.checked();
            const pval = pv?.kind === 'amount' ? pv.value : null;
            const cells: [number, number][] = [[parent.row, col], [sub.row, col]];
            if (pval && sv.value.lte(pval)) {
              report.verified({ rule: 'row-hierarchy', table: table.index, cells, related: [] });
              continue;
            }
            const p = termOf(table, parent, col, 'total');
            const s = termOf(table, sub, col, 'subset');
            report.finding({
              rule: 'row-hierarchy', severity: 'error', table: parent.table, cells, related: [],
              message: `“其中”项「${rowLabel(sub)}」${sv.text} 超过了其上级「${rowLabel(parent)}」${pv?.kind === 'amount' ? pv.text : '（空）'}`,
              messageEn: `The "of which" row "${rowLabel(sub)}" (${sv.text}) exceeds its parent "${rowLabel(parent)}"`,
              expected: pval ? pval.toFixed(sv.decimals) : '0', actual: sv.value.toFixed(sv.decimals),
              difference: sv.value.minus(pval ?? 0).toFixed(sv.decimals),
              ...(table.unit ? { unit: table.unit } : {}),
              details: [p, s].map((t) => ({ table: t.table, cell: [t.row, t.col] as [number, number], label: t.label, written: t.value.kind === 'amount' ? t.value.text : '', role: t.role })),
            });
          }
        }
      }
    }
  },
});
