// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearViewport, SEED_UP_TO } from './near';

/** IntersectionObserver as the browser's: reports when told to (after a frame), here by hand */
let observers: { cb: IntersectionObserverCallback; els: Set<Element> }[] = [];
class FakeObserver {
  private own: { cb: IntersectionObserverCallback; els: Set<Element> };
  constructor(cb: IntersectionObserverCallback) {
    this.own = { cb, els: new Set() };
    observers.push(this.own);
  }
  observe(el: Element) {
    this.own.els.add(el);
  }
  disconnect() {
    this.own.els.clear();
  }
}
/** the observer's report: every watched element, intersecting or not by `isNear` */
function report(isNear: (el: Element) => boolean) {
  for (const o of observers)
    o.cb([...o.els].map((target) => ({ target, isIntersecting: isNear(target) }) as IntersectionObserverEntry), {} as IntersectionObserver);
}

/** a table at `top` px of the viewport (800 px high), 300 px tall */
function tableAt(top: number): Element {
  const el = document.createElement('table');
  el.getBoundingClientRect = () => ({ top, bottom: top + 300, left: 0, right: 600, width: 600, height: 300, x: 0, y: top }) as DOMRect;
  return el;
}

beforeEach(() => {
  observers = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('innerHeight', 800);
  vi.stubGlobal('innerWidth', 1200);
});
afterEach(() => vi.unstubAllGlobals());

describe('nearViewport', () => {
  it('knows which tables are near as soon as they are watched, before the observer reports', () => {
    const onChange = vi.fn();
    const near = nearViewport(onChange, new AbortController().signal);
    const [inView, below, far, farAbove] = [tableAt(100), tableAt(1500), tableAt(5000), tableAt(-3000)];
    near.watch([inView!, below!, far!, farAbove!]);
    expect([inView, below, far, farAbove].map((t) => near.has(t))).toEqual([true, true, false, false]);
  });

  it('asks for no redraw when the first report agrees, and for one when the page has moved', () => {
    const onChange = vi.fn();
    const near = nearViewport(onChange, new AbortController().signal);
    const a = tableAt(100);
    const b = tableAt(5000);
    near.watch([a, b]);
    report((el) => el === a);
    expect(onChange).not.toHaveBeenCalled();
    report((el) => el === b); // scrolled: b near, a not
    expect(onChange).toHaveBeenCalledTimes(1);
    expect([near.has(a), near.has(b)]).toEqual([false, true]);
  });

  it('on a page of many tables leaves the first answer to the observer (the first frame is heavy enough there)', () => {
    const onChange = vi.fn();
    const near = nearViewport(onChange, new AbortController().signal);
    const tables = Array.from({ length: SEED_UP_TO + 1 }, (_, i) => tableAt(100 + i * 400));
    near.watch(tables);
    expect(near.has(tables[0])).toBe(false);
    report((el) => el === tables[0]);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(near.has(tables[0])).toBe(true);
  });

  it('takes a table that is not rendered (no box) for not near', () => {
    const near = nearViewport(() => undefined, new AbortController().signal);
    const hidden = document.createElement('table');
    hidden.getBoundingClientRect = () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0 }) as DOMRect;
    near.watch([hidden]);
    expect(near.has(hidden)).toBe(false);
  });
});
