/**
 * The offscreen document: the service worker cannot start workers, this page can. Every analysis
 * request runs in a worker of its own (analyses of different tabs side by side, none waiting behind
 * another; `cancel` terminates it), taken from a pool of finished, still-loaded workers.
 */
import { browser } from 'wxt/browser';
import { OffscreenRequest } from '../bg/offscreen-protocol';
import { analysisWorkerPool } from '../bg/worker-pool';

const pool = analysisWorkerPool(browser.runtime.getURL('/analysis-worker.js' as never));
// the document is created when the first page asks to be analysed: load a worker while it reads the page
pool.warm();

browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id) return false;
  const parsed = OffscreenRequest.safeParse(raw);
  if (!parsed.success) return false; // not for this page (the background's own messages)
  const msg = parsed.data;
  if (msg.type === 'offscreen-cancel') {
    pool.cancel(msg.id);
    sendResponse({ ok: true, value: null });
    return false;
  }
  void pool.run(msg.id, { snapshot: msg.snapshot, stage: msg.stage }).then(sendResponse);
  return true;
});
