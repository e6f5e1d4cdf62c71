import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { snapshotPageSync } from '../snapshot/read';
import type { PageSnapshot } from '../snapshot/schema';

export class InputError extends Error {}

/** Read a saved page from disk into a snapshot, with the same reader the content script uses. */
export function loadPage(path: string): PageSnapshot {
  let html: string;
  try {
    if (!statSync(path).isFile()) throw new InputError(`not a file: ${path}`);
    html = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!/<\s*(html|body|table|p|div)\b/i.test(html)) throw new InputError(`${path} does not look like an HTML page`);
  const { document } = parseHTML(html);
  return snapshotPageSync(document as unknown as Document, `file://${path}`).snapshot;
}
