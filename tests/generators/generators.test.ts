import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigBudgetPage, type BigBudgetPage, type PlantedTable } from './bigBudgetPage';
import { hugeNonBudgetPage } from './hugeNonBudgetPage';
import { parseHundredths } from './money';
import { createRng } from './prng';
import { randomGarbagePage, randomGarbageTable } from './randomGarbageTable';

const count = (html: string, re: RegExp): number => (html.match(re) ?? []).length;
const TD = /<td[\s>]/g;
const TABLE = /<table[\s>]/g;
const bigintJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x));

interface Parsed {
  window: Window;
  doc: ReturnType<InstanceType<typeof Window>['DOMParser']['prototype']['parseFromString']>;
}

function parse(html: string): Parsed {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return { window, doc };
}

/** text of each grid column of a row without rowspans from above (all generated data rows) */
function rowGrid(tr: Element): string[] {
  const out: string[] = [];
  for (const cell of Array.from(tr.children)) {
    if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
    const text = (cell.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    const cs = Math.max(1, Number(cell.getAttribute('colspan') ?? '1') || 1);
    out.push(text);
    for (let i = 1; i < cs; i++) out.push(text);
  }
  return out;
}

describe('prng', () => {
  it('is deterministic and seed-sensitive', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.u32());
    expect(Array.from({ length: 20 }, () => b.u32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.u32())).not.toEqual(sa);
  });
  it('int and bigintBelow stay in range', () => {
    const r = createRng('range');
    for (let i = 0; i < 2000; i++) {
      const v = r.int(-3, 5);
      expect(v).toBeGreaterThanOrEqual(-3);
      expect(v).toBeLessThanOrEqual(5);
      const b = r.bigintBelow(10n ** 12n);
      expect(b >= 0n && b < 10n ** 12n).toBe(true);
    }
  });
});

