/**
 * The budget vocabulary, in one place: which funds (资金性质), which period scope (本年 / 上年结转 /
 * 年终结转结余), which side (收入 / 支出) and which measure (基本 / 项目 / 人员 / 公用) a table, a column
 * and a row speak of, and the one label key every rule compares labels by.
 *
 * Computed once when the table model is built (lib/tables/build.ts) and read by the rules, so that a
 * cross-table comparison, a text-vs-table match and an empty-table note agree on what "一般公共预算"
 * or "上年结转" means. Only domain words live here, never a document's own labels.
 */
import { normalizeChars } from '../figures/normalize';
import { memoText } from '../memo';

// ---------------------------------------------------------------- the one label key

const QUOTES = /[“”„‟"'‘’‚‛「」『』〝〞〟]/g;
const BRACKETS = /[()[\]【】〔〕<>《》{}]/g;
const NUMBERING = /^(?:\(?[一二三四五六七八九十百]+\)[、.．]?|[一二三四五六七八九十百]+[、.．]|\(\d{1,2}\)[、.．]?|\d{1,2}[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/;
const UNIT_SUFFIX = /\((?:元|千元|万元|百万元|亿元)\)$/;
const LEVEL_MARK = /\([类款项]\)/g;

/**
 * The key two labels are compared by: full-width folded to half-width, every space and quote removed,
 * leading list numbering ("（一）", "1、", "①"), classification level marks ("（类）"), a trailing unit
 * ("（万元）") and a trailing colon dropped, brackets removed (their content kept: "因公出国（境）费" →
 * "因公出国境费"). "（二）机关商品和服务支出：" → "机关商品和服务支出".
 */
export const termKey: (s: string) => string = memoText(termKeyOf);

function termKeyOf(s: string): string {
  let t = normalizeChars(s).replace(/\s+/g, '').replace(QUOTES, '');
  t = t.replace(NUMBERING, '');
  t = t.replace(/[:：]+$/, '').replace(UNIT_SUFFIX, '').replace(LEVEL_MARK, '');
  return t.replace(BRACKETS, '').replace(/[:：]+$/, '');
}

// ---------------------------------------------------------------- funds

/**
 * all = every source of the department's money; appr = 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营);
 * gpb 一般公共预算, gf 政府性基金, soe 国有资本经营, sa 财政专户管理资金, ssf 社会保险基金,
 * own = the unit's own money (事业收入、经营收入、其他收入 …).
 */
export type Fund = 'all' | 'appr' | 'gpb' | 'gf' | 'soe' | 'sa' | 'ssf' | 'own';

export const FUND_ZH: Record<Fund, string> = {
  all: '全部资金', appr: '财政拨款', gpb: '一般公共预算', gf: '政府性基金', soe: '国有资本经营', sa: '财政专户管理资金', ssf: '社会保险基金', own: '单位资金',
};

/** Words that name one fund. 财政拨款 is matched apart: it is the union of three of them. */
const FUND_WORDS: [RegExp, Fund][] = [
  [/一般公共预算/, 'gpb'],
  [/政府性基金|政府基金/, 'gf'],
  [/国有资本经营|国有资本/, 'soe'],
  [/财政专户|专户管理/, 'sa'],
  [/社会保险基金|社保基金|社会保障基金/, 'ssf'],
  [/事业收入|事业单位经营收入|经营收入|上级补助收入|附属单位上缴收入|单位资金|其他收入/, 'own'],
];

/** Every fund a text names, in the order of FUND_WORDS (财政拨款 counted when no single fund is named). */
export function fundsIn(text: string): Fund[] {
  const k = termKey(text);
  const out = FUND_WORDS.filter(([re]) => re.test(k)).map(([, f]) => f);
  if (out.length === 0 && /财政拨款/.test(k)) out.push('appr');
  return out;
}

/** The fund a table covers: named in its title, else what its standard kind covers. */
export function tableFund(title: string, kind: string): Fund | null {
  const t = termKey(title);
  // "一般公共预算财政拨款…", "财政拨款政府性基金…": the single fund named; "财政拨款…" alone: all appropriations
  for (const [re, f] of FUND_WORDS.slice(0, 4)) if (re.test(t)) return f;
  if (/财政拨款/.test(t)) return 'appr';
  switch (kind) {
    case '收支总表':
    case '支出总表':
    case '收入总表':
      return 'all';
    case '财政拨款收支总表':
      return 'appr';
    case '一般公共预算支出表':
    case '一般公共预算基本支出表':
    case '三公经费表':
      return 'gpb';
    case '政府性基金':
      return 'gf';
    case '国有资本经营':
      return 'soe';
    case '财政专户':
      return 'sa';
    default:
      return null;
  }
}

/** The fund one column holds: the fund its header names, else the table's. */
export function columnFund(path: string[], table: Fund | null): Fund | null {
  const p = termKey(path.join('›'));
  for (const [re, f] of FUND_WORDS.slice(0, 4)) if (re.test(p)) return f;
  return table;
}

// ---------------------------------------------------------------- period scope

/**
 * current = 本年 only; carry = 上年结转 (结余); closing = 年终结转结余; with-carry = 本年 and 上年结转 together
 * (a 支出 that may be paid from carried-over money, a 收入总计 that adds the 上年结转).
 */
export type Scope = 'current' | 'carry' | 'closing' | 'with-carry';

/** The scope a table's notes state ("不含上年结转", "含上年结转"); nothing when they say nothing. */
export function tableScope(notes: string[]): Scope | null {
  const k = termKey(notes.join('。'));
  if (/不含上年结转|不包括上年结转/.test(k)) return 'current';
  if (/(含|包括)[^。；]{0,12}上年结转/.test(k)) return 'with-carry';
  return null;
}

/** The scope a label or a header names. */
export function scopeOfText(text: string): Scope | null {
  const k = termKey(text);
  if (/年终结转|年末结转|结转下年|结转结余$|^结余/.test(k) && !/上年结转/.test(k)) return 'closing';
  if (/上年结转|年初结转|上年结余|以前年度结转|上年度结转/.test(k)) return 'carry';
  if (/^本年|本年度?(收入|支出)/.test(k)) return 'current';
  return null;
}

// ---------------------------------------------------------------- side

export type Side = 'income' | 'expense';

/** 收入 or 支出 when a text names only one of them. */
export function sideOfText(text: string): Side | null {
  const k = termKey(text);
  const inc = /收入/.test(k);
  const exp = /支出/.test(k);
  return inc && !exp ? 'income' : exp && !inc ? 'expense' : null;
}

/** The side a whole table is about: 收支 tables have both (none), the others their kind's side. */
export function tableSide(title: string, kind: string): Side | null {
  if (kind === '收支总表' || kind === '财政拨款收支总表') return null;
  if (kind === '收入总表') return 'income';
  const s = sideOfText(title);
  if (s) return s;
  if (/支出|三公|机关运行|项目/.test(kind)) return 'expense';
  return null;
}

// ---------------------------------------------------------------- measure

/** total = everything the table counts; basic 基本支出 (= personnel + public); project 项目支出. */
export type Measure = 'total' | 'basic' | 'project' | 'personnel' | 'public';

export const MEASURE_ZH: Record<Measure, string> = { total: '合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '公用经费' };

/** What a table's 合计 column measures, from its title and kind; null when unknown. */
export function tableMeasure(title: string, kind: string): Measure | null {
  const t = termKey(title);
  if (/公用经费|商品和服务支出/.test(t)) return 'public';
  if (/人员经费|工资福利/.test(t)) return 'personnel';
  if (kind === '一般公共预算基本支出表' || /基本支出/.test(t)) return 'basic';
  if (/项目支出|专项/.test(t) || kind === '项目支出表') return 'project';
  if (kind === '经济分类表' && !t) return null;
  if (['绩效目标表', '绩效自评表', '三公经费表', '其他预算表', '机关运行经费', '政府采购'].includes(kind)) return null;
  return 'total';
}

const TOTAL_WORD = /^(合计|总计|小计|本年.*支出|预算数|金额|本年支出)$/;
const FUND_ELEMENT = /一般公共预算|政府性基金|政府基金|国有资本|财政专户|财政拨款/;
const MEASURE_HEADS: [RegExp, Measure][] = [
  [/^(项目支出|专项业务经费支出|专项业务经费|项目经费)$/, 'project'],
  [/^(人员经费|人员经费支出)$/, 'personnel'],
  [/^(公用经费|公用经费支出|日常公用经费)$/, 'public'],
  [/^(基本支出)$/, 'basic'],
];

/**
 * What one amount column measures: 基本 / 项目 / 人员 / 公用, the table's own measure for a 合计 (or a
 * fund's 合计) column, null for a part below those (工资福利支出 under 人员经费) or anything else.
 */
export function columnMeasure(path: string[], table: Measure | null): Measure | null | 'unknown' {
  const p = path.map(termKey).filter(Boolean);
  if (p.length === 0) return null;
  const leaf = p[p.length - 1]!;
  const leafIsTotal = /^(合计|总计|小计)$/.test(leaf);
  for (const [re, m] of MEASURE_HEADS) {
    const i = p.findIndex((x) => re.test(x));
    if (i < 0) continue;
    if (i === p.length - 1 || (i === p.length - 2 && leafIsTotal)) return m;
    if (m === 'basic') continue; // 基本支出 › 人员经费 is read above; deeper leaves are parts
    return null;
  }
  const rest = p.filter((x) => !TOTAL_WORD.test(x) && !FUND_ELEMENT.test(x));
  if (rest.length === 0) return table ?? 'unknown';
  return null;
}

/** A row label that names a measure of the whole department (in a summary block: 基本支出, 项目支出, 本年支出合计). */
export function rowMeasure(label: string): Measure | null {
  const l = termKey(label);
  if (/^(基本支出|人员经费和公用经费支出|人员经费和公用经费)$/.test(l)) return 'basic';
  if (/^(项目支出|专项业务经费支出|专项业务经费)$/.test(l)) return 'project';
  if (/^本年支出合计$/.test(l)) return 'total';
  if (/^(人员经费|人员经费支出)$/.test(l)) return 'personnel';
  if (/^(公用经费|公用经费支出|日常公用经费)$/.test(l)) return 'public';
  return null;
}

// ---------------------------------------------------------------- what the model stores

/** Fund, scope, side and measure of a table, a column, a block or a row (null: not named / unknown). */
export interface Vocab {
  fund: Fund | null;
  scope: Scope | null;
  side: Side | null;
  /** 'unknown' (columns only): a total column of a table whose own measure is unknown */
  measure: Measure | null | 'unknown';
}

export function tableVocab(title: string, kind: string, notes: string[]): Vocab {
  return { fund: tableFund(title, kind), scope: tableScope(notes), side: tableSide(title, kind), measure: tableMeasure(title, kind) };
}

export function columnVocab(path: string[], table: Vocab): Vocab {
  const m = table.measure === 'unknown' ? null : table.measure;
  return { fund: columnFund(path, table.fund), scope: scopeOfText(path.join('')), side: sideOfText(path.join('')), measure: columnMeasure(path, m) };
}

export function rowVocab(label: string): Vocab {
  const funds = fundsIn(label);
  return { fund: funds.length === 1 ? funds[0]! : null, scope: scopeOfText(label), side: sideOfText(label), measure: rowMeasure(label) };
}
