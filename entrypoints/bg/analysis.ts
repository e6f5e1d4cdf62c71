import { browser } from 'wxt/browser';
import { analyzeSnapshot } from '../../lib/analyze';
import { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import type { OffscreenRequest } from './offscreen-protocol';

/**
 * Page analyses, one per tab, none waiting for another (issue 10: a 5 MB page held the single
 * background worker for 45 s and a normal page in another tab waited 37 s).
 *
 * In Chrome the service worker cannot start workers, so each analysis runs in a dedicated worker of
 * the offscreen document (offscreen/main.ts); a newer request for the same tab terminates the older
 * one's worker. Where there is no offscreen API (Firefox's background page), it runs here as before.
 */
export type AnalysisResult = { ok: true; analysis: PageAnalysis; ms: number } | { ok: false; error: string };

const running = new Map<number, string>();

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
const offscreenApi = () => (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let offscreenReady: Promise<void> | null = null;
function ensureOffscreen(api: OffscreenApi): Promise<void> {
  offscreenReady ??= api
    .createDocument({ url: browser.runtime.getURL('/offscreen.html' as never), reasons: ['WORKERS'], justification: 'one worker per page analysis, so tabs never wait for each other' })
    .catch((e: Error) => {
      // already there (the service worker was restarted while the document lived on)
      if (!/single offscreen|only a single|already/i.test(e.message)) {
        offscreenReady = null;
        throw e;
      }
    });
  return offscreenReady;
}

export async function analyzeForTab(tabId: number, snapshot: PageSnapshot): Promise<AnalysisResult> {
  const api = offscreenApi();
  if (!api) {
    const t0 = performance.now();
    const analysis = analyzeSnapshot(snapshot);
    return { ok: true, analysis, ms: Math.round(performance.now() - t0) };
  }
  const older = running.get(tabId);
  const id = `${tabId}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
  running.set(tabId, id);
  if (older) void send({ target: 'offscreen', type: 'offscreen-cancel', id: older });
  try {
    await ensureOffscreen(api);
    const r = (await send({ target: 'offscreen', type: 'offscreen-analyze', id, snapshot })) as
      | { ok: true; value: { analysis: unknown; ms: number } }
      | { ok: false; error: string }
      | undefined;
    if (!r) return { ok: false, error: 'no reply from the analysis worker' };
    if (!r.ok) return r;
    return { ok: true, analysis: PageAnalysis.parse(r.value.analysis), ms: r.value.ms };
  } finally {
    if (running.get(tabId) === id) running.delete(tabId);
  }
}

/** A tab closed or navigated away: its analysis is of no use any more. */
export function cancelForTab(tabId: number): void {
  const id = running.get(tabId);
  if (id === undefined) return;
  running.delete(tabId);
  void send({ target: 'offscreen', type: 'offscreen-cancel', id });
}

function send(msg: OffscreenRequest): Promise<unknown> {
  return browser.runtime.sendMessage(msg).catch((e: Error) => ({ ok: false, error: e.message }));
}
