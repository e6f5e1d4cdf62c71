/** Test-only: the texts a real document gives the matcher — a fixture page's blocks, or a corpus PDF's text lines and cells. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPdfFile } from '../../pdf/node';
import { pageBlocks, type FixtureId } from './fixture-text';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/corpus/pdf');

export type DocumentRef = { page: FixtureId } | { pdf: string };

const cache = new Map<string, Promise<string[]>>();

export function documentTexts(ref: DocumentRef): Promise<string[]> {
  const key = 'page' in ref ? `page:${ref.page}` : `pdf:${ref.pdf}`;
  let texts = cache.get(key);
  if (!texts) {
    texts =
      'page' in ref
        ? Promise.resolve(pageBlocks(ref.page, 'plain'))
        : readPdfFile(join(corpus, ref.pdf)).then(({ snapshot }) => [
            ...snapshot.flow.flatMap((f) => (f.kind === 'text' ? [f.text] : [])),
            ...snapshot.tables.flatMap((t) => t.rows.flatMap((r) => r.map((c) => c.text))),
          ]);
    cache.set(key, texts);
  }
  return texts;
}

/** Whitespace does not count: PDF text is spaced out differently from the quote. */
export const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
