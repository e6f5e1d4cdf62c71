import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary, markOncePerGroup, matchTerms, type Glossary } from './index';

let g: Glossary;
beforeAll(async () => {
  g = await loadGlossary();
});

const ids = (text: string) => matchTerms(text, g).map((m) => m.id);

describe('matchTerms: variants', () => {
  it.each([
    '“三公”经费',
    '"三公"经费',
    '‘三公’经费',
    "'三公'经费",
    '「三公」经费',
    '三公经费',
    '“三公” 经费',
  ])('%s is the three public expenses', (text) => {
    expect(ids(text)).toEqual(['sangong-jingfei']);
  });

  it.each(['因公出国(境)费', '因公出国（境）费', '因公出国（境）费用', '因公出国(境)费用'])('%s is trips abroad', (text) => {
    expect(ids(text)).toEqual(['yingong-chuguo-fei']);
  });

  it.each(['公务用车运行费', '公务用车运行维护费', '公务用车运行（维护）费', '公车运行维护费'])('%s is car running', (text) => {
    expect(ids(text)).toEqual(['gongwu-yongche-yunxing-fei']);
  });

  it.each(['公务用车购置及运行费', '公务用车购置及运行维护费', '公务用车购置及运行（维护）费'])('%s is the car line', (text) => {
    expect(ids(text)).toEqual(['gongwu-yongche-gouzhi-ji-yunxing-fei']);
  });

  it.each(['上年结转', '上年结转结余', '上年结转和结余', '年初结转和结余'])('%s is carried over from last year', (text) => {
    expect(ids(text)).toEqual(['shangnian-jiezhuan-jieyu']);
  });

  it.each(['年终结转结余', '年末结转和结余', '结转下年'])('%s is carried to next year', (text) => {
    expect(ids(text)).toEqual(['nianzhong-jiezhuan-jieyu']);
  });

  it('finds terms in spaced-out PDF text and reports original offsets', () => {
    const text = '上年结转结余 243.27 收 入 总 计 3,429.12';
    const matches = matchTerms(text, g);
    expect(matches.map((m) => m.id)).toEqual(['shangnian-jiezhuan-jieyu', 'shouru-zongji']);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matches[1]?.text).toBe('收 入 总 计');
  });

  it('reads a 三公 sentence into its parts', () => {
    const text =
      '“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 0.00 万元，公务用车运行费 0.00 万元），因公出国(境)费 0.00 万元。';
    expect(ids(text)).toEqual([
      'sangong-jingfei',
      'gongwu-jiedai-fei',
      'gongwu-yongche-gouzhi-ji-yunxing-fei',
      'gongwu-yongche-gouzhi-fei',
      'gongwu-yongche-yunxing-fei',
      'yingong-chuguo-fei',
    ]);
  });
});

describe('matchTerms: adversarial boundaries', () => {
  it('prefers the longest glossary term: 基本支出 is not marked inside a table name', () => {
    expect(ids('一般公共预算基本支出表')).toEqual(['jiben-zhichu-biao']);
    expect(ids('财政拨款收支总表')).toEqual(['caizheng-bokuan-shouzhi-zongbiao']);
    expect(ids('事业单位经营收入')).toEqual(['shiye-danwei-jingying-shouru']);
    expect(ids('用事业基金弥补收支差额')).toEqual(['yong-shiye-jijin-mibu']);
    expect(ids('一般公共预算拨款收入')).toEqual(['yiban-gonggong-yusuan-bokuan']);
  });

  it('does not mark 预算 / 决算 inside compounds', () => {
    expect(ids('预算单位')).toEqual([]);
    expect(ids('预算编制')).toEqual([]);
    expect(ids('决算报表')).toEqual([]);
    expect(ids('预算与决算')).toEqual(['yusuan', 'juesuan']);
    expect(ids('预算数')).toEqual(['yusuanshu']);
    expect(ids('1. 预算01表 收支总表')).toEqual(['shouzhi-zongbiao']);
    expect(ids('2023年度决算已经批复')).toEqual(['juesuan', 'pifu']);
    expect(ids('收入预算')).toEqual([]);
  });

  it('does not mark terms inside a law title', () => {
    expect(ids('《中华人民共和国预算法》第十四条')).toEqual([]);
    expect(ids('依据《政府采购法》')).toEqual([]);
    expect(ids('政府采购法规定')).toEqual([]);
    expect(ids('政府采购预算总额 0 万元')).toEqual(['zhengfu-caigou']);
  });

  it('does not mistake 三公里 for the three public expenses', () => {
    expect(ids('距离单位三公里')).toEqual([]);
  });

  it('does not read 不得分 ("no points") as the score column', () => {
    expect(ids('达到计划值得满分，否则不得分')).toEqual([]);
    expect(ids('自评得分 92 分')).toEqual(['defen']);
  });

  it('marks 类/款/项 only as header cells or level markers, never inside words', () => {
    expect(ids('类')).toEqual(['lei-kuan-xiang']);
    expect(ids('项')).toEqual(['lei-kuan-xiang']);
    expect(ids('外国政府和国际组织贷款')).toEqual([]);
    expect(ids('专项收入')).toEqual(['zhuanxiang-shouru']); // the term, not 项
    expect(ids('卫生健康支出（类）医疗保障管理事务（款）行政运行（项）')).toEqual([
      'lei-kuan-xiang',
      'lei-kuan-xiang',
      'xingzheng-yunxing',
      'lei-kuan-xiang',
    ]);
  });

  it('keeps 事业单位 out of unrelated headings', () => {
    expect(ids('机关事业单位基本养老保险缴费')).toEqual([]);
    expect(ids('行政事业单位医疗')).toEqual([]);
    expect(ids('本单位是公益一类事业单位')).toEqual(['shiye-danwei']);
  });

  it('keeps 指标值 out of the 指标值类型 header', () => {
    expect(ids('指标值类型')).toEqual(['zhibiaozhi-leixing']); // its own entry, not 指标值
    expect(ids('年度指标值')).toEqual(['zhibiaozhi']);
  });

  it('tells 上级补助收入 and 上级财政补助收入 apart', () => {
    expect(ids('上级补助收入')).toEqual(['shangji-buzhu-shouru']);
    expect(ids('上级财政补助收入')).toEqual(['shangji-caizheng-buzhu-shouru']);
  });

  it('returns nothing for empty or irrelevant text', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('3,185.85')).toEqual([]);
  });
});

describe('markOncePerGroup', () => {
  it('marks each term once per paragraph or cell group', () => {
    const groups = [
      ['基本支出包括人员经费和公用经费。', '基本支出预算数 514.75 万元，人员经费 496.61 万元。'],
      ['基本支出', '项目支出', '基本支出'],
    ];
    const marks = markOncePerGroup(groups, g);
    const summary = marks.map((m) => `${m.group}:${m.item}:${m.match.id}`);
    expect(summary).toEqual([
      '0:0:jiben-zhichu',
      '0:0:renyuan-jingfei',
      '0:0:gongyong-jingfei',
      '1:0:jiben-zhichu',
      '1:1:xiangmu-zhichu',
    ]);
    const first = marks[0];
    expect(first && groups[first.group]?.[first.item]?.slice(first.match.start, first.match.end)).toBe('基本支出');
  });
});

