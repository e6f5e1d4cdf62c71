import { describe, expect, it } from 'vitest';
import { runRule } from '../checks/tester';
import columnSums from '../checks/rules/column-sums';

// a 万元 table written without thousands separators: 2077.09 is an amount in an amount column, not "September 2077"
const page = (basic: string) => `<p>支出决算表</p><p>单位：万元</p><table>
  <tr><th>项目</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>
  <tr><td>事业运行</td><td>2577.09</td><td>${basic}</td><td>500.00</td></tr>
  <tr><td>行政运行</td><td>300.00</td><td>200.00</td><td>100.00</td></tr>
</table>`;

describe('amount columns read their cells as amounts', () => {
  it('a year-and-month shape in an amount column is an amount: the row is checked', () => {
    const c = runRule(columnSums, page('2077.09'));
    expect(c.notRuns).toEqual([]);
    expect(c.verifiedRelations.length).toBe(2);
  });
  it('and a wrong one is found', () => {
    const c = runRule(columnSums, page('2070.09'));
    expect(c.findings.map((f) => [f.severity, f.difference])).toEqual([['error', '7.00']]);
  });
});
