/**
 * Stand-in tables: for each table the PDF reader found, a real <table> element whose cells sit
 * exactly on the cells' boxes on the rendered page (PDF points × zoom). They carry the same
 * rowspan/colspan as the snapshot, so the overlay's features find a finding's cell as they do on an
 * HTML page (grid position → element) and measure it with getBoundingClientRect. They are invisible
 * and let the pointer through to the text layer (selection and the browser's find stay pdf.js's).
 */
import type { PageBox, PageSnapshot, TableSnapshot } from '../../lib/snapshot/schema';

const px = (v: number) => `calc(var(--total-scale-factor) * ${v.toFixed(2)}px)`;

function place(el: HTMLElement, b: { x: number; y: number; w: number; h: number }) {
  el.style.left = px(b.x);
  el.style.top = px(b.y);
  el.style.width = px(b.w);
  el.style.height = px(b.h);
}

/** The union of the cells' boxes on one page (a table snapshot is one page's part of a table). */
function tableBox(t: TableSnapshot): PageBox | null {
  if (t.box) return t.box;
  let b: PageBox | null = null;
  for (const row of t.rows) {
    for (const c of row) {
      if (!c.box) continue;
      if (!b) b = { ...c.box };
      else {
        const x2 = Math.max(b.x + b.w, c.box.x + c.box.w);
        const y2 = Math.max(b.y + b.h, c.box.y + c.box.h);
        b.x = Math.min(b.x, c.box.x);
        b.y = Math.min(b.y, c.box.y);
        b.w = x2 - b.x;
        b.h = y2 - b.y;
      }
    }
  }
  return b;
}

/**
 * Build the stand-ins on their pages. Returns the element of each snapshot table, indexed like
 * `snapshot.tables[i].index` (the index findings use); a table without boxes gets a detached
 * element (its findings are listed in the panel but drawn nowhere).
 */
export async function buildStandIns(snapshot: PageSnapshot, pageEl: (n: number) => HTMLElement | null, signal: AbortSignal): Promise<Element[]> {
  const out: Element[] = [];
  let slice = performance.now();
  for (const t of snapshot.tables) {
    // thousands of cells: built in slices so the viewer never freezes
    if (performance.now() - slice > 12) {
      await new Promise((r) => setTimeout(r, 0));
      if (signal.aborted) break;
      slice = performance.now();
    }
    const table = document.createElement('table');
    table.className = 'll-standin';
    table.dataset.table = String(t.index);
    table.setAttribute('aria-hidden', 'true');
    const box = tableBox(t);
    const body = document.createElement('tbody');
    table.append(body);
    for (const row of t.rows) {
      const tr = document.createElement('tr');
      for (const c of row) {
        const td = document.createElement(c.header ? 'th' : 'td');
        if (c.rowSpan !== 1) td.rowSpan = c.rowSpan;
        if (c.colSpan !== 1) td.colSpan = c.colSpan;
        if (box && c.box) place(td, { x: c.box.x - box.x, y: c.box.y - box.y, w: c.box.w, h: c.box.h });
        tr.append(td);
      }
      body.append(tr);
    }
    if (box) {
      place(table, box);
      pageEl(box.page)?.append(table);
    }
    out[t.index] = table;
  }
  return out;
}

/**
 * The stand-in cell under a viewport point. Stand-ins let the pointer through (pdf.js's text layer
 * keeps selection), so hit-testing never returns them: find the page under the point, then the cell
 * of that page's stand-ins whose box holds it (a page holds a few hundred cells at most).
 */
export function standInCellAt(x: number, y: number, doc: Document = document): Element | null {
  const page = doc.elementsFromPoint(x, y).find((el) => el.classList.contains('ll-page'));
  if (!page) return null;
  for (const cell of page.querySelectorAll('.ll-standin td, .ll-standin th')) {
    const r = cell.getBoundingClientRect();
    if (x >= r.left && x < r.right && y >= r.top && y < r.bottom) return cell;
  }
  return null;
}
