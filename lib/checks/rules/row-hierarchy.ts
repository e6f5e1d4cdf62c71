import { evaluateSum, reportSum, type SumResult, type Term } from '../arith';
import { defineRule } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';
import { totalAddends, unsureAddends } from '../../tables/hierarchy';
import Decimal from 'decimal.js';
import { formatDecimal } from '../../figures';
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
    scope: 'table',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    for (const table of doc.tables) {
      // performance tables are forms of indicators, not hierarchies of amounts: the performance rule reads them
      if (table.kind === '绩效目标表' || table.kind === '绩效自评表') continue;
      for (const block of table.blocks) {
        const items = block.items;
        for (const parent of items) {
          const kids = parent.children.map((k) => items[k]!).filter((k) => !k.subset);
          if (parent.unsureChildren && kids.length > 0) {
            report.notRun({ rule: 'row-hierarchy', table: table.index, reason: `${rowLabel(parent)}: 下方有编码无法识别的行（${parent.unsureChildren}），其下级不确定 / a row below has an unreadable code (${parent.unsureChildren}), so its children are not known` });
            for (const s of parent.children.map((k) => items[k]!).filter((k) => k.subset)) checkSubset(parent, s);
            continue;
          }
          // links inferred from the values themselves hold by construction: nothing to check
          if (kids.some((k) => k.parentBy === 'value')) continue;
          const subsets = parent.children.map((k) => items[k]!).filter((k) => k.subset);
          if (kids.length > 0) {
            const implicit = kids.every((k) => k.parentBy === 'implicit' || k.parentBy === 'indent');
            const evaluated: { total: Term; parts: Term[]; result: SumResult }[] = [];
            for (const col of block.amountCols) {
              // inferred children that are all blank: the page just doesn't break the figure down
              if (implicit && kids.every((k) => (k.values.get(col)?.kind ?? 'blank') !== 'amount')) continue;
              const total = termOf(table, parent, col, 'total');
              const parts = kids.map((k) => termOf(table, k, col, 'part'));
              const result = evaluateSum(total, parts);
              if (result.status === 'skip') {
                if (result.reason && result.reason !== 'all cells blank') report.notRun({ rule: 'row-hierarchy', table: table.index, reason: `${rowLabel(parent)}: ${result.reason}` });
                continue;
              }
              evaluated.push({ total, parts, result });
            }
            const failing = evaluated.filter((e) => e.result.status === 'error');
            const shift = kids.length === 1 && failing.length >= 2 ? shiftOf(parent, kids[0]!, failing.map((f) => f.total.col), block.amountCols) : 0;
            if (shift !== 0) {
              reportShift(parent, kids[0]!, failing, shift);
              for (const e of evaluated) if (e.result.status !== 'error') report.verified({ rule: 'row-hierarchy', table: parent.table, cells: [[parent.row, e.total.col], [kids[0]!.row, e.total.col]], related: [] });
              continue;
            }
            for (const { total, parts, result } of evaluated) {
              reportSum({
                rule: 'row-hierarchy', report, total, parts, result, page,
                what: { zh: `上级行「${rowLabel(parent)}」应等于其下级之和`, en: `Parent row "${rowLabel(parent)}" should equal the sum of its children` },
                severity: implicit ? 'warning' : 'error',
              });
            }
          }
          for (const s of subsets) checkSubset(parent, s);
        }
        const unsureTop = unsureAddends(items);
        for (const t of items.filter((i) => i.total)) {
          if (unsureTop) {
            report.notRun({ rule: 'row-hierarchy', table: table.index, reason: `${rowLabel(t)}: 类一级的编码无法识别（${unsureTop}），哪些行是顶层行不确定 / a 类 row has an unreadable code (${unsureTop}), so the top-level rows are not known` });
            continue;
          }
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

        function reportShift(parent: Item, child: Item, failing: { total: Term; parts: Term[] }[], shift: number) {
          report.checked();
          const cols = failing.map((f) => f.total.col).sort((a, b) => a - b);
          const cells: [number, number][] = cols.flatMap((c) => [[parent.row, c], [child.row, c]] as [number, number][]);
          const from = table.columns[cols[0]!]?.path.join(' › ') ?? '';
          const dir = shift < 0 ? '左' : '右';
          report.finding({
            rule: 'row-hierarchy', severity: 'error', table: parent.table, cells, related: [],
            message: `「${rowLabel(child)}」从「${from}」列起的数字比上级行「${rowLabel(parent)}」整体错${dir}一列：两行在 ${cols.length} 列上对不上`,
            messageEn: `From column "${from}" on, the figures of "${rowLabel(child)}" sit one column to the ${shift < 0 ? 'left' : 'right'} of its parent row "${rowLabel(parent)}": the rows disagree in ${cols.length} columns`,
            cause: { id: 'shifted-columns', zh: '同一组数字在两行里错开了一列：多半是录入或排版时某一行少（或多）了一个空格子。', en: 'The same figures are one column apart in the two rows: most likely one row lost (or gained) an empty cell when the table was typed or converted.' },
            ...(table.unit ? { unit: table.unit } : {}),
            details: failing.flatMap((f) => [f.total, ...f.parts]).map((t) => ({ table: t.table, cell: [t.row, t.col] as [number, number], label: t.label, written: t.value.kind === 'amount' ? t.value.text : '', role: t.role })),
          });
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
              expected: pval ? formatDecimal(pval, sv.decimals) : '0', actual: formatDecimal(sv.value, sv.decimals),
              difference: formatDecimal(sv.value.minus(pval ?? 0), sv.decimals),
              ...(table.unit ? { unit: table.unit } : {}),
              details: [p, s].map((t) => ({ table: t.table, cell: [t.row, t.col] as [number, number], label: t.label, written: t.value.kind === 'amount' ? t.value.text : '', role: t.role })),
            });
          }
        }
      }
    }
  },
});

function val(it: Item, col: number | undefined): Decimal {
  const v = col === undefined ? undefined : it.values.get(col);
  return v && v.kind === 'amount' ? v.value : new Decimal(0);
}

/**
 * A child row whose figures sit one column off from its parent's, over every failing column:
 * returns the shift (−1: the child is one column left), or 0 when a shift does not explain them all.
 */
function shiftOf(parent: Item, child: Item, failing: number[], cols: number[]): number {
  for (const s of [-1, 1]) {
    const ok = failing.every((c) => {
      const k = cols.indexOf(c);
      // the parent's figure in column c is the child's figure one column over, or vice versa
      return val(parent, c).eq(val(child, cols[k + s])) || val(child, c).eq(val(parent, cols[k - s]));
    });
    if (ok) return s;
  }
  return 0;
}
