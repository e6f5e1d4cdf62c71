/**
 * One page analysis at a time, in a worker (started by the offscreen document in Chrome, by the
 * background page in Firefox; pooled: entrypoints/bg/worker-pool.ts). A classic script built on its
 * own (an unlisted script), so both can start it by its address.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeSnapshot } from '../lib/analyze';
import { PageSnapshot } from '../lib/snapshot/schema';
import { AnalysisJob } from './bg/offscreen-protocol';

export default defineUnlistedScript(() => {
  const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
  scope.onmessage = (e: MessageEvent) => {
    const job = AnalysisJob.safeParse(e.data);
    const snapshot = job.success ? PageSnapshot.safeParse(job.data.snapshot) : null;
    if (!job.success || !snapshot?.success) {
      scope.postMessage({ ok: false, error: 'bad snapshot' });
      return;
    }
    try {
      const t0 = performance.now();
      const analysis = analyzeSnapshot(snapshot.data, { stage: job.data.stage });
      scope.postMessage({ ok: true, value: { analysis, ms: Math.round(performance.now() - t0) } });
    } catch (err) {
      scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
});
