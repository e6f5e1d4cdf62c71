import { describe, expect, it } from 'vitest';
import { findFigures, type TextFigure } from './prose';

/** Compact view: kind, text, value, decimals and the unit or unit word or operator. */
function view(f: TextFigure): string {
  const extra =
    f.kind === 'amount' || f.kind === 'rate'
      ? ` ${f.unit}${f.kind === 'rate' ? '/' + f.per : ''}`
      : f.kind === 'count'
        ? ` ${f.unitWord}`
        : f.kind === 'bound'
          ? ` ${f.op} ${f.measure}${f.unit ? ' ' + f.unit : ''}${f.unitWord ? ' ' + f.unitWord : ''}`
          : '';
  return `${f.kind}:${f.value.toFixed()}@${f.decimals}${extra}`;
}
const views = (s: string) => findFigures(s).map(view);

describe('findFigures: amounts', () => {
  it('offsets point into the input string', () => {
    const s = '2024 年本部门收入预算 582.97 万元，其中：一般公共预算拨款 582.97 万元';
    const figs = findFigures(s);
    expect(figs).toHaveLength(2);
    for (const f of figs) expect(s.slice(f.start, f.end)).toBe(f.text);
    expect(figs[0]).toMatchObject({ kind: 'amount', unit: '万元', decimals: 2, text: '582.97 万元' });
    expect(figs[0]!.value.toFixed()).toBe('582.97');
  });

  it('unit split by a line break or spaces: "582.97 万\\n元"', () => {
    const s = '纳入 2024 年部门整体支出绩效目标的金额为 582.97 万\n元，其中，基本支出 514.75 万元';
    const figs = findFigures(s);
    expect(figs.map((f) => f.text)).toEqual(['582.97 万\n元', '514.75 万元']);
    expect(views(s)).toEqual(['amount:582.97@2 万元', 'amount:514.75@2 万元']);
    expect(views('合计 3.00 万  元')).toEqual(['amount:3@2 万元']);
  });

  it.each([
    ['“三公”经费预算数为 3.00 万元', ['amount:3@2 万元']],
    ['培训费预算 0 万元', ['amount:0@0 万元']],
    ['会议费预算 1 万元', ['amount:1@0 万元']],
    ['(含上级财政补助0万元)', ['amount:0@0 万元']],
    ['总额 14.9亿元', ['amount:14.9@1 亿元']],
    ['收入 1,704,000.00 元', ['amount:1704000@2 元']],
    ['收入 1，704，000.00 元', ['amount:1704000@2 元']],
    ['合计７４５６．０５万元', ['amount:7456.05@2 万元']],
    ['共计 5 千元', ['amount:5@0 千元']],
    ['计 2.5 百万元', ['amount:2.5@1 百万元']],
    ['增长 -2.00 万元', ['amount:-2@2 万元']],
    ['减少 28.86 万元', ['amount:28.86@2 万元']],
  ] as [string, string[]][])('%j', (s, expected) => {
    expect(views(s)).toEqual(expected);
  });

  it('a whole 说明 paragraph (fixture 001)', () => {
    const s =
      '2024年本部门一般公共预算拨款支出582.97万元(含上级财政补助0万元),其中:卫生健康支出542.00万元,占92.97%;住房保障支出40.97万元,占7.03%。';
    expect(views(s)).toEqual([
      'amount:582.97@2 万元',
      'amount:0@0 万元',
      'amount:542@2 万元',
      'percent:92.97@2',
      'amount:40.97@2 万元',
      'percent:7.03@2',
    ]);
  });

  it('机关运行经费 sentence: amounts and a percentage, no year', () => {
    const s = '（一）机关运行经费：2024 年本部门机关运行经费 18.14 万元，比上年预算减少 28.86 万元，下降 61.40%，主要是人员减少。';
    expect(views(s)).toEqual(['amount:18.14@2 万元', 'amount:28.86@2 万元', 'percent:61.4@2']);
  });

  it('a number split inside is joined when a unit follows', () => {
    expect(views('支出 1,2 04.00 万元')).toEqual(['amount:1204@2 万元']);
    expect(views('支出 3185. 85 万元')).toEqual(['amount:3185.85@2 万元']);
    expect(views('支出 582.9 7 万元')).toEqual(['amount:582.97@2 万元']);
  });

  it('separate numbers are not glued together', () => {
    expect(views('分别为 12.00 13.00 万元')).toEqual(['amount:13@2 万元']);
    expect(views('第 3 12 万元')).toEqual(['amount:12@0 万元']);
    expect(views('分别为3，4万元')).toEqual(['amount:4@0 万元']);
  });
});

