/**
 * Which of a set of elements (tables) are near the viewport: within one screen above or below.
 * Features that draw per cell (unit chips, ✓ marks) draw only there, so their cost follows what
 * the reader sees, not the size of the page.
 */
export function nearViewport(onChange: () => void, signal: AbortSignal) {
  const near = new Set<Element>();
  let watched: Element[] = [];
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) near.add(e.target);
        else near.delete(e.target);
      }
      onChange();
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
      for (const el of els) io.observe(el);
    },
    has: (el: Element | undefined) => !!el && near.has(el),
  };
}
