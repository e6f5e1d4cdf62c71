/**
 * Generated fuzz: hostile and broken markup must never make the reader or the analysis throw, and
 * the output must always validate with the report schema.
 *
 * - randomGarbagePage / randomGarbageTable pages (tests/generators), many seeds;
 * - random mutations of the fixture pages: delete / duplicate random tags and elements, random
 *   rowspan / colspan (0, negative, huge, junk), swap cell texts, truncate the page anywhere;
 * - random mutations of a fixture snapshot (the analysis boundary), bypassing the DOM reader.
 *
 * Deterministic by seed: a failure names the seed and the mutations so it can be replayed.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { PageAnalysis } from '../../lib/report/schema';
import { PageSnapshot } from '../../lib/snapshot/schema';
import { createRng, randomGarbagePage, randomGarbageTable, type Rng } from '../generators';
import { FIXTURES, STYLES, fixtureSnapshot, page, readPage, snapshotHtml } from './helpers';

/** FUZZ_SCALE=4 npx vitest run tests/lib/fuzz.test.ts for a longer run. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const N = (n: number) => Math.round(n * SCALE);
/** per-test timeout, scaled with the run */
const T = 120_000 * SCALE;

const SPANS = ['0', '-1', '1', '2', '3', '7', '40', '1000', '65534', '65535', '99999999', 'x', '', '2.5', ' 3 ', '-0'];

/** Snapshot schema issues: what the background would reject from the content script. */
function snapshotIssues(snap: unknown): string[] {
  const r = PageSnapshot.safeParse(snap);
  if (r.success) return [];
  return r.error.issues
    .map((i) => `${i.path.join('.')}: ${i.message}`);
}

function check(html: string, what: string): PageAnalysis {
  let analysis: PageAnalysis | undefined;
  let issues: string[] = [];
  expect(() => {
    const snap = snapshotHtml(html, `fuzz:${what}`);
    issues = snapshotIssues(snap);
    analysis = analyzeSnapshot(snap);
  }, what).not.toThrow();
  expect(issues, what).toEqual([]);
  const parsed = PageAnalysis.safeParse(analysis);
  expect(parsed.success, `${what}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
  // internal consistency of the summary
  const a = analysis!;
  expect(a.summary.errors + a.summary.warnings, what).toBe(a.summary.problems);
  expect(a.summary.errors, what).toBe(a.report.findings.filter((f) => f.severity === 'error').length);
  return a;
}

/** Positions of every tag in the page, as [start, end) (comments and doctype included). */
function tags(html: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /<[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** One random mutation of the page's markup; returns the new page and what was done. */
function mutate(html: string, rng: Rng): [string, string] {
  const kind = rng.int(0, 7);
  const ts = tags(html);
  if (ts.length === 0) return [html, 'none'];
  switch (kind) {
    case 0: {
      // delete a random tag
      const [s, e] = rng.pick(ts);
      return [html.slice(0, s) + html.slice(e), `delete tag ${html.slice(s, e).slice(0, 30)}`];
    }
    case 1: {
      // duplicate a random tag
      const [s, e] = rng.pick(ts);
      return [html.slice(0, e) + html.slice(s, e) + html.slice(e), `duplicate tag ${html.slice(s, e).slice(0, 30)}`];
    }
    case 2: {
      // duplicate or delete a whole <tr> or <td> element
      const name = rng.pick(['tr', 'td', 'table', 'tbody', 'p']);
      const re = new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'g');
      const all = [...html.matchAll(re)];
      if (all.length === 0) return [html, 'none'];
      const m = rng.pick(all);
      const s = m.index!;
      const e = s + m[0].length;
      return rng.chance(0.5)
        ? [html.slice(0, e) + m[0] + html.slice(e), `duplicate <${name}> at ${s}`]
        : [html.slice(0, s) + html.slice(e), `delete <${name}> at ${s}`];
    }
    case 3:
    case 4: {
      // random rowspan / colspan on a random cell
      const cells = ts.filter(([s]) => /^<t[dh]\b/i.test(html.slice(s, s + 4)));
      if (cells.length === 0) return [html, 'none'];
      const [s, e] = rng.pick(cells);
      const attr = rng.pick(['rowspan', 'colspan']);
      const v = rng.pick(SPANS);
      const tag = html.slice(s, e).replace(new RegExp(`\\s${attr}="[^"]*"`, 'i'), '');
      const out = tag.replace(/^<(t[dh])/i, `<$1 ${attr}="${v}"`);
      return [html.slice(0, s) + out + html.slice(e), `${attr}=${JSON.stringify(v)} at ${s}`];
    }
    case 5: {
      // truncate anywhere
      const at = rng.int(0, html.length);
      return [html.slice(0, at), `truncate at ${at}`];
    }
    case 6: {
      // move a random tag somewhere else
      const [s, e] = rng.pick(ts);
      const t = html.slice(s, e);
      const rest = html.slice(0, s) + html.slice(e);
      const at = rng.int(0, rest.length);
      return [rest.slice(0, at) + t + rest.slice(at), `move ${t.slice(0, 20)} to ${at}`];
    }
    default: {
      // replace a cell's text with a garbage cell
      const cells = [...html.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)];
      if (cells.length === 0) return [html, 'none'];
      const m = rng.pick(cells);
      const s = m.index!;
      const junk = randomGarbageTable(rng.u32(), { maxDepth: 1, maxRows: 3, maxCols: 3 });
      const inner = rng.chance(0.5) ? junk : rng.pick(['合计', '-', '0.00', '１２３．４５', '(12.00)', '2080505', '单位：元', '其中：', '—', '9'.repeat(30), '1,0000.00', '\u200b', '']);
      return [html.slice(0, s) + `<td>${inner}</td>` + html.slice(s + m[0].length), `cell text at ${s}`];
    }
  }
}

