import { z } from 'zod/mini';

/**
 * What the background says to a tab's content script, and the reply envelope every message uses.
 * Kept apart from the other messages (lib/messages/schema.ts re-exports it) and written with
 * zod/mini: the content script runs on every disclosure page and parses only these, so it should
 * not pay for building the schemas of the whole message set (the analysis, the snapshot) on load.
 */
export const RunReason = z.enum(['auto', 'manual', 'recheck']);
export type RunReason = z.infer<typeof RunReason>;

export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run'), reason: RunReason }),
  z.object({ type: z.literal('set-overlay'), on: z.boolean() }),
  z.object({ type: z.literal('toggle') }),
  z.object({ type: z.literal('get-state') }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Every reply has this envelope; `ok: false` carries a message for logs and the popup. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}
export function fail(error: unknown): Reply<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
