/** Test-only helpers: text blocks of the fixture pages and seeds, in document order. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

export const FIXTURE_IDS = ['000', '001', '004'] as const;
export type FixtureId = (typeof FIXTURE_IDS)[number];

function fileFor(dir: string, id: string, suffix: string): string {
  const name = readdirSync(join(fixtures, dir)).find((f) => f.startsWith(`${id}_`) && f.endsWith(suffix));
  if (!name) throw new Error(`no ${dir} fixture ${id}*${suffix}`);
  return join(fixtures, dir, name);
}

/** Seed text split into blocks at blank lines. */
export function seedBlocks(id: FixtureId): string[] {
  return readFileSync(fileFor('seeds', id, '.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
}

export function seedText(id: FixtureId): string {
  return readFileSync(fileFor('seeds', id, '.txt'), 'utf8');
}

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,td,th';

/** Innermost block elements' text (a <td> holding <p>s yields the <p>s), whitespace collapsed. */
export function pageBlocks(id: FixtureId, variant: 'plain' | 'merged' | 'word'): string[] {
  const html = readFileSync(fileFor('pages', id, `.${variant}.html`), 'utf8');
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (text !== '') out.push(text);
  }
  return out;
}