describe('fuzz: garbage pages', () => {
  it(`randomGarbagePage, ${N(50)} seeds`, () => {
    for (let seed = 0; seed < N(50); seed++) check(randomGarbagePage(seed, { tables: 1 + (seed % 5) }), `randomGarbagePage(${seed})`);
  }, T);

  it(`randomGarbageTable inside budget-looking prose, ${N(100)} seeds`, () => {
    for (let seed = 1000; seed < 1000 + N(100); seed++) {
      const html = page(`<p>部门预算公开</p><p>支出总表</p><p>单位：万元</p>${randomGarbageTable(seed)}<p>注：本表反映2024年度预算。</p>`);
      check(html, `randomGarbageTable(${seed})`);
    }
  }, T);

  it('deeply nested and oversized garbage tables', () => {
    // (depth 4 × 60 rows × 30 cols makes a 180 MB page: generator blow-up, not a reader test)
    for (let seed = 0; seed < N(2); seed++) check(randomGarbagePage(`deep:${seed}`, { tables: 1, maxDepth: 3, maxRows: 40, maxCols: 20 }), `deep ${seed}`);
  }, T);
});

describe('fuzz: mutated fixture pages', () => {
  const sources = FIXTURES.flatMap((id) => STYLES.filter((s) => s !== 'word').map((style) => ({ id, style, html: readPage(id, style) })));

  it(`1–6 random markup mutations, ${N(60)} cases`, () => {
    for (let i = 0; i < N(60); i++) {
      const src = sources[i % sources.length]!;
      const rng = createRng(`fuzz-mutate:${i}`);
      let html = src.html;
      const done: string[] = [];
      for (let k = rng.int(1, 6); k > 0; k--) {
        const [next, what] = mutate(html, rng);
        html = next;
        done.push(what);
      }
      check(html, `case ${i} ${src.id}.${src.style}: ${done.join('; ')}`);
    }
  }, T);

  it(`word-style pages (heavy markup), ${N(6)} cases`, () => {
    for (let i = 0; i < N(6); i++) {
      const id = FIXTURES[i % 3]!;
      const rng = createRng(`fuzz-word:${i}`);
      let html = readPage(id, 'word');
      const done: string[] = [];
      for (let k = rng.int(2, 8); k > 0; k--) {
        const [next, what] = mutate(html, rng);
        html = next;
        done.push(what);
      }
      check(html, `word case ${i} ${id}: ${done.join('; ')}`);
    }
  }, T);

  it('every table given rowspan="0" / colspan="1000" on its first cell', () => {
    for (const id of FIXTURES) {
      const html = readPage(id, 'merged');
      check(html.replace(/<table([^>]*)><tbody><tr><td/g, '<table$1><tbody><tr><td rowspan="0"'), `${id} rowspan=0`);
      check(html.replace(/<table([^>]*)><tbody><tr><td/g, '<table$1><tbody><tr><td colspan="1000"'), `${id} colspan=1000`);
      check(html.replace(/<tr>/g, '<tr><td rowspan="65534">x</td>'), `${id} rowspan=65534 everywhere`);
    }
  }, T);

  it(`truncated at ${N(25)} points`, () => {
    const html = readPage('001_98990c82be280a35', 'merged');
    const n = N(25);
    for (let k = 1; k <= n; k++) check(html.slice(0, Math.floor((html.length * k) / (n + 1))), `truncated ${k}/${n + 1}`);
  }, T);
});

