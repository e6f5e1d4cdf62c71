import { analyzeSnapshot } from '../../lib/analyze';
import { PageSnapshot } from '../../lib/snapshot/schema';
import { isPacked, unpackSnapshot } from '../../lib/snapshot/wire';
import { PackedSnapshotSchema } from '../../lib/snapshot/wire-schema';
import { packLists } from '../../lib/report/wire';
import { splitLists } from '../shared/analysis-parts';
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
  if (!job.success) return { ok: false, error: 'bad snapshot' };
  const snapshot = readSnapshot(job.data.snapshot);
  if (!snapshot) return { ok: false, error: 'bad snapshot' };
  try {
    const t0 = performance.now();
    const analysis = analyzeSnapshot(snapshot, { stage: job.data.stage });
    const ms = Math.round(performance.now() - t0);
    // the long lists packed here, off every main thread: they cross three message boundaries (lib/report/wire.ts)
    const { head, lists } = packLists(analysis);
    // in parts, each one JSON text: the hops after this one carry each part as a single value (lib/report/wire.ts ListParts)
    const parts = splitLists(lists).map((p) => JSON.stringify(p));
    return { ok: true, value: { analysis: head, strings: lists.strings, parts, ms } };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The snapshot a message carries, checked: its wire form against the packed schema and then unpacked (a
 * part that names a cell that is not there throws), anything else against the snapshot schema. Null: not
 * a snapshot.
 */
function readSnapshot(raw: unknown): PageSnapshot | null {
  if (!isPacked(raw)) {
    const plain = PageSnapshot.safeParse(raw);
    return plain.success ? plain.data : null;
  }
  const packed = PackedSnapshotSchema.safeParse(raw);
  if (!packed.success) return null;
  try {
    return unpackSnapshot(packed.data);
  } catch {
    return null; // a packed form that does not hold together
  }
}
