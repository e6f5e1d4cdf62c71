/**
 * Gaps of the parser found by testing, pinned here; once fixed, the test asserts the fix.
 * Only misses are pinned (a check that does not run); false alarms are never pinned.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot, runRules } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import { page, snapshotHtml, tableHtml } from './helpers';

const sanGong = (total: string) =>
  page(
    '<p>一般公共预算“三公”经费支出表</p><p>单位：万元</p>' +
      tableHtml([
        ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
        ['', '', '小计', '公务用车购置费', '公务用车运行费', ''],
        [total, '0.00', '7.00', '5.00', '2.00', '3.00'],
      ]),
  );

describe('formerly known gaps, now covered', () => {
  it('a 三公 table with no label column (one row of figures) is checked, its rows named by position', () => {
    const doc = buildDocumentModel(snapshotHtml(sanGong('11.00')));
    const t = doc.tables[0]!;
    expect(t.kind).toBe('三公经费表');
    expect(t.columnSums).toEqual([{ total: 0, parts: [1, 2, 5] }, { total: 2, parts: [3, 4] }]);
    expect(t.blocks[0]!.labelCol).toBe(-1);
    const c = runRules(doc);
    const errors = c.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.cells).toContainEqual([2, 0]);
    expect(errors[0]!.difference).toBe('1.00');
    const ok = analyzeSnapshot(snapshotHtml(sanGong('10.00')));
    expect(ok.summary.problems).toBe(0);
    expect(ok.amounts).toHaveLength(6);
  });
});
