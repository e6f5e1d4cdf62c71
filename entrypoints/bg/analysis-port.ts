import type { Browser } from 'wxt/browser';
import type { z } from 'zod';
import { AnalyzeRequest, type Reply } from '../../lib/messages/schema';
import type { PackedSnapshot, PackedTable } from '../../lib/snapshot/wire';
import type { PageAnalysis } from '../../lib/report/schema';
import type { ListParts } from '../../lib/report/wire';
import type { Down, Up } from '../shared/analysis-port';

/** What the background's analysis gives the port: the analysis without its long lists, and the lists packed, in parts (lib/report/wire.ts). */
export type PackedAnalyzed = { analysis: PageAnalysis; ms: number } & ListParts;

/**
 * Background: answer one content script's port. `analyze` is what the 'analyze' message does; the
 * snapshot it gets is whole again, and its result goes back in parts, its long lists as they came from the
 * worker (packed, validated: bg/analysis.ts).
 */
export function serveAnalysisPort(port: Browser.runtime.Port, analyze: (msg: z.output<typeof AnalyzeRequest>) => Promise<Reply<PackedAnalyzed>>): void {
  const tables: PackedTable[] = [];
  let closed = false;
  const post = (m: Down) => {
    if (!closed) port.postMessage(m);
  };
  port.onDisconnect.addListener(() => {
    closed = true;
  });
  port.onMessage.addListener((raw: unknown) => {
    const m = raw as Up;
    if (m?.kind === 'tables' && Array.isArray(m.tables)) {
      for (const t of m.tables) tables.push(t);
      return;
    }
    if (m?.kind !== 'go') return;
    const parsed = AnalyzeRequest.safeParse(m.request);
    if (!parsed.success) return post({ kind: 'fail', error: 'bad message: ' + parsed.error.issues[0]?.message });
    // the head is the wire form without its tables (the worker unpacks and validates the whole)
    const msg = { ...parsed.data, snapshot: { ...(parsed.data.snapshot as PackedSnapshot), tables } };
    analyze(msg).then(
      (r) => {
        if (!r.ok) return post({ kind: 'fail', error: r.error });
        const { analysis, strings, parts, ms } = r.value;
        post({ kind: 'head', analysis, strings, ms, parts: parts.length });
        for (const json of parts) post({ kind: 'part', json });
      },
      (e: unknown) => post({ kind: 'fail', error: e instanceof Error ? e.message : String(e) }),
    );
  });
}
