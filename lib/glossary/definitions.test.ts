import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, parseDefinitions, resolveExplanation, type Glossary } from './index';
import { pageBlocks, seedBlocks } from './test-support/fixture-text';

let g: Glossary;
beforeAll(async () => {
  g = await loadGlossary();
});

describe('parseDefinitions on fixture 001 (its own 名词解释)', () => {
  it.each(['seed', 'plain', 'merged', 'word'] as const)('reads both items from the %s text', (source) => {
    const blocks = source === 'seed' ? seedBlocks('001') : pageBlocks('001', source);
    const defs = parseDefinitions(blocks, g);
    expect(defs.map((d) => [d.term, d.entryId])).toEqual([
      ['机关运行经费', 'jiguan-yunxing-jingfei'],
      ['“三公”经费', 'sangong-jingfei'],
    ]);
    expect(defs[0]?.definition).toMatch(/^是指各部门的公用经费/);
    expect(defs[0]?.definition).toMatch(/以及其他费用。$/);
    expect(defs[1]?.definition).toMatch(/公杂费等等支出。$/);
  });

  it('prefers the page’s definition over the glossary’s', () => {
    const defs = parseDefinitions(seedBlocks('001'), g);
    const jg = resolveExplanation('jiguan-yunxing-jingfei', g, defs);
    expect(jg?.primary).toBe('page');
    expect(jg?.page[0]?.definition).toContain('公用经费');
    expect(jg?.entry.competing?.length).toBe(2); // ours stays available beside it
    expect(resolveExplanation('sangong-jingfei', g, defs)?.primary).toBe('page');
    expect(resolveExplanation('jiben-zhichu', g, defs)?.primary).toBe('glossary');
    expect(resolveExplanation('no-such-id', g, defs)).toBeUndefined();
  });

  it('finds nothing in documents without a 名词解释 section', () => {
    expect(parseDefinitions(seedBlocks('000'), g)).toEqual([]);
    expect(parseDefinitions(seedBlocks('004'), g)).toEqual([]);
  });
});

describe('parseDefinitions formats', () => {
  it('ignores a table-of-contents entry followed by another heading', () => {
    expect(parseDefinitions(['八、名词解释', '第二部分 2024 年部门预算表', '1、收支总表'])).toEqual([]);
  });

  it('reads （一） numbering, a heading with a colon, and wrapped lines', () => {
    const defs = parseDefinitions(
      [
        '九、名词解释：',
        '（一）财政拨款收入：指单位从同级财政部门取得的',
        '财政预算资金。',
        '（二）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
        '十、附件',
      ],
      g,
    );
    expect(defs).toEqual([
      { term: '财政拨款收入', definition: '指单位从同级财政部门取得的财政预算资金。', block: 1, entryId: 'caizheng-bokuan-shouru' },
      {
        term: '基本支出',
        definition: '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
        block: 3,
        entryId: 'jiben-zhichu',
      },
    ]);
  });

  it('splits several items written in one block, and unnumbered items', () => {
    const defs = parseDefinitions(
      [
        '名词解释',
        '1.项目支出：指在基本支出之外为完成特定任务发生的支出。2.“三公”经费：指因公出国（境）费、公务用车购置及运行费和公务接待费。',
        '机关运行经费：指行政单位的日常公用经费。',
      ],
      g,
    );
    expect(defs.map((d) => [d.term, d.entryId])).toEqual([
      ['项目支出', 'xiangmu-zhichu'],
      ['“三公”经费', 'sangong-jingfei'],
      ['机关运行经费', 'jiguan-yunxing-jingfei'],
    ]);
  });

  it('reads the heading and first item on one line; terms without a glossary entry stay unlinked', () => {
    const defs = parseDefinitions(['第三部分 名词解释：一、慢特病：指门诊慢性病和特殊疾病。'], g);
    expect(defs).toEqual([{ term: '慢特病', definition: '指门诊慢性病和特殊疾病。', block: 0 }]);
  });

  it('links a term that only contains a glossary term when it dominates the term', () => {
    const defs = parseDefinitions(['名词解释', '1. 一般公共预算拨款收入（含上级补助）：指…。'], g);
    expect(defs[0]?.entryId).toBe('yiban-gonggong-yusuan-bokuan');
  });

  it('does not treat a sentence that mentions 名词解释 as the heading', () => {
    expect(parseDefinitions(['具体口径详见名词解释。', '1. 基本支出：指…。'])).toEqual([]);
  });
});
