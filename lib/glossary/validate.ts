import { normalizeForMatch } from './normalize';
import { GlossaryData, type GlossaryEntry } from './schema';

export interface ValidationResult {
  ok: boolean;
  errors: string[];
}

/** Every surface form an entry claims, normalised the way the matcher sees it. */
export function surfaceForms(e: GlossaryEntry): string[] {
  const forms = [e.term, ...e.variants, ...(e.match?.wholeTextVariants ?? [])];
  return [...new Set(forms.map((f) => normalizeForMatch(f).text))];
}

/** Cross-entry rules: unique ids and surface forms, known sources, related terms that exist. */
export function checkGlossaryData(data: GlossaryData): string[] {
  const errors: string[] = [];
  const sourceKeys = new Set<string>();
  for (const s of data.sources) {
    if (sourceKeys.has(s.key)) errors.push(`source ${s.key}: duplicate key`);
    sourceKeys.add(s.key);
  }
  const ids = new Set<string>();
  for (const e of data.entries) {
    if (ids.has(e.id)) errors.push(`${e.id}: duplicate id`);
    ids.add(e.id);
  }
  // a form claimed by two entries would make a match ambiguous
  const owner = new Map<string, string>();
  for (const e of data.entries) {
    for (const form of surfaceForms(e)) {
      if (form === '') errors.push(`${e.id}: a variant is empty after normalisation`);
      const prev = owner.get(form);
      if (prev && prev !== e.id) errors.push(`${e.id}: form "${form}" is already claimed by ${prev}`);
      owner.set(form, e.id);
    }
    for (const r of e.related) {
      if (r === e.id) errors.push(`${e.id}: relates to itself`);
      else if (!ids.has(r)) errors.push(`${e.id}: related term ${r} does not exist`);
    }
    // a compound that does not hold the term would silently do nothing; a context word that holds it would hide it everywhere
    const forms = surfaceForms(e);
    for (const c of e.match?.notInside ?? []) {
      const text = normalizeForMatch(c.text).text;
      if (!forms.some((f) => text.includes(f) && text !== f)) errors.push(`${e.id}: notInside "${c.text}" does not hold the term`);
    }
    for (const w of e.match?.notInContextOf ?? []) {
      const text = normalizeForMatch(w).text;
      if (forms.some((f) => text.includes(f))) errors.push(`${e.id}: notInContextOf "${w}" holds the term itself`);
    }
    const refs = [...e.sources, ...(e.competing ?? []).flatMap((c) => c.sources)];
    for (const ref of refs) if (!sourceKeys.has(ref.key)) errors.push(`${e.id}: unknown source ${ref.key}`);
  }
  return errors;
}

/** Validate raw glossary data (schema, then cross-entry rules). Exported so a build step can run it. */
export function validateGlossaryData(raw: unknown): ValidationResult {
  const parsed = GlossaryData.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const errors = checkGlossaryData(parsed.data);
  return { ok: errors.length === 0, errors };
}
