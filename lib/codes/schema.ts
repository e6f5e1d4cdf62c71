import { z } from 'zod';

/**
 * Types of the classification-code book (政府收支分类科目, expenditure side).
 * Three code domains that must never be mixed: 支出功能分类 (2xx), 部门预算支出经济分类 (3xx) and
 * 政府预算支出经济分类 (5xx). A code's length gives its level: 3 digits 类, 5 digits 款, 7 digits 项.
 */
export const CodeDomain = z.enum(['function', 'economic-dept', 'economic-gov']);
export type CodeDomain = z.infer<typeof CodeDomain>;

export const CodeLevel = z.enum(['类', '款', '项']);
export type CodeLevel = z.infer<typeof CodeLevel>;

/** A short note in both languages (edition differences, naming variants, provenance caveats). */
export const BilingualNote = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type BilingualNote = z.infer<typeof BilingualNote>;

/** Where a code book fact was read. `RECALL` marks rows nobody located in a document. */
export const CodeSource = z.object({
  key: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
  title: z.string().min(1),
  where: z.string().min(1),
  /** false only for RECALL: a source that does not confirm anything */
  confirms: z.boolean(),
  /**
   * The year of the classification (政府收支分类科目) the document follows: a 2024 budget or 2024 final
   * account prints the 2024 edition's names. Absent for sources that are not one year's document.
   */
  edition: z.number().int().min(2000).max(2100).optional(),
});
export type CodeSource = z.infer<typeof CodeSource>;

export const CodeRow = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, 'a code has 3, 5 or 7 digits'),
  name: z.string().min(1),
  level: CodeLevel,
  /** true when the code-name pair was read in a located document; false = recalled, unverified */
  confirmed: z.boolean(),
  sources: z.array(z.string()).min(1),
  notes: z.array(BilingualNote).optional(),
});
export type CodeRow = z.infer<typeof CodeRow>;

/** Years in which a name is attested by cited documents (inclusive). */
export const YearRange = z.object({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100) });
export type YearRange = z.infer<typeof YearRange>;

/**
 * A name a code carries in an edition of the classification, or a variant label in use. With `years`, the
 * name is attested in those years' documents (the sources); the decoder uses it for a document of those
 * years. An entry may repeat the row's own name to record further years in which that name is attested.
 */
export const EditionName = z.object({
  domain: CodeDomain,
  code: z.string(),
  name: z.string().min(1),
  when: BilingualNote,
  sources: z.array(z.string()).min(1),
  years: YearRange.optional(),
});
export type EditionName = z.infer<typeof EditionName>;

/** 部门预算支出经济分类 → 政府预算支出经济分类 (两套支出经济分类科目对照). */
export const DeptToGovRow = z.object({
  dept: z.string().regex(/^3\d{4}$/),
  gov: z.string().regex(/^5\d{4}$/),
  confirmed: z.boolean(),
  sources: z.array(z.string()).min(1),
});
export type DeptToGovRow = z.infer<typeof DeptToGovRow>;

/** The raw data set as stored under lib/codes/data (validated before use). */
export const CodeData = z.object({
  sources: z.array(CodeSource),
  function: z.array(CodeRow),
  economicDept: z.array(CodeRow),
  economicGov: z.array(CodeRow),
  deptToGov: z.array(DeptToGovRow),
  editions: z.array(EditionName),
});
export type CodeData = z.infer<typeof CodeData>;

/** The loaded, indexed code book. */
export interface CodeBook {
  readonly sources: ReadonlyMap<string, CodeSource>;
  readonly rows: Readonly<Record<CodeDomain, ReadonlyMap<string, CodeRow>>>;
  /** dept code → mapping row */
  readonly deptToGov: ReadonlyMap<string, DeptToGovRow>;
  /** `${domain}:${code}` → other names */
  readonly editions: ReadonlyMap<string, readonly EditionName[]>;
}

/** One step of a decoded path, 类 › 款 › 项. */
export interface PathStep {
  code: string;
  level: CodeLevel;
  /** the name to show; null when neither the page nor the reference knows this code */
  name: string | null;
  /** false: the name is recalled, not confirmed: the UI must say "unconfirmed" */
  confirmed: boolean;
  /** 'page' when the page printed this label next to the code, else reference source keys */
  source: 'page' | 'reference' | 'none';
  sourceKeys: string[];
  /** the reference name, when it differs from the page's label */
  referenceName?: string;
  /** the page's label differs from the reference and is not a known variant (maybe not the same code system) */
  labelMismatch?: boolean;
  /** the name the page prints beside this code (shown as the page's name) */
  printed?: string;
  /** the name of the classification for the document's year, with where it comes from */
  reference?: ReferenceName;
  /**
   * How the page's name compares with the reference: same; an edition's name (another year's, cited);
   * differs; or no comparison possible (no cited reference name: the page's name is shown as the page's).
   */
  verdict?: 'same' | 'edition' | 'differs' | 'unconfirmed' | 'page-only';
}

/** A reference name and its edition: which years' cited documents print it. */
export interface ReferenceName {
  name: string;
  /** read in a cited document (false: recalled, unverified) */
  confirmed: boolean;
  /** years whose cited documents print this name (empty when no source has a year) */
  years: number[];
  /** the document's year lies within the attested years (or equals one) */
  forYear: boolean;
  sourceKeys: string[];
}

export interface GovMapping {
  code: string;
  name: string | null;
  confirmed: boolean;
  source: 'page' | 'reference';
  sourceKeys: string[];
}

export interface DecodedCode {
  code: string;
  domain: CodeDomain;
  path: PathStep[];
  /** only for 部门预算经济分类 款 codes with a known counterpart */
  govMapping?: GovMapping;
  notes: BilingualNote[];
}
