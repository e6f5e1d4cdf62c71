import { describe, expect, it } from 'vitest';
import { parseCell, type CellFigure, type TextReason } from './parse';

function amount(text: string): Extract<CellFigure, { kind: 'amount' }> {
  const f = parseCell(text);
  if (f.kind !== 'amount') throw new Error(`${JSON.stringify(text)} → ${JSON.stringify(f)}`);
  return f;
}

describe('parseCell: amounts', () => {
  it.each([
    ['3,185.85', '3185.85', 2],
    ['13', '13', 0],
    ['0', '0', 0],
    ['0.00', '0', 2],
    ['0.0', '0', 1],
    ['1,704,000.00', '1704000', 2],
    ['1，704，000.00', '1704000', 2], // full-width comma as thousands separator
    ['１，２０４．００', '1204', 2],
    ['３１８５．８５', '3185.85', 2],
    ['  662.12  ', '662.12', 2],
    ['\u00a0662.12\u00a0', '662.12', 2],
    ['\u3000662.12', '662.12', 2],
    ['662.12\u200b', '662.12', 2],
    ['2,308.00', '2308', 2],
    ['0.01', '0.01', 2],
    ['+12.50', '12.5', 2],
    ['123456789012345678901234.56', '123456789012345678901234.56', 2],
    ['3429.125', '3429.125', 3],
  ])('%j → %s (%i decimals)', (text, value, decimals) => {
    const f = amount(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.decimals).toBe(decimals);
    expect(f.unit).toBeUndefined();
    expect(f.text).toBe(text.trim());
  });

  it.each([
    ['-12.00'],
    ['－12.00'],
    ['−12.00'],
    ['﹣12.00'],
    ['(12.00)'],
    ['（12.00）'],
    ['( 12.00 )'],
    ['- 12.00'],
    ['－１２．００'],
  ])('negative %j → -12.00', (text) => {
    const f = amount(text);
    expect(f.value.toFixed()).toBe('-12');
    expect(f.decimals).toBe(2);
    expect(f.codeLike).toBe(false);
  });

  it('accounting negatives with separators: (1,204) and （3,185.85）', () => {
    expect(amount('(1,204)').value.toFixed()).toBe('-1204');
    expect(amount('（3,185.85）').value.toFixed()).toBe('-3185.85');
  });

  it('negative zero is plain zero with its decimals', () => {
    const f = amount('-0.00');
    expect(f.value.isZero()).toBe(true);
    expect(f.value.isNegative()).toBe(false);
    expect(f.decimals).toBe(2);
  });

  it.each([
    ['53120.4 0', '53120.4', 2],
    ['1 204.00', '1204', 2],
    ['2,7 67.00', '2767', 2],
    ['1,704, 000.00', '1704000', 2],
    ['1,704 ,000.00', '1704000', 2],
    ['3185. 85', '3185.85', 2],
    ['3185 .85', '3185.85', 2],
    ['3185.8\n5', '3185.85', 2],
    ['1\n204.00', '1204', 2],
    ['53 120.40', '53120.4', 2],
    ['1 704 000', '1704000', 0],
    ['1 704 000.00', '1704000', 2],
    ['5 3 1 2 0.40', '53120.4', 2],
    ['1\u200b204.00', '1204', 2],
  ])('split number %j → %s', (text, value, decimals) => {
    const f = amount(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.decimals).toBe(decimals);
  });

  it.each([
    ['12.00 13.00'],
    ['12.00 13'],
    ['12 13'],
    ['2024 2025'],
    ['208 05 05'],
    ['1,234.00 5,678.00'],
    ['0.00 0.00'],
    ['3185.85\n3185.85'],
  ])('%j is several figures, not one amount', (text) => {
    expect(parseCell(text)).toEqual({ kind: 'text', text, reason: 'multiple' });
  });

  it.each([
    ['3.00 万元', '3', 2, '万元'],
    ['14.9亿元', '14.9', 1, '亿元'],
    ['1,704,000.00元', '1704000', 2, '元'],
    ['7456.05万元', '7456.05', 2, '万元'],
    ['13万元', '13', 0, '万元'],
    ['101.10万元', '101.1', 2, '万元'],
    ['582.97 万\n元', '582.97', 2, '万元'],
    ['5 千元', '5', 0, '千元'],
    ['2.5百万元', '2.5', 1, '百万元'],
    ['０．５０万元', '0.5', 2, '万元'],
    ['-3.00万元', '-3', 2, '万元'],
    ['(3.00)万元', '-3', 2, '万元'],
    ['¥1,204.00', '1204', 2, '元'],
    ['￥1,204.00', '1204', 2, '元'],
  ])('amount with unit %j', (text, value, decimals, unit) => {
    const f = amount(text);
    expect(f.value.toFixed()).toBe(value);
    expect(f.decimals).toBe(decimals);
    expect(f.unit).toBe(unit);
    expect(f.codeLike).toBe(false);
    expect(f.yearLike).toBe(false);
  });
});

