import { describe, expect, it } from 'vitest';
import { features } from './registry';

describe('the feature registry', () => {
  // LL_FEATURES is set only for measurement builds (tests/e2e/floors.ts); unset, nothing may go missing
  it('keeps every feature, in drawing order, when the build names none', () => {
    expect(features.map((f) => f.id)).toEqual(['units', 'highlights', 'terms', 'amount-tip', 'export', 'card', 'panel', 'recheck']);
  });
});
