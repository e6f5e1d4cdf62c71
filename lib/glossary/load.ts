import type { Glossary, GlossaryData } from './schema';
import { validateGlossaryData } from './validate';

/** Index validated glossary data. Throws with every problem listed when the data is broken. */
export function buildGlossary(raw: unknown): Glossary {
  const result = validateGlossaryData(raw);
  if (!result.ok) throw new Error(`glossary data is invalid:\n${result.errors.join('\n')}`);
  const data = raw as GlossaryData;
  return {
    entries: data.entries,
    byId: new Map(data.entries.map((e) => [e.id, e])),
    sources: new Map(data.sources.map((s) => [s.key, s])),
  };
}

let pending: Promise<Glossary> | undefined;

/**
 * Load the glossary on demand. The data modules are reached only through this dynamic import, so
 * bundlers put them in their own chunk, fetched after the content script's first paint.
 */
export function loadGlossary(): Promise<Glossary> {
  pending ??= import('./data/index').then((m) => buildGlossary(m.glossaryData));
  return pending;
}
