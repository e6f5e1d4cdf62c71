import { reportSum, type SumResult, type Term } from '../arith';
import { defineRule } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';
import { blockOfSum, evaluateColumnRow, relationFilled } from '../../tables/alignment';

/**
 * Column arithmetic from the header tree: 合计 = 基本支出 + 项目支出, 小计 = 人员经费 + 公用经费, …
 * on every body row that has figures. Which header belongs to which figure column is decided by the
 * table model (lib/tables/alignment.ts): a header shifted against its figures is read by the mapping
 * its arithmetic proves; when no mapping can be proven the table's column relations are uncertain and
 * this rule says it could not check them (info), never a warning about the page. Component columns
 * blank on every row mean the page does not break the total down (nothing to check).
 */
export default defineRule({
  meta: {
    id: 'column-sums',
    title: { zh: '合计列等于分项列之和', en: 'Total columns equal their component columns' },
    description: {
      zh: '按表头层级，合计/小计/总计列在每一行都等于其下各分项列之和。',
      en: 'Following the header tree, each 合计/小计/总计 column equals the sum of its component columns on every row.',
    },
    severity: 'error outside the rounding band; info inside it; info (could not check) when the header cannot be read with certainty',
    scope: 'table',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    for (const table of doc.tables) {
      if (table.header?.status === 'uncertain') {
        if (table.columnSums.length > 0) {
          report.notRun({ rule: 'column-sums', table: table.index, reason: `表头无法确定（could not read this table's header with certainty）：${table.header.note ?? ''}` });
        }
        continue;
      }
      for (const sum of table.columnSums) {
        const block = blockOfSum(table, sum);
        if (!block || !relationFilled(block, sum)) continue;
        const totalPath = table.columns[sum.total]?.path.join(' › ') ?? '';
        const rows: { total: Term; parts: Term[]; result: SumResult; label: string }[] = [];
        for (const item of block.items) {
          const ev = evaluateColumnRow(table, item, sum);
          if (ev.result.status === 'skip') {
            if (ev.result.reason && ev.result.reason !== 'all cells blank') report.notRun({ rule: 'column-sums', table: table.index, reason: `${rowLabel(item)}: 「${totalPath}」 ${ev.result.reason}` });
            continue;
          }
          // the citation labels (row › column) come from the shared term builder
          const total = termOf(table, item, sum.total, 'total');
          const parts = sum.parts.map((c) => termOf(table, item, c, 'part'));
          rows.push({ total, parts, result: ev.result, label: rowLabel(item) });
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
