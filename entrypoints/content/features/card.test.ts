import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/report/schema';
import { place } from './card';

const vp = { x: 0, y: 1000, w: 1280, h: 800 };
const size = { w: 380, h: 300 };

describe('place (finding card)', () => {
  it('puts the card beside a column of cells, clear of them and of the panel', () => {
    const col = [0, 1, 2, 3].map((i) => ({ x: 300, y: 1200 + i * 21, w: 90, h: 21 }));
    const p = place(col, size, vp, 400);
    expect(p.x).toBeGreaterThanOrEqual(390); // right of the column
    expect(p.x + size.w).toBeLessThanOrEqual(1280 - 400); // not under the docked panel
    // no room on the right (the panel): on the left
    const right = col.map((b) => ({ ...b, x: 420 }));
    expect(place(right, size, vp, 400).x + size.w).toBeLessThanOrEqual(420);
  });
  it('puts the card under a row of cells, or over it near the bottom of the window', () => {
    const row = [0, 1, 2, 3, 4].map((i) => ({ x: 100 + i * 80, y: 1100, w: 80, h: 21 }));
    expect(place(row, size, vp, 400).y).toBe(1100 + 21 + 8);
    const low = row.map((b) => ({ ...b, y: 1700 }));
    expect(place(low, size, vp, 400).y).toBe(1700 - 8 - 300);
  });
  it('stays on screen when nothing fits', () => {
    const huge = [{ x: 0, y: 900, w: 1280, h: 1000 }];
    const p = place(huge, size, vp, 0);
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeGreaterThanOrEqual(vp.y);
    expect(p.y + size.h).toBeLessThanOrEqual(vp.y + vp.h);
  });
});

describe('citation (copied evidence)', () => {
  it('names a prose finding\'s written figure as the 说明\'s, a table finding\'s as the table\'s', async () => {
    const { analyzeSnapshot } = await import('../../../lib/analyze');
    const { join } = await import('node:path');
    const { loadPage } = await import('../../../lib/cli/load');
    const { ROOT } = await import('../../../tests/lib/helpers');
    const { citation } = await import('./card');
    // a real page with table findings (fixture 001: 7 errors in its tables)
    const a = analyzeSnapshot(loadPage(join(ROOT, 'tests/fixtures/pages/001_98990c82be280a35.merged.html')));
    // a finding about the 说明's own words, as prose-arithmetic makes it
    const prose: Finding = { rule: 'prose-arithmetic', severity: 'error', table: null, cells: [], related: [], message: '占比不符', messageEn: 'share', text: '财政拨款收入800.00万元，占70.00%', expected: '80.0000', actual: '70.00', difference: '-10.0000' };
    const text = citation(prose, a, 'zh', 'http://example.gov.cn/');
    expect(text).toContain('说明所写: 70.00');
    expect(text).not.toContain('表中所列');
    const table = a.report.findings.find((f) => f.table !== null && f.actual !== undefined);
    expect(table, 'a table finding').toBeTruthy();
    expect(citation(table!, a, 'zh', 'http://example.gov.cn/')).toContain('表中所列');
  });
});
