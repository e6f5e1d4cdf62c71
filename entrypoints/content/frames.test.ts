import { describe, expect, it } from 'vitest';
import { FRAME_WAIT_MS, frameGoneBy } from './frames';

/** A window whose frames and timers run only when the test says so. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  const timers = new Map<number, { at: number; fn: () => void }>();
  let now = 0;
  let id = 0;
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.push(() => cb(now)), frames.length),
    setTimeout: (fn: () => void, ms = 0) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimeout: (t: number) => void timers.delete(t),
  } as unknown as Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>;
  const runTimers = (upTo: number) => {
    now = upTo;
    for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > upTo) continue;
      timers.delete(k);
      t.fn();
    }
  };
  return { win, frame: () => frames.splice(0).forEach((f) => f()), runTimers, pending: () => timers.size };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

describe('frameGoneBy', () => {
  it('waits for a frame and the task after it, not for the frame alone', async () => {
    const w = fakeWindow();
    const p = frameGoneBy(w.win);
    expect(await settled(p)).toBe(false);
    w.frame(); // the frame's callbacks ran; its drawing is still to come
    expect(await settled(p)).toBe(false);
    w.runTimers(0); // the task after the frame
    expect(await settled(p)).toBe(true);
    expect(w.pending(), 'the fallback timer is cleared').toBe(0);
  });

  it('does not wait for ever where no frame comes (a hidden tab)', async () => {
    const w = fakeWindow();
    const p = frameGoneBy(w.win);
    w.runTimers(FRAME_WAIT_MS - 1);
    expect(await settled(p)).toBe(false);
    w.runTimers(FRAME_WAIT_MS);
    expect(await settled(p)).toBe(true);
  });
});
