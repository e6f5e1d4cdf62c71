import { browser, type Browser } from 'wxt/browser';
import type { z } from 'zod';
import { AnalyzeRequest, fail, type Reply } from '../../lib/messages/schema';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot, TableSnapshot } from '../../lib/snapshot/schema';
import { joinPart, splitAnalysis, splitSnapshot, type AnalysisPart } from './analysis-parts';

/**
 * The content script's analysis request over a port of its own, the snapshot and the result each in
 * parts (see analysis-parts.ts): every part is serialised, sent and parsed on the page's main thread
 * as a task of its own, where one runtime message was one task of the whole size.
 */
export const ANALYSIS_PORT = 'll-analyze';

export type Analyzed = { analysis: PageAnalysis; ms: number };
type Request = Omit<z.input<typeof AnalyzeRequest>, 'type' | 'snapshot'> & { snapshot: PageSnapshot };

/** content → background: the tables a part at a time, then the request with the rest of the snapshot */
type Up = { kind: 'tables'; tables: TableSnapshot[] } | { kind: 'go'; request: z.input<typeof AnalyzeRequest> };
/** background → content: the analysis without its long lists, then the lists in parts */
type Down = { kind: 'head'; analysis: PageAnalysis; ms: number; parts: number } | { kind: 'part'; part: AnalysisPart } | { kind: 'fail'; error: string };

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
    let got: Analyzed | null = null;
    let expected = 0;
    let parts = 0;
    const finish = (r: Reply<Analyzed>) => {
      if (done) return;
      done = true;
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
      if (m.kind === 'head') {
        got = { analysis: m.analysis, ms: m.ms };
        expected = m.parts;
      } else if (m.kind === 'part' && got) {
        joinPart(got.analysis, m.part);
        parts++;
      }
      if (got && parts >= expected) finish({ ok: true, value: got });
    });
    port.onDisconnect.addListener(() => finish({ ok: false, error: 'analysis: the connection to the background closed' }));
    const send = async () => {
      const { head, parts: groups } = splitSnapshot(request.snapshot);
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

/**
 * Background: answer one content script's port. `analyze` is what the 'analyze' message does; the
 * snapshot it gets is whole again, and its result goes back in parts.
 */
export function serveAnalysisPort(port: Browser.runtime.Port, analyze: (msg: z.output<typeof AnalyzeRequest>) => Promise<Reply<Analyzed>>): void {
  const tables: TableSnapshot[] = [];
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
    const msg = { ...parsed.data, snapshot: { ...parsed.data.snapshot, tables } };
    analyze(msg).then(
      (r) => {
        if (!r.ok) return post({ kind: 'fail', error: r.error });
        const { head, parts } = splitAnalysis(r.value.analysis);
        post({ kind: 'head', analysis: head, ms: r.value.ms, parts: parts.length });
        for (const part of parts) post({ kind: 'part', part });
      },
      (e: unknown) => post({ kind: 'fail', error: e instanceof Error ? e.message : String(e) }),
    );
  });
}
