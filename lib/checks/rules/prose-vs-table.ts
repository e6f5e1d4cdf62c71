import type { Finding, Severity, UnitName } from '../../report/schema';
import { memoText } from '../../memo';
import type { Block, BudgetTable, DocumentModel, Item, TableKind } from '../../tables/model';
import { evaluateSum, likelyCause, ROUNDING_CAUSE, written, type Term } from '../arith';
import { decimalsIn, elidedSubject, figuresOf, fmt, listsOf, normalizeLabel, otherYear, passagesOf, proseValue, said, type PFigure, type ProseList } from '../prose-match';
import { fundsIn, sideOfText as vocabSide, type Side as VSide } from '../../tables/vocabulary';
import { defineRule, type Reporter } from '../rule';
import { rowLabel, termOf } from '../terms';

const RULE = 'prose-vs-table';
const UNIT_ORDER: UnitName[] = ['元', '千元', '万元', '百万元', '亿元'];

type Scope = 'all' | 'gpb' | 'fiscal' | 'other';
type Side = VSide | null;

/** Which tables hold figures of a scope. 财政拨款 tables count for 一般公共预算 only when they are pure (see below). */
const SCOPE_TABLES: Record<Exclude<Scope, 'other'>, TableKind[]> = {
  all: ['支出总表', '收支总表', '收入总表'],
  gpb: ['一般公共预算支出表', '一般公共预算基本支出表', '财政拨款收支总表'],
  fiscal: ['财政拨款收支总表'],
};

/** Items that have a table of their own: matched there, whatever the sentence's scope. */
const OWN_TABLE: { re: RegExp; kind: TableKind }[] = [
  { re: /^(三公经费|因公出国境费用?|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费|公务接待费)$/, kind: '三公经费表' },
  { re: /^机关运行经费$/, kind: '机关运行经费' },
];

/** A table that is itself the total of an item (the item names the whole table in that scope). */
const TABLE_IS: { subject: string; kind: TableKind; scope: Scope[] }[] = [
  { subject: '三公经费', kind: '三公经费表', scope: ['all', 'gpb', 'fiscal'] },
  { subject: '机关运行经费', kind: '机关运行经费', scope: ['all', 'gpb', 'fiscal'] },
  { subject: '基本支出', kind: '一般公共预算基本支出表', scope: ['gpb'] },
];

/** The scope a sentence speaks of, by the funds it names (lib/tables/vocabulary.ts); the same few subjects recur. */
const scopes = new Map<string, Scope | null>();
function scopeOfText(t: string): Scope | null {
  let s = scopes.get(t);
  if (s === undefined) {
    if (scopes.size > 50_000) scopes.clear();
    s = readScope(t);
    scopes.set(t, s);
  }
  return s;
}

function readScope(t: string): Scope | null {
  const funds = fundsIn(t);
  if (funds.some((f) => f === 'gf' || f === 'soe' || f === 'ssf' || f === 'sa')) return 'other';
  if (funds.includes('gpb')) return 'gpb';
  if (funds.includes('appr')) return 'fiscal';
  return null;
}

const sides = new Map<string, Side>();
function sideOf(t: string): Side {
  let s = sides.get(t);
  if (s === undefined) {
    if (sides.size > 50_000) sides.clear();
    s = vocabSide(t);
    sides.set(t, s);
  }
  return s;
}

interface Hit {
  table: BudgetTable;
  item: Item;
  col: number;
}

const TOTAL_LABEL = /^(合计|总计|本年支出合计|本年收入合计|本年支出|本年收入|支出合计|收入合计)$/;

/** Labels repeat (every figure of the 说明 is looked up in the same tables): normalised once each. */
const label = memoText(normalizeLabel);

/** A table with both 预算 and 决算 columns: the document's kind says which ones the text speaks of. */
function periodCols(table: BudgetTable, block: Block, docKind: DocumentModel['docKind']): number[] {
  const cols = block.amountCols;
  const isFinal = (c: number) => /决算/.test((table.columns[c]?.path ?? []).join(''));
  const isBudget = (c: number) => !isFinal(c) && /预算/.test((table.columns[c]?.path ?? []).join(''));
  if (!(cols.some(isFinal) && cols.some(isBudget))) return cols;
  if (docKind === '决算') return cols.filter(isFinal);
  if (docKind === '预算') return cols.filter((c) => !isFinal(c));
  return [];
}

