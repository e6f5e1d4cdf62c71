/** Test helpers for rule tests: pages for the tester (lib/checks/tester.ts), and a document model when a test needs one. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { runRules } from '../../analyze';
import { buildDocumentModel } from '../../document';
import { snapshotPageSync } from '../../snapshot/read';
import type { DocumentModel } from '../../tables/model';
import type { Rule } from '../rule';

export function docOf(html: string): DocumentModel {
  const { document } = parseHTML(html.includes('<html') ? html : `<html><body>${html}</body></html>`);
  return buildDocumentModel(snapshotPageSync(document as unknown as Document).snapshot);
}

/** The HTML of a fixture page (tests/fixtures/pages). */
export function fixturePage(name: string): string {
  return readFileSync(new URL(`../../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8');
}

/** The HTML of a page that is not a budget disclosure (tests/fixtures/negative). */
export function negativePage(name: string): string {
  return readFileSync(new URL(`../../../tests/fixtures/negative/${name}.html`, import.meta.url), 'utf8');
}

export function fixtureDoc(name: string): DocumentModel {
  return docOf(fixturePage(name));
}

export function run(doc: DocumentModel, rule: Rule) {
  return runRules(doc, [rule], { strict: true });
}

/** A simple HTML table from rows of cells. */
export function table(rows: string[][]): string {
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
}

export const STYLES = ['merged', 'plain', 'word'] as const;
export const FIXTURES = { f000: '000_9397a020b08f6624', f001: '001_98990c82be280a35', f004: '004_c5440fdc5d943430' } as const;
export const NEGATIVE = ['calendar-form', 'info-disclosure-report', 'layout', 'sports-league', 'statistics', 'timetable'] as const;

/**
 * A page with one more paragraph at the start of its body: a sentence the rule verifies. A case that shows the rule
 * leaves the rest of the page alone then expects exactly that one relation, and fails with the rule off.
 */
export function withProbe(html: string, sentence: string): string {
  return /<body[^>]*>/.test(html) ? html.replace(/<body[^>]*>/, (b) => `${b}<p>${sentence}</p>`) : `<p>${sentence}</p>${html}`;
}