describe('findFigures: percentages', () => {
  it.each([
    ['占 92.97%', ['percent:92.97@2']],
    ['占９２．９７％', ['percent:92.97@2']],
    ['执行率 100%', ['percent:100@0']],
    ['下降 61.40 %', ['percent:61.4@2']],
    ['下降\n10.28%，主要是', ['percent:10.28@2']],
  ] as [string, string[]][])('%j', (s, expected) => {
    expect(views(s)).toEqual(expected);
  });
});

describe('findFigures: not figures', () => {
  it.each([
    ['2024年本部门'],
    ['2024 年本部门'],
    ['2024年度部门预算'],
    ['截至 2023 年 12 月底'],
    ['截至2023年12月31日'],
    ['2024 年“三公”经费预算与 2023 年持平'],
    ['依据湘办【2019】55号文件'],
    ['湘政发〔2024〕3号'],
    ['财预[2019]12号'],
    ['(1) 工资福利支出'],
    ['（2）商品和服务支出'],
    ['1. 用于医保相关政策的宣传'],
    ['1、政府性基金拨款'],
    ['第3季度'],
    ['第 12 条'],
    ['60-80%'],
    ['60%-80%'],
    ['1-3 万元'],
    ['10万元至20万元'],
    ['2026.01-2026.12'],
    ['2023-12-31前完成'],
    ['联系电话：0731-88888888'],
    ['手机 13812345678'],
    ['DRG/DIP 2.0 版本'],
    ['智慧医保小程序3.0版本'],
    ['一万元'],
    ['十五个项目'],
    ['“三公”经费'],
    ['3.5万亿元'],
    ['1千万元'],
    ['人数 200'],
    ['执行率分值 (10分)'.replace('10分', '10')],
    ['v2 版'],
  ])('%j → nothing', (s) => {
    expect(findFigures(s)).toEqual([]);
  });

  it('Chinese numerals are not misread, digits beside them still are', () => {
    expect(views('一、收入预算 582.97 万元')).toEqual(['amount:582.97@2 万元']);
    expect(views('（三）一般性支出情况: 会议费预算 1 万元')).toEqual(['amount:1@0 万元']);
  });
});

describe('findFigures: counts', () => {
  it.each([
    ['共15个项目', ['count:15@0 个']],
    ['人数 200 人', ['count:200@0 人']],
    ['公务用车 0 辆', ['count:0@0 辆']],
    ['通用设备 0 台', ['count:0@0 台']],
    ['开展培训 4 次', ['count:4@0 次']],
    ['覆盖 165 个镇村', ['count:165@0 个']],
    ['业务编码贯标项数 15项', ['count:15@0 项']],
    ['印刷宣传品约5万份', ['count:5@0 万份']],
    ['服务 3 万人次', ['count:3@0 万人次']],
    ['共 12 个月', ['count:12@0 个月']],
  ] as [string, string[]][])('%j', (s, expected) => {
    expect(views(s)).toEqual(expected);
  });

  it('approximate counts are marked', () => {
    const [a] = findFigures('在职县级领导人数约40人');
    expect(a).toMatchObject({ kind: 'count', unitWord: '人', approx: true, text: '40人' });
    const [b] = findFigures('检查 100余家');
    expect(b).toMatchObject({ kind: 'count', unitWord: '家', approx: true });
    const [c] = findFigures('费用 5 万元左右');
    expect(c).toMatchObject({ kind: 'amount', approx: true });
  });

  it('percentage points are not counts of 个', () => {
    expect(views('下降 2.5 个百分点')).toEqual(['points:2.5@1']);
  });

  it('人民币 is not a count of people', () => {
    expect(views('合计 12 人民币')).toEqual([]);
  });

  it('the 说明 sentence on vehicles: counts and bounds, no date', () => {
    const s =
      '截至 2023 年 12 月底, 本部门共有公务用车 0 辆, 其中, 机要通信用车 0 辆; 单位价值 50 万元以上通用设备 0 台, 单位价值 100 万元以上专用设备 0 台。';
    expect(views(s)).toEqual([
      'count:0@0 辆',
      'count:0@0 辆',
      'bound:50@0 >= amount 万元',
      'count:0@0 台',
      'bound:100@0 >= amount 万元',
      'count:0@0 台',
    ]);
  });
});