/** The amount column that carries an item's total in a block: the only one, or the one named 合计/总计/预算数. */
function totalColumn(table: BudgetTable, block: Block, scope: Scope, docKind: DocumentModel['docKind']): number | null {
  if (scope === 'gpb' && table.kind === '财政拨款收支总表') {
    const g = block.amountCols.filter((c) => table.columns[c]?.vocab?.fund === 'gpb');
    if (g.length === 1) return g[0]!;
  }
  const cols = periodCols(table, block, docKind);
  if (cols.length === 0) return null;
  if (cols.length === 1) return cols[0]!;
  const named = cols.filter((c) => {
    const path = table.columns[c]?.path ?? [];
    const last = label(path[path.length - 1] ?? '');
    return /^(合计|总计|预算数|金额|本年预算数?|资金总额)$/.test(last) && path.length <= 2 && (path.length === 1 || !/基本|项目|人员|公用|政府性基金|国有资本/.test(path[0]!));
  });
  if (named.length >= 1) return named[0]!;
  return null;
}

/** A block's total row, found once per block (the model does not change while the rules run). */
const totalRows = new WeakMap<Block, Item | null>();
function blockTotalRow(table: BudgetTable, block: Block): Item | null {
  let row = totalRows.get(block);
  if (row === undefined) {
    row = findBlockTotalRow(table, block);
    totalRows.set(block, row);
  }
  return row;
}

function findBlockTotalRow(table: BudgetTable, block: Block): Item | null {
  const byLabel = block.items.filter((it) => TOTAL_LABEL.test(label(it.label || it.rawLabel)));
  const pref = byLabel.find((it) => /^本年(支出|收入)(合计)?$/.test(label(it.label))) ?? byLabel.find((it) => it.total === 'total') ?? byLabel[0];
  if (pref) return pref;
  const t = block.items.filter((it) => it.total === 'total');
  if (t.length >= 1) return t[0]!;
  // tables without 结转 rows: the grand total is the total
  if (table.kind !== '收支总表' && table.kind !== '财政拨款收支总表') {
    const g = block.items.filter((it) => it.total === 'grand');
    if (g.length === 1) return g[0]!;
  }
  return null;
}

/** The block's side (its own header), else the side its label column's header names. */
function blockSide(block: Block, table: BudgetTable): Side {
  return block.side ?? sideOf((table.columns[block.labelCol]?.path ?? []).join(''));
}

/** Column whose own name is the subject ("基本支出", "公务用车购置及运行费 › 小计", "“三公”经费合计"). */
function columnNamed(table: BudgetTable, block: Block, subject: string, docKind: DocumentModel['docKind']): number[] {
  return periodCols(table, block, docKind).filter((c) => {
    const path = (table.columns[c]?.path ?? []).map(label);
    let last = path[path.length - 1] ?? '';
    if (/^(小计|合计|总计)$/.test(last) && path.length >= 2) last = path[path.length - 2]!;
    last = last.replace(/(合计|小计|总计)$/, '');
    return last === subject;
  });
}

/**
 * The rows and columns of a table a subject can name. The answer depends only on the table and the
 * lookup's words, and a long 说明 names the same few subjects thousands of times: each lookup is made
 * once per table (issue 10: 5 MB of prose spent most of its time here).
 */
const hitMemo = new WeakMap<BudgetTable, Map<string, Hit[]>>();
function hitsIn(table: BudgetTable, subject: string, scope: Scope, side: Side, isTotal: boolean, docKind: DocumentModel['docKind']): readonly Hit[] {
  let memo = hitMemo.get(table);
  if (!memo) hitMemo.set(table, (memo = new Map()));
  const key = `${subject}\u0000${scope}\u0000${side}\u0000${isTotal}\u0000${docKind}`;
  let hits = memo.get(key);
  if (!hits) {
    hits = findHits(table, subject, scope, side, isTotal, docKind);
    memo.set(key, hits);
  }
  return hits;
}

