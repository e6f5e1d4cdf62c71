/**
 * Crafted hostile pages (issue 10): markup whose attributes claim far more than the page holds, and
 * nesting deeper than any real document. Pure string builders, deterministic, no DOM.
 */

export interface SpanBombOptions {
  /** empty <tr> after the spanning cell (issue 10: 20,000 and 60,000) */
  rows?: number;
  /** colspan of the spanning cell (browsers clamp to 1000) */
  colspan?: number;
  /** rowspan of the spanning cell; "0" means "to the end of the section" */
  rowspan?: string;
  /** one row with a cell after the empty rows, so they are not trailing (the span then covers them all) */
  tail?: boolean;
}

/** One table: a single `<td rowspan="0" colspan="1000">` followed by `rows` empty rows. */
export function spanBombTable(options: SpanBombOptions = {}): string {
  const rows = options.rows ?? 20_000;
  const colspan = options.colspan ?? 1000;
  const rowspan = options.rowspan ?? '0';
  const tail = options.tail ? '<tr><td>1</td></tr>' : '';
  return `<table><tr><td rowspan="${rowspan}" colspan="${colspan}">x</td></tr>${'<tr></tr>'.repeat(rows)}${tail}</table>`;
}

/** A page with the bomb table inserted just before `</body>` (or appended when there is none). */
export function withSpanBomb(html: string, options: SpanBombOptions = {}): string {
  const bomb = spanBombTable(options);
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + bomb : html.slice(0, at) + bomb + html.slice(at);
}

/** Tables nested `depth` deep (each one the only cell of its parent), innermost holding `inner`. */
export function nestedTablesHtml(depth: number, inner = '1.00'): string {
  return '<table><tr><td>'.repeat(depth) + inner + '</td></tr></table>'.repeat(depth);
}

/** A page with `depth`-deep nested tables before `</body>`. */
export function withNestedTables(html: string, depth: number): string {
  const nest = nestedTablesHtml(depth);
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + nest : html.slice(0, at) + nest + html.slice(at);
}
