import { evaluateSum, reportSum, type SumResult, type Term } from '../arith';
import { defineRule } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';

/** Cause given when a column relation fails on most rows alike: the page's header and figures are off. */
export const MISALIGNED = {
  id: 'misaligned-header',
  zh: '多数行都对不上：更可能是表头与数据列错位（如转换PDF时丢了空列），而不是逐行填错。请对照原件核实各列含义。',
  en: 'Most rows disagree alike: the header more likely does not line up with the figure columns (e.g. an empty column lost in PDF conversion) than every row being wrong. Check the columns against the original.',
};

/**
 * Column arithmetic from the header tree: 合计 = 基本支出 + 项目支出, 小计 = 人员经费 + 公用经费, …
 * on every body row that has figures. Two guards against crying wolf: component columns that are
 * blank on every row mean the page does not break the total down (nothing to check), and a relation
 * that fails on most rows alike points at a header that does not line up with the figures, which is
 * reported once as a warning about the table's structure, not as one error per row.
 */
export default defineRule({
  meta: {
    id: 'column-sums',
    title: { zh: '合计列等于分项列之和', en: 'Total columns equal their component columns' },
    description: {
      zh: '按表头层级，合计/小计/总计列在每一行都等于其下各分项列之和。',
      en: 'Following the header tree, each 合计/小计/总计 column equals the sum of its component columns on every row.',
    },
    severity: 'error outside the rounding band; info inside it; one warning when every row fails alike (header misaligned)',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    for (const table of doc.tables) {
      for (const sum of table.columnSums) {
        const block = table.blocks.find((b) => b.amountCols.includes(sum.total));
        if (!block) continue;
        const broken = sum.parts.some((c) => block.items.some((it) => it.values.get(c)?.kind === 'amount'));
        if (!broken) continue;
        const totalPath = table.columns[sum.total]?.path.join(' › ') ?? '';
        const rows: { total: Term; parts: Term[]; result: SumResult; label: string }[] = [];
        for (const item of block.items) {
          const total = termOf(table, item, sum.total, 'total');
          const parts = sum.parts.map((c) => termOf(table, item, c, 'part'));
          const result = evaluateSum(total, parts);
          if (result.status === 'skip') {
            if (result.reason && result.reason !== 'all cells blank') report.notRun({ rule: 'column-sums', table: table.index, reason: `${rowLabel(item)}: ${result.reason}` });
            continue;
          }
          rows.push({ total, parts, result, label: rowLabel(item) });
        }
        const failing = rows.filter((r) => r.result.status === 'error');
        if (failing.length >= 2 && failing.length * 2 > rows.length) {
          const first = failing[0]!;
          report.checked();
          reportSum({
            rule: 'column-sums', report, total: first.total, parts: first.parts, result: first.result, page: [], cause: MISALIGNED,
            what: { zh: `「${totalPath}」在多数行都不等于各分项列之和（表头与数据可能错位）`, en: `"${totalPath}" differs from its component columns on most rows (the header may not line up with the figures)` },
            severity: 'warning',
          });
          continue;
        }
        for (const r of rows) {
          reportSum({
            rule: 'column-sums', report, total: r.total, parts: r.parts, result: r.result, page,
            what: { zh: `「${r.label}」行的「${totalPath}」应等于各分项列之和`, en: `On row "${r.label}", "${totalPath}" should equal the sum of its component columns` },
          });
        }
      }
    }
  },
});
