import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../tests/generators/prng';
import { cellRawText, leadingIndent, normalizeSpace, rawText } from './text';

const cellsOf = (html: string) =>
  Array.from((parseHTML(`<!doctype html><html><body><table><tr>${html}</tr></table></body></html>`).document as unknown as Document).querySelectorAll('body > table > tbody > tr > td, body > table > tr > td'));

/** What the snapshot takes from a cell's raw text: the normalised text and the leading indentation. */
const seen = (raw: string) => ({ text: normalizeSpace(raw), indent: leadingIndent(raw) });
const walked = (el: Element) => seen(rawText(el, [], { skipTables: true }).join(''));

describe('a cell\'s text without the walk', () => {
  it('a single text node, or a chain of single children ending in one, reads as the walk reads it', () => {
    const shortcut = ['<td>1.00</td>', '<td><p><span>\u3000\u3000基本支出 </span></p></td>', '<td><div><b>  合计</b></div></td>', '<td><p></p></td>', '<td></td>'];
    for (const html of shortcut) {
      const [td] = cellsOf(html);
      expect(seen(cellRawText(td!)), html).toEqual(walked(td!));
    }
    // a <br> holds no text, even when a script gave it some (the parser never does)
    const [td] = cellsOf('<td><span><br></span></td>');
    td!.querySelector('br')!.appendChild(td!.ownerDocument.createTextNode('9,999.00'));
    expect(seen(cellRawText(td!))).toEqual(walked(td!));
    expect(seen(cellRawText(td!)).text).toBe('');
  });

  it('random cell markup (blocks, <br>, scripts, nested tables, comments, format characters, spaces): the same text and indent as the walk', () => {
    const rng = createRng('cell-raw-text');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)]!;
    const texts = ['1.00', ' 2 ', '\u3000\u3000一般', '\u00a0x', '\u202E9', 'a\nb', '', '\u200b', '  '];
    const wrap = [
      (x: string) => `<p>${x}</p>`, (x: string) => `<span>${x}</span>`, (x: string) => `<b>${x}</b>`, (x: string) => `<div>${x}</div>`,
      (x: string) => `${x}<br>`, (x: string) => `<script>0</script>${x}`, (x: string) => `<style>p{}</style>`, (x: string) => `${x}<!--c-->`,
      (x: string) => `<table><tr><td>${x}</td></tr></table>`, (x: string) => `${x}<p>${x}</p>`, (x: string) => `<br>`, (x: string) => `<svg><text>${x}</text></svg>`,
    ];
    let shortcut = 0;
    for (let k = 0; k < 2000; k++) {
      let inner = pick(texts);
      const depth = Math.floor(rng.next() * 4);
      for (let d = 0; d < depth; d++) inner = pick(wrap)(inner);
      const [td] = cellsOf(`<td>${inner}</td>`);
      expect(seen(cellRawText(td!)), inner).toEqual(walked(td!));
      if (cellRawText(td!) !== rawText(td!, [], { skipTables: true }).join('')) shortcut++;
    }
    // the shortcut (which leaves out the walk's block newlines) was taken many times
    expect(shortcut).toBeGreaterThan(100);
  });
});
