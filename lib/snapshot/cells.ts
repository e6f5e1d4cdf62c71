import { cellRawText, isBlockName, isBoldStyle, isSkippedName, leadingIndent, normalizeSpace, styleAttrIndent, styleIndent } from '../dom/text';
import { spanOf } from '../dom/rows';
import type { CellSnapshot } from './schema';

/** Reads the cells of one table, row by row (the rows as snapshotTable picked them). */
export type CellsReader = (table: Element, rows: readonly (readonly Element[])[]) => CellSnapshot[][];

/** One cell read on its own: its text by walking its subtree, its attributes and first child looked at directly. */
export function cellSnapshot(el: Element): CellSnapshot {
  const raw = cellRawText(el);
  const name = el.nodeName;
  const header = name === 'TH' || (name.length === 2 && name.toUpperCase() === 'TH');
  // attributes read once each, and not at all on a cell without any (one call instead of three)
  const attrs = el.hasAttributes();
  const style = attrs ? el.getAttribute('style') : null;
  // bold: a <th>, a bold style, or a <b>/<strong> wrapping the cell's whole text (checked on the first
  // child only: a per-cell querySelector costs more than reading the text)
  let bold = header || isBoldStyle(style);
  const lead = el.firstElementChild;
  if (!bold && lead && el.childElementCount === 1 && /^(B|STRONG)$/i.test(lead.nodeName)) bold = true;
  let indent = leadingIndent(raw) + styleAttrIndent(style);
  if (lead && lead.hasAttributes()) indent += styleIndent(lead);
  return {
    text: normalizeSpace(raw),
    rowSpan: attrs ? spanOf(el, 'rowspan') : 1,
    colSpan: attrs ? spanOf(el, 'colspan') : 1,
    header,
    indent,
    bold,
  };
}

/** The general path: every cell read on its own (cellSnapshot). */
export const eachCell: CellsReader = (_table, rows) => rows.map((line) => line.map(cellSnapshot));

/*
 * The whole table at once, with as few DOM calls per cell as the walk allows. In a browser each call
 * crosses into the engine, and from a content script's world each node touched needs a wrapper of its
 * own: reading a cell on its own (first and last child at every level, the type and name of each, its
 * attributes one by one) was most of the snapshot's time, several times the cost of reading each
 * cell's text once. Here a cell is read as:
 *   - its text: textContent, when that is what the walk would give up to what normalizeSpace and
 *     leadingIndent see (textOf says when); else the walk (cellRawText);
 *   - its style attribute (one call; what it says about bold type and indentation is looked up by the
 *     string, which repeats from cell to cell), its first element child's style when it has one;
 *   - rowspan/colspan only on the cells one selector query over the table finds with either.
 * The same result as cellSnapshot, cell for cell (lib/snapshot/cells.test.ts compares the two).
 */
export const wholeTable: CellsReader = (table, rows) => {
  const spanned = new Set<Element>();
  const hits = table.querySelectorAll('[rowspan],[colspan]');
  for (let i = 0; i < hits.length; i++) spanned.add(hits[i]!);
  return rows.map((line) => line.map((el) => quickCell(el, spanned.has(el))));
};

/** What a style attribute's value says (isBoldStyle, styleAttrIndent), by the value: cells repeat their styles. */
const styleMemo = new Map<string, { bold: boolean; indent: number }>();
function styleFacts(style: string): { bold: boolean; indent: number } {
  let f = styleMemo.get(style);
  if (!f) {
    if (styleMemo.size > 2000) styleMemo.clear();
    styleMemo.set(style, (f = { bold: isBoldStyle(style), indent: styleAttrIndent(style) }));
  }
  return f;
}

/** How the cells with elements inside were read since the start: without the walk, or walked (for tests). */
export const textReads = { quick: 0, walked: 0 };

function quickCell(el: Element, spanned: boolean): CellSnapshot {
  const name = el.nodeName;
  const header = name === 'TH' || (name.length === 2 && name.toUpperCase() === 'TH');
  const text = el.textContent ?? '';
  const lead = el.firstElementChild;
  // the lead's name read once, for the walk and the bold test (the same test as cellSnapshot's)
  const leadName = lead ? lead.nodeName : '';
  let raw = text;
  if (lead !== null) {
    const quick = textOf(text, lead, leadName);
    if (quick !== null) textReads.quick++;
    else textReads.walked++;
    raw = quick ?? cellRawText(el);
  }
  const style = el.getAttribute('style');
  const own = style ? styleFacts(style) : null;
  const bold = header || (own?.bold ?? false) || (lead !== null && /^(B|STRONG)$/i.test(leadName) && el.childElementCount === 1);
  let indent = leadingIndent(raw) + (own?.indent ?? 0);
  if (lead) {
    const s = lead.getAttribute('style');
    if (s) indent += styleFacts(s).indent;
  }
  return {
    text: normalizeSpace(raw),
    rowSpan: spanned ? spanOf(el, 'rowspan') : 1,
    colSpan: spanned ? spanOf(el, 'colspan') : 1,
    header,
    indent,
    bold,
  };
}

/** Blocks whose text textOf compares before it leaves the cell to the walk (each comparison reads the block's whole text). */
const MAX_BLOCKS = 8;

/**
 * A cell's textContent when the walk (rawText) would give the same up to line breaks at the text's two
 * ends (which normalizeSpace trims and leadingIndent skips); null when it cannot tell. Visits the cell's
 * elements (not its text nodes) in document order: an inline element adds nothing to the walk's text;
 * a block adds a line break before and after itself, which are at the ends when it holds all of the
 * cell's text (its text is a contiguous part of the cell's, so the same length means the same text); a
 * <br>, a skipped element or a table adds a break in the middle or leaves text out. Text and comments
 * are read alike by both (a CDATA section, which only an XML document holds, would not be).
 */
function textOf(text: string, lead: Element, leadName: string): string | null {
  let blocks = 0;
  let l = lead;
  let name = leadName;
  // the elements above `l` inside the cell, whose next siblings are still to visit (kept here: a
  // parentElement call per step up costs as much as the step down)
  const above = scratch;
  above.length = 0;
  for (;;) {
    const upper = name.toUpperCase();
    if (upper === 'BR' || upper === 'TABLE' || isSkippedName(upper)) return null;
    if (isBlockName(upper) && (++blocks > MAX_BLOCKS || (l.textContent ?? '').length !== text.length)) return null;
    let next = l.firstElementChild;
    if (next) above.push(l);
    else {
      next = l.nextElementSibling;
      while (!next && above.length > 0) next = above.pop()!.nextElementSibling;
      if (!next) return text;
    }
    l = next;
    name = l.nodeName;
  }
}
const scratch: Element[] = [];
