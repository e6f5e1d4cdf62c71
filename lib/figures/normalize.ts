/**
 * Character-level normalisation that keeps string length (one UTF-16 unit in, one out), so offsets
 * found in the normalised text are offsets in the original. NFKC is not used on purpose: it turns
 * ①, ㈠, ㎡ into digits and letters, which would make list numbering look like amounts.
 */
const MINUS_LIKE = new Set(['\u2212', '\uFE63', '\u2010', '\u2011']); // − ﹣ ‐ ‑

export function normalizeChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0); // full-width ASCII
    else if (c === 0x3000 || c === 0x00a0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) out += ' ';
    else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) out += ' ';
    else if (MINUS_LIKE.has(ch)) out += '-';
    else if (c === 0xffe5) out += '¥'; // full-width yen sign, outside the FF01–FF5E block
    else out += ch;
  }
  return out;
}

/** Normalise and trim; for whole cells where offsets do not matter. */
export function normalizeCell(text: string): string {
  return normalizeChars(text).replace(/\s+/g, ' ').trim();
}
