// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createGeometry, FRAME_BUDGET } from './geometry';

/** the page's window with frames run by hand and a clock the passes move */
function frames() {
  let clock = 0;
  let queued: FrameRequestCallback[] = [];
  const win = Object.create(window) as Window;
  Object.defineProperties(win, {
    requestAnimationFrame: { value: (cb: FrameRequestCallback) => (queued.push(cb), queued.length) },
    cancelAnimationFrame: { value: () => undefined },
    performance: { value: { now: () => clock } },
  });
  return {
    win,
    tick: (ms: number) => void (clock += ms),
    /** run the frame that is due; false when none was asked for */
    frame: () => {
      const due = queued;
      queued = [];
      for (const cb of due) cb(clock);
      return due.length > 0;
    },
  };
}

describe('geometry passes (a read phase, then a write phase, per frame)', () => {
  it('leaves the passes past the frame budget for the next frame, each read and written in the same frame', () => {
    const f = frames();
    const abort = new AbortController();
    const geometry = createGeometry(() => null, f.win, abort.signal, (e) => {
      throw e;
    });
    const log: string[] = [];
    // three features whose reads take 60% of the budget each
    const track = (name: string) =>
      geometry.track(() => {
        log.push(`read ${name}`);
        f.tick(FRAME_BUDGET * 0.6);
        return () => log.push(`write ${name}`);
      }, abort.signal);
    const redraw = [track('a'), track('b'), track('c')];
    expect(f.frame()).toBe(true);
    expect(log).toEqual(['read a', 'read b', 'write a', 'write b']);
    log.length = 0;
    expect(f.frame()).toBe(true);
    expect(log).toEqual(['read c', 'write c']);
    log.length = 0;
    expect(f.frame()).toBe(false);
    // one pass alone is never put off, however long it reads
    redraw[2]!();
    expect(f.frame()).toBe(true);
    expect(log).toEqual(['read c', 'write c']);
    abort.abort();
  });
});
