/**
 * The offscreen document: the service worker cannot start workers, this page can. Every analysis
 * request gets its own dedicated worker, so analyses of different tabs run side by side and none
 * waits behind another; `cancel` terminates a worker (a newer request for the same tab).
 */
import { browser } from 'wxt/browser';
import { OffscreenRequest } from '../bg/offscreen-protocol';

const workers = new Map<string, { worker: Worker; reply: (r: unknown) => void }>();

browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id) return false;
  const parsed = OffscreenRequest.safeParse(raw);
  if (!parsed.success) return false; // not for this page (the background's own messages)
  const msg = parsed.data;
  if (msg.type === 'offscreen-cancel') {
    const w = workers.get(msg.id);
    if (w) {
      w.worker.terminate();
      workers.delete(msg.id);
      w.reply({ ok: false, error: 'cancelled' });
    }
    sendResponse({ ok: true, value: null });
    return false;
  }
  const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), { type: 'module' });
  const reply = (r: unknown) => {
    worker.terminate();
    workers.delete(msg.id);
    sendResponse(r);
  };
  workers.set(msg.id, { worker, reply });
  worker.onmessage = (e: MessageEvent) => reply(e.data);
  worker.onerror = (e) => reply({ ok: false, error: e.message || 'the analysis worker stopped' });
  worker.postMessage({ snapshot: msg.snapshot });
  return true;
});
