import { labelKey } from '../dom/text';
import { isAmountCell } from './cells';
import type { Block, Column, TableCell } from './model';

const BUDGET_WORDS = /预算|决算|支出|收入|拨款|经费|结转|结余|科目|功能分类|经济分类|财政|资金|三公|公务接待|工资福利|商品和服务|绩效/g;
const OTHER_DOMAIN = /积分|球队|胜场|净胜|进球|星期[一二三四五六日天]|课程|节次|第\d节|申请人|身份证|姓名|菜品|单价|件数|本年制发|废止|行政复议|行政诉讼|地区生产总值|同比增长|环比|GDP|班次|发车|车次|签名|验证码/g;

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
  const other = new Set((text.match(OTHER_DOMAIN) ?? []));
  if (other.size > 0) { score -= 3 * other.size; reasons.push(`words of another domain: ${[...other].join('、')}`); }
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
  // an empty standard table (header only) still counts when its header speaks budget and a unit is declared
  const budget = score >= 4 && words.size > 0 && (amounts > 0 || totals || args.titleKind || (words.size >= 3 && args.unit));
  return { score, reasons, budget };
}
