import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { Reply, ToBackground, ToContent } from '../../lib/messages/schema';

/**
 * Typed wrappers around runtime messaging. Replies always use the Reply envelope; transport errors
 * (no receiver, tab closed, extension reloaded) come back as { ok: false } instead of throwing.
 */
export async function toBackground<T>(msg: z.input<typeof ToBackground>): Promise<Reply<T>> {
  try {
    const r = (await browser.runtime.sendMessage(msg)) as Reply<T> | undefined;
    return r ?? { ok: false, error: 'no reply' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function toContent<T>(tabId: number, msg: ToContent): Promise<Reply<T>> {
  try {
    const r = (await browser.tabs.sendMessage(tabId, msg, { frameId: 0 })) as Reply<T> | undefined;
    return r ?? { ok: false, error: 'no reply' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
