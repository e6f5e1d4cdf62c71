import { describe, expect, it } from 'vitest';
import { ToBackground } from '../../lib/messages/schema';
import { loadDocument } from '../../lib/cli/load';
import { packSnapshot } from '../../lib/snapshot/wire';
import { runAnalysisJob } from './analysis-job';
import { analyzeSnapshot } from '../../lib/analyze';
import type { PageAnalysis } from '../../lib/report/schema';
import { ListParts } from '../../lib/report/wire';
import { joinParts } from '../shared/analysis-parts';

const snapshot = {
  url: 'https://example.gov.cn/',
  title: '2024年部门预算',
  tables: [],
  flow: [{ kind: 'text', text: '2024年部门预算', heading: true }],
};

describe('an analysis job (what the worker does with a message)', () => {
  it('analyses a valid snapshot, whole page or first stage', () => {
    const full = runAnalysisJob({ snapshot });
    expect(full.ok).toBe(true);
    const view = runAnalysisJob({ snapshot, stage: 'view' });
    expect(view.ok && (view.value as { analysis: { stage?: string } }).analysis.stage).toBe('view');
  });
  it('refuses a snapshot that is not one: the background passes snapshots on unparsed, the worker is where they are checked', () => {
    // the background's envelope only asks for an object…
    expect(ToBackground.safeParse({ type: 'analyze', snapshot: { url: '' }, reason: 'auto' }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'analyze', snapshot: 'x', reason: 'auto' }).success).toBe(false);
    // …and the worker refuses what is not a snapshot
    expect(runAnalysisJob({ snapshot: { url: '' } })).toEqual({ ok: false, error: 'bad snapshot' });
    expect(runAnalysisJob({ snapshot: { ...snapshot, tables: [{ index: -1 }] } })).toEqual({ ok: false, error: 'bad snapshot' });
    expect(runAnalysisJob({ snapshot, stage: 'everything' })).toEqual({ ok: false, error: 'bad snapshot' });
    expect(runAnalysisJob(null)).toEqual({ ok: false, error: 'bad snapshot' });
  });
  it('takes the wire form the content script sends: the same result as the snapshot itself', async () => {
    const { snapshot: page } = await loadDocument('tests/fixtures/pages/001_98990c82be280a35.plain.html');
    const plain = runAnalysisJob({ snapshot: page });
    const packed = runAnalysisJob({ snapshot: JSON.parse(JSON.stringify(packSnapshot(page))) });
    expect(plain.ok && packed.ok).toBe(true);
    const findings = (r: typeof plain) => (r.ok ? (r.value as { analysis: { report: { findings: unknown[] } } }).analysis.report.findings : null);
    expect(findings(plain)!.length).toBeGreaterThan(0);
    expect(findings(packed)).toEqual(findings(plain));
    // the result's long lists come back packed, in parts that are JSON texts (lib/report/wire.ts ListParts), and
    // give back the core's own analysis
    const value = (packed.ok ? packed.value : null) as { analysis: PageAnalysis; strings: unknown; parts: unknown };
    expect(value.analysis.amounts).toEqual([]);
    const lists = ListParts.parse(JSON.parse(JSON.stringify({ strings: value.strings, parts: value.parts })));
    expect(lists.parts.length).toBeGreaterThan(1);
    const whole = analyzeSnapshot(page);
    expect(whole.amounts.length).toBeGreaterThan(50);
    expect(JSON.stringify(joinParts(JSON.parse(JSON.stringify(value.analysis)) as PageAnalysis, lists))).toBe(JSON.stringify(whole));
    // a packed form that does not hold together is refused like any bad snapshot
    const broken = packSnapshot(page);
    broken.tables[0]!.attrs.push([9999, 0, 1, 1, 0, 0]);
    expect(runAnalysisJob({ snapshot: broken })).toEqual({ ok: false, error: 'bad snapshot' });
    expect(runAnalysisJob({ snapshot: { ...packSnapshot(page), tables: [{ text: 'x' }] } })).toEqual({ ok: false, error: 'bad snapshot' });
    // what the snapshot schema refuses in a cell is refused in its packed place
    const refused = (change: (p: ReturnType<typeof packSnapshot>) => void) => {
      const p = JSON.parse(JSON.stringify(packSnapshot(page))) as ReturnType<typeof packSnapshot>;
      change(p);
      return runAnalysisJob({ snapshot: p });
    };
    expect(refused(() => undefined).ok).toBe(true);
    expect(refused((p) => p.tables[0]!.attrs.push([0, 0, 1, 0, 0, 0]))).toEqual({ ok: false, error: 'bad snapshot' }); // colSpan 0
    expect(refused((p) => p.tables[0]!.attrs.push([0, 0, 1, 1, 0, -2]))).toEqual({ ok: false, error: 'bad snapshot' }); // negative indent
    expect(refused((p) => p.tables[0]!.attrs.push([0, 0, 1.5, 1, 0, 0]))).toEqual({ ok: false, error: 'bad snapshot' });
    expect(refused((p) => ((p.tables[0]!.text[0] as unknown[])[0] = 12))).toEqual({ ok: false, error: 'bad snapshot' }); // a text that is no string
    expect(refused((p) => (p.tables[0]!.boxes = [[0, 0, { page: 0, x: 0, y: 0, w: 1, h: 1 }]]))).toEqual({ ok: false, error: 'bad snapshot' }); // no page 0
    expect(refused((p) => (p.tables[0]!.boxes = [[0, 999, { page: 1, x: 0, y: 0, w: 1, h: 1 }]]))).toEqual({ ok: false, error: 'bad snapshot' }); // no such cell
    expect(refused((p) => p.flow.push({ kind: 'table', index: -1 }))).toEqual({ ok: false, error: 'bad snapshot' });
  }, 60_000);
});