describe('parseCell: codeLike and yearLike', () => {
  it.each([['208'], ['20805'], ['2080505'], ['307001'], ['30217'], ['307001001'], ['301'], ['50101'], ['05'], ['099']])(
    '%j is code-like',
    (text) => {
      const f = amount(text);
      expect(f.codeLike).toBe(true);
      expect(f.yearLike).toBe(false);
    },
  );

  it.each([['13'], ['100'.concat('0')], ['1,000'], ['208.00'], ['-208'], ['208万元'], ['20805.0'], ['1 704 000'], ['12345678'], ['0']])(
    '%j is not code-like',
    (text) => {
      expect(amount(text).codeLike).toBe(false);
    },
  );

  it.each([['2024'], ['2026'], ['1999']])('%j is year-like', (text) => {
    const f = amount(text);
    expect(f.yearLike).toBe(true);
    expect(f.codeLike).toBe(false);
  });

  it.each([['2,024'], ['2024.00'], ['1800'], ['2100'], ['2024元']])('%j is not year-like', (text) => {
    expect(amount(text).yearLike).toBe(false);
  });
});

describe('parseCell: percentages', () => {
  it.each([
    ['92.97%', '92.97', 2],
    ['92.97％', '92.97', 2],
    ['100%', '100', 0],
    ['１００％', '100', 0],
    ['7.03 %', '7.03', 2],
    ['-5.2%', '-5.2', 1],
    ['61.40%', '61.4', 2],
    ['0%', '0', 0],
    ['9 2.97%', '92.97', 2],
  ])('%j → %s', (text, value, decimals) => {
    const f = parseCell(text);
    expect(f.kind).toBe('percent');
    if (f.kind !== 'percent') return;
    expect(f.value.toFixed()).toBe(value);
    expect(f.decimals).toBe(decimals);
    expect(f.text).toBe(text);
  });
});

describe('parseCell: blank and dash', () => {
  it.each([[''], [' '], ['\u00a0'], ['\u3000'], ['\n\t'], ['\u200b']])('%j is blank', (text) => {
    expect(parseCell(text)).toEqual({ kind: 'blank' });
  });

  it.each([['-'], ['—'], ['–'], ['/'], ['——'], ['－'], ['--'], ['…'], ['……'], ['...'], ['／'], [' - '], ['―'], ['\\']])(
    '%j is a dash (no amount)',
    (text) => {
      expect(parseCell(text)).toEqual({ kind: 'dash', text: text.trim() });
    },
  );

  it('an explicit 0.00 is an amount, not a dash or a blank', () => {
    expect(parseCell('0.00')).toMatchObject({ kind: 'amount', decimals: 2 });
    expect(parseCell('0')).toMatchObject({ kind: 'amount', decimals: 0 });
  });
});

