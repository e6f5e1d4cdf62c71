import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'negative');
const GENERATED = new Set(['huge-plain.html']);
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html') && !GENERATED.has(f)).sort();
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');

/** expected <table> count per page (a change here is a change of the fixture) */
const TABLES: Record<string, number> = {
  'layout.html': 22,
  'sports-league.html': 3,
  'timetable.html': 3,
  'info-disclosure-report.html': 3,
  'calendar-form.html': 3,
  'statistics.html': 2,
};

describe('negative fixture pages', () => {
  it('are all present and all listed in the README', () => {
    expect(pages).toEqual(Object.keys(TABLES).sort());
    for (const f of [...pages, ...GENERATED]) expect(readme).toContain(`\`${f}\``);
    expect(readFileSync(join(DIR, '.gitignore'), 'utf8')).toContain('huge-plain.html');
  });

  it.each(pages)('%s: small, parses, has its tables and the page chrome, and no budget-table header', async (f) => {
    const html = readFileSync(join(DIR, f), 'utf8');
    expect(statSync(join(DIR, f)).size).toBeLessThan(200 * 1024);
    const window = new Window();
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('table').length).toBe(TABLES[f]);
    expect(doc.body.textContent).toMatch(/ICP备/);
    expect(doc.body.textContent).toMatch(/联系电话/);
    // no header of a budget disclosure table anywhere in a table
    const tableText = Array.from(doc.querySelectorAll('table')).map((t) => t.textContent ?? '').join('\n');
    for (const word of ['科目编码', '科目名称', '基本支出', '项目支出', '预算数', '决算数', '人员经费', '公用经费']) expect(tableText, `${f}: ${word}`).not.toContain(word);
    await window.happyDOM.close();
  });
});
