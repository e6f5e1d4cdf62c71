import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';

const summary = { tables: 12, relationsChecked: 340, problems: 3, errors: 2, warnings: 1, rounding: 4, notRun: 1, skippedTables: [] };

describe('badge', () => {
  it('counts problems (errors + warnings), red with errors, amber with warnings only, ✓ with none', () => {
    expect(badgeFor({ url: '', status: 'on', summary, updatedAt: 0 }, 'zh')).toMatchObject({ text: '3', color: '#C5221F' });
    expect(badgeFor({ url: '', status: 'on', summary: { ...summary, problems: 1, errors: 0 }, updatedAt: 0 }, 'zh')).toMatchObject({ text: '1', color: '#B06000' });
    expect(badgeFor({ url: '', status: 'on', summary: { ...summary, problems: 0, errors: 0, warnings: 0 }, updatedAt: 0 }, 'en').text).toBe('✓');
    expect(badgeFor({ url: '', status: 'on', summary: { ...summary, problems: 1200 }, updatedAt: 0 }, 'zh').text).toBe('999+');
  });
  it('says what the tab is doing in the tooltip, in the chosen language', () => {
    expect(badgeFor({ url: '', status: 'on', summary, updatedAt: 0 }, 'zh').title).toContain('3 个问题');
    expect(badgeFor({ url: '', status: 'on', summary, updatedAt: 0 }, 'en').title).toContain('3 problems');
    expect(badgeFor({ url: '', status: 'no-tables', updatedAt: 0 }, 'zh')).toMatchObject({ text: '' });
    expect(badgeFor({ url: '', status: 'off', summary, updatedAt: 0 }, 'zh').text).toBe('');
  });
});