describe('parseCell: text with a reason', () => {
  const cases: [string, TextReason][] = [
    // labels: never a number, even with digits
    ['2024年部门预算', 'label'],
    ['2024年预算', 'label'],
    ['(1)工资福利支出', 'label'],
    ['（1）工资福利支出', 'label'],
    ['(2)商品和服务支出', 'label'],
    ['一、基本支出', 'label'],
    ['（一）收入预算', 'label'],
    ['1、政府性基金拨款', 'label'],
    ['2、政府性基金拨款', 'label'],
    ['1.工资福利支出', 'label'],
    ['第3季度', 'label'],
    ['(1)', 'label'],
    ['（12）', 'label'],
    ['①', 'label'],
    ['长期', 'label'],
    ['无', 'label'],
    ['合计', 'label'],
    ['百分比', 'label'],
    ['方便、快捷', 'label'],
    ['DIP项目运行', 'label'],
    ['略阳智慧医保小程序3.0版本正常运转率', 'label'],
    ['≥', 'label'],
    ['一', 'label'],
    // bounds
    ['≥95%', 'bound'],
    ['≤2万元', 'bound'],
    ['>90', 'bound'],
    ['＞90', 'bound'],
    ['<5%', 'bound'],
    ['大于等于95%', 'bound'],
    ['大于等于85%', 'bound'],
    ['≤13万元', 'bound'],
    ['≤101.10万元', 'bound'],
    ['≥4次', 'bound'],
    ['≥2批次', 'bound'],
    ['不低于90%', 'bound'],
    ['不超过220万元', 'bound'],
    ['95%以上', 'bound'],
    ['=100', 'bound'],
    // ranges
    ['60-80%', 'range'],
    ['60%-80%', 'range'],
    ['60~80', 'range'],
    ['60～80', 'range'],
    ['2026.01-2026.12', 'range'],
    ['1-3万元', 'range'],
    ['3至5人', 'range'],
    // dates
    ['2024年12月31日', 'date'],
    ['2024 年 12 月', 'date'],
    ['2024年', 'date'],
    ['2024年度', 'date'],
    ['(2026年度)', 'date'],
    ['2026年底', 'date'],
    ['2023-12-31', 'date'],
    ['2023/12/31', 'date'],
    ['2026.01', 'date'],
    ['2023.12.31', 'date'],
    ['12月31日', 'date'],
    ['12月', 'date'],
    // phone
    ['0731-88888888', 'phone'],
    ['0916-3216666', 'phone'],
    ['(0731)88888888', 'phone'],
    ['13812345678', 'phone'],
    ['400-123-4567', 'phone'],
    // codes
    ['307001-湖南省医疗保障局本级', 'code'],
    ['307001－湖南省医疗保障局本级', 'code'],
    ['B参保', 'code'],
    ['B 参保筹资工作经费', 'code'],
    ['208 社会保障和就业支出', 'code'],
    ['2080505机关事业单位基本养老保险缴费支出', 'code'],
    ['[208]社会保障和就业支出', 'code'],
    // mixed
    ['约40人', 'mixed'],
    ['3.5元/份', 'mixed'],
    ['平均1.2元/份', 'mixed'],
    ['2.5元/份', 'mixed'],
    ['31元/GB', 'mixed'],
    ['10.2万元/年', 'mixed'],
    ['214个', 'mixed'],
    ['165个', 'mixed'],
    ['43人', 'mixed'],
    ['15项', 'mixed'],
    ['约5万份', 'mixed'],
    ['100分', 'mixed'],
    ['3季度', 'mixed'],
    ['100余家', 'mixed'],
    ['1,2345', 'mixed'],
    ['12..5', 'mixed'],
  ];
  it.each(cases)('%j → %s', (text, reason) => {
    const f = parseCell(text);
    expect(f).toEqual({ kind: 'text', text, reason });
  });

  it('no label cell ever becomes an amount (labels are not 0)', () => {
    for (const [text] of cases) expect(parseCell(text).kind).toBe('text');
  });
});

describe('parseCell: fixture-shaped rows', () => {
  it('reads a 收支总表 row cell by cell', () => {
    const row = ['一、一般公共预算拨款收入', '3,185.85', '一、一般公共服务支出', '', '一、基本支出', '2,767.00'];
    expect(row.map((c) => parseCell(c).kind)).toEqual(['text', 'amount', 'text', 'blank', 'text', 'amount']);
  });
  it('reads a 004 表7 row: code, name, amounts, blanks', () => {
    const row = ['2101501', '行政运行', '837,700.00', '774,700.00', '63,000.00', ''];
    const figs = row.map(parseCell);
    expect(figs[0]).toMatchObject({ kind: 'amount', codeLike: true });
    expect(figs[1]).toMatchObject({ kind: 'text', reason: 'label' });
    expect(figs.slice(2, 5).map((f) => (f.kind === 'amount' ? f.value.toFixed() : null))).toEqual([
      '837700',
      '774700',
      '63000',
    ]);
    expect(figs[5]).toEqual({ kind: 'blank' });
  });
  it('performance table: operator, value and unit in separate cells', () => {
    expect(parseCell('≥')).toMatchObject({ kind: 'text', reason: 'label' });
    expect(parseCell('90')).toMatchObject({ kind: 'amount', decimals: 0, codeLike: false });
    expect(parseCell('%')).toMatchObject({ kind: 'text' });
  });
});
