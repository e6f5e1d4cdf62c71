import type { Finding, VerifiedRelation } from '../report/schema';
import type { DocumentModel } from '../tables/model';

/** Metadata every rule carries, as a linter rule does: what it checks and how severity is decided. */
export interface RuleMeta {
  id: string;
  title: { zh: string; en: string };
  /** what the rule checks, in one or two sentences */
  description: { zh: string; en: string };
  /** how severity is decided */
  severity: string;
  /**
   * What a finding on a table depends on. 'table': that table's own model alone (the document's year
   * and the text around it aside), so the rule may run on the tables in view before the rest of the
   * page is read (progressive results, lib/analyze.ts `stage: 'view'`). 'document': other tables or the
   * prose; it runs only on the whole page.
   */
  scope: 'table' | 'document';
}

export interface NotRun {
  rule: string;
  table: number | null;
  reason: string;
}

/** Where rules report to: one shared way for every rule. */
export interface Reporter {
  /** a relation was evaluated (counted for the summary whether it holds or not) */
  checked(): void;
  finding(f: Finding): void;
  verified(v: VerifiedRelation): void;
  /** a check could not run: reported as info with the reason, never counted as passed */
  notRun(n: NotRun): void;
}

export interface Rule {
  meta: RuleMeta;
  run(doc: DocumentModel, report: Reporter): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
