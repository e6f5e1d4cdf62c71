/**
 * Explanations that were imprecise (issue 12): each is checked against the fact it must state, so
 * reverting the wording makes the test fail.
 */
import { describe, expect, it } from 'vitest';
import { glossaryData } from './data/index';

const entry = (term: string) => glossaryData.entries.find((e) => e.term === term)!;
const all = (term: string) => {
  const e = entry(term);
  return [e.short.zh, e.detail.zh, e.caveat?.zh ?? '', ...e.check.map((c) => c.zh)].join('\n');
};

describe('corrected explanations', () => {
  it('上年结转: the revenue identity includes 用事业基金弥补收支差额 / 使用非财政拨款结余', () => {
    const check = entry('上年结转结余').check.map((c) => c.zh).join('\n');
    expect(check).toContain('用事业基金弥补收支差额');
    expect(check).toContain('使用非财政拨款结余');
  });

  it('年终结转结余: the spending identity includes 结余分配', () => {
    expect(entry('年终结转结余').check.map((c) => c.zh).join('\n')).toContain('结余分配');
  });

  it.each(['一般公共预算', '一般公共预算拨款'])('%s: the check line does not equate the appropriation with the spending table total', (term) => {
    const check = entry(term).check.map((c) => c.zh).join('\n');
    // fixture 000: 一般公共预算拨款 3,185.85 + 上年结转 243.27 = 3,429.12 spent: the line must name the carry-over
    expect(check).toMatch(/上年结转/);
    expect(check).not.toMatch(/合计应等于财政拨款收支总表中的一般公共预算拨款/);
  });

  it('国有资产占用: the two equipment thresholds as documents write them', () => {
    const text = all('国有资产占用');
    expect(text).toContain('单位价值50万元以上通用设备');
    expect(text).toContain('单位价值100万元以上专用设备');
  });

  it('事业基金: names 《事业单位财务规则》 instead of saying no regulation covers it', () => {
    const text = all('事业基金');
    expect(text).toContain('《事业单位财务规则》');
    expect(text).not.toContain('没有在法规或模板中核实');
  });
});
