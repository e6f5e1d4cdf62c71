/**
 * A rule that throws: on a user's page the analysis goes on and says the check could not run; under
 * test (tests/setup.ts sets strict) the run fails, so a broken rule cannot pass a suite unseen.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot, ruleErrors, runRules } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import { defineRule } from '../../lib/checks/rule';
import rowHierarchy from '../../lib/checks/rules/row-hierarchy';
import { page, snapshotHtml, tableHtml } from './helpers';

const crash = defineRule({
  meta: { id: 'crash', title: { zh: '', en: '' }, description: { zh: '', en: '' }, severity: '', scope: 'document' },
  run() {
    throw new Error('boom');
  },
});
const html = page('<p>支出总表</p><p>单位：万元</p>' + tableHtml([['科目编码', '科目名称', '合计'], ['', '合计', '3.00'], ['208', '社会保障和就业支出', '3.00'], ['20805', '行政事业单位养老支出', '3.00']]));

describe('a rule that throws', () => {
  it('fails the test run (strict is set for every test file)', () => {
    expect(ruleErrors.strict).toBe(true);
    const doc = buildDocumentModel(snapshotHtml(html));
    expect(() => runRules(doc, [rowHierarchy, crash])).toThrow(/rule crash threw: boom/);
    expect(() => analyzeSnapshot(snapshotHtml(html), { rules: [crash] })).toThrow(/boom/);
  });

  it('on a user’s page (not strict) is a check that could not run, and the other rules still run', () => {
    const doc = buildDocumentModel(snapshotHtml(html));
    const c = runRules(doc, [crash, rowHierarchy], { strict: false });
    expect(c.notRuns).toEqual([{ rule: 'crash', table: null, reason: 'internal error: boom' }]);
    expect(c.verifiedRelations.map((v) => v.rule)).toEqual(['row-hierarchy', 'row-hierarchy']);
  });
});