function findHits(table: BudgetTable, subject: string, scope: Scope, side: Side, isTotal: boolean, docKind: DocumentModel['docKind']): Hit[] {
  const out: Hit[] = [];
  for (const block of table.blocks) {
    const bs = blockSide(block, table);
    if (side && bs && bs !== side) continue;
    const totalRow = blockTotalRow(table, block);
    const tcol = totalColumn(table, block, scope, docKind);
    if (isTotal) {
      if (tcol === null || (side && bs !== side && bs !== null)) continue;
      // 本年支出合计 first; 支出总计 (with 结转结余) as an alternative reading
      if (totalRow) out.push({ table, item: totalRow, col: tcol });
      for (const g of block.items) if (g.total === 'grand' && g !== totalRow) out.push({ table, item: g, col: tcol });
      continue;
    }
    if (tcol !== null) {
      for (const it of block.items) {
        const l = label(it.label || it.rawLabel);
        if (l === subject || (side === 'income' && l === subject + '收入')) out.push({ table, item: it, col: tcol });
      }
    }
    if (totalRow) for (const c of columnNamed(table, block, subject, docKind)) out.push({ table, item: totalRow, col: c });
  }
  return out;
}

/** One hit per table; several hits with different values in one table: ambiguous, none. */
function unique(hits: readonly Hit[]): Hit | null {
  if (hits.length === 0) return null;
  const first = hits[0]!;
  const v = (h: Hit) => {
    const x = h.item.values.get(h.col);
    return x?.kind === 'amount' ? x.value.toString() : x?.kind === 'blank' || x?.kind === 'dash' ? '0' : '?';
  };
  return hits.every((h) => v(h) === v(first)) ? first : null;
}

/**
 * Whether the department's money is all 一般公共预算 this year: the income side of 收支总表 (or
 * 财政拨款收支总表) shows the 一般公共预算 appropriation equal to 本年收入合计 and to 收入总计. Then
 * "all funds", "财政拨款" and "一般公共预算" name the same figures.
 */
function pureGpb(doc: DocumentModel): boolean {
  for (const t of doc.tables) {
    if (t.kind !== '收支总表' && t.kind !== '财政拨款收支总表') continue;
    for (const b of t.blocks) {
      if (blockSide(b, t) !== 'income' || b.amountCols.length !== 1) continue;
      const col = b.amountCols[0]!;
      const val = (it: Item | undefined) => {
        const x = it?.values.get(col);
        return x?.kind === 'amount' ? x.value : null;
      };
      const gpb = b.items.find((it) => /^一般公共预算(拨款)?(收入)?$/.test(label(it.label)));
      const totals = b.items.filter((it) => it.total === 'total' || it.total === 'grand' || /^本年收入(合计)?$/.test(label(it.label)));
      const g = val(gpb);
      if (g === null || totals.length === 0) continue;
      if (totals.every((it) => val(it)?.eq(g))) return true;
    }
  }
  return false;
}

function finest(a: UnitName | null, b: UnitName | null): UnitName | null {
  if (!a) return b;
  if (!b) return a;
  return UNIT_ORDER.indexOf(a) <= UNIT_ORDER.indexOf(b) ? a : b;
}

