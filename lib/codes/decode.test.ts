import { beforeAll, describe, expect, it } from 'vitest';
import {
  decode,
  domainOfCode,
  joinSplitCode,
  loadCodes,
  normalizeCode,
  resolveRelativeCode,
  type CodeBook,
  type DecodedCode,
} from './index';

let book: CodeBook;
beforeAll(async () => {
  book = await loadCodes();
});

const names = (d: DecodedCode | null) => d?.path.map((s) => s.name);
const confirmed = (d: DecodedCode | null) => d?.path.map((s) => s.confirmed);

describe('code format helpers', () => {
  it('joins split 类/款/项 columns', () => {
    expect(joinSplitCode(['210', '15', '01'])).toBe('2101501');
    expect(joinSplitCode(['210', '15', ''])).toBe('21015');
    expect(joinSplitCode(['210', '', ''])).toBe('210');
    expect(joinSplitCode(['208', '20805', '2080505'])).toBe('2080505');
    expect(joinSplitCode([' ２１０ ', '15', '01'])).toBe('2101501');
    expect(joinSplitCode(['210', null, undefined])).toBe('210');
  });

  it('refuses parts that do not form a code', () => {
    expect(joinSplitCode(['', '', ''])).toBeNull();
    expect(joinSplitCode(['210', '', '01'])).toBeNull();
    expect(joinSplitCode(['21', '15', '01'])).toBeNull();
    expect(joinSplitCode(['210', '1', '01'])).toBeNull();
    expect(joinSplitCode(['210', '20805', ''])).toBeNull();
    expect(joinSplitCode(['合计', '', ''])).toBeNull();
  });

  it('resolves a 2-digit code printed under its parent', () => {
    expect(resolveRelativeCode('05', '208')).toBe('20805');
    expect(resolveRelativeCode('05', '20805')).toBe('2080505');
    expect(resolveRelativeCode('2080505', '208')).toBe('2080505');
    expect(resolveRelativeCode('05', null)).toBeNull();
    expect(resolveRelativeCode('5', '208')).toBeNull();
  });

  it('tells the domain by first digit and length', () => {
    expect(domainOfCode('2101501')).toBe('function');
    expect(domainOfCode('30217')).toBe('economic-dept');
    expect(domainOfCode('50206')).toBe('economic-gov');
    expect(domainOfCode('3021701')).toBeNull();
    expect(domainOfCode('307001')).toBeNull(); // a unit code
    expect(domainOfCode('101')).toBeNull(); // revenue codes are not decoded here
    expect(normalizeCode('２１０')).toBe('210');
    expect(normalizeCode('合计')).toBe('');
  });
});

