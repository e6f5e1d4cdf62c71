import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, matchTerms, type Glossary } from './index';
import { documentTexts, squash, type DocumentRef } from './test-support/document-text';

/**
 * Issue 12: terms added to the glossary, each found in a sentence (or table cell) of a real document,
 * and the wrong attachments of partial matches, each on a real or, where no document of the repository
 * has the word, a plain sentence. Every quote is checked to be in the document it names.
 */

let g: Glossary;
beforeAll(async () => {
  g = await loadGlossary();
});

const P000: DocumentRef = { page: '000' }; // tests/fixtures/pages/000_9397a020b08f6624.plain.html (湖南省医疗保障局本级 2024 预算)
const P001: DocumentRef = { page: '001' }; // tests/fixtures/pages/001_98990c82be280a35.plain.html
const P004: DocumentRef = { page: '004' }; // tests/fixtures/pages/004_c5440fdc5d943430.plain.html

/** The block of the document that holds the quote (whitespace ignored). */
async function blockWith(doc: DocumentRef, quote: string): Promise<string> {
  const q = squash(quote);
  const block = (await documentTexts(doc)).find((t) => squash(t).includes(q));
  expect(block, `"${quote}" is not in ${JSON.stringify(doc)}`).toBeDefined();
  return block ?? '';
}

/** Matches covering the quote inside its block: the terms a reader sees on those words. */
function termsOn(block: string, quote: string): string[] {
  const ms = matchTerms(block, g);
  const b = squash(block);
  const at = b.indexOf(squash(quote));
  // offsets of the squashed block back to the block
  const map: number[] = [];
  for (let i = 0; i < block.length; i++) if (!/[\s\u00a0\u3000]/.test(block[i] ?? '')) map.push(i);
  const start = map[at] ?? 0;
  const end = (map[at + squash(quote).length - 1] ?? block.length - 1) + 1;
  return ms.filter((m) => m.start < end && m.end > start).map((m) => m.id);
}

describe('new terms, each in a sentence of a real document', () => {
  it.each<[string, DocumentRef, string, string]>([
    ['guoyou-ziben-jingying-shouru', P000, '国有资本经营收入', '国有资本经营收入'],
    ['jingfei-bokuan', P000, '经费拨款', '经费拨款'],
    ['zhuanxiang-shouru', P000, '专项收入', '专项收入'],
    ['famo-shouru', P000, '罚没收入', '罚没收入'],
    ['dui-shiye-danwei-jingchangxing-buzhu', P000, '五、对事业单位经常性补助', '对事业单位经常性补助'],
    ['dui-qiye-buzhu', P000, '七、对企业补助', '对企业补助'],
    ['zhaiwu-lixi-ji-feiyong-zhichu', P000, '债务利息及费用支出', '债务利息及费用支出'],
    ['li-tuixiu-fei', P000, '离退休费', '离退休费'],
    ['xingzheng-yunxing', P000, '行政运行', '行政运行'],
    ['yiban-xingzheng-guanli-shiwu', P000, '一般行政管理事务', '一般行政管理事务'],
    ['jiyao-tongxin-yongche', P001, '其中, 机要通信用车 0 辆, 应急保障用车 0 辆, 执法执勤用车 0 辆, 特种专业技术用车 0 辆', '机要通信用车'],
    ['yingji-baozhang-yongche', P001, '其中, 机要通信用车 0 辆, 应急保障用车 0 辆, 执法执勤用车 0 辆, 特种专业技术用车 0 辆', '应急保障用车'],
    ['zhifa-zhiqin-yongche', P001, '其中, 机要通信用车 0 辆, 应急保障用车 0 辆, 执法执勤用车 0 辆, 特种专业技术用车 0 辆', '执法执勤用车'],
    ['tezhong-zhuanye-jishu-yongche', P001, '其中, 机要通信用车 0 辆, 应急保障用车 0 辆, 执法执勤用车 0 辆, 特种专业技术用车 0 辆', '特种专业技术用车'],
    ['tongyong-shebei-50wan', P001, '单位价值 50 万元以上通用设备 0 台, 单位价值 100 万元以上专用设备 0 台', '单位价值 50 万元以上通用设备'],
    ['zhuanyong-shebei-100wan', P001, '单位价值 50 万元以上通用设备 0 台, 单位价值 100 万元以上专用设备 0 台', '单位价值 100 万元以上专用设备'],
    ['zhengfu-goumai-fuwu', { pdf: 'sh-city-czj-2025-unit-budget.pdf' }, '建立健全政府购买服务工作机制。', '政府购买服务'],
    ['tuixiu-fei', { pdf: 'js-prov-procuratorate-2017-dept-budget.pdf' }, '退休费', '退休费'],
    ['kechixu-yingxiang-zhibiao', P000, '可持续影响指标', '可持续影响指标'],
    ['zhibiaozhi-leixing', P000, '指标值类型', '指标值类型'],
    ['zhibiaozhi-leixing', P001, '指标值类型', '指标值类型'],
    ['chengben-zhibiao', P000, '社会成本指标', '社会成本指标'],
    ['chengben-zhibiao', P000, '生态环境成本指标', '生态环境成本指标'],
  ])('%s: %s has "%s"', async (id, doc, quote, word) => {
    const block = await blockWith(doc, quote);
    const ids = termsOn(block, word);
    expect(ids).toEqual([id]);
    expect(g.byId.get(id)?.sources.length).toBeGreaterThan(0);
  });
});

