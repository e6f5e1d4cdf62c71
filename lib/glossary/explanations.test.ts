/**
 * Explanations that were imprecise (issue 12): each is checked against the fact it must state, so
 * reverting the wording makes the test fail.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { glossaryData } from './data/index';
import { pageBlocks } from './test-support/fixture-text';

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

  it.each(['一般公共预算', '一般公共预算拨款'])('%s: the check line states the carry-over identity, and it holds on fixture 000', (term) => {
    const identity = '本年一般公共预算拨款 + 上年结转中的一般公共预算拨款 = 一般公共预算支出 + 年终结转结余中的一般公共预算拨款';
    expect(entry(term).check.map((c) => c.zh).join('\n')).toContain(identity);
    // fixture 000, 财政拨款收支总表 (tests/fixtures/pages/000_9397a020b08f6624.plain.html): the cells after each label
    const cells = pageBlocks('000', 'plain');
    const table = cells.indexOf('一、本年收入');
    const after = (label: string, from: number) => {
      const i = cells.indexOf(label, from);
      expect(i, label).toBeGreaterThan(-1);
      return i;
    };
    const appropriation = after('(一) 一般公共预算拨款', table);
    const carried = after('(一) 一般公共预算拨款', after('二、上年结转', table));
    const spent = after('一、本年支出', table);
    const value = (i: number) => new Decimal((cells[i + 1] ?? '').replace(/,/g, ''));
    expect(value(appropriation).toFixed(2)).toBe('3185.85');
    expect(value(carried).toFixed(2)).toBe('243.27');
    expect(value(spent).toFixed(2)).toBe('3429.12');
    // 年终结转结余 is empty on this table: the identity is 3,185.85 + 243.27 = 3,429.12 + 0
    expect(value(appropriation).plus(value(carried)).equals(value(spent))).toBe(true);
    // and the appropriation alone is not the spending: a check line equating them would be false here
    expect(value(appropriation).equals(value(spent))).toBe(false);
  });

  it('国有资产占用: the two equipment thresholds as documents write them', () => {
    const text = all('国有资产占用');
    expect(text).toContain('单位价值50万元以上通用设备');
    expect(text).toContain('单位价值100万元以上专用设备');
  });

  it('事业基金: names 《事业单位财务规则》 (2022, 财政部令第108号) as its source, and states nothing unread as fact', () => {
    const text = all('事业基金');
    expect(text).toContain('《事业单位财务规则》（2022年，财政部令第108号');
    expect(entry('事业基金').sources.map((s) => s.key)).toContain('LAW-SYCW');
    expect(text).not.toContain('一般认为');
    expect(text).not.toContain('没有在法规或模板中核实');
  });
});
