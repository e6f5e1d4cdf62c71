/**
 * Text normalisation for term matching. Pages write the same term many ways: “三公”经费 / "三公"经费 /
 * ‘三公’经费, 因公出国(境)费 / 因公出国（境）费, and PDF-derived text puts spaces inside words
 * ("收 入 总 计"). Matching runs on a normalised copy; `map` leads back to the original offsets.
 */

export interface NormalizedText {
  text: string;
  /** map[i] = offset in the original string of normalised char i */
  map: number[];
  /** end[i] = offset just after the original char that produced normalised char i */
  end: number[];
}

const QUOTES = /[“”„‟"'‘’‚‛「」『』〝〞〟＂＇]/;
const SPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]/;

export function normalizeForMatch(input: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const ch of input) {
    const next = offset + ch.length;
    if (!SPACE.test(ch)) {
      const out = QUOTES.test(ch) ? '"' : ch.normalize('NFKC').toLowerCase();
      for (const o of out) {
        if (SPACE.test(o)) continue;
        text += o;
        // one entry per UTF-16 unit so indices into `text` stay aligned
        for (let k = 0; k < o.length; k++) {
          map.push(offset);
          end.push(next);
        }
      }
    }
    offset = next;
  }
  return { text, map, end };
}
