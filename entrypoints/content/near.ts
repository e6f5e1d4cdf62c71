/**
 * Which of a set of elements (tables) are near the viewport: within one screen above or below.
 * Features that draw per cell (unit chips, ✓ marks) draw only there, so their cost follows what
 * the reader sees, not the size of the page.
 *
 * On a page of a few dozen tables the set is known as soon as the elements are watched (their boxes
 * read at once: watch is called in a geometry pass, where the layout is already clean), not only when
 * the observer first reports. A feature's first pass then draws what is near at once; waiting for the
 * report cost every feature a second pass after the first frame, and the page a second style, layout
 * and repaint (issue 13). On a page of more tables the first frame already repaints a large page (30–40
 * ms of paint on a page of 100 tables): what is near is drawn in the frame after, when the observer
 * reports, so that neither frame is a long task. The observer reports changes only: a report that agrees
 * with the set asks for no redraw.
 */
/** the most tables whose nearness is read at once (fixture pages: 16–18 tables; the 100-table page is left to the observer) */
export const SEED_UP_TO = 40;
export function nearViewport(onChange: () => void, signal: AbortSignal) {
  const near = new Set<Element>();
  let watched: Element[] = [];
  const io = new IntersectionObserver(
    (entries) => {
      let changed = false;
      for (const e of entries) {
        if (e.isIntersecting === near.has(e.target)) continue;
        changed = true;
        if (e.isIntersecting) near.add(e.target);
        else near.delete(e.target);
      }
      if (changed) onChange();
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  signal.addEventListener('abort', () => io.disconnect());
  return {
    /** watch exactly these elements (call again when the set changes) */
    watch(els: Element[]) {
      if (els.length === watched.length && els.every((e, i) => e === watched[i])) return;
      io.disconnect();
      near.clear();
      watched = els;
      if (els.length <= SEED_UP_TO) for (const el of els) if (nearNow(el)) near.add(el);
      for (const el of els) io.observe(el);
    },
    has: (el: Element | undefined) => !!el && near.has(el),
  };
}

/** What the observer above will say of `el`: its box meets the viewport grown by one screen above and below. */
function nearNow(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false; // not rendered: the observer says not intersecting
  const h = win.innerHeight;
  return r.bottom >= -h && r.top <= 2 * h && r.right >= 0 && r.left <= win.innerWidth;
}
