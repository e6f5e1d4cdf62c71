import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runRules } from '../analyze';
import { buildDocumentModel } from '../document';
import { Finding, type CellRef, type VerifiedRelation } from '../report/schema';
import { snapshotPageSync } from '../snapshot/read';
import type { Collector } from './collect';
import type { Rule } from './rule';

/** Run one rule on an HTML page (or fragment) the way the CLI does; a rule that throws fails the caller. */
export function runRule(rule: Rule, html: string): Collector {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const { snapshot } = snapshotPageSync(document as unknown as Document);
  const doc = buildDocumentModel(snapshot);
  return runRules(doc, [rule], { strict: true });
}

/** A finding as a case expects it: every field given must match; fields left out are not compared. */
export interface ExpectedFinding {
  severity: Finding['severity'];
  table?: number | null;
  /** the finding's first cell (the total, or the cell the finding is about) */
  cell?: CellRef;
  /** every one of these cells must be among the finding's cells */
  cells?: CellRef[];
  /** the finding's cells, exactly and in order */
  exactCells?: CellRef[];
  /** the finding's related cells, exactly */
  related?: Finding['related'];
  cause?: string;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: Finding['unit'];
  /** a substring of the message */
  message?: string;
  /** a substring of the prose sentence */
  text?: string;
}

/** A relation the case expects verified: its table, and when given its cells / related cells exactly. */
export interface ExpectedVerified {
  table: number;
  /** the first cell of the relation */
  cell?: CellRef;
  cells?: CellRef[];
  related?: VerifiedRelation['related'];
}

export interface ExpectedNotRun {
  table?: number | null;
  /** a substring of the reason */
  reason?: string;
}

interface CaseBase {
  /** what the case shows, as a test name */
  name: string;
  html: string;
  /** the verified relations: an exact count, or the exact list (a number stands for a relation's table) */
  verified?: number | (number | ExpectedVerified)[];
  /** the number of relations evaluated (held or not) */
  relations?: number;
  /** the info findings (rounding, scope notes), exactly; not compared when left out */
  info?: ExpectedFinding[];
  /** the checks that could not run, exactly; not compared when left out */
  notRun?: ExpectedNotRun[];
  /** a specialised assertion the fields above cannot express */
  also?: (c: Collector) => void;
}

/** A page on which the rule raises no error or warning and verifies at least one relation. */
export type ValidCase = CaseBase;

/** A page on which the rule raises exactly these errors and warnings (in report order). */
export interface InvalidCase extends CaseBase {
  findings: ExpectedFinding[];
}

function matchFinding(f: Finding, e: ExpectedFinding, where: string): void {
  const m = `${where}: ${f.message}`;
  expect(f.severity, m).toBe(e.severity);
  if (e.table !== undefined) expect(f.table, m).toBe(e.table);
  if (e.cell) expect(f.cells[0], m).toEqual(e.cell);
  for (const cell of e.cells ?? []) expect(f.cells, m).toContainEqual(cell);
  if (e.exactCells) expect(f.cells, m).toEqual(e.exactCells);
  if (e.related) expect(f.related, m).toEqual(e.related);
  if (e.cause !== undefined) expect(f.cause?.id, m).toBe(e.cause);
  if (e.expected !== undefined) expect(f.expected, m).toBe(e.expected);
  if (e.actual !== undefined) expect(f.actual, m).toBe(e.actual);
  if (e.difference !== undefined) expect(f.difference, m).toBe(e.difference);
  if (e.unit !== undefined) expect(f.unit, m).toBe(e.unit);
  if (e.message !== undefined) expect(f.message, m).toContain(e.message);
  if (e.text !== undefined) expect(f.text ?? '', m).toContain(e.text);
}

function matchList(got: Finding[], want: ExpectedFinding[], what: string): void {
  expect(got.length, `${what}: ${got.map((f) => `${f.severity} #${f.table} ${f.message}`).join('\n')}`).toBe(want.length);
  want.forEach((e, k) => matchFinding(got[k]!, e, `${what} ${k}`));
}

function checkCommon(c: Collector, k: CaseBase): void {
  for (const f of c.findings) Finding.parse(f);
  if (k.info) matchList(c.findings.filter((f) => f.severity === 'info'), k.info, 'info findings');
  if (k.notRun) {
    expect(c.notRuns.length, `not run: ${c.notRuns.map((n) => `#${n.table} ${n.reason}`).join('\n')}`).toBe(k.notRun.length);
    k.notRun.forEach((e, i) => {
      const n = c.notRuns[i]!;
      if (e.table !== undefined) expect(n.table, n.reason).toBe(e.table);
      if (e.reason !== undefined) expect(n.reason).toContain(e.reason);
    });
  }
  if (typeof k.verified === 'number') expect(c.verifiedRelations.length, 'verified relations').toBe(k.verified);
  else if (k.verified) {
    const got = c.verifiedRelations;
    expect(got.map((v) => v.table), 'tables of the verified relations').toEqual(k.verified.map((e) => (typeof e === 'number' ? e : e.table)));
    k.verified.forEach((e, i) => {
      if (typeof e === 'number') return;
      if (e.cell) expect(got[i]!.cells[0], `verified ${i}`).toEqual(e.cell);
      if (e.cells) expect(got[i]!.cells, `verified ${i}`).toEqual(e.cells);
      if (e.related) expect(got[i]!.related, `verified ${i}`).toEqual(e.related);
    });
  }
  if (k.relations !== undefined) expect(c.relations, 'relations checked').toBe(k.relations);
  k.also?.(c);
}

/**
 * One tester for every rule, as a linter's RuleTester: one test per case.
 * A valid case gives no error or warning and verifies at least one relation (so a rule switched off
 * fails it); an invalid case gives exactly the listed errors and warnings, and must expect something
 * (a finding, an info or a check that could not run), so a rule switched off fails it too.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id}: valid`, () => {
    for (const k of cases.valid) {
      it(k.name, () => {
        const c = runRule(rule, k.html);
        const bad = c.findings.filter((f) => f.severity !== 'info');
        expect(bad, `valid case reported: ${bad.map((f) => f.message).join('\n')}`).toEqual([]);
        expect(c.verifiedRelations.length, 'a valid case must verify at least one relation').toBeGreaterThan(0);
        checkCommon(c, k);
      });
    }
  });
  describe(`${rule.meta.id}: invalid`, () => {
    for (const k of cases.invalid) {
      it(k.name, () => {
        const expects = k.findings.length + (k.info?.length ?? 0) + (k.notRun?.length ?? 0);
        expect(expects, 'an invalid case must expect a finding, an info or a check that could not run').toBeGreaterThan(0);
        const c = runRule(rule, k.html);
        matchList(c.findings.filter((f) => f.severity !== 'info'), k.findings, 'errors and warnings');
        checkCommon(c, k);
      });
    }
  });
}
