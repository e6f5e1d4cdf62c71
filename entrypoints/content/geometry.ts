/**
 * Where page elements are, in the overlay's coordinates (the shadow host sits at the document's
 * origin, so boxes scroll with the page for free). Positions are recomputed, once per animation
 * frame at most, when something may have moved them: window resize or zoom, a change of size of the
 * page or a watched table, scrolling inside a scrollable container, web fonts arriving.
 *
 * Work is split into a read phase (all features measure) and a write phase (all features render),
 * so one frame forces at most one layout.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Reader = () => (() => void) | void;

/** ms of reads in one frame after which the passes still waiting run in the next frame */
export const FRAME_BUDGET = 12;

/**
 * Boxes read within a time budget in one pass: urgent ones (near the viewport, the active finding)
 * always, the others only while the budget lasts. Boxes stay known across passes until the layout may
 * have changed, so the next passes go on where this one stopped: a page of many cells is drawn near
 * the viewport at once and the rest a slice per frame, never in one long task.
 */
export interface BudgetedBoxes {
  /** the box, or undefined: not read yet (the budget ran out), ask again in a later pass */
  box(el: Element, urgent: boolean): Box | null | undefined;
  /** some boxes were left for a later pass */
  readonly more: boolean;
}

export interface Geometry {
  /** Box of an element relative to the overlay origin; null when it is not rendered. */
  box(el: Element): Box | null;
  /** Visible part of the document in overlay coordinates. */
  viewport(): Box;
  /** Register a read → write pass run on every layout change (and once now); returns a function that
   * schedules this pass alone (its data changed, the layout did not). */
  track(read: Reader, signal: AbortSignal): () => void;
  /** Watch an element's size (tables): its changes schedule a pass. */
  watch(el: Element): void;
  /** Schedule every pass (something may have moved). */
  invalidate(): void;
  /** Read boxes in this pass with a budget of `ms` (see BudgetedBoxes). */
  budget(ms: number): BudgetedBoxes;
}

export function createGeometry(host: () => Element | null, win: Window, signal: AbortSignal, onError: (e: unknown) => void): Geometry {
  const readers = new Set<Reader>();
  const pending = new Set<Reader>();
  let all = false;
  let frame = 0;
  let origin: { x: number; y: number } | null = null;
  // boxes read in this pass: several features ask for the same cells
  let boxes = new Map<Element, Box | null>();

  let inPass = false;
  const now = () => (win.performance ?? performance).now();
  const run = () => {
    frame = 0;
    origin = null;
    inPass = true;
    const batch = all ? [...readers] : [...pending].filter((r) => readers.has(r));
    all = false;
    pending.clear();
    const writes: (() => void)[] = [];
    const t0 = now();
    let k = 0;
    // a frame's passes stop once FRAME_BUDGET ms of reading is spent (one pass at least): the rest run in the
    // next frame. A new result on a big page had every feature read and draw in one frame, a task of 50–60 ms CPU
    for (; k < batch.length && (k === 0 || now() - t0 <= FRAME_BUDGET); k++) {
      try {
        const w = batch[k]!();
        if (w) writes.push(w);
      } catch (e) {
        onError(e);
      }
    }
    for (; k < batch.length; k++) pending.add(batch[k]!);
    inPass = false;
    origin = null;
    boxes = new Map();
    for (const w of writes) {
      try {
        w();
      } catch (e) {
        onError(e);
      }
    }
    if (pending.size) schedule();
  };
  const schedule = () => {
    if (signal.aborted || frame) return;
    frame = win.requestAnimationFrame(run);
  };
  // boxes kept across passes (budgeted reads) while the layout is the same; a possible move forgets them
  let kept = new Map<Element, Box | null>();
  const invalidate = () => {
    all = true;
    kept = new Map();
    schedule();
  };
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    readers.clear();
  });

  // the origin is read once per pass; outside a pass (event handlers) it is read fresh
  const originOf = () => {
    if (origin && inPass) return origin;
    const h = host();
    const r = h?.getBoundingClientRect();
    origin = r ? { x: r.left, y: r.top } : { x: -win.scrollX, y: -win.scrollY };
    return origin;
  };

  const listen = { passive: true, signal } as AddEventListenerOptions;
  win.addEventListener('resize', invalidate, listen);
  // scrolling of the document moves the overlay with it; scrolling inside a container does not
  win.document.addEventListener(
    'scroll',
    (e) => {
      if (e.target !== win.document) invalidate();
    },
    { ...listen, capture: true },
  );
  win.document.fonts?.addEventListener?.('loadingdone', invalidate, listen);

  const ro = new ResizeObserver(invalidate);
  ro.observe(win.document.documentElement);
  if (win.document.body) ro.observe(win.document.body);
  signal.addEventListener('abort', () => ro.disconnect());

  const api: Geometry = {
    box(el) {
      if (inPass && boxes.has(el)) return boxes.get(el)!;
      const r = el.getBoundingClientRect();
      const o = originOf();
      const b = r.width === 0 && r.height === 0 ? null : { x: r.left - o.x, y: r.top - o.y, w: r.width, h: r.height };
      if (inPass) boxes.set(el, b);
      return b;
    },
    viewport() {
      const o = originOf();
      const el = win.document.documentElement;
      return { x: -o.x, y: -o.y, w: el.clientWidth || win.innerWidth, h: el.clientHeight || win.innerHeight };
    },
    track(read, sig) {
      readers.add(read);
      sig.addEventListener('abort', () => readers.delete(read), { once: true });
      const redraw = () => {
        pending.add(read);
        schedule();
      };
      redraw();
      return redraw;
    },
    watch(el) {
      ro.observe(el);
    },
    invalidate,
    budget(ms) {
      const t0 = performance.now();
      let more = false;
      return {
        box(el, urgent) {
          const hit = kept.get(el);
          if (hit !== undefined || kept.has(el)) return hit;
          if (!urgent && performance.now() - t0 > ms) {
            more = true;
            return undefined;
          }
          const b = api.box(el);
          kept.set(el, b);
          return b;
        },
        get more() {
          return more;
        },
      };
    },
  };
  return api;
}