function compare(args: {
  text: string;
  fig: PFigure;
  hit: Hit;
  others: Hit[];
  report: Reporter;
  severity: Severity;
  /** only whether it agrees: no finding is built (the trial comparisons of a figure with each table) */
  statusOnly?: boolean;
}): 'exact' | 'rounding' | 'error' | 'skip' {
  const { text, fig, hit, report } = args;
  if (fig.fig.kind !== 'amount') return 'skip';
  const tableTerm = termOf(hit.table, hit.item, hit.col, 'compare');
  const cellTitle = hit.table.title || hit.table.kind;
  tableTerm.label = [cellTitle, ...tableTerm.label];
  const proseTerm: Term = { table: -1, row: -1, col: -1, value: proseValue(fig.fig), unit: fig.fig.unit, label: ['说明', said(fig)], role: 'compare' };
  const unit = finest(tableTerm.unit, proseTerm.unit);
  if (!tableTerm.unit) return 'skip';
  const r = evaluateSum(proseTerm, [tableTerm], unit);
  if (r.status === 'skip') return 'skip';
  report.checked();
  const cell: [number, number] = [hit.item.row, hit.col];
  if (r.status !== 'error') report.verified({ rule: RULE, table: hit.item.table, cells: [cell], related: [] });
  if (r.status === 'exact' || args.statusOnly) return r.status;
  const dec = (t: Term) => (t.value.kind === 'amount' ? decimalsIn(t.value.decimals, t.unit, unit) : 0);
  const d = Math.max(dec(tableTerm), dec(proseTerm));
  const u = unit ?? '';
  const where = tableTerm.label.join(' › ');
  const prefix = r.status === 'rounding' ? '尾数差异：' : '';
  const tableWritten = written(tableTerm.value) || '（空）';
  const related = [{ table: hit.item.table, cells: [cell] }];
  for (const o of args.others) if (o.item.table !== hit.item.table || o.item.row !== hit.item.row || o.col !== hit.col) related.push({ table: o.item.table, cells: [[o.item.row, o.col]] });
  const f: Finding = {
    rule: RULE,
    severity: r.status === 'rounding' ? 'info' : args.severity,
    table: null,
    cells: [],
    related,
    message: `${prefix}说明中「${said(fig)}」与表中「${where}」${tableWritten} 不一致：表中 ${fmt(r.expected, d)}，说明 ${fmt(r.actual, d)}，差 ${fmt(r.difference, d)}${u ? ' ' + u : ''}`,
    messageEn: `${r.status === 'rounding' ? 'Rounding difference: ' : ''}The text states "${said(fig)}" but the table "${where}" shows ${tableWritten}: table ${fmt(r.expected, d)}, text ${fmt(r.actual, d)}, difference ${fmt(r.difference, d)}${u ? ' ' + u : ''}`,
    expected: fmt(r.expected, d),
    actual: fmt(r.actual, d),
    difference: fmt(r.difference, d),
    text,
    details: [{ table: hit.item.table, cell, label: tableTerm.label, written: written(tableTerm.value), role: 'compare' }],
  };
  if (unit) f.unit = unit;
  // of the likely causes only those about a figure itself fit a text-vs-table comparison
  const guess = r.status === 'rounding' ? undefined : likelyCause(proseTerm, [tableTerm], r, []);
  const cause = r.status === 'rounding' ? ROUNDING_CAUSE : guess && (guess.id === 'wrong-unit' || guess.id === 'transposed-digits') ? guess : undefined;
  if (cause) f.cause = cause;
  report.finding(f);
  return r.status;
}

/** Project rows of a 项目支出表: rows with figures, no children, not totals. */
function projectRows(t: BudgetTable): Item[] {
  return t.blocks.flatMap((b) => b.items.filter((it) => !it.total && it.children.length === 0 && [...it.values.values()].some((v) => v.kind === 'amount')));
}

/**
 * Amounts stated in the 说明 agree with the tables. A figure is matched by the item its clause names
 * (label equality after normalising spaces, quotes and brackets) in the tables of the sentence's scope
 * (all funds, 一般公共预算, 财政拨款; 三公 and 机关运行经费 in their own tables). No unambiguous match: skipped.
 */
