import { labelKey } from '../dom/text';
import type { FlowItem } from '../snapshot/schema';
import type { Sentence } from '../tables/model';

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d))/;
const END = /[。；;！!？?：:]$/;

/**
 * Prose sentences outside tables. Text pasted from PDF breaks lines mid-sentence ("12.34 万" / "元，
 * 其中…"), so a line that does not end a sentence is joined with the next unless that one starts a
 * new numbered heading.
 */
export function proseSentences(flow: FlowItem[], isTableText: (index: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let section: string | null = null;
  let afterTable: number | null = null;
  let buf = '';
  let bufIndex = -1;
  const flush = () => {
    if (!buf) return;
    for (const s of splitSentences(buf)) out.push({ text: s, flowIndex: bufIndex, afterTable, section });
    buf = '';
  };
  flow.forEach((item, i) => {
    if (item.kind === 'table') {
      flush();
      if (isTableText(item.index)) afterTable = item.index;
      return;
    }
    const t = item.text;
    const k = labelKey(t);
    // a numbered line is a heading unless it runs on into the next line ("(二) 项目支出: …68.22万元,")
    const heading = HEADING.test(k) && k.length <= 40 && !/[，,、]$/.test(k);
    if (heading) {
      flush();
      section = t;
    }
    if (!buf) bufIndex = i;
    buf += (buf && /[A-Za-z0-9]$/.test(buf) && /^[A-Za-z0-9]/.test(t) ? ' ' : '') + t;
    if (END.test(t) || item.heading || heading) flush();
  });
  flush();
  return out;
}

/** Split on sentence ends (。；！？) but keep "其中：" lists inside their sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    cur += ch;
    if (/[。；;！!？?]/.test(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
