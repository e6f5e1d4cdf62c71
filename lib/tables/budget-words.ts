import { SPACE_CLASS } from '../dom/text';

/**
 * Words only a budget speaks (预算, 支出, 功能分类, 三公 …). lib/tables/detect.ts counts a table as a budget table only
 * when its title, column headers or row labels hold at least one; the content script asks the same of the cells it
 * read before it prepares to draw (lib/snapshot/hints.ts). Kept here, apart from the detector, so that the content
 * script can share the list without loading the table model.
 */
export const BUDGET_WORD = /预算|决算|支出|收入|拨款|经费|结转|结余|科目|功能分类|经济分类|财政|资金|三公|公务接待|工资福利|商品和服务|绩效/;
/** The same, every occurrence (String.prototype.match). */
export const BUDGET_WORDS = new RegExp(BUDGET_WORD.source, 'g');
/**
 * The same words with any spaces between their characters (PDF-to-HTML text writes "预 算"): one test of a cell's text
 * as it was read, without building its space-free key first.
 */
export const BUDGET_WORD_SPACED = new RegExp(
  BUDGET_WORD.source.split('|').map((w) => [...w].join(`${SPACE_CLASS}*`)).join('|'),
);