export default defineRule({
  meta: {
    id: RULE,
    title: { zh: '说明与表格一致', en: 'The narrative agrees with the tables' },
    description: {
      zh: '说明中的金额（如卫生健康支出、基本支出、“三公”经费）与对应表格的同名行或列相符；“共N个项目”与项目支出表的项目数相符。',
      en: 'Amounts stated in the narrative (function classes, 基本支出, “三公” and its parts, …) equal the same-named row or column of the matching table; "共N个项目" equals the project rows of the 项目支出表.',
    },
    severity: 'error outside the rounding band; info inside; warning when the match itself is less certain (project tables, counts)',
    scope: 'document',
  },
  run(doc, report) {
    if (doc.tables.length === 0) return;
    const pure = pureGpb(doc);
    const passages = passagesOf(doc);
    let top: string | null = null;
    for (const p of passages) {
      if (p.section && /^[一二三四五六七八九十]+、/.test(p.section.trim())) top = p.section;
      if (!/\d/.test(p.text)) continue;
      const figs = figuresOf(p);
      if (figs.length === 0) continue;
      const lists = listsOf(p, figs);
      for (const f of figs) {
        if (otherYear(p, f, doc.year)) continue;
        if (f.fig.kind === 'count' && f.role.kind !== 'change') {
          checkCount(p.text, f, doc, report);
          continue;
        }
        if (f.role.kind !== 'item' || f.fig.kind !== 'amount') continue;
        // "…年初预算为 A，支出决算为 B": 支出 is the item named before it, not the department's total
        const elided = elidedSubject(figs, figs.indexOf(f));
        if (elided === null) continue;
        let subject = elided ?? f.role.subject;
        // "“三公”经费财政拨款支出" names the 三公 total: items with their own table lose their scope words
        const bare = subject.replace(/一般公共预算|财政拨款|拨款/g, '').replace(/费支出$/, '费');
        if (OWN_TABLE.some((o) => o.re.test(bare))) subject = bare;
        const list: ProseList | undefined = lists.find((l) => l.parts.includes(f));
        const container = list && list.total.role.kind === 'item' ? list.total.role.subject : '';
        // a listed item takes the scope of its list's total ("收入 …，其中：政府性基金预算拨款 …" is all funds)
        const scope: Scope = scopeOfText(container || subject) ?? scopeOfText(p.section ?? '') ?? scopeOfText(top ?? '') ?? 'all';
        if (scope === 'other') continue;
        // "一般公共预算财政拨款基本支出": the leading fund words are the scope, the rest is the item's name
        const named = subject.replace(/^(?:一般公共预算|财政拨款|拨款)+/, '');
        if (named !== subject && named && scopeOfText(subject) === scope && !/^(?:支出|收入)/.test(named)) subject = named;
        const side = sideOf(container || subject);
        // the subject stripped of scope words: "一般公共预算拨款支出" → "支出"
        const core = subject.replace(/一般公共预算|财政拨款|拨款|本年|部门|总/g, '');
        const isTotal = !container && (core === '支出' || core === '收入');
        let candidates: BudgetTable[];
        const own = OWN_TABLE.find((o) => o.re.test(subject));
        if (own) candidates = doc.tables.filter((t) => t.kind === own.kind);
        else {
          const kinds = pure ? [...SCOPE_TABLES[scope], ...(['all', 'gpb', 'fiscal'] as const).filter((s) => s !== scope).flatMap((s) => SCOPE_TABLES[s])] : SCOPE_TABLES[scope];
          candidates = kinds.flatMap((k) => doc.tables.filter((t) => t.kind === k && (k !== '财政拨款收支总表' || scope === 'fiscal' || pure)));
          // 基本支出 tables hold only part of an item's money (会议费 may also sit in projects): only when the text speaks of 基本支出
          if (!/基本支出|人员经费|公用经费/.test(`${container}${subject}${p.section ?? ''}`)) candidates = candidates.filter((t) => t.kind !== '一般公共预算基本支出表');
          candidates = [...new Set(candidates)];
        }
        const hits: Hit[] = [];
        let ambiguous: BudgetTable | undefined;
        for (const t of candidates) {
          const hs = hitsIn(t, subject, scope, side, isTotal, doc.docKind);
          if (isTotal) hits.push(...hs);
          else {
            const h = unique(hs);
            if (h) hits.push(h);
            else if (hs.length > 1) ambiguous ??= t;
          }
        }
        // an item that is a whole table in this scope ("三公经费" → 三公经费表 total, "基本支出" → 基本支出表 total)
        if (hits.length === 0 && !container) {
          for (const ti of TABLE_IS) {
            if (ti.subject !== subject || !(ti.scope.includes(scope) || pure)) continue;
            // a table of one part of it ("基本支出表--公用经费") is not the whole
            for (const t of doc.tables.filter((x) => x.kind === ti.kind && !/人员经费|公用经费|工资福利|商品和服务|对个人和家庭/.test(x.title))) {
              const b = t.blocks[0];
              if (!b || t.blocks.length !== 1) continue;
              const row = blockTotalRow(t, b);
              const col = totalColumn(t, b, scope, doc.docKind);
              if (row && col !== null) hits.push({ table: t, item: row, col });
            }
          }
        }
        let severity: Severity = 'error';
        // project names: their own tables, as a last resort
        if (hits.length === 0 && !isTotal) {
          for (const t of doc.tables.filter((x) => x.kind === '项目支出表' || x.kind === '绩效目标表')) {
            const h = unique(hitsIn(t, subject, scope, null, false, doc.docKind).filter((x) => x.item.children.length === 0));
            if (h) hits.push(h);
          }
          severity = 'warning';
        }
        if (hits.length === 0) {
          if (ambiguous) report.notRun({ rule: RULE, table: ambiguous.index, reason: `说明中「${said(f)}」：表中有多个「${subject}」且数值不同，无法确定对应哪一项` });
          continue;
        }
        // the figure agrees with any of the tables: fine (the tables' own agreement is other rules' business)
        const dry: Reporter = { checked() {}, finding() {}, verified() {}, notRun() {} };
        const agreeing = hits.find((h) => compare({ text: p.text, fig: f, hit: h, others: [], report: dry, severity, statusOnly: true }) !== 'error');
        // a page with several tables of the same kind (a compilation of departments): which one the text means is unknown
        const ONCE: TableKind[] = ['收支总表', '收入总表', '支出总表', '财政拨款收支总表', '一般公共预算支出表', '三公经费表', '项目支出表'];
        const repeated = hits.find(
          (h) =>
            hits.filter((x) => x.table.kind === h.table.kind && x.table !== h.table).length > 0 ||
            (ONCE.includes(h.table.kind) && doc.tables.filter((t) => t.kind === h.table.kind).length > 1),
        );
        if (!agreeing && repeated) {
          report.notRun({ rule: RULE, table: repeated.table.index, reason: `说明中「${said(f)}」：页面上有多张「${repeated.table.kind}」，无法确定说明对应哪一张` });
          continue;
        }
        compare({ text: p.text, fig: f, hit: agreeing ?? hits[0]!, others: agreeing ? [] : hits.slice(1), report, severity });
      }
    }
  },
});

