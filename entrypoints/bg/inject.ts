import { browser } from 'wxt/browser';
import type { Reply, RunReason } from '../../lib/messages/schema';
import { toContent } from '../shared/messaging';

/** The built content script, as the manifest and registerContentScripts name it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

const NO_RECEIVER = /receiving end does not exist|could not establish connection|no reply/i;

/**
 * Run the overlay in a tab on the user's request. The content script is already there on automatic
 * sites; elsewhere it is injected now, which the browser allows because the request came with a user
 * gesture (toolbar, context menu, keyboard shortcut) that granted `activeTab`.
 */
export async function runInTab(tabId: number, reason: RunReason = 'manual'): Promise<Reply<unknown>> {
  const first = await toContent(tabId, { type: 'run', reason });
  if (first.ok || !NO_RECEIVER.test(first.error)) return first;
  try {
    await injectContentScript(tabId);
  } catch (e) {
    return { ok: false, error: 'unavailable: ' + (e instanceof Error ? e.message : String(e)) };
  }
  return toContent(tabId, { type: 'run', reason });
}

/** Toggle: on → off, anything else → run. */
export async function toggleInTab(tabId: number): Promise<Reply<unknown>> {
  const r = await toContent<{ status: string }>(tabId, { type: 'toggle' });
  if (r.ok) return r;
  return runInTab(tabId, 'manual');
}

async function injectContentScript(tabId: number): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] });
    return;
  }
  // Firefox MV2 without scripting: tabs.executeScript
  const tabs = browser.tabs as unknown as { executeScript(tabId: number, d: { file: string }): Promise<unknown> };
  await tabs.executeScript(tabId, { file: CONTENT_SCRIPT_FILE });
}
