import { describe, expect, it } from 'vitest';
import { ToBackground, ToContent } from './schema';

describe('messages', () => {
  it('accepts the messages the parts send and refuses anything else', () => {
    expect(ToContent.safeParse({ type: 'run', reason: 'manual' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'run', reason: 'because' }).success).toBe(false);
    expect(ToContent.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'get-tab-state', tabId: 3 }).success).toBe(true);
    expect(ToBackground.safeParse({ type: 'analyze', snapshot: { url: '', title: '', tables: [], flow: [] }, reason: 'auto' }).success).toBe(true);
    // a snapshot is checked by the worker that analyses it (entrypoints/bg/analysis-job.test.ts); here only its envelope
    expect(ToBackground.safeParse({ type: 'analyze', snapshot: [], reason: 'auto' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'analyze', snapshot: {}, reason: 'soon' }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'error', where: 'x', message: 'y'.repeat(5000) }).success).toBe(false);
  });
});
