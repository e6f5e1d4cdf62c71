/**
 * Progressive results (issue 13): the overlay first shows the in-table findings of the tables in view,
 * analysed from a snapshot of those tables and their neighbours alone (lib/analyze.ts, stage 'view'),
 * then the whole page's result replaces them. A first result that the whole page then withdraws would
 * be a false alarm shown to the reader, so on every real document, for every table taken as the one in
 * view, everything the partial result says (findings, including "could not check", and verified
 * relations) must be said identically by the whole page's result.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSnapshot, settledTables, viewWindow, VIEW_MARGIN } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import type { Finding, PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { analyseDocuments, type Analysed } from './documents';

let docs: Analysed[];
beforeAll(async () => {
  docs = await analyseDocuments();
}, 600_000);

const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.table, f.cells, f.related, f.message, f.cause?.id ?? null]);
const vkey = (v: PageAnalysis['verified'][number]) => JSON.stringify(v);

/** The snapshot the content script sends first when table `i` is in view. */
function partial(snapshot: PageSnapshot, inView: number[]): PageSnapshot {
  const count = Math.max(0, ...snapshot.tables.map((t) => t.index + 1));
  const keep = new Set(viewWindow(inView, count));
  return { ...snapshot, tables: snapshot.tables.filter((t) => keep.has(t.index)), links: undefined };
}

describe('the first, partial result (tables in view) is part of the whole page’s result', () => {
  it('on every real document, for every table in view', () => {
    let windows = 0;
    let settledSeen = 0;
    let findingsSeen = 0;
    const wrong: string[] = [];
    for (const d of docs) {
      if (!d.ok) continue;
      const full = new Set(d.analysis.report.findings.map(key));
      const verified = new Set(d.analysis.verified.map(vkey));
      for (const t of d.snapshot.tables) {
        const snap = partial(d.snapshot, [t.index]);
        const view = analyzeSnapshot(snap, { stage: 'view' });
        windows++;
        expect(view.stage).toBe('view');
        settledSeen += view.report.tables.length;
        for (const f of view.report.findings) {
          findingsSeen++;
          if (!full.has(key(f))) wrong.push(`${d.file} table ${t.index} in view: ${f.rule} ${f.severity} table ${f.table} ${JSON.stringify(f.cells)} ${f.message}`);
        }
        for (const v of view.verified) if (!verified.has(vkey(v))) wrong.push(`${d.file} table ${t.index} in view: verified ${vkey(v).slice(0, 200)} not in the whole page's result`);
      }
    }
    console.log(`stages: ${windows} windows, ${settledSeen} settled tables, ${findingsSeen} findings shown first`);
    expect(wrong, wrong.slice(0, 20).join('\n')).toEqual([]);
    // not vacuous: the partial results do show tables and findings
    expect(settledSeen).toBeGreaterThan(windows / 2);
    expect(findingsSeen).toBeGreaterThan(50);
  });

  it('a table whose continuation is not in the snapshot is not settled (its total may be on the next part)', () => {
    // a real document with a table continued over a page break (several parts): cut right after a part
    let tried = 0;
    for (const d of docs) {
      if (!d.ok) continue;
      const model = buildDocumentModel(d.snapshot);
      for (const t of model.tables) {
        if (t.parts.length < 2) continue;
        const first = t.parts[0]!.index;
        const snap = { ...d.snapshot, tables: d.snapshot.tables.filter((s) => s.index <= first + VIEW_MARGIN && s.index >= first - VIEW_MARGIN && s.index !== t.parts[1]!.index) };
        const partModel = buildDocumentModel(snap);
        const settled = settledTables(partModel, snap).map((x) => x.parts[0]!.index);
        expect(settled, `${d.file}: table ${first}`).not.toContain(first);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});

