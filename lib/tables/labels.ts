import { labelKey } from '../dom/text';
import type { TotalKind } from './model';

/** Chinese list numbering, outermost style first as documents conventionally nest them. */
const NUMBERING: { style: string; re: RegExp }[] = [
  { style: '一、', re: /^([一二三四五六七八九十百]+)\s*[、.．]\s*/ },
  { style: '（一）', re: /^[（(]\s*([一二三四五六七八九十百]+)\s*[)）]\s*[、.．]?\s*/ },
  { style: '1、', re: /^(\d{1,2})\s*[、．.](?![\d])\s*/ },
  { style: '（1）', re: /^[（(]\s*(\d{1,2})\s*[)）]\s*[、.．]?\s*/ },
  { style: '①', re: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*/ },
];

export interface ParsedLabel {
  label: string;
  numbering?: { style: string; text: string };
  subset: boolean;
  total?: TotalKind;
  /** a code written inside the label cell ("2080505 机关事业单位…", "[208]社会保障…") */
  code?: string;
}

const TOTAL_EXACT = /^(合计|总计|小计|共计|总合计|合计数|总计数|本年合计)[:：]?$/;
const TOTAL_SUFFIX = /^(.{0,10}?)(合计|总计|小计)[:：]?$/;

export function totalKindOf(key: string): TotalKind | undefined {
  if (TOTAL_EXACT.test(key)) return key.startsWith('小计') ? 'subtotal' : key.startsWith('总计') || key.startsWith('总合计') ? 'grand' : 'total';
  const m = TOTAL_SUFFIX.exec(key);
  if (!m) return undefined;
  // "本年收入合计", "收入总计", "支出总计", "“三公”经费合计": totals; but not a name that merely ends so
  // in the middle of a long item name
  if (/[、，,]/.test(m[1]!)) return undefined;
  return m[2] === '小计' ? 'subtotal' : m[2] === '总计' ? 'grand' : 'total';
}

export function parseLabel(text: string): ParsedLabel {
  let t = text.trim();
  let subset = false;
  const sub = /^其中\s*[:：]?\s*/.exec(t);
  if (sub) {
    subset = true;
    t = t.slice(sub[0].length);
  }
  let code: string | undefined;
  // classification codes (3/5/7/9 digits) and unit codes (6 or 9 digits: "101001 某某局", the row that
  // repeats its unit's total above the 项 rows)
  const cm = /^[[【]?\s*(\d{3}(?:\d{2}){0,3}|\d{6})\s*[\]】]?\s*[-—－_:：]?\s*(?=[\u4e00-\u9fff“"（(])/.exec(t);
  if (cm) {
    code = cm[1];
    t = t.slice(cm[0].length);
  }
  let numbering: ParsedLabel['numbering'];
  if (!code) {
    for (const n of NUMBERING) {
      const m = n.re.exec(t);
      if (m && t.length > m[0].length) {
        numbering = { style: n.style, text: m[0].trim() };
        t = t.slice(m[0].length);
        break;
      }
    }
  }
  // "其中：" may also follow the numbering ("1、其中：…") — rare, but keep subsets subsets
  if (!subset && /^其中\s*[:：]/.test(t)) {
    subset = true;
    t = t.replace(/^其中\s*[:：]\s*/, '');
  }
  const key = labelKey(t);
  const total = numbering || code ? undefined : totalKindOf(key);
  return { label: t.trim(), numbering, subset, total, code };
}
