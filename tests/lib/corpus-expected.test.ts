/**
 * The hand-written ground truth of the corpus PDFs (tests/fixtures/corpus/expected/*.json) is well formed:
 * every file parses through the schema, names a PDF that exists, and is internally coherent (pages within
 * the document, a table's `page` is its first page, totals name a listed table). This guards the data the
 * PDF reader's tests are measured against; it does not read the PDFs.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFile } from '../fixtures/corpus/expected/schema';
import { ROOT } from './helpers';

const CORPUS = join(ROOT, 'tests', 'fixtures', 'corpus');
const EXPECTED = join(CORPUS, 'expected');
const jsonFiles = readdirSync(EXPECTED).filter((f) => f.endsWith('.json')).sort();

describe('corpus expected (hand-read ground truth)', () => {
  it('has one file per corpus PDF', () => {
    const pdfs = readdirSync(join(CORPUS, 'pdf')).filter((f) => f.endsWith('.pdf')).map((f) => f.replace(/\.pdf$/, '.json'));
    expect(jsonFiles.length).toBeGreaterThan(0);
    // Every JSON names an existing PDF (checked below); report PDFs still without ground truth.
    const missing = pdfs.filter((p) => !jsonFiles.includes(p));
    expect(missing, `PDFs without expected JSON: ${missing.join(', ')}`).toEqual([]);
  });

  for (const name of jsonFiles) {
    it(`${name} parses and names its PDF`, () => {
      const data = expectedFile.parse(JSON.parse(readFileSync(join(EXPECTED, name), 'utf8')));
      expect(data.file).toBe(name.replace(/\.json$/, '.pdf'));
      expect(existsSync(join(CORPUS, 'pdf', data.file))).toBe(true);
      for (const t of data.tables) {
        expect(t.pages[0], `${t.title}: page is the first of pages`).toBe(t.page);
        expect(t.pages.every((p) => p >= 1 && p <= data.pages), `${t.title}: pages within the document`).toBe(true);
        expect([...t.pages].sort((a, b) => a - b), `${t.title}: pages in order`).toEqual(t.pages);
        if (t.pageRows) expect(t.pageRows.length, `${t.title}: pageRows per page`).toBe(t.pages.length);
        expect(t.headerRows, `${t.title}: header rows within rows`).toBeLessThanOrEqual(t.rows);
      }
      const titles = new Set(data.tables.map((t) => t.title));
      for (const tot of data.totals) expect(titles.has(tot.table), `total names a listed table: ${tot.table}`).toBe(true);
    });
  }
});