describe('cost indicators by their second-level names', () => {
  it('fixture 004 prints the 二级指标 cell as just 经济成本 / 社会成本 / 生态环境成本: the whole cell is the cost indicator', async () => {
    const cells = await documentTexts(P004);
    for (const name of ['经济成本', '社会成本', '生态环境成本']) {
      expect(cells, name).toContain(name);
      expect(matchTerms(name, g).map((m) => m.id)).toEqual(['chengben-zhibiao']);
    }
    // in running text the bare word is too general to explain
    expect(matchTerms('按照以前年度计算经济成本', g).map((m) => m.id)).toEqual([]);
  });
});

describe('no wrong attachments: the longest term wins, and a term is not matched inside a compound of another domain', () => {
  it('国有资本经营收入 (fixture 000 收支总表) is not the 事业单位’s 经营收入', async () => {
    const block = await blockWith(P000, '国有资本经营收入');
    expect(termsOn(block, '国有资本经营收入')).toEqual(['guoyou-ziben-jingying-shouru']);
  });

  it('国有资本经营支出 (no document of the repository has it) is not the 事业单位’s 经营支出', () => {
    expect(matchTerms('本年国有资本经营支出12.00万元。', g).map((m) => m.id)).toEqual([]);
    expect(matchTerms('本年经营支出12.00万元。', g).map((m) => m.id)).toEqual(['jingying-zhichu']);
  });

  it('病种分值 (fixtures 000 and 004) is not the performance 分值', async () => {
    const a = await blockWith(P004, '根据全市区域点数法总额预算和按病种分值付费（DIP）改革工作安排部署');
    expect(termsOn(a, '病种分值')).toEqual([]);
    const b = await blockWith(P000, '辖区内住院医疗费用已纳入按病组(DRG)或病种分值(DIP)付费结算的病例数量');
    expect(termsOn(b, '病种分值')).toEqual([]);
    // the performance sense in the same document is still explained
    const c = await blockWith(P000, '达到计划值得满分，否则按实际值/计划值*指标分值计分');
    expect(termsOn(c, '指标分值')).toEqual(['fenzhi']);
  });

  it('批复规模 (no document of the repository has it) is not the budget 批复', () => {
    expect(matchTerms('项目批复规模为500万元。', g).map((m) => m.id)).toEqual([]);
    expect(matchTerms('财政部门批复部门预算。', g).map((m) => m.id)).toContain('pifu');
  });

  it('对事业单位经常性补助 (fixture 000) is not 事业单位', async () => {
    const block = await blockWith(P000, '五、对事业单位经常性补助');
    expect(termsOn(block, '对事业单位经常性补助')).toEqual(['dui-shiye-danwei-jingchangxing-buzhu']);
    // its capital twin has no entry, and still does not get 事业单位
    const cap = await blockWith(P000, '六、对事业单位资本性补助');
    expect(termsOn(cap, '对事业单位资本性补助')).toEqual([]);
  });

  it('离退休费 (fixture 000) is not the department item 退休费', async () => {
    const block = await blockWith(P000, '离退休费');
    expect(termsOn(block, '离退休费')).toEqual(['li-tuixiu-fei']);
  });
});

describe('the mechanism, on entries of its own (not a list of cases)', () => {
  function withEntry(id: string, match: NonNullable<Glossary['entries'][number]['match']>): Glossary {
    const entries = g.entries.map((e) => (e.id === id ? { ...e, match: { ...e.match, ...match } } : e));
    return { ...g, entries, byId: new Map(entries.map((e) => [e.id, e])) };
  }

  it('a compound an entry declares hides the term inside it, with or without an entry of its own', () => {
    const custom = withEntry('jiben-zhichu', { notInside: [{ text: '基本支出标准', reason: 'a standard, not the spending' }] });
    expect(matchTerms('按基本支出标准核定', custom).map((m) => m.id)).toEqual([]);
    expect(matchTerms('基本支出 514.75 万元', custom).map((m) => m.id)).toEqual(['jiben-zhichu']);
  });

  it('a context word an entry declares keeps it out of that text only', () => {
    const custom = withEntry('defen', { notInContextOf: ['考试'] });
    expect(matchTerms('考试得分 92 分', custom).map((m) => m.id)).toEqual([]);
    expect(matchTerms('自评得分 92 分', custom).map((m) => m.id)).toEqual(['defen']);
    expect(matchTerms('DIP 结算按分值计算', g).map((m) => m.id)).toEqual([]);
  });

  it('a longer term wins over every shorter one it overlaps', () => {
    expect(matchTerms('对事业单位经常性补助', g).map((m) => m.text)).toEqual(['对事业单位经常性补助']);
    expect(matchTerms('一般公共预算基本支出表', g).map((m) => m.id)).toEqual(['jiben-zhichu-biao']);
  });
});
