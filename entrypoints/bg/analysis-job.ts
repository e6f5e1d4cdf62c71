import { analyzeSnapshot } from '../../lib/analyze';
import { PageSnapshot } from '../../lib/snapshot/schema';
import { isPacked, unpackSnapshot } from '../../lib/snapshot/wire';
import { packLists } from '../../lib/report/wire';
import { AnalysisJob } from './offscreen-protocol';
import type { PoolReply } from './worker-pool';

/**
 * What an analysis worker does with one message (entrypoints/analysis-worker.ts). The snapshot came
 * from a page (its content script read it, and sent it in its wire form, lib/snapshot/wire.ts) and
 * is validated here, where it is used: the background only passes it on. The result goes back with its
 * long lists packed (lib/report/wire.ts).
 */
export function runAnalysisJob(data: unknown): PoolReply {
  const job = AnalysisJob.safeParse(data);
  let raw = job.success ? job.data.snapshot : undefined;
  try {
    if (isPacked(raw)) raw = unpackSnapshot(raw);
  } catch {
    return { ok: false, error: 'bad snapshot' }; // a packed form that does not hold together
  }
  const snapshot = job.success ? PageSnapshot.safeParse(raw) : null;
  if (!job.success || !snapshot?.success) return { ok: false, error: 'bad snapshot' };
  try {
    const t0 = performance.now();
    const analysis = analyzeSnapshot(snapshot.data, { stage: job.data.stage });
    const ms = Math.round(performance.now() - t0);
    // the long lists packed here, off every main thread: they cross three message boundaries (lib/report/wire.ts)
    const { head, lists } = packLists(analysis);
    return { ok: true, value: { analysis: head, lists, ms } };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
