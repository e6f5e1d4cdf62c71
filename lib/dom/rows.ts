/** table.rows and row.cells, computed from the tree so Node DOM implementations behave like browsers. */

/**
 * nodeName is upper case for HTML elements in an HTML document; anything else is compared upper-cased,
 * as before (this runs for every row and cell of the page: no string is made for the usual case).
 */
function named(k: Element, upper: string): boolean {
  const n = k.nodeName;
  return n === upper || (n.length === upper.length && n.toUpperCase() === upper);
}

/**
 * The element children of `parent` named `a` (or `b`), in order. Walked by nextElementSibling, not
 * through `parent.children`: in a browser each index into an HTMLCollection goes through the
 * collection's indexed getter, the slowest kind of DOM call, and this runs for every row and cell.
 * Appends to `out` (a section's rows go straight into the table's list, however many there are).
 */
function childrenNamed(parent: Element, a: string, b?: string, out: Element[] = []): Element[] {
  for (let k = parent.firstElementChild; k !== null; k = k.nextElementSibling) {
    if (named(k, a) || (b !== undefined && named(k, b))) out.push(k);
  }
  return out;
}

/** The rows of a table in the order of HTMLTableElement.rows: thead rows, body rows, tfoot rows. */
export function tableRows(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let k = table.firstElementChild; k !== null; k = k.nextElementSibling) {
    if (named(k, 'TR')) body.push(k);
    else if (named(k, 'TBODY')) childrenNamed(k, 'TR', undefined, body);
    else if (named(k, 'THEAD')) childrenNamed(k, 'TR', undefined, head);
    else if (named(k, 'TFOOT')) childrenNamed(k, 'TR', undefined, foot);
  }
  return head.length === 0 && foot.length === 0 ? body : head.concat(body, foot);
}

export function rowCells(row: Element): Element[] {
  return childrenNamed(row, 'TD', 'TH');
}

/** rowspan/colspan as the HTML table model clamps them (colspan 1..1000, rowspan 0..65534; 0 = to the end). */
export function spanOf(cell: Element, attr: 'rowspan' | 'colspan'): number {
  const raw = cell.getAttribute(attr);
  const n = raw === null ? NaN : parseInt(raw.trim(), 10);
  if (attr === 'colspan') return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
  if (!Number.isFinite(n) || n < 0) return 1;
  return Math.min(n, 65534);
}

export function allTables(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagName('table'));
}
