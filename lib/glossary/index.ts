/**
 * Public API of the glossary. Nothing here imports the data statically: call loadGlossary() and pass the
 * Glossary to the matching and definition helpers.
 */
export type {
  Bilingual,
  Category,
  CodeLink,
  CompetingDefinition,
  Confidence,
  Glossary,
  GlossaryData,
  GlossaryEntry,
  GlossarySource,
  MatchRules,
  PageDefinition,
  SourceRef,
  TermMatch,
} from './schema';
export { GlossaryData as GlossaryDataSchema, GlossaryEntry as GlossaryEntrySchema } from './schema';
export { buildGlossary, loadGlossary } from './load';
export { citationsFor, type Citation } from './citations';
export { matchTerms, markOncePerGroup, type GroupMark } from './match';
export { definitionTexts, linkDefinition, parseDefinitions, resolveExplanation, termTableLines, type Explanation } from './definitions';
export { normalizeForMatch, type NormalizedText } from './normalize';
export { matchPageTerms, type PageTermMatch } from './page-terms';
export { checkGlossaryData, surfaceForms, validateGlossaryData, type ValidationResult } from './validate';
