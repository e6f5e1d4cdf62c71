import type { BudgetTable, DocumentModel } from '../../tables/model';
import { fundsIn, termKey, type Fund as VFund } from '../../tables/vocabulary';
import { defineRule } from '../rule';

/**
 * Empty tables: a standard table with no figures must still be published with a note saying why
 * (空表说明: "本单位无政府性基金预算拨款支出", "不涉及", "空表表示本部门无相关收支情况"). The note must
 * name the right fund: a note under a 政府性基金 table that talks about 国有资本经营 was copied from
 * the wrong table. A page-level note ("空表表示本部门无相关收支情况") counts for every table.
 */

interface Fund {
  id: string;
  zh: string;
  /** the fund of the table vocabulary this entry stands for (the others are topics: 三公, 采购, 项目) */
  fund?: VFund;
  re: RegExp;
}

const FUNDS: Fund[] = [
  { id: 'gov-fund', zh: '政府性基金', fund: 'gf', re: /政府性基金|政府基金/ },
  { id: 'state-capital', zh: '国有资本经营', fund: 'soe', re: /国有资本经营|国有资本/ },
  { id: 'special-account', zh: '财政专户管理资金', fund: 'sa', re: /财政专户|专户管理/ },
  { id: 'social-insurance', zh: '社会保险基金', fund: 'ssf', re: /社会保险基金|社保基金|社会保障基金/ },
  { id: 'three-public', zh: '“三公”经费', re: /三公|因公出国|公务接待|公务用车/ },
  { id: 'procurement', zh: '政府采购', re: /政府采购/ },
  // "项目" alone is also the plain word for an item ("本部门无相关收支项目", "无该项目": no such income or
  // expenditure at all): only 项目 qualified as a kind of spending names the 项目支出 topic
  { id: 'project', zh: '专项/项目', re: /专项|项目(?:支出|经费|资金|预算)/ },
];

const TOPIC_BY_KIND: Partial<Record<BudgetTable['kind'], string>> = {
  三公经费表: 'three-public',
  政府采购: 'procurement',
  项目支出表: 'project',
};

/** The fund a table is about (the model's vocabulary), else the topic its title or kind names. */
export function fundOfTable(table: BudgetTable): Fund | null {
  const byFund = FUNDS.find((f) => f.fund && f.fund === table.vocab.fund);
  if (byFund) return byFund;
  const title = termKey(table.title);
  for (const f of FUNDS) if (!f.fund && f.re.test(title)) return f;
  const id = TOPIC_BY_KIND[table.kind];
  return FUNDS.find((f) => f.id === id) ?? null;
}

/** Funds a note names. "项目/专项" counts only when no other fund is named (政府性基金项目 …). */
export function fundsNamed(text: string): Fund[] {
  const k = termKey(text);
  const funds = new Set(fundsIn(text));
  const named = FUNDS.filter((f) => (f.fund ? funds.has(f.fund) : f.re.test(k)));
  const specific = named.filter((f) => f.id !== 'project');
  return specific.length ? specific : named;
}

// "政府性基金拨款支出预算为0" in the 说明 says the table has nothing to show as plainly as "无…支出"
const INSTRUCTION = /应(当)?(公开|填列|填报|说明|在)|须|必须|一定要|可选择/;
const EXPLAINS = /空表|不涉及|无(?:相关)?.{0,24}?(支出|收入|收支|经费|资金|预算|项目|情况|安排|采购|业务)|没有.{0,24}?(支出|收入|收支|经费|资金|预算|项目|安排|采购|业务)|未(安排|发生|设立)|数据为(零|0)|均为(零|0)|(?:支出|收入|收支|经费|资金|预算|拨款|安排)(?:预算|预算数|数|金额)?为(?:零|0(?:\.0+)?)(?:万元|元)?(?![\d.])/;

/** Whether a note explains that a table has no content (not a template instruction to do so). */
export function explainsEmpty(note: string): boolean {
  return note.split(/(?<=[。；;])|(?=\d[、.．])/).some((clause) => EXPLAINS.test(clause) && !INSTRUCTION.test(clause));
}

/** The table has no figures at all in its body (the model's `empty` also holds for 0.00 and for irregular tables). */
function reallyEmpty(table: BudgetTable): boolean {
  if (!table.empty) return false;
  for (const part of table.parts) {
    for (let r = part.headerRows; r < part.cells.length; r++) {
      for (const c of part.cells[r]!) {
        if (!c.isOrigin || c.codeLike || c.yearLike) continue;
        const role = table.columns[c.col]?.role;
        if (role === 'code') continue;
        if (/\d/.test(c.text) && !/^\s*0+(\.0+)?\s*$/.test(c.text)) return false;
      }
    }
  }
  return true;
}

