import { labelKey } from '../dom/text';
import { BUDGET_WORDS } from './budget-words';
import { isAmountCell } from './cells';
import type { Block, Column, TableCell } from './model';

/** A column header that says its figures are money (预算数, 金额, 拨款, （万元）…). */
const MONEY_HEADER = /金额|预算数|决算数|执行数|拨款|经费|资金|[千万亿]?元/;

export interface Score {
  score: number;
  reasons: string[];
  budget: boolean;
}

/** How much a table looks like a budget table; the reasons are kept so the UI can say why. */
export function scoreTable(args: {
  cells: TableCell[][];
  body: number;
  columns: Column[];
  blocks: Block[];
  title: string;
  titleKind: boolean;
  unit: boolean;
  nested: boolean;
  hasNestedTable: boolean;
}): Score {
  const { cells, body, columns, blocks } = args;
  const reasons: string[] = [];
  let score = 0;
  let amounts = 0, decimalAmounts = 0, filled = 0;
  for (let r = body; r < cells.length; r++) {
    for (const c of cells[r]!) {
      if (!c.isOrigin || !c.text) continue;
      filled++;
      if (isAmountCell(c)) {
        amounts++;
        if (c.figure.kind === 'amount' && (c.figure.decimals > 0 || /[,，]/.test(c.text))) decimalAmounts++;
      }
    }
  }
  if (decimalAmounts >= 3) { score += 2; reasons.push(`${decimalAmounts} amounts written as money`); }
  else if (amounts >= 1) { score += 1; reasons.push(`${amounts} numbers`); }
  if (filled > 0 && amounts / filled >= 0.3) score += 1;
  const text = [args.title, ...columns.map((c) => c.path.join(' ')), ...blocks.flatMap((b) => b.items.slice(0, 60).map((i) => i.rawLabel))].join(' ');
  const words = new Set((labelKey(text).match(BUDGET_WORDS) ?? []));
  if (words.size > 0) { score += Math.min(3, words.size); reasons.push(`budget words: ${[...words].slice(0, 5).join('、')}`); }
  const coded = blocks.some((b) => b.items.some((i) => i.code && i.code.domain !== 'unit' && i.code.domain !== 'other'));
  if (coded) { score += 1; reasons.push('classification codes'); }
  if (args.unit) { score += 1; reasons.push('money unit declared'); }
  if (args.titleKind) { score += 2; reasons.push('title names a standard table'); }
  const totals = blocks.some((b) => b.items.some((i) => i.total));
  if (totals) score += 1;
  if (args.hasNestedTable) { score -= 3; reasons.push('contains tables (page layout)'); }
  if (args.nested) score -= 1;
  // a list of table names (目录) is not a table of figures
  const allTexts = cells.flat().filter((c) => c.isOrigin && c.text);
  const tableNames = allTexts.filter((c) => /表$|表[（(].*[)）]$/.test(labelKey(c.text))).length;
  const wordCells = allTexts.filter((c) => c.figure.kind === 'text').length;
  if (wordCells > 0 && tableNames / wordCells > 0.4 && decimalAmounts < 3) { score -= 5; reasons.push('a list of table names (目录)'); }
  // Evidence of a budget, not only of figures: tables of other kinds (results, timetables, price lists,
  // statistics, counts of requests) have numbers, totals, even a money unit and a stray 收入 or 支出.
  // A budget table speaks budget (at least one word) and is named as one (title), or is coded by the
  // classification or by budget unit, or speaks budget in at least two words AND says its figures are money (a money
  // unit, or a money header).
  const moneyHeader = columns.some((c) => c.role !== 'label' && MONEY_HEADER.test(c.path.join(' ')));
  // unit codes (101 某局 › 101001 某局本级) are the budget's own too: a 项目支出表 lists projects under them
  const unitCoded = blocks.some((b) => b.items.some((i) => i.code?.domain === 'unit' && i.code.level === 2));
  const evidence = args.titleKind || coded || unitCoded || (words.size >= 2 && (args.unit || moneyHeader));
  if (!evidence) reasons.push('no budget evidence (standard title, classification or unit codes, or budget words with money)');
  // an empty standard table (header only) still counts when its header speaks budget and a unit is declared
  const budget = score >= 4 && words.size > 0 && evidence && (amounts > 0 || totals || args.titleKind || (words.size >= 3 && args.unit));
  return { score, reasons, budget };
}
