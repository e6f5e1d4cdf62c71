/**
 * Give the page's own tasks a turn. `setTimeout(0)` is clamped to 4 ms or more once timers nest (each
 * slice's wait grew to 5–7 ms in Chromium, a third of a 100-table page's snapshot); `scheduler.yield`
 * (Chromium) and a MessageChannel message come back as soon as the queue allows.
 */
export function yieldToEventLoop(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close(); // a port left open keeps a Node process alive
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
