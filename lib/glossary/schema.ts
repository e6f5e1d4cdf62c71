import { z } from 'zod';

/**
 * Types of the glossary of budget-disclosure terms. Data lives under ./data and is validated by
 * validate.ts; the content script reaches it only through loadGlossary() (dynamic import).
 */

/** A: read in a statute or an official template; B: read in local disclosure pages; C: not confirmed anywhere. */
export const Confidence = z.enum(['A', 'B', 'C']);
export type Confidence = z.infer<typeof Confidence>;

export const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof Bilingual>;

/** secondary: a third-party page that restates an official text (a reprint, a dictionary), used where the original was not reached */
export const SourceKind = z.enum(['law', 'regulation', 'notice', 'template', 'local-page', 'news', 'observed', 'secondary']);
export type SourceKind = z.infer<typeof SourceKind>;

export const GlossarySource = z.object({
  key: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
  kind: SourceKind,
  title: z.string().min(1),
  /** where a reader can find it (repository file, page address) */
  where: z.string().min(1),
  /** the best confidence this source can give a fact */
  confidence: Confidence,
});
export type GlossarySource = z.infer<typeof GlossarySource>;

/** A citation: source key plus the article / section / table it was read in. */
export const SourceRef = z.object({ key: z.string().min(1), where: z.string().min(1).optional() });
export type SourceRef = z.infer<typeof SourceRef>;

export const Category = z.enum([
  'budget',
  'income',
  'spending',
  'sangong',
  'balance',
  'classification',
  'transfer',
  'assets',
  'performance',
  'disclosure',
  'table',
]);
export type Category = z.infer<typeof Category>;

/** Sources disagree: every definition in use is shown, none is picked. */
export const CompetingDefinition = z.object({
  label: Bilingual,
  text: Bilingual,
  sources: z.array(SourceRef).min(1),
  confidence: Confidence,
});
export type CompetingDefinition = z.infer<typeof CompetingDefinition>;

/** A compound that holds a term but means something else, with the reason (shown to reviewers, not users). */
export const NotInside = z.object({
  text: z.string().min(2),
  /** why the term inside it is a different thing */
  reason: z.string().min(4),
});
export type NotInside = z.infer<typeof NotInside>;

/** When a surface form may be marked in running text. */
export const MatchRules = z.object({
  /** do not mark when the text right after the term starts with one of these */
  notFollowedBy: z.array(z.string().min(1)).optional(),
  /** do not mark when the text right before the term ends with one of these */
  notPrecededBy: z.array(z.string().min(1)).optional(),
  /** short generic words: mark only when no Chinese character is glued to either side (joiners and particles allowed) */
  standalone: z.boolean().optional(),
  /** forms that are marked only when they are the whole text of a block or cell (table header "类") */
  wholeTextVariants: z.array(z.string().min(1)).optional(),
  /**
   * Words of the domain that hold this term but mean something else (国有资本经营收入 holds 经营收入, 病种分值
   * holds 分值). The term is not marked inside any of them, whether or not they have an entry of their own.
   */
  notInside: z.array(NotInside).optional(),
  /**
   * Where the term applies: when the text it is found in contains one of these words, the text is about
   * another domain (分值 next to DIP is the medical-insurance payment point, not an indicator's weight) and
   * the term is not marked there.
   */
  notInContextOf: z.array(z.string().min(1)).optional(),
});
export type MatchRules = z.infer<typeof MatchRules>;

export const CodeLink = z.object({
  domain: z.enum(['function', 'economic-dept', 'economic-gov']),
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/),
});
export type CodeLink = z.infer<typeof CodeLink>;

// One plain sentence: a single sentence-final mark, at the end.
const oneSentenceZh = z
  .string()
  .min(4)
  .refine((s) => /[。？！]$/.test(s) && (s.match(/[。？！]/g) ?? []).length === 1, 'short.zh must be one sentence ending in 。');

export const GlossaryEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** canonical Chinese term */
    term: z.string().min(1),
    /** English name */
    en: z.string().min(1),
    category: Category,
    /** other surface forms marked in text (quotes and bracket widths are normalised before matching) */
    variants: z.array(z.string().min(1)),
    /** one plain sentence a citizen understands */
    short: z.object({ zh: oneSentenceZh, en: z.string().min(1) }),
    /** the longer, precise explanation */
    detail: Bilingual,
    sources: z.array(SourceRef),
    confidence: Confidence,
    /** what is unconfirmed, or where usage varies; required for confidence C */
    caveat: Bilingual.optional(),
    competing: z.array(CompetingDefinition).min(2).optional(),
    related: z.array(z.string()),
    /** what a reader can check on the page */
    check: z.array(Bilingual),
    codes: z.array(CodeLink).optional(),
    match: MatchRules.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.confidence === 'C' && !e.caveat) {
      ctx.addIssue({ code: 'custom', message: 'confidence C needs a caveat saying what is unconfirmed', path: ['caveat'] });
    }
    if (e.confidence !== 'C' && e.sources.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'confidence A/B needs at least one source', path: ['sources'] });
    }
  });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const GlossaryData = z.object({
  sources: z.array(GlossarySource),
  entries: z.array(GlossaryEntry),
});
export type GlossaryData = z.infer<typeof GlossaryData>;

/** The loaded glossary. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  readonly byId: ReadonlyMap<string, GlossaryEntry>;
  readonly sources: ReadonlyMap<string, GlossarySource>;
}

/** One marked occurrence in a text; offsets index the original (unnormalised) string. */
export interface TermMatch {
  id: string;
  term: string;
  start: number;
  end: number;
  /** the original text covered */
  text: string;
}

/** An item of the page's own 名词解释 section. */
export interface PageDefinition {
  /** the term as the page prints it (“三公”经费) */
  term: string;
  definition: string;
  /** index of the text block the item starts in */
  block: number;
  /** the glossary entry it explains, when one fits */
  entryId?: string;
}
