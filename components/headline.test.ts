import { describe, expect, it } from 'vitest';
import { headline, summaryLine } from './i18n';

const counts = (problems: number) => ({ problems, errors: problems, warnings: 0, rounding: 0, notRun: 0, tables: 2, relationsChecked: 10 });

describe('the panel headline of a first, partial result', () => {
  it('never says "no problems" while the rest of the page is being checked', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(headline(lang, counts(0), true)).not.toMatch(/未发现问题|No problems/);
      expect(summaryLine(lang, counts(0), true)).not.toMatch(/未发现问题|No problems/);
      expect(headline(lang, counts(0), false)).toMatch(/未发现问题|No problems/);
    }
    expect(headline('zh', counts(0), true)).toBe('初步结果 · 其余表格核对中…');
  });
  it('says the problems found so far and that the rest is being checked', () => {
    expect(headline('zh', counts(3), true)).toBe('3 个问题 · 初步结果 · 其余表格核对中…');
    expect(headline('en', counts(3), true)).toMatch(/^3 .*checking the rest/);
  });
});
