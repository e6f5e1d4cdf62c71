/**
 * One page analysis, in a worker of its own (started by the offscreen document): a huge page
 * occupies this worker only, and terminating it cancels the analysis at once.
 */
import { analyzeSnapshot } from '../../lib/analyze';
import { PageSnapshot } from '../../lib/snapshot/schema';

self.onmessage = (e: MessageEvent) => {
  const post = (m: unknown) => (self as unknown as Worker).postMessage(m);
  const parsed = PageSnapshot.safeParse(e.data?.snapshot);
  if (!parsed.success) {
    post({ ok: false, error: 'bad snapshot' });
    return;
  }
  try {
    const t0 = performance.now();
    const analysis = analyzeSnapshot(parsed.data);
    post({ ok: true, value: { analysis, ms: Math.round(performance.now() - t0) } });
  } catch (err) {
    post({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