describe('findFigures: bounds and rates', () => {
  it.each([
    ['≥95%', ['bound:95@0 >= percent']],
    ['满意度 ≥ 90 %', ['bound:90@0 >= percent']],
    ['实现集中参保率>90%；', ['bound:90@0 > percent']],
    ['实现集中参保率＞90%', ['bound:90@0 > percent']],
    ['覆盖率不低于30%、比例不低于70%', ['bound:30@0 >= percent', 'bound:70@0 >= percent']],
    ['成本不超过220万元', ['bound:220@0 <= amount 万元']],
    ['人均年劳务费 ≤ 10 万元', ['bound:10@0 <= amount 万元']],
    ['检查定点医药机构不低于100家', ['bound:100@0 >= count 家']],
    ['大于等于95%', ['bound:95@0 >= percent']],
    ['95%以上', ['bound:95@0 >= percent']],
    ['2万元以下', ['bound:2@0 <= amount 万元']],
    ['至少 3 次', ['bound:3@0 >= count 次']],
    ['得分 ≥ 90', ['bound:90@0 >= number']],
  ] as [string, string[]][])('%j', (s, expected) => {
    expect(views(s)).toEqual(expected);
  });

  it('the bound span includes its operator', () => {
    const s = '成本不超过220万元';
    const [f] = findFigures(s);
    expect(f!.text).toBe('不超过220万元');
    expect(s.slice(f!.start, f!.end)).toBe(f!.text);
    const [g] = findFigures('单位价值 50 万元以上通用设备');
    expect(g!.text).toBe('50 万元以上');
  });

  it.each([
    ['平均1.2元/份', ['rate:1.2@1 元/份']],
    ['平均薪酬10.2万元/年', ['rate:10.2@1 万元/年']],
    ['流量费31元/GB', ['rate:31@0 元/GB']],
    ['每人 500 元每月', ['rate:500@0 元/月']],
  ] as [string, string[]][])('rate %j', (s, expected) => {
    expect(views(s)).toEqual(expected);
  });

  it('"=" is not a bound in prose', () => {
    expect(views('覆盖率 = 100%')).toEqual(['percent:100@0']);
  });
});

describe('findFigures: phone-shaped amounts and approximations', () => {
  it('an 11-digit amount with a unit is not a phone number', () => {
    expect(views('补助13129273239.35元')).toEqual(['amount:13129273239.35@2 元']);
    expect(views('补助 13129273239 元')).toEqual(['amount:13129273239@0 元']);
    expect(views('电话13812345678，共 3 人')).toEqual(['count:3@0 人']);
  });
  it('约 marks an amount as approximate; plain amounts carry no approx flag', () => {
    const [a, b] = findFigures('约 5 万元，另有 6.00 万元');
    expect(a).toMatchObject({ kind: 'amount', approx: true });
    expect(b!.approx).toBeUndefined();
  });
});

describe('findFigures: offsets with full-width and odd spaces', () => {
  it('full-width digits keep their offsets', () => {
    const s = '支出（一）：合计　１２．００　万元，占　５０％';
    const figs = findFigures(s);
    expect(figs.map((f) => f.text)).toEqual(['１２．００　万元', '５０％']);
    for (const f of figs) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
  it('nbsp between number and unit', () => {
    const [f] = findFigures('经费\u00a03.00\u00a0万元');
    expect(f).toMatchObject({ kind: 'amount', text: '3.00\u00a0万元', unit: '万元' });
  });
});
