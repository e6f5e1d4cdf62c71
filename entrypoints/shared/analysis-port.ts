import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod';
import type { AnalyzeRequest } from '../../lib/messages/schema';
import { fail, type Reply } from '../../lib/messages/to-content';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { packSnapshot, type PackedTable } from '../../lib/snapshot/wire';
import { partJoiner, splitSnapshot } from './analysis-parts';

/**
 * The content script's analysis request over a port of its own, the snapshot and the result each in
 * parts (see analysis-parts.ts): every part is serialised, sent and parsed on the page's main thread
 * as a task of its own, where one runtime message was one task of the whole size. The snapshot goes in
 * its wire form (lib/snapshot/wire.ts), a fraction of the bytes. The background's side is
 * entrypoints/bg/analysis-port.ts (it validates the request with the message schemas, which the
 * content script does not load).
 */
export const ANALYSIS_PORT = 'll-analyze';

export type Analyzed = { analysis: PageAnalysis; ms: number };
type Request = Omit<z.input<typeof AnalyzeRequest>, 'type' | 'snapshot'> & { snapshot: PageSnapshot };

/** content → background: the tables a part at a time, then the request with the rest of the snapshot */
export type Up = { kind: 'tables'; tables: PackedTable[] } | { kind: 'go'; request: z.input<typeof AnalyzeRequest> };
/** background → content: the analysis without its long lists (and their string table), then the lists in parts, packed */
export type Down = { kind: 'head'; analysis: PageAnalysis; strings: string[]; ms: number; parts: number } | { kind: 'part'; json: string } | { kind: 'fail'; error: string };

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Content script: ask the background for the analysis of `snapshot` (the same reply as the 'analyze' message). */
export function analyzeInParts(request: Request): Promise<Reply<Analyzed>> {
  let port: Browser.runtime.Port;
  try {
    port = browser.runtime.connect({ name: ANALYSIS_PORT });
  } catch (e) {
    return Promise.resolve(fail(e));
  }
  return new Promise((resolve) => {
    let done = false;
    let joiner: ReturnType<typeof partJoiner> | null = null;
    const finish = (r: Reply<Analyzed>) => {
      if (done) return;
      done = true;
      joiner?.stop();
      resolve(r);
      try {
        port.disconnect();
      } catch {
        /* already gone */
      }
    };
    port.onMessage.addListener((raw: unknown) => {
      const m = raw as Down;
      if (m.kind === 'fail') return finish({ ok: false, error: m.error });
      if (m.kind === 'head' && !joiner) {
        const got: Analyzed = { analysis: m.analysis, ms: m.ms };
        const strings = Array.isArray(m.strings) ? m.strings : [];
        // the parts are joined in tasks of their own, never in the message's (see partJoiner)
        joiner = partJoiner(got.analysis, strings, m.parts, (e) => finish(e === undefined ? { ok: true, value: got } : fail(e)));
      } else if (m.kind === 'part' && joiner) joiner.push(m.json);
    });
    // a port closed after the last part came leaves nothing missing: the joiner finishes what it holds
    port.onDisconnect.addListener(() => {
      if (!joiner?.allIn()) finish({ ok: false, error: 'analysis: the connection to the background closed' });
    });
    const send = async () => {
      const { head, parts: groups } = splitSnapshot(packSnapshot(request.snapshot));
      for (const tables of groups) {
        if (done) return;
        port.postMessage({ kind: 'tables', tables } satisfies Up);
        await nextTask();
      }
      if (!done) port.postMessage({ kind: 'go', request: { ...request, type: 'analyze', snapshot: head } } satisfies Up);
    };
    send().catch((e: unknown) => finish(fail(e)));
  });
}
