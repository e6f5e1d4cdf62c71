import { findFigures } from '../figures';
import type { DocumentModel } from '../tables/model';

/**
 * Does a page without budget tables read as a budget disclosure's 说明? Many bureaus publish the
 * 说明 as the HTML page and the tables as an attachment; its prose is worth checking. Pages that only
 * mention budgets (a portal's links, a statistics bulletin with 一般公共预算收入, an information-
 * disclosure report) are not: the prose rules must stay silent there.
 *
 * A scored criterion, from the vocabulary of the budget/final-accounts templates:
 * - the page names a 预算 / 决算 as its own subject in a title-like line (short, near the top,
 *   "…预算…说明", "…决算情况", "部门预算公开"), or, failing that, uses the vocabulary only a
 *   department's accounts use (财政拨款, 基本支出 / 项目支出, 人员经费 / 公用经费, “三公”经费, 机关运行经费);
 * - its sentences state money: at least three amounts with a money unit;
 * - its sentences use the template's concepts: 收入, 支出, 财政拨款, 结转结余, 占 x %, a change against
 *   last year, 预算 / 决算, 经费, 债务 — counted once each.
 */

const TITLE_SUBJECT = /(预算|决算)/;
const TITLE_SHAPE = /(说明|情况|公开|报告|概况|解读|简介)$|预算$|决算$|^关于/;
const DEPARTMENT_VOCAB = /财政拨款|基本支出|项目支出|人员经费|公用经费|三公|机关运行经费|部门(综合)?预算|单位预算|部门决算|单位决算/;

const CONCEPTS: RegExp[] = [
  /收入/,
  /支出/,
  /预算|决算/,
  /财政拨款|一般公共预算|政府性基金|国有资本经营/,
  /结转|结余/,
  /经费/,
  /债务|余额|限额/,
  /占[^，。；,;]{0,20}\d+(\.\d+)?\s*%/,
  /(比|较|同比|与)(上年|去年|上一年|上年度)|增长|下降|增加|减少/,
];

export interface DisclosureReading {
  disclosure: boolean;
  score: number;
  reasons: string[];
}

export function readsAsDisclosure(doc: DocumentModel): DisclosureReading {
  const reasons: string[] = [];
  const head = doc.texts.slice(0, 40).map((t) => t.replace(/\s+/g, ''));
  const title = head.find((t) => t.length >= 4 && t.length <= 60 && TITLE_SUBJECT.test(t) && TITLE_SHAPE.test(t.replace(/[。.:：]$/, '')));
  const body = doc.sentences.map((s) => s.text).join('\n');
  const department = DEPARTMENT_VOCAB.exec(body);
  let amounts = 0;
  for (const s of doc.sentences) for (const f of findFigures(s.text)) if (f.kind === 'amount' && !f.approx) amounts++;
  const concepts = CONCEPTS.filter((re) => re.test(body)).length;
  let score = 0;
  if (title) { score += 3; reasons.push(`title names a budget: ${title}`); }
  if (department) { score += 2; reasons.push(`department-accounts vocabulary: ${department[0]}`); }
  if (amounts >= 3) { score += 2; reasons.push(`${amounts} money amounts in sentences`); }
  score += Math.min(concepts, 6);
  reasons.push(`${concepts} budget concepts`);
  // money in the sentences, a budget as the page's subject (or a department's accounts vocabulary), and
  // enough of the template's concepts: a title alone needs three, the vocabulary alone four
  const disclosure = (!!title || !!department) && amounts >= 3 && score >= 8;
  return { disclosure, score, reasons };
}
