import { browser } from 'wxt/browser';
import { PageAnalysis } from '../../lib/report/schema';
import { ListParts } from '../../lib/report/wire';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import type { PackedSnapshot } from '../../lib/snapshot/wire';
import type { AnalysisStage, OffscreenRequest } from './offscreen-protocol';
import { analysisWorkerPool, type PoolReply, type WorkerPool } from './worker-pool';
import { runAnalysisJob } from './analysis-job';

/**
 * Page analyses, none waiting for another (issue 10: a 5 MB page held the single background worker for
 * 45 s and a normal page in another tab waited 37 s). Each runs in a worker of its own, from a pool of
 * loaded workers (bg/worker-pool.ts):
 * - Chrome: the service worker cannot start workers, so the pool lives in the offscreen document
 *   (offscreen/main.ts);
 * - Firefox: the background is a page, which can: the pool lives here.
 * A run of a tab has a first stage (the tables in view) and the whole page; a newer run for the same
 * tab cancels every request of the older one.
 */
/** `analysis` without its long lists; the lists packed and in parts as the worker sent them (lib/report/wire.ts ListParts) */
export type AnalysisResult = ({ ok: true; analysis: PageAnalysis; ms: number } & ListParts) | { ok: false; error: string };

/** tab → its current run and the requests of that run still running */
const running = new Map<number, { run: string; ids: Set<string> }>();

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

let localPool: WorkerPool | null = null;
/** Firefox's background page: its own pool (Chrome's service worker has no Worker). */
function backgroundPool(): WorkerPool | null {
  if (localPool) return localPool;
  if (typeof Worker !== 'function') return null;
  localPool = analysisWorkerPool(browser.runtime.getURL('/analysis-worker.js' as never));
  return localPool;
}

/** A page is about to ask for its analysis (its content script started reading): have a worker loaded by then. */
export async function warmAnalysis(): Promise<void> {
  const api = offscreenApi();
  if (api) await ensureOffscreen(api); // the offscreen document starts its spare worker as it loads
  else backgroundPool()?.warm();
}

export async function analyzeForTab(tabId: number, snapshot: PageSnapshot | PackedSnapshot, stage: AnalysisStage = 'full', run?: string): Promise<AnalysisResult> {
  const id = `${tabId}:${stage}:${Date.now()}:${Math.random().toString(36).slice(2)}`;
  const runId = run ?? id;
  const current = running.get(tabId);
  if (!current || current.run !== runId) {
    // a newer run: whatever the older one still computes is of no use
    if (current) for (const old of current.ids) cancel(old);
    running.set(tabId, { run: runId, ids: new Set([id]) });
  } else current.ids.add(id);
  try {
    const r = await dispatch(id, snapshot, stage);
    if (!r.ok) return r;
    const value = r.value as { analysis: unknown; strings: unknown; parts: unknown; ms: number };
    // the head with the report schema; the parts are texts here, their rows checked one by one where they are unpacked
    const { strings, parts } = ListParts.parse({ strings: value.strings, parts: value.parts });
    return { ok: true, analysis: PageAnalysis.parse(value.analysis), strings, parts, ms: value.ms };
  } finally {
    const now = running.get(tabId);
    if (now?.ids.delete(id) && now.ids.size === 0) running.delete(tabId);
  }
}

async function dispatch(id: string, snapshot: PageSnapshot | PackedSnapshot, stage: AnalysisStage): Promise<PoolReply> {
  const api = offscreenApi();
  if (api) {
    const ask = async () => {
      await ensureOffscreen(api);
      return (await send({ target: 'offscreen', type: 'offscreen-analyze', id, snapshot, stage })) as PoolReply | undefined;
    };
    let r = await ask();
    // The document is gone (closed, or its process ended: a worker's page can take it down) while this
    // service worker still thinks it made one: make it again, once, instead of failing every page
    // until the service worker restarts.
    if (r && !r.ok && NO_RECEIVER.test(r.error)) {
      offscreenReady = null;
      r = await ask();
    }
    return r ?? { ok: false, error: 'no reply from the analysis worker' };
  }
  const pool = backgroundPool();
  if (pool) return pool.run(id, { snapshot, stage });
  // neither (an environment without workers): the worker's own job, run here as a last resort
  return runAnalysisJob({ snapshot, stage });
}

function cancel(id: string): void {
  if (offscreenApi()) void send({ target: 'offscreen', type: 'offscreen-cancel', id });
  else localPool?.cancel(id);
}

/** A tab closed or navigated away: its analysis is of no use any more. */
export function cancelForTab(tabId: number): void {
  const current = running.get(tabId);
  if (!current) return;
  running.delete(tabId);
  for (const id of current.ids) cancel(id);
}

/** What sendMessage says when no extension page listens (the offscreen document does not exist). */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

function send(msg: OffscreenRequest): Promise<unknown> {
  return browser.runtime.sendMessage(msg).catch((e: Error) => ({ ok: false, error: e.message }));
}