describe('bigBudgetPage', () => {
  let page: BigBudgetPage;
  let parsed: Parsed;

  beforeAll(() => {
    page = bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 2026 });
    parsed = parse(page.html); // ~6 MB: several seconds in happy-dom
  }, 240_000);
  afterAll(async () => {
    await parsed.window.happyDOM.close();
  });

  it('is deterministic by seed', () => {
    const again = bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 2026 });
    expect(again.html).toBe(page.html);
    expect(bigintJson(again.tables)).toBe(bigintJson(page.tables));
    const other = bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 2027 });
    expect(other.html).not.toBe(page.html);
  });

  it('has at least 100 tables and 50,000 td cells (regex and DOM)', () => {
    expect(page.tables.length).toBeGreaterThanOrEqual(100);
    expect(count(page.html, TABLE)).toBe(page.tables.length);
    expect(count(page.html, TD)).toBe(page.tdCount);
    expect(page.tdCount).toBeGreaterThanOrEqual(50_000);
    expect(page.tables.reduce((n, t) => n + t.tdCount, 0)).toBe(page.tdCount);
    expect(parsed.doc.querySelectorAll('table').length).toBe(page.tables.length);
    expect(parsed.doc.querySelectorAll('td').length).toBe(page.tdCount);
  });

  it('honours smaller options and keeps tables ≥ the minimum', () => {
    const small = bigBudgetPage({ tables: 3, cellsTarget: 100, seed: 1 });
    expect(small.tables.length).toBeGreaterThanOrEqual(3);
    expect(count(small.html, TD)).toBe(small.tdCount);
    const big = bigBudgetPage({ tables: 5, cellsTarget: 20_000, seed: 1 });
    expect(big.tdCount).toBeGreaterThanOrEqual(20_000);
  });

  it('covers every layout, style, unit, unit placement and zero style', () => {
    const kinds = new Set(page.tables.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['basic-detail', 'expenditure-summary', 'gpb-expenditure', 'split-code']);
    expect(new Set(page.tables.map((t) => t.style)).size).toBe(3);
    expect(new Set(page.tables.map((t) => t.unit)).size).toBe(2);
    expect(new Set(page.tables.map((t) => t.unitPlacement)).size).toBe(2);
    expect(new Set(page.tables.map((t) => t.zeroStyle)).size).toBe(3);
    expect(page.html).toMatch(/rowspan="3"/);
    expect(page.html).toMatch(/colspan="4"/);
    expect(page.html).toContain('单位：万元');
    expect(page.html).toContain('单位：元');
    expect(page.html).not.toMatch(/NaN|undefined|\[object/);
  });

  it('parent rows are exact sums of their children, per column (BigInt)', () => {
    let checked = 0;
    for (const t of page.tables) {
      const total = t.rows.findIndex((r) => r.kind === 'total');
      expect(total).toBeGreaterThanOrEqual(0);
      for (const [ri, row] of t.rows.entries()) {
        if (row.kind === 'item') expect(t.rows[row.parent ?? -1]?.kind).toBe('section');
        if (row.kind === 'section') expect(t.rows[row.parent ?? -1]?.kind).toBe('class');
        if (row.kind === 'class') expect(row.parent).toBe(total);
        if (row.kind === 'section' || row.kind === 'class') expect(row.children.length).toBeGreaterThan(0);
        if (row.parent !== null) expect(t.rows[row.parent]?.children).toContain(ri);
        if (row.children.length === 0) continue;
        for (const child of row.children) {
          const c = t.rows[child];
          expect(c?.code.startsWith(row.code)).toBe(true);
          expect(c?.level).toBe(row.level + 1);
        }
        for (let ci = 0; ci < t.columns.length; ci++) {
          const childSum = row.children.reduce((s, k) => s + (t.rows[k]?.amounts[ci] ?? 0n), 0n);
          expect(row.amounts[ci] ?? 0n, `${t.id} row ${ri} (${row.code} ${row.name}) col ${t.columns[ci]?.key}`).toBe(childSum);
          checked++;
        }
      }
      // 合计 = sum of the 类 rows; unit rows (部门 307, 单位 307001) equal 合计
      expect(t.rows[total]?.children).toEqual(t.rows.flatMap((r, i) => (r.kind === 'class' ? [i] : [])));
      for (const row of t.rows.filter((r) => r.kind === 'unit')) expect(row.amounts).toEqual(t.rows[total]?.amounts);
      // code hierarchy: 类 3 digits › 款 5 › 项 7, all functional (2xx)
      for (const row of t.rows) {
        if (row.kind === 'class') expect(row.code).toMatch(/^2\d{2}$/);
        if (row.kind === 'section') expect(row.code).toMatch(/^2\d{4}$/);
        if (row.kind === 'item') expect(row.code).toMatch(/^2\d{6}$/);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('total columns are exact sums of their component columns', () => {
    for (const t of page.tables) {
      const idx = new Map(t.columns.map((c, i) => [c.key, i]));
      for (const row of t.rows) {
        for (const [ci, col] of t.columns.entries()) {
          if (col.sumOf.length === 0) continue;
          const parts = col.sumOf.reduce((s, k) => s + (row.amounts[idx.get(k) ?? -1] ?? 0n), 0n);
          expect(row.amounts[ci] ?? 0n, `${t.id} ${row.code} ${col.key}`).toBe(parts);
        }
      }
      // and the page really has something to check: the 合计 row is non-zero
      expect(t.rows.find((r) => r.kind === 'total')?.amounts[0] ?? 0n).toBeGreaterThan(0n);
    }
  });

  it('planted values: display text ↔ value, and the flat list covers every amount cell', () => {
    expect(page.values.length).toBe(page.tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0));
    for (const v of page.values) {
      const t = page.tables[v.table] as PlantedTable;
      if (v.value === null) expect(v.text).toBe(t.zeroStyle === 'dash' ? '-' : '');
      else {
        expect(parseHundredths(v.text)).toBe(v.value);
        if (v.value === 0n) expect(v.text).toBe('0.00');
        if (v.value >= 100_000n) expect(v.text).toContain(',');
      }
    }
  });

  it('the HTML holds the planted values at the planted positions', () => {
    const domTables = parsed.doc.querySelectorAll('table');
    for (const t of page.tables) {
      const el = domTables[t.index];
      expect(el).toBeDefined();
      const trs = Array.from(el?.querySelectorAll('tr') ?? []);
      expect(trs.length).toBe(t.headerRows + t.rows.length);
      for (const row of t.rows) {
        const tr = trs[row.rowIndex];
        expect(tr).toBeDefined();
        const grid = rowGrid(tr as unknown as Element);
        expect(grid.length).toBe(t.gridWidth);
        for (const [ci, col] of t.columns.entries()) expect(grid[col.gridCol], `${t.id} r${row.rowIndex} ${col.key}`).toBe(row.display[ci]);
        expect(grid.join('|')).toContain(row.name.replace(/\s+/g, ' '));
      }
      // the declared unit is printed just above the table or in its first row
      if (t.unitPlacement === 'first-row') expect((trs[0]?.textContent ?? '').replace(/\u00a0/g, ' ')).toContain(t.unitText);
      let prev = el?.previousElementSibling;
      if (t.unitPlacement === 'paragraph') expect((prev?.textContent ?? '').replace(/\u00a0/g, ' ').trim()).toBe(t.unitText);
      while (prev && !(prev.textContent ?? '').includes(t.title)) prev = prev.previousElementSibling;
      expect(prev, `${t.id} title`).toBeTruthy();
    }
  });
});

describe('hugeNonBudgetPage', () => {
  it('is deterministic, has the requested rows, and holds no budget-table signals', () => {
    const html = hugeNonBudgetPage({ rows: 5000 });
    expect(hugeNonBudgetPage({ rows: 5000 })).toBe(html);
    expect(hugeNonBudgetPage({ rows: 5000, seed: 2 })).not.toBe(html);
    expect(count(html, /<tr>/g)).toBe(5001);
    expect(count(html, TD)).toBe(5000 * 12);
    expect(html.length).toBeGreaterThan(500_000);
    for (const word of ['科目编码', '合计', '单位：万元', '单位：元', '预算', '基本支出']) expect(html).not.toContain(word);
  });
  it('parses', async () => {
    const { window, doc } = parse(hugeNonBudgetPage({ rows: 300 }));
    expect(doc.querySelectorAll('tbody tr').length).toBe(300);
    await window.happyDOM.close();
  });
});

describe('randomGarbageTable', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i);
  const tables = seeds.map((s) => randomGarbageTable(s));

  it('is deterministic by seed and varies between seeds', () => {
    expect(seeds.slice(0, 30).map((s) => randomGarbageTable(s))).toEqual(tables.slice(0, 30));
    expect(new Set(tables).size).toBeGreaterThan(290);
    expect(randomGarbagePage(7)).toBe(randomGarbagePage(7));
  });

  it('over many seeds, covers the hostile features', () => {
    const all = tables.join('\n');
    const features: [string, RegExp][] = [
      ['colspan 0', /colspan=["']?0\b/i],
      ['rowspan negative', /rowspan=["']?-\d/i],
      ['span huge', /span=["']?(10000|65536|99999999999)\b/i],
      ['span non-numeric', /span=["']?(abc|NaN|Infinity|2px)/i],
      ['unclosed td', /<td[^>]*>[^<]*<td/],
      ['nested table', /<t[dh][^>]*>(?:(?!<\/t[dh]>).)*<table/s],
      ['empty row', /<tr><\/tr>/],
      ['full-width digits', /[０-９]/],
      ['parenthesised negative', /\(12\.00\)|（12\.00）/],
      ['full-width minus', /－5/],
      ['space-grouped', /1 204\.00/],
      ['split number', /<span[^>]*>[\d,.０-９]+<\/span><span[^>]*>[\d,.０-９]+/],
      ['script in cell', /<td[^>]*><script/],
      ['style', /<style>/],
      ['comment', /<!--/],
      ['emoji', /\p{Extended_Pictographic}/u],
      ['budget lure', /科目编码|合计/],
    ];
    for (const [name, re] of features) expect(re.test(all), name).toBe(true);
    // ragged: rows of different lengths within one table
    expect(tables.some((t) => new Set(t.split(/<tr[\s>]/).slice(1).map((r) => count(r, /<td[\s>]/g))).size > 2)).toBe(true);
  });

  it('stays bounded in size', () => {
    for (const t of tables) expect(t.length).toBeLessThan(400_000);
  });

  it('parses without throwing (linkedom), and with happy-dom except its known <body>-in-table crash', async () => {
    // happy-dom 21's parser throws a DOMException ("Not possible to insert a node as a child of
    // itself" / "The new node is a parent of the node to insert to") on a <body> or <html> start tag
    // in table context, e.g. "<table><body>". Browsers ignore such tags. Any other throw is a failure.
    const strayRoot = /<(body|html)(?=[\s>/])/gi;
    const window = new Window();
    let happyCrashes = 0;
    for (const t of tables.slice(0, 120)) {
      const page = `<!DOCTYPE html><html><body>${t}</body></html>`;
      expect(() => parseHTML(page).document.querySelectorAll('td').length).not.toThrow();
      try {
        new window.DOMParser().parseFromString(page, 'text/html');
      } catch {
        happyCrashes++;
        expect(t).toMatch(/<(body|html)(?=[\s>/])/i);
        const doc = new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${t.replace(strayRoot, '<x-$1')}</body></html>`, 'text/html');
        expect(doc.body).toBeTruthy();
      }
    }
    expect(happyCrashes).toBeLessThan(60);
    expect(parseHTML(randomGarbagePage(3, { tables: 8 })).document.querySelectorAll('table').length).toBeGreaterThan(0);
    await window.happyDOM.close();
  }, 240_000);
});
