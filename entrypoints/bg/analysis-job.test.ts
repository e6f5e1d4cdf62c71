import { describe, expect, it } from 'vitest';
import { ToBackground } from '../../lib/messages/schema';
import { runAnalysisJob } from './analysis-job';

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
});