describe('decode', () => {
  it('2101501 → 卫生健康支出 › 医疗保障管理事务 › 行政运行, recalled names marked unconfirmed', () => {
    const d = decode('2101501', book);
    expect(d?.domain).toBe('function');
    expect(d?.path.map((s) => [s.code, s.level])).toEqual([
      ['210', '类'],
      ['21015', '款'],
      ['2101501', '项'],
    ]);
    expect(names(d)).toEqual(['卫生健康支出', '医疗保障管理事务', '行政运行']);
    expect(confirmed(d)).toEqual([true, false, false]);
    expect(d?.path[1]?.sourceKeys).toEqual(['RECALL']);
    expect(d?.notes.map((n) => n.zh).join()).toContain('未核实');
  });

  it('decodes the split form through joinSplitCode', () => {
    const code = joinSplitCode(['210', '15', '01']);
    expect(code).toBe('2101501');
    expect(names(decode(code ?? '', book))).toEqual(['卫生健康支出', '医疗保障管理事务', '行政运行']);
  });

  it('names from the page win, and count as confirmed for this page', () => {
    const pageNames = new Map([
      ['21015', '医疗保障管理事务'],
      ['2101501', '行政运行'],
    ]);
    const d = decode('2101501', book, { pageNames });
    expect(confirmed(d)).toEqual([true, true, true]);
    expect(d?.path.map((s) => s.source)).toEqual(['reference', 'page', 'page']);
    expect(d?.notes.some((n) => n.zh.includes('未核实'))).toBe(false);
  });

  it('notes the older name of 210 from earlier editions', () => {
    const d = decode('210', book);
    expect(d?.notes.map((n) => n.zh).join()).toContain('医疗卫生与计划生育支出');
    const old = decode('210', book, { pageNames: new Map([['210', '医疗卫生与计划生育支出']]) });
    expect(old?.path[0]?.name).toBe('医疗卫生与计划生育支出');
    expect(old?.path[0]?.referenceName).toBe('卫生健康支出');
    expect(old?.path[0]?.labelMismatch).toBeUndefined();
  });

  it('flags a page label that does not fit the heading (a unit code in a code column)', () => {
    const d = decode('307', book, { pageNames: new Map([['307', '湖南省医疗保障局']]) });
    expect(d?.path[0]?.labelMismatch).toBe(true);
    expect(d?.path[0]?.referenceName).toBe('债务利息及费用支出');
    // the page's name is shown and compared, never silently replaced
    expect(d?.path[0]).toMatchObject({ name: '湖南省医疗保障局', printed: '湖南省医疗保障局' });
    expect(d?.notes.map((n) => n.zh).join()).toContain('文件写作“湖南省医疗保障局”');
    // a variant label is not a mismatch
    const v = decode('20805', book, { pageNames: new Map([['20805', '行政事业单位离退休']]) });
    expect(v?.path[1]?.labelMismatch).toBeUndefined();
  });

  it('takes the document year: the name of that year\'s edition, from cited documents of those years', () => {
    const y2018 = decode('210', book, { year: 2018 })?.path[0];
    expect(y2018).toMatchObject({ name: '医疗卫生与计划生育支出', confirmed: true, source: 'reference' });
    expect(y2018?.reference).toMatchObject({ years: [2017, 2018], forYear: true });
    expect(y2018?.sourceKeys).toContain('JS-ZX-2018');
    const y2024 = decode('210', book, { year: 2024 })?.path[0];
    expect(y2024).toMatchObject({ name: '卫生健康支出', confirmed: true });
    expect(y2024?.reference?.years).toEqual([2019, 2024, 2025, 2026]);
    // 部门经济分类 before the 2018 change: 30307 was 医疗费, 30311 住房公积金
    expect(decode('30307', book, { year: 2017 })?.path[1]?.name).toBe('医疗费');
    expect(decode('30307', book, { year: 2024 })?.path[1]?.name).toBe('医疗费补助');
    expect(decode('30311', book, { year: 2017 })?.path[1]?.name).toBe('住房公积金');
    // a year no cited document covers: the nearest cited name, not confirmed for that year, and said so
    const y2016 = decode('210', book, { year: 2016 });
    expect(y2016?.path[0]).toMatchObject({ name: '医疗卫生与计划生育支出', confirmed: false });
    expect(y2016?.notes.map((n) => n.zh).join()).toContain('本文件为2016年，该年的名称未核实');
    // a cited 2024–2026 name in a 2017 document is not confirmed for 2017
    expect(decode('30201', book, { year: 2017 })?.path[1]).toMatchObject({ name: '办公费', confirmed: false });
    expect(decode('30201', book, { year: 2024 })?.path[1]).toMatchObject({ name: '办公费', confirmed: true });
  });

  it('shows the page\'s name and compares it: same, an edition\'s name, or differs', () => {
    const page = (code: string, name: string, year: number) => decode(code, book, { year, pageNames: new Map([[code, name]]) });
    const same = page('210', '卫生健康支出', 2024);
    expect(same?.path[0]).toMatchObject({ name: '卫生健康支出', printed: '卫生健康支出', verdict: 'same', source: 'page' });
    expect(page('210', '医疗卫生与计划生育支出', 2018)?.path[0]?.verdict).toBe('same');
    const old = page('210', '医疗卫生与计划生育支出', 2024);
    expect(old?.path[0]).toMatchObject({ name: '医疗卫生与计划生育支出', verdict: 'edition' });
    expect(old?.notes.map((n) => n.zh)).toContain('文件写作“医疗卫生与计划生育支出”（2017—2018年文件所印的名称）；2024年科目为“卫生健康支出”。');
    const differs = page('30202', '咨询费', 2024);
    expect(differs?.path[1]).toMatchObject({ name: '咨询费', printed: '咨询费', verdict: 'differs', referenceName: '印刷费' });
    expect(differs?.notes.map((n) => n.zh)).toContain('文件写作“咨询费”；2024年科目为“印刷费”。');
    // a recalled name is never set against the page's as fact
    const recalled = page('21015', '医疗保障事务', 2024);
    expect(recalled?.path[1]).toMatchObject({ name: '医疗保障事务', verdict: 'unconfirmed' });
    expect(recalled?.notes.map((n) => n.zh).join()).toContain('参考名称“医疗保障管理事务”未经核实');
    // no reference at all: the page's name only
    expect(page('2109999', '其他卫生健康支出', 2025)?.path[2]).toMatchObject({ name: '其他卫生健康支出', verdict: 'page-only' });
  });

  it('decodes 部门经济分类 with its 政府经济分类 counterpart', () => {
    const d = decode('30101', book);
    expect(d?.domain).toBe('economic-dept');
    expect(names(d)).toEqual(['工资福利支出', '基本工资']);
    expect(d?.govMapping).toMatchObject({ code: '50101', name: '工资奖金津补贴', confirmed: true, source: 'reference' });
    const hosp = decode('30217', book);
    expect(hosp?.govMapping).toMatchObject({ code: '50206', name: '公务接待费', confirmed: false });
  });

  it('prefers the mapping printed on the page', () => {
    const d = decode('30217', book, {
      pageGovMapping: new Map([['30217', '50206']]),
      pageNames: new Map([['50206', '公务接待费']]),
    });
    expect(d?.govMapping).toMatchObject({ code: '50206', name: '公务接待费', confirmed: true, source: 'page' });
    const differs = decode('30201', book, { pageGovMapping: new Map([['30201', '50299']]) });
    expect(differs?.govMapping?.code).toBe('50299');
    expect(differs?.notes.map((n) => n.zh).join()).toContain('参考对照表为 50201');
  });

  it('decodes 政府经济分类 codes', () => {
    const d = decode('50101', book);
    expect(d?.domain).toBe('economic-gov');
    expect(names(d)).toEqual(['机关工资福利支出', '工资奖金津补贴']);
    expect(confirmed(d)).toEqual([true, true]);
    expect(d?.govMapping).toBeUndefined();
  });

  it('returns null for non-codes and codes outside the requested domain', () => {
    expect(decode('307001', book)).toBeNull();
    expect(decode('合计', book)).toBeNull();
    expect(decode('30101', book, { domain: 'function' })).toBeNull();
    expect(decode('3010101', book)).toBeNull();
  });

  it('keeps unknown codes decodable with an empty name rather than guessing', () => {
    const d = decode('2109999', book);
    expect(d?.path[2]).toMatchObject({ code: '2109999', name: null, confirmed: false, source: 'none' });
  });
});
