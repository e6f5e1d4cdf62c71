/**
 * Waiting for the page to draw. A hidden tab draws no frames (requestAnimationFrame does not fire), so
 * every wait here has a timer behind it: the overlay is late there, never stuck.
 */

/**
 * Resolves once the page has drawn a frame (the next animation frame's task has run), or after
 * FRAME_WAIT_MS where frames do not come (a hidden tab draws none).
 */
export function frameGoneBy(win: Pick<Window, 'requestAnimationFrame' | 'setTimeout' | 'clearTimeout'>): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, FRAME_WAIT_MS);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
// longer than Chromium lets a busy page go without drawing (~100 ms), so that a frame that is merely late is waited for
export const FRAME_WAIT_MS = 250;
