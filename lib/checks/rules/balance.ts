import type { BudgetTable, Block, Item } from '../../tables/model';
import { evaluateSum, reportSum, type Term } from '../arith';
import { defineRule } from '../rule';
import { pageFigures, rowLabel, termOf } from '../terms';

/**
 * Balance of the summary tables (收支总表, 财政拨款收支总表, side-by-side 政府性基金收支表): 收入总计 =
 * 支出总计, compared between the income block and every expenditure block, and every expenditure block
 * (by function, by 部门经济分类, by 政府经济分类) reaches the same 本年支出合计. Within one block,
 * 本年收入合计 + 上年结转 = 收入总计 is a total row and is left to row-hierarchy.
 */

const norm = (s: string) => s.replace(/\s+/g, '');

function side(block: Block): 'in' | 'out' | null {
  const h = norm(block.heading.join(''));
  if (/收入/.test(h) && !/支出/.test(h)) return 'in';
  if (/支出/.test(h) && !/收入/.test(h)) return 'out';
  return null;
}

function grandOf(block: Block, s: 'in' | 'out'): Item | undefined {
  const word = s === 'in' ? '收入' : '支出';
  const byLabel = block.items.filter((i) => new RegExp(`${word}总计|^总计$`).test(norm(i.label)));
  if (byLabel.length) return byLabel[byLabel.length - 1];
  return block.items.filter((i) => i.total === 'grand').pop();
}

function yearTotalOf(block: Block, s: 'in' | 'out'): Item | undefined {
  const word = s === 'in' ? '收入' : '支出';
  return block.items.find((i) => new RegExp(`本年${word}合计`).test(norm(i.label)));
}

/** Whether the block shows carry-over rows (上年结转 / 年终结转结余 / 结转下年) with an amount. */
function hasCarryOver(block: Block): boolean {
  return block.items.some((i) => /结转|结余/.test(norm(i.label)) && [...i.values.values()].some((v) => v.kind === 'amount' && !v.value.isZero()));
}

/** Amount columns of two blocks paired: by the column's own header leaf, else by position. */
function pairColumns(table: BudgetTable, a: Block, b: Block): [number, number][] {
  const leaf = (c: number) => norm(table.columns[c]?.path.at(-1) ?? '');
  if (a.amountCols.length === b.amountCols.length) return a.amountCols.map((c, k) => [c, b.amountCols[k]!]);
  const out: [number, number][] = [];
  for (const c of a.amountCols) {
    const d = b.amountCols.find((x) => leaf(x) === leaf(c));
    if (d !== undefined) out.push([c, d]);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'balance',
    title: { zh: '收支平衡', en: 'Income and expenditure balance' },
    description: {
      zh: '收支总表类表格中，收入总计等于支出总计；各支出分块（按功能、按经济分类）的本年支出合计相同。',
      en: 'In summary tables, total income equals total expenditure, and every expenditure block (by function, by economic class) reaches the same 本年支出合计.',
    },
    severity: 'error outside the rounding band; info inside it',
    scope: 'table',
  },
  run(doc, report) {
    const page = pageFigures(doc);
    for (const table of doc.tables) {
      const ins = table.blocks.filter((b) => side(b) === 'in');
      const outs = table.blocks.filter((b) => side(b) === 'out');
      if (ins.length !== 1 || outs.length === 0) continue;
      const inc = ins[0]!;
      const compare = (a: Item, ab: Block, b: Item, bb: Block, what: { zh: string; en: string }) => {
        for (const [ca, cb] of pairColumns(table, ab, bb)) {
          const total: Term = termOf(table, a, ca, 'total');
          const part: Term = termOf(table, b, cb, 'compare');
          const result = evaluateSum(total, [part]);
          if (result.status === 'skip') {
            if (result.reason && result.reason !== 'all cells blank') report.notRun({ rule: 'balance', table: table.index, reason: `${rowLabel(a)} / ${rowLabel(b)}: ${result.reason}` });
            continue;
          }
          reportSum({ rule: 'balance', report, total, parts: [part], result, page, what });
        }
      };
      const inGrand = grandOf(inc, 'in');
      const inYear = yearTotalOf(inc, 'in');
      for (const ob of outs) {
        const outGrand = grandOf(ob, 'out');
        if (inGrand && outGrand) {
          compare(inGrand, inc, outGrand, ob, {
            zh: `收入总计应等于支出总计（「${rowLabel(outGrand)}」，第${ob.index + 1}栏）`,
            en: `Total income should equal total expenditure ("${rowLabel(outGrand)}", block ${ob.index + 1})`,
          });
        } else if (!inGrand && !outGrand && inYear && !hasCarryOver(inc) && !hasCarryOver(ob)) {
          // no 总计 rows and no carry-over: 本年收入合计 is the whole income side
          const outYear = yearTotalOf(ob, 'out');
          if (outYear) {
            compare(inYear, inc, outYear, ob, {
              zh: `本年收入合计应等于本年支出合计（第${ob.index + 1}栏）`,
              en: `Income of the year should equal expenditure of the year (block ${ob.index + 1})`,
            });
          }
        } else if (inGrand || outGrand) {
          report.notRun({ rule: 'balance', table: table.index, reason: `第${ob.index + 1}栏：找不到${inGrand ? '支出' : '收入'}总计行，无法核对收支平衡` });
        }
      }
      // every expenditure block reaches the same 本年支出合计
      const first = outs[0]!;
      const firstYear = yearTotalOf(first, 'out');
      if (!firstYear) continue;
      for (const ob of outs.slice(1)) {
        const y = yearTotalOf(ob, 'out');
        if (!y) continue;
        compare(firstYear, first, y, ob, {
          zh: `各支出分块的本年支出合计应相同（第${first.index + 1}栏与第${ob.index + 1}栏）`,
          en: `Every expenditure block should reach the same 本年支出合计 (blocks ${first.index + 1} and ${ob.index + 1})`,
        });
      }
    }
  },
});
