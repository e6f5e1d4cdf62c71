/**
 * One page analysis at a time, in a worker (started by the offscreen document in Chrome, by the
 * background page in Firefox; pooled: entrypoints/bg/worker-pool.ts). A classic script built on its
 * own (an unlisted script), so both can start it by its address.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runAnalysisJob } from './bg/analysis-job';

export default defineUnlistedScript(() => {
  const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
  scope.onmessage = (e: MessageEvent) => scope.postMessage(runAnalysisJob(e.data));
});
