/**
 * Reading text from the DOM nodes we are handed. Works on browser DOM and on Node DOM
 * implementations (linkedom, happy-dom): only nodeType/nodeName/childNodes/data/getAttribute are used.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'OBJECT', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'TABLE', 'CAPTION']);

export function isSkipped(node: Node): boolean {
  return SKIP.has(node.nodeName.toUpperCase());
}
export function isBlock(node: Node): boolean {
  return BLOCK.has(node.nodeName.toUpperCase());
}
/** The same by an upper-cased nodeName the caller already has (a walk over the page upper-cases each name once). */
export const isSkippedName = (upper: string): boolean => SKIP.has(upper);
export const isBlockName = (upper: string): boolean => BLOCK.has(upper);

/**
 * Raw text of a subtree: <br> and block boundaries become newlines, skipped elements dropped.
 * A loop with its own stack, not recursion: the page decides how deep its elements nest.
 * skipTables: a table nested in a cell is a table of its own (read as such), not text of the cell; reading
 * it into every enclosing cell too would cost the square of the nesting depth.
 */
export function rawText(node: Node, out: string[] = [], opts: { skipTables?: boolean } = {}): string[] {
  // children followed by nextSibling, not indexed in childNodes (a NodeList's indexed getter is the
  // slowest kind of DOM call in a browser; a DOM without live lists builds the list on every read)
  const stack: { next: ChildNode | null; block: boolean }[] = [{ next: node.firstChild, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const k = top.next;
    if (k === null) {
      stack.pop();
      if (top.block) out.push('\n');
      continue;
    }
    top.next = k.nextSibling;
    if (k.nodeType === 3) out.push((k as Text).data);
    else if (k.nodeType === 1) {
      const name = k.nodeName.toUpperCase();
      if (name === 'BR') { out.push('\n'); continue; }
      if (SKIP.has(name)) continue;
      if (opts.skipTables && name === 'TABLE') { out.push('\n'); continue; }
      const block = BLOCK.has(name);
      if (block) out.push('\n');
      stack.push({ next: k.firstChild, block });
    }
  }
  return out;
}

/**
 * A table cell's raw text for the snapshot, which uses it only through normalizeSpace and leadingIndent:
 * both ignore the newlines rawText puts around block elements at the text's two ends. So a cell that is
 * a chain of single children ending in one text node (`<td>1.00</td>`, Word's
 * `<td><p><span>1.00</span></p></td>`) is read from that node without the walk (the walk was the most
 * costly part of reading a cell); anything else goes through rawText.
 */
export function cellRawText(el: Element): string {
  let node: Node = el;
  for (;;) {
    const k = node.firstChild;
    if (k === null) return '';
    if (k !== node.lastChild) break;
    if (k.nodeType === 3) return (k as Text).data;
    if (k.nodeType !== 1) break;
    const name = k.nodeName.toUpperCase();
    if (name === 'BR' || name === 'TABLE' || SKIP.has(name)) break;
    node = k;
  }
  return rawText(el, [], { skipTables: true }).join('');
}

/** Every kind of space the page's text may hold (nbsp, full-width, zero-width, newlines), as a character class. */
export const SPACE_CLASS = '[\\s\\u00a0\\u3000\\u2000-\\u200b\\u202f\\u205f\\ufeff]';
const SPACES = new RegExp(`${SPACE_CLASS}+`, 'g');

/**
 * Invisible format characters (Unicode Cf): bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), marks (U+200E/U+200F, U+061C), soft hyphens, joiners. They carry no text, but a page
 * can put one before an amount so the amount is not read, or in a label so that our own sentences
 * quoting it are shown reversed (issue 10). Removed when text is read from the page.
 */
const FORMAT = /\p{Cf}/gu;

/** Any character normalizeSpace changes: a space of SPACES (trim removes only those) or a format character. */
const UNCLEAN = /[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff\p{Cf}]/u;

/**
 * Collapse every kind of space (nbsp, full-width, zero-width, newlines) to one ASCII space, drop
 * invisible format characters, and trim.
 */
export function normalizeSpace(text: string): string {
  // most cell texts ("1,234.00", "基本支出") hold neither: one test instead of two replaces and a trim
  if (!UNCLEAN.test(text)) return text;
  return text.replace(SPACES, ' ').replace(FORMAT, '').trim();
}

/** A key for comparing labels: no spaces at all (PDF-to-HTML text often has "收 入 总 计"). */
export function labelKey(text: string): string {
  if (!UNCLEAN.test(text)) return text; // most labels: one test instead of two replaces
  return text.replace(SPACES, '').replace(FORMAT, '');
}

/** Leading indentation of raw cell text, in character widths (full-width space counts 1, ASCII space 0.5). */
export function leadingIndent(raw: string): number {
  // by code unit (the first character that is none of these ends it, a surrogate too): runs for every cell
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x3000) n += 1;
    else if (ch === 0x20 || ch === 0xa0) n += 0.5;
    else if (ch === 0x0a || ch === 0x09 || ch === 0x0d) continue;
    else break;
  }
  return n;
}

const INDENT_STYLE = /(padding-left|text-indent|margin-left)\s*:\s*(-?[\d.]+)\s*(px|pt|em|cm|mm)?/gi;

/** Indentation set by inline style (padding-left, text-indent, margin-left), in em (12px ≈ 9pt ≈ 1em). */
export function styleIndent(el: Element): number {
  return styleAttrIndent(el.getAttribute('style'));
}

/** styleIndent from the style attribute's value (a caller that reads it once for several uses). */
export function styleAttrIndent(style: string | null): number {
  if (!style) return 0;
  let total = 0;
  const re = INDENT_STYLE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(style))) {
    const v = Number(m[2]);
    if (!Number.isFinite(v) || v <= 0) continue;
    const u = (m[3] ?? 'px').toLowerCase();
    total += u === 'em' ? v : u === 'pt' ? v / 9 : u === 'cm' ? v / 0.32 : u === 'mm' ? v / 3.2 : v / 12;
  }
  return total;
}

export function isBoldElement(el: Element): boolean {
  const n = el.nodeName;
  const name = n === 'TD' ? n : n.toUpperCase(); // the usual case makes no new string
  if (name === 'B' || name === 'STRONG' || name === 'TH') return true;
  return isBoldStyle(el.getAttribute('style'));
}

/** A style attribute's value that sets bold type. */
export function isBoldStyle(style: string | null): boolean {
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
}
