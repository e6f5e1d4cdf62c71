import { beforeAll, describe, expect, it } from 'vitest';
import { decode, loadCodes, type CodeBook } from './index';
import { seedCodes } from './test-support/seed-codes';

let book: CodeBook;
beforeAll(async () => {
  book = await loadCodes();
});

const FIXTURES = ['000', '001', '004'] as const;

/** Codes the fixture tables print (DOMAIN.md / issue list). */
const EXPECTED = [
  '208', '20805', '2080505', '210', '21011', '2101101', '2101103', '21015', '2101501', '2101502', '2101504',
  '2101505', '2101599', '221', '22102', '2210201', '20899', '2089999', '301', '30101', '30102', '30103',
  '30107', '30108', '30110', '30112', '30113', '30199', '302', '30201', '30202', '30205', '30206', '30207',
  '30211', '30213', '30215', '30217', '30228', '30239', '30299', '303', '30307', '50101', '50102', '50103',
  '50201', '50202', '50206', '50901',
];

describe('codes of the fixture tables', () => {
  it('the extractor sees every expected code', () => {
    const all = new Set(FIXTURES.flatMap((id) => [...seedCodes(id).codes]));
    for (const code of EXPECTED) expect(all.has(code), code).toBe(true);
  });

  it.each(FIXTURES)('fixture %s: every code decodes to a full named path, page names first', (id) => {
    const { codes, pageNames, govPairs } = seedCodes(id);
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) {
      const d = decode(code, book, { pageNames, pageGovMapping: govPairs });
      expect(d, code).not.toBeNull();
      if (!d) continue;
      expect(d.path.length, code).toBe((code.length - 1) / 2);
      for (const step of d.path) {
        expect(step.name, `${code} › ${step.code}`).toBeTruthy();
        const onPage = pageNames.get(step.code);
        if (onPage) {
          expect(step.name).toBe(onPage);
          expect(step.source).toBe('page');
        }
        expect(step.labelMismatch, `${code} › ${step.code}`).toBeUndefined();
      }
      expect(d.path.at(-1)?.confirmed, `${code}: the page prints its name`).toBe(true);
    }
  });

  it('fixture 001 decodes 2101501 with the page’s names; without them the 款 and 项 are unconfirmed', () => {
    const { pageNames } = seedCodes('001');
    const withPage = decode('2101501', book, { pageNames });
    expect(withPage?.path.map((s) => `${s.name}:${s.confirmed}`)).toEqual([
      '卫生健康支出:true',
      '医疗保障管理事务:true',
      '行政运行:true',
    ]);
    const bare = decode('2101501', book);
    expect(bare?.path.map((s) => s.confirmed)).toEqual([true, false, false]);
  });

  it('fixture 000 prints 款 as "05" under 208: resolved to 20805', () => {
    const { pageNames } = seedCodes('000');
    expect(pageNames.get('20805')).toBe('行政事业单位养老支出');
    expect(decode('2080505', book, { pageNames })?.path.map((s) => s.name)).toEqual([
      '社会保障和就业支出',
      '行政事业单位养老支出',
      '机关事业单位基本养老保险缴费支出',
    ]);
  });

  it('fixture 004 prints 部门→政府 pairs that agree with the reference crosswalk where it has one', () => {
    const { govPairs, pageNames } = seedCodes('004');
    for (const [dept, gov] of govPairs) {
      const ref = book.deptToGov.get(dept);
      if (ref) expect(ref.gov, dept).toBe(gov);
      const d = decode(dept, book, { pageNames, pageGovMapping: govPairs });
      expect(d?.govMapping).toMatchObject({ code: gov, source: 'page', confirmed: true });
    }
    // 30307 → 50901 is known only from the page
    expect(book.deptToGov.has('30307')).toBe(false);
    expect(decode('30307', book, { pageNames, pageGovMapping: govPairs })?.govMapping?.name).toBe('社会福利和救助');
  });

  it('maps the items of 000’s 办公经费 (40+20+10+68+125.40+109) to 50201 by the confirmed crosswalk', () => {
    for (const dept of ['30201', '30202', '30207', '30211', '30228', '30239']) {
      const d = decode(dept, book);
      expect(d?.govMapping, dept).toMatchObject({ code: '50201', name: '办公经费', confirmed: true });
    }
  });
});
