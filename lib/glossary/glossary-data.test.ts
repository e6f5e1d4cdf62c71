import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCodes } from '../codes';
import { glossaryData } from './data/index';
import { citationsFor, loadGlossary, matchTerms, validateGlossaryData } from './index';
import { SECTION7 } from './test-support/section7';

const here = dirname(fileURLToPath(import.meta.url));


describe('glossary data', () => {
  it('validates (unique ids and forms, sources known, related terms exist)', () => {
    const result = validateGlossaryData(glossaryData);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least 80 terms, each explained in both languages with sources', async () => {
    const g = await loadGlossary();
    expect(g.entries.length).toBeGreaterThanOrEqual(80);
    for (const e of g.entries) {
      expect(e.short.zh.length, e.id).toBeGreaterThan(4);
      expect(e.short.en.length, e.id).toBeGreaterThan(10);
      expect(e.detail.zh.length, e.id).toBeGreaterThan(10);
      expect(e.detail.en.length, e.id).toBeGreaterThan(10);
      expect(e.en.length, e.id).toBeGreaterThan(2);
      if (e.confidence !== 'C') expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });

  it('includes and explains every term of DOMAIN.md §7, and matches its own wording', async () => {
    const g = await loadGlossary();
    for (const [term, id] of SECTION7) {
      const entry = g.byId.get(id);
      expect(entry, term).toBeDefined();
      if (term === '类/款/项' || term === '预算' || term === '决算') continue; // matched by rule, tested below
      const matches = matchTerms(term, g);
      expect(matches.map((m) => m.id), term).toEqual([id]);
      expect(matches[0]?.text, term).toBe(term);
    }
    expect(matchTerms('预算与决算', g).map((m) => m.id)).toEqual(['yusuan', 'juesuan']);
    expect(matchTerms('类', g).map((m) => m.id)).toEqual(['lei-kuan-xiang']);
  });

  it('never presents a confidence-C entry without a caveat saying it is unconfirmed', async () => {
    const g = await loadGlossary();
    const c = g.entries.filter((e) => e.confidence === 'C');
    expect(c.map((e) => e.id)).toContain('jigou-yunzhuan-jingfei');
    for (const e of c) {
      expect(e.caveat, e.id).toBeDefined();
      expect(e.caveat?.zh, e.id).toMatch(/未|没有|推测|推断/);
    }
  });

  it('states both definitions of 机关运行经费 instead of picking one', async () => {
    const g = await loadGlossary();
    const e = g.byId.get('jiguan-yunxing-jingfei');
    expect(e?.competing?.length).toBe(2);
    const keys = e?.competing?.map((c) => c.sources.map((s) => s.key)) ?? [];
    expect(keys[0]).toContain('GBC-TPL');
    expect(keys[1]).toContain('WZ-2023');
    expect(e?.short.zh).toContain('两种');
  });

  it('gives 三公 the checks a reader can do on the page', async () => {
    const g = await loadGlossary();
    const checks = g.byId.get('sangong-jingfei')?.check.map((c) => c.zh).join('\n') ?? '';
    expect(checks).toContain('因公出国（境）费 + 公务用车购置及运行费 + 公务接待费');
    expect(checks).toContain('公务用车购置费 + 公务用车运行费');
  });

  it('cites only source keys of the reference file (plus observed forms and re-read laws)', () => {
    const facts = readFileSync(join(here, '../../tests/fixtures/reference/glossary-facts.md'), 'utf8');
    const extra = new Set(['FORMS', 'LAW-SYDJ']);
    for (const s of glossaryData.sources) {
      if (extra.has(s.key)) continue;
      expect(facts, s.key).toContain(s.key);
    }
  });

  it('resolves citations to titles and articles', async () => {
    const g = await loadGlossary();
    const entry = g.byId.get('yubeifei');
    const cites = entry ? citationsFor(entry, g) : [];
    expect(cites[0]).toMatchObject({ key: 'LAW-YSF', section: '第四十条、第六十四条、第六十九条', confidence: 'A' });
    expect(cites[0]?.title).toContain('预算法');
  });

  it('links only to codes that exist in the code book', async () => {
    const book = await loadCodes();
    for (const e of glossaryData.entries) {
      for (const link of e.codes ?? []) {
        expect(book.rows[link.domain].has(link.code), `${e.id} → ${link.code}`).toBe(true);
      }
    }
  });

  it('keeps the data out of the statically imported modules (lazy loading)', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const src = readFileSync(join(here, file), 'utf8');
      expect(src, file).not.toMatch(/^import[^;]*from '\.\/data/m);
    }
    expect(readFileSync(join(here, 'load.ts'), 'utf8')).toContain("import('./data/index')");
  });
});
