import type { Confidence, Glossary, GlossaryEntry } from './schema';

/** A source as the overlay shows it: title, the article or section, and where to find the document. */
export interface Citation {
  key: string;
  title: string;
  /** article / section / table the fact was read in, when known */
  section?: string;
  location: string;
  confidence: Confidence;
}

/** The entry's sources resolved to titles (competing definitions carry their own). */
export function citationsFor(entry: GlossaryEntry, glossary: Glossary): Citation[] {
  return entry.sources.flatMap((ref) => {
    const s = glossary.sources.get(ref.key);
    if (!s) return [];
    const c: Citation = { key: s.key, title: s.title, location: s.where, confidence: s.confidence };
    if (ref.where) c.section = ref.where;
    return [c];
  });
}
