/**
 * Every real document the repository holds, and the one function that reads each into a PageSnapshot.
 *
 * - the fixture pages (tests/fixtures/pages/*.html: 3 documents × 3 markups),
 * - the corpus HTML pages (tests/fixtures/corpus/html/*.html),
 * - the corpus PDFs (tests/fixtures/corpus/pdf/*.pdf).
 *
 * Every document goes through the CLI's loader (lib/cli/load.ts `loadDocument`): the same sniffing,
 * decoding and readers (HTML, and lib/pdf for PDFs) a user gets. A document that cannot be read is
 * reported with the reason — counted and printed, never counted as clean.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSnapshot } from '../../lib/analyze';
import { loadDocument as loadInput } from '../../lib/cli/load';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');

export type DocumentKind = 'html' | 'pdf';

export interface RealDocument {
  /** path relative to tests/fixtures (the name used in the reviewed list and the tables) */
  file: string;
  path: string;
  kind: DocumentKind;
}

const SOURCES: { dir: string; ext: string; kind: DocumentKind }[] = [
  { dir: 'pages', ext: '.html', kind: 'html' },
  { dir: join('corpus', 'html'), ext: '.html', kind: 'html' },
  { dir: join('corpus', 'pdf'), ext: '.pdf', kind: 'pdf' },
];

/** Every real document, in a stable order (fixture pages, corpus HTML, corpus PDFs; by name). */
export function listDocuments(): RealDocument[] {
  const out: RealDocument[] = [];
  for (const s of SOURCES) {
    const dir = join(FIXTURES_DIR, s.dir);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(s.ext)).sort()) {
      const path = join(dir, name);
      out.push({ file: relative(FIXTURES_DIR, path).split('\\').join('/'), path, kind: s.kind });
    }
  }
  return out;
}

export type Loaded = { ok: true; snapshot: PageSnapshot } | { ok: false; reason: string };


/** Read one document into a snapshot, or say why it could not be read. */
export async function loadDocument(doc: RealDocument): Promise<Loaded> {
  try {
    // the CLI's own loader: the same sniffing, decoding and PDF reader a user gets
    const { snapshot } = await loadInput(doc.path);
    return { ok: true, snapshot };
  } catch (e) {
    return { ok: false, reason: `unreadable: ${(e as Error).message}` };
  }
}

export type Analysed = RealDocument & ({ ok: true; snapshot: PageSnapshot; analysis: PageAnalysis; ms: number } | { ok: false; reason: string });

/** Every document read and analysed once. */
export async function analyseDocuments(docs: RealDocument[] = listDocuments()): Promise<Analysed[]> {
  const out: Analysed[] = [];
  for (const doc of docs) {
    const loaded = await loadDocument(doc);
    if (!loaded.ok) {
      out.push({ ...doc, ok: false, reason: loaded.reason });
      continue;
    }
    const t0 = performance.now();
    try {
      const analysis = analyzeSnapshot(loaded.snapshot);
      out.push({ ...doc, ok: true, snapshot: loaded.snapshot, analysis, ms: performance.now() - t0 });
    } catch (e) {
      out.push({ ...doc, ok: false, reason: `analysis failed: ${(e as Error).message}` });
    }
  }
  return out;
}
