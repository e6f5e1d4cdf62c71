/** Word lists shared by the cell and prose readers. Longest first: alternations try them in order. */

/** Measure words after a count ("共15个项目", "200 人", "0 辆"). Dates (年月日号) are not counts. */
export const MEASURE_WORDS = [
  '个百分点', '平方米', '个月', '人次', '批次', '场次', '户次', '台套', '小时', '分钟', '公里', '千米', '万人',
  '个', '人', '辆', '台', '套', '项', '家', '次', '份', '批', '名', '户', '件', '处', '场', '所', '座', '间',
  '张', '篇', '条', '种', '类', '只', '笔', '宗', '起', '期', '天', '周', '册', '部', '棵', '亩', '层', '床',
  '分', '倍', '吨', '米', '例', '位', '节', '课时', '学时', '卷', '盒', '箱', '瓶',
].sort((a, b) => b.length - a.length);

export type BoundOp = '>=' | '<=' | '>' | '<' | '=';

/** Comparison words before a figure; "以上"/"以下" after one include the figure itself. */
const PREFIX_OPS: [string, BoundOp][] = [
  ['大于或等于', '>='], ['小于或等于', '<='], ['大于等于', '>='], ['小于等于', '<='],
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['最低', '>='],
  ['不高于', '<='], ['不多于', '<='], ['不大于', '<='], ['不超过', '<='], ['最多', '<='], ['最高', '<='],
  ['不足', '<'], ['不满', '<'], ['少于', '<'], ['低于', '<'], ['小于', '<'],
  ['多于', '>'], ['高于', '>'], ['大于', '>'], ['超过', '>'],
  ['>=', '>='], ['<=', '<='], ['≥', '>='], ['≧', '>='], ['⩾', '>='], ['≤', '<='], ['≦', '<='], ['⩽', '<='],
  ['>', '>'], ['<', '<'], ['=', '='],
];
PREFIX_OPS.sort((a, b) => b[0].length - a[0].length);

const SUFFIX_OPS: [string, BoundOp][] = [
  ['及以上', '>='], ['或以上', '>='], ['及以下', '<='], ['或以下', '<='],
  ['以上', '>='], ['以下', '<='], ['以内', '<='], ['之内', '<='],
];

/** An operator word ending exactly at `end` in `s` (spaces before `end` skipped by the caller). */
export function prefixOpBefore(s: string, end: number): { op: BoundOp; start: number } | null {
  for (const [word, op] of PREFIX_OPS) {
    if (end >= word.length && s.startsWith(word, end - word.length)) return { op, start: end - word.length };
  }
  return null;
}

/** An operator word starting at `at` in `s`. */
export function suffixOpAt(s: string, at: number): { op: BoundOp; end: number } | null {
  for (const [word, op] of SUFFIX_OPS) if (s.startsWith(word, at)) return { op, end: at + word.length };
  return null;
}

export function prefixOpAtStart(s: string): BoundOp | null {
  for (const [word, op] of PREFIX_OPS) if (s.startsWith(word)) return op;
  return null;
}

export function endsWithSuffixOp(s: string): boolean {
  return SUFFIX_OPS.some(([word]) => s.endsWith(word));
}