/** A row of a non-budget table (a 目录) naming this table with a reason why it is empty. */
function listedReason(doc: DocumentModel, name: string): string | null {
  const key = termKey(name);
  if (!key) return null;
  for (const s of doc.skipped) {
    for (const row of s.rows ?? []) {
      if (!row.some((c) => termKey(c) === key)) continue;
      const reason = row.find((c) => explainsEmpty(c));
      if (reason) return reason;
    }
  }
  return null;
}

const clausesOf = (text: string) => text.split(/(?<=[。；;！!])/).map((c) => c.trim()).filter(Boolean);

/**
 * An explanation of this empty table outside its "注：" lines: a sentence right under the table
 * ("本单位2026年无政府性基金预算拨款安排的支出。") that names this table's fund or no fund at all, or a
 * sentence anywhere on the page (the 说明) saying the department has none of this table's fund.
 */
function statedElsewhere(doc: DocumentModel, table: BudgetTable, fund: Fund | null): string | null {
  const names = (c: string) => fund !== null && fundsNamed(c).some((f) => f.id === fund.id);
  for (const text of table.after) {
    for (const c of clausesOf(text)) if (explainsEmpty(c) && (names(c) || fundsNamed(c).length === 0)) return c;
  }
  if (!fund) return null;
  for (const text of doc.texts) {
    if (text.length > 2000) continue;
    for (const c of clausesOf(text)) if (c.length < 200 && explainsEmpty(c) && names(c)) return c;
  }
  return null;
}

function pageNotes(doc: DocumentModel): string[] {
  return doc.texts.filter((t) => /空表/.test(t) && explainsEmpty(t) && t.length < 200);
}

export default defineRule({
  meta: {
    id: 'empty-table',
    title: { zh: '空表说明', en: 'Empty tables carry a note' },
    description: {
      zh: '没有数据的表应附说明（空表/无…支出/不涉及），且说明提到的资金种类与表一致。',
      en: 'A table without figures carries a note saying why (空表 / 无…支出 / 不涉及), naming the same kind of funds as the table.',
    },
    severity: 'warning when the note is missing or names another fund; cannot check when the page has tables the checker could not read (a 目录 may carry the reasons)',
    scope: 'document',
  },
  run(doc, report) {
    const general = pageNotes(doc);
    for (const table of doc.tables) {
      if (!reallyEmpty(table)) continue;
      const fund = fundOfTable(table);
      const explaining = table.notes.filter(explainsEmpty);
      const name = table.title || table.kind;
      // a table of contents that lists this table as empty with a reason counts as its note
      const listed = listedReason(doc, name);
      if (explaining.length === 0 && general.length === 0 && listed) {
        report.checked();
        report.verified({ rule: 'empty-table', table: table.index, cells: [], related: [] });
        continue;
      }
      // the explanation may be a sentence right under the table without "注：", or stated in the 说明
      if (explaining.length === 0 && general.length === 0 && statedElsewhere(doc, table, fund)) {
        report.checked();
        report.verified({ rule: 'empty-table', table: table.index, cells: [], related: [] });
        continue;
      }
      if (explaining.length === 0 && general.length === 0) {
        if (doc.skipped.length > 0) {
          report.notRun({ rule: 'empty-table', table: table.index, reason: `空表「${name}」下没有说明；页面上还有未能读取的表格（如目录中的“公开空表理由”），无法确定是否已说明` });
          continue;
        }
        report.checked();
        report.finding({
          rule: 'empty-table', severity: 'warning', table: table.index, cells: [], related: [],
          message: `「${name}」是空表，但表下和页面上都没有说明原因（如“本单位无${fund?.zh ?? '相关'}支出”）。`,
          messageEn: `"${name}" is empty, but neither the table nor the page says why (e.g. "no ${fund?.zh ?? 'such'} expenditure").`,
          cause: { id: 'empty-table-no-note', zh: '按公开规定，空表应附说明。', en: 'Disclosure rules require an empty table to carry a note saying why.' },
        });
        continue;
      }
      report.checked();
      // a note under the table that names only other funds was copied from another table
      if (fund && explaining.length > 0) {
        const named = explaining.flatMap(fundsNamed);
        const mentions = explaining.some((t) => fund.re.test(t));
        if (named.length > 0 && !mentions) {
          const other = [...new Set(named.map((f) => f.zh))].join('、');
          report.finding({
            rule: 'empty-table', severity: 'warning', table: table.index, cells: [], related: [],
            message: `「${name}」是${fund.zh}的空表，但表注说的是${other}：说明可能抄自别的表。`,
            messageEn: `"${name}" is an empty ${fund.zh} table, but its note talks about ${other}: the note may have been copied from another table.`,
            text: explaining[0]!,
            cause: { id: 'empty-table-wrong-fund', zh: '空表说明与本表的资金种类不符。', en: 'The empty-table note names a different kind of funds than the table.' },
          });
          continue;
        }
      }
      report.verified({ rule: 'empty-table', table: table.index, cells: [], related: [] });
    }
  },
});
