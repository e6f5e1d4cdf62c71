import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, markOncePerGroup, matchTerms, type Glossary } from './index';
import { FIXTURE_IDS, pageBlocks, seedBlocks } from './test-support/fixture-text';
import { SECTION7 } from './test-support/section7';

let g: Glossary;
let found: Map<string, Set<string>>;

beforeAll(async () => {
  g = await loadGlossary();
  found = new Map();
  for (const id of FIXTURE_IDS) {
    const blocks = [...seedBlocks(id), ...pageBlocks(id, 'plain')];
    for (const block of blocks) {
      for (const m of matchTerms(block, g)) {
        const set = found.get(m.id) ?? new Set<string>();
        set.add(id);
        found.set(m.id, set);
      }
    }
  }
});

/**
 * §7 terms the three fixtures do not contain (checked by grep: all three are budgets, so no 决算, and
 * none uses the 机构运转经费 label). They are tested on synthetic sentences instead.
 */
const ABSENT_FROM_FIXTURES = new Set(['jigou-yunzhuan-jingfei', 'juesuan']);

describe('DOMAIN.md §7 terms in the fixture documents', () => {
  it.each(SECTION7.filter(([, id]) => !ABSENT_FROM_FIXTURES.has(id)))('%s is found and explained', (term, id) => {
    expect(found.get(id)?.size ?? 0, `${term} not found in any fixture`).toBeGreaterThan(0);
    const entry = g.byId.get(id);
    expect(entry?.short.zh).toBeTruthy();
    expect(entry?.detail.zh).toBeTruthy();
  });

  it('the absent ones are really absent, and are found in sentences that use them', () => {
    for (const id of ABSENT_FROM_FIXTURES) expect(found.has(id), id).toBe(false);
    expect(matchTerms('本单位行政（事业）单位机构运转经费 12.00 万元。', g).map((m) => m.id)).toEqual([
      'jigou-yunzhuan-jingfei',
    ]);
    expect(matchTerms('预算、决算均应公开', g).map((m) => m.id)).toEqual(['yusuan', 'juesuan']);
  });

  it('fixture 000 mentions 专项转移支付 and 上级补助收入; fixture 001 国有资产占用 and 社会保险基金预算', () => {
    expect(found.get('zhuanxiang-zhuanyi-zhifu')?.has('000')).toBe(true);
    expect(found.get('shangji-buzhu-shouru')?.has('000')).toBe(true);
    expect(found.get('guoyou-zichan-zhanyong')?.has('001')).toBe(true);
    expect(found.get('shehui-baoxian-jijin-yusuan')?.has('001')).toBe(true);
  });

  it('marks each term at most once per paragraph of a real page', () => {
    const blocks = pageBlocks('001', 'plain');
    const marks = markOncePerGroup(
      blocks.map((b) => [b]),
      g,
    );
    const perGroup = new Map<string, number>();
    for (const m of marks) {
      const key = `${m.group}:${m.match.id}`;
      perGroup.set(key, (perGroup.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perGroup.values())).toBe(1);
    // the 三公 paragraph repeats 公务用车购置 terms; they are marked once there
    const sangongPara = blocks.findIndex((b) => b.startsWith('（二）“三公”经费预算'));
    expect(sangongPara).toBeGreaterThanOrEqual(0);
    expect(marks.filter((m) => m.group === sangongPara).map((m) => m.match.id)).toContain('sangong-jingfei');
  });
});

describe('economic-classification items added for issue 12', () => {
  it.each([
    'jiben-gongzi',
    'jintie-butie',
    'jiangjin',
    'jixiao-gongzi',
    'gongzi-jiangjin-jinbutie',
    'shehui-baozhang-jiaofei',
    'zhufang-gongjijin',
    'bangong-jingfei',
    'qita-jiaotong-feiyong',
    'yiliao-fei-buzhu',
    // tuixiu-fei: the fixture pages print only 离退休费 (a different heading); it is found in a corpus PDF (corpus-terms.test.ts)
  ])('%s is found in the text of a real document', (id) => {
    expect(found.get(id)?.size ?? 0, `${id} not found in any fixture`).toBeGreaterThan(0);
  });

  it('办公费 stays 办公费 and 办公经费 is the 50201 heading; 住房公积金 is explained as itself', () => {
    const terms = (t: string) => matchTerms(t, g).map((m) => m.term);
    expect(terms('办公经费预算数为125.40万元')).toContain('办公经费');
    expect(terms('住房公积金12.00万元')).toEqual(['住房公积金']);
  });
});
