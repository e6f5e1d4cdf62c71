import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { runRules } from '../analyze';
import { buildDocumentModel } from '../document';
import type { Finding } from '../report/schema';
import { snapshotPageSync } from '../snapshot/read';
import type { Rule } from './rule';

/** Run one rule on an HTML page (or fragment) the way the CLI does. */
export function runRule(rule: Rule, html: string) {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const { snapshot } = snapshotPageSync(document as unknown as Document);
  const doc = buildDocumentModel(snapshot);
  return runRules(doc, [rule]);
}

export interface ExpectedFinding {
  severity: Finding['severity'];
  table?: number | null;
  /** every one of these cells must be in the finding's cells */
  cells?: [number, number][];
  cause?: string;
  difference?: string;
}

/**
 * One tester for every rule, as a linter's RuleTester: valid pages give no error or warning,
 * invalid pages give exactly the listed errors/warnings (info findings are listed only when asked).
 */
export function testRule(rule: Rule, cases: { valid: string[]; invalid: { html: string; findings: ExpectedFinding[]; withInfo?: boolean }[] }): void {
  for (const html of cases.valid) {
    const c = runRule(rule, html);
    const bad = c.findings.filter((f) => f.severity !== 'info');
    expect(bad, `valid case reported: ${bad.map((f) => f.message).join('\n')}`).toEqual([]);
    expect(c.relations, 'a valid case must check at least one relation').toBeGreaterThan(0);
  }
  for (const { html, findings, withInfo } of cases.invalid) {
    const c = runRule(rule, html);
    const got = c.findings.filter((f) => withInfo || f.severity !== 'info');
    expect(got.length, `findings: ${got.map((f) => f.message).join('\n')}`).toBe(findings.length);
    findings.forEach((e, k) => {
      const f = got[k]!;
      expect(f.severity).toBe(e.severity);
      if (e.table !== undefined) expect(f.table).toBe(e.table);
      for (const cell of e.cells ?? []) expect(f.cells).toContainEqual(cell);
      if (e.cause) expect(f.cause?.id).toBe(e.cause);
      if (e.difference) expect(f.difference).toBe(e.difference);
    });
  }
}