/** "共15个项目": the project rows of the page's only 项目支出表. */
function checkCount(text: string, f: PFigure, doc: DocumentModel, report: Reporter): void {
  if (f.fig.kind !== 'count' || !/^[个项]$/.test(f.fig.unitWord)) return;
  const after = text.slice(f.fig.end, f.fig.end + 4).replace(/\s+/g, '');
  const subject = f.role.kind === 'item' ? f.role.subject : '';
  if (!after.startsWith('项目') && !/项目$/.test(subject)) return;
  if (/绩效|指标|目标/.test(subject)) return;
  const tables = doc.tables.filter((t) => t.kind === '项目支出表');
  if (tables.length !== 1) return;
  const rows = projectRows(tables[0]!);
  if (rows.length === 0) return;
  report.checked();
  const t = tables[0]!;
  const related = [{ table: t.index, cells: rows.map((r) => [r.row, Math.max(0, r.labelCol)] as [number, number]) }];
  if (f.fig.value.eq(rows.length)) {
    report.verified({ rule: RULE, table: t.index, cells: related[0]!.cells, related: [] });
    return;
  }
  report.finding({
    rule: RULE,
    severity: 'warning',
    table: null,
    cells: [],
    related,
    message: `说明中「${f.fig.text.trim()}项目」与「${t.title || t.kind}」所列 ${rows.length} 个项目不一致（${rows.slice(0, 5).map(rowLabel).join('、')}${rows.length > 5 ? '…' : ''}）`,
    messageEn: `The text says ${f.fig.text.trim()} projects but "${t.title || t.kind}" lists ${rows.length}`,
    expected: String(rows.length),
    actual: f.fig.value.toString(),
    difference: f.fig.value.minus(rows.length).toString(),
    text,
    cause: { id: 'count-mismatch', zh: '项目个数不符：可能表中拆分或合并了项目，或说明未更新。', en: 'The count differs: the table may split or merge projects, or the text was not updated.' },
  });
}
