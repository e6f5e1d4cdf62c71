/** Test helpers for rule tests: build a document model from an HTML string or a fixture page. */
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

export function fixtureDoc(name: string): DocumentModel {
  return docOf(readFileSync(new URL(`../../../tests/fixtures/pages/${name}`, import.meta.url), 'utf8'));
}

export function run(doc: DocumentModel, rule: Rule) {
  return runRules(doc, [rule]);
}

/** A simple HTML table from rows of cells. */
export function table(rows: string[][]): string {
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
}

export const STYLES = ['merged', 'plain', 'word'] as const;
export const FIXTURES = { f000: '000_9397a020b08f6624', f001: '001_98990c82be280a35', f004: '004_c5440fdc5d943430' } as const;
