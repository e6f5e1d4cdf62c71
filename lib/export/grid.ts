import type { Sheet, SheetCell } from './sheet';

/**
 * The sheet as the rows a file holds, top to bottom: the meta lines (label, value), one empty line,
 * the flattened header, the body. Every writer lays out the same grid, so a CSV, a TSV paste and an
 * XLSX sheet have the same cell at the same place.
 */
export function sheetGrid(sheet: Sheet): SheetCell[][] {
  const text = (v: string): SheetCell => (v ? { t: 'text', v } : { t: 'blank' });
  return [
    ...sheet.meta.map(([k, v]) => [text(k), text(v)]),
    [],
    sheet.header.map(text),
    ...sheet.rows,
  ];
}

/** Rows of the grid before the header (for a frozen pane): meta lines and the empty line. */
export function headerRowIndex(sheet: Sheet): number {
  return sheet.meta.length + 1;
}

/**
 * A figure as a spreadsheet reads it in text form: the exact decimal ("1234.56", no grouping, so it
 * is read as a number), a percentage with its sign ("16.07%").
 */
export function plainText(c: SheetCell): string {
  switch (c.t) {
    case 'blank':
      return '';
    case 'number':
      return c.v;
    case 'percent':
      return `${c.v}%`;
    case 'text':
      return guardFormula(c.v);
  }
}

/**
 * Text from a web page must not run as a formula when the file is opened or pasted: a cell starting
 * with = + @ (or - followed by something that is not a number) is what a spreadsheet evaluates, so it
 * gets the spreadsheet's own "this is text" mark, a leading apostrophe. A lone dash ("-", the blank of
 * many disclosures) is left as it is. (XLSX cells are typed as strings and need no such mark.)
 */
export function guardFormula(s: string): string {
  if (/^[=+@\t\r]/.test(s) || /^-(?![\d.]|\s*$)/.test(s)) return `'${s}`;
  return s;
}