describe('rowspan="0"', () => {
  it('the reader resolves rowSpan 0 ("to the end of the section") to the rows that exist; the snapshot schema still accepts 0', () => {
    const snap = snapshotHtml(page('<table><tr><td rowspan="0">a</td><td>1.00</td></tr><tr><td>2.00</td></tr><tr></tr></table>'));
    // clamped by the reader (issue 10: spans reach only rows that exist; the trailing empty row holds nothing)
    expect(snap.tables[0]!.rows[0]![0]!.rowSpan).toBe(2);
    expect(PageSnapshot.safeParse(snap).success).toBe(true);
    expect(() => PageAnalysis.parse(analyzeSnapshot(snap))).not.toThrow();
    // a snapshot from elsewhere (PDF reader, tests) may still say 0
    const raw = structuredClone(snap);
    raw.tables[0]!.rows[0]![0]!.rowSpan = 0;
    expect(PageSnapshot.safeParse(raw).success).toBe(true);
    expect(() => PageAnalysis.parse(analyzeSnapshot(raw))).not.toThrow();
  }, T);
});

describe('fuzz: mutated snapshots (the analysis boundary)', () => {
  it(`random cell texts, spans, removed rows and cells, ${N(60)} cases`, () => {
    for (let i = 0; i < N(60); i++) {
      const id = FIXTURES[i % 3]!;
      const rng = createRng(`fuzz-snap:${i}`);
      const snap = structuredClone(fixtureSnapshot(id, 'merged'));
      for (let k = rng.int(1, 12); k > 0; k--) {
        const t = rng.pick(snap.tables);
        if (t.rows.length === 0) continue;
        const r = rng.int(0, t.rows.length - 1);
        const row = t.rows[r]!;
        const op = rng.int(0, 5);
        if (op === 0 && row.length) row[rng.int(0, row.length - 1)]!.text = rng.pick(['', '合计', '-', '3,185.85', '2080505', '（一）', '其中：', '1e9', '99999999999999999999.999', '单位：万元', '¥', '0']);
        else if (op === 1 && row.length) row[rng.int(0, row.length - 1)]!.rowSpan = rng.pick([1, 2, 5, 100, 65534]);
        else if (op === 2 && row.length) row[rng.int(0, row.length - 1)]!.colSpan = rng.pick([1, 2, 5, 100, 1000]);
        else if (op === 3) t.rows.splice(r, 1);
        else if (op === 4 && row.length) row.splice(rng.int(0, row.length - 1), 1);
        else t.rows.splice(r, 0, structuredClone(row));
      }
      let a: PageAnalysis | undefined;
      expect(() => (a = analyzeSnapshot(snap)), `snapshot case ${i}`).not.toThrow();
      expect(PageAnalysis.safeParse(a).success, `snapshot case ${i}`).toBe(true);
    }
  }, T);

  it('empty and degenerate snapshots', () => {
    const empty = { url: '', title: '', tables: [], flow: [] };
    expect(PageAnalysis.parse(analyzeSnapshot(empty)).summary.tables).toBe(0);
    const cell = { text: '合计', rowSpan: 1, colSpan: 1, header: false, indent: 0, bold: false };
    const degenerate = {
      url: '',
      title: '',
      tables: [
        { index: 0, rows: [], caption: '', nested: false, hasNestedTable: false, truncatedRows: 0 },
        { index: 1, rows: [[]], caption: '', nested: false, hasNestedTable: false, truncatedRows: 0 },
        { index: 2, rows: [[cell]], caption: '单位：万元', nested: false, hasNestedTable: false, truncatedRows: 0 },
        { index: 3, rows: [[cell, { ...cell, text: '1.00' }], [{ ...cell, text: '' }]], caption: '', nested: true, hasNestedTable: false, truncatedRows: 5 },
      ],
      flow: [{ kind: 'table' as const, index: 3 }, { kind: 'text' as const, text: '单位：万元', heading: false }, { kind: 'table' as const, index: 0 }],
    };
    expect(() => PageAnalysis.parse(analyzeSnapshot(degenerate))).not.toThrow();
  }, T);
});
