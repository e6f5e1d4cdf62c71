import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { convert, parseUnit, unitFactor, unitInHeader, UNITS, type Unit } from './units';

const d = (v: string) => new Decimal(v);

describe('unitFactor', () => {
  it.each([
    ['元', '1'],
    ['千元', '1000'],
    ['万元', '10000'],
    ['百万元', '1000000'],
    ['亿元', '100000000'],
  ] as [Unit, string][])('%s = %s', (u, f) => {
    expect(unitFactor(u).toFixed()).toBe(f);
  });

  it('covers every unit of the report schema', () => {
    expect([...UNITS]).toEqual(['元', '千元', '万元', '百万元', '亿元']);
  });
});

describe('convert', () => {
  it('元 → 万元 moves the point, no rounding', () => {
    expect(convert(d('1704000.00'), '元', '万元').toFixed()).toBe('170.4');
    expect(convert(d('1011000.00'), '元', '万元').eq('101.1')).toBe(true);
    expect(convert(d('130000'), '元', '万元').eq(13)).toBe(true);
  });
  it('万元 → 元 and 亿元 → 万元', () => {
    expect(convert(d('3185.85'), '万元', '元').toFixed()).toBe('31858500');
    expect(convert(d('14.9'), '亿元', '万元').toFixed()).toBe('149000');
    expect(convert(d('0.01'), '千元', '元').toFixed()).toBe('10');
  });
  it('keeps digits beyond decimal.js default precision of 20', () => {
    const v = d('123456789012345678.123456789');
    const there = convert(v, '元', '亿元');
    expect(there.toFixed()).toBe('1234567890.12345678123456789');
    expect(convert(there, '亿元', '元').eq(v)).toBe(true);
  });
  it('same unit returns the value; negatives keep their sign', () => {
    expect(convert(d('-12.5'), '万元', '万元').toFixed()).toBe('-12.5');
    expect(convert(d('-12.5'), '万元', '元').toFixed()).toBe('-125000');
  });
  it('half of a 元 cent in 万元 is exact', () => {
    expect(convert(d('0.005'), '元', '万元').toFixed()).toBe('0.0000005');
  });
});

describe('parseUnit', () => {
  it.each([
    ['单位：万元', '万元'],
    ['金额单位：元', '元'],
    ['单位: 万  元', '万元'],
    ['单位：万\u00a0\u00a0元', '万元'],
    ['（万元）', '万元'],
    ['(元)', '元'],
    ['单位:元', '元'],
    ['单位：人民币万元', '万元'],
    ['单位：人民币元', '元'],
    ['单位：千元', '千元'],
    ['单位：亿元', '亿元'],
    ['单位：百万元', '百万元'],
    ['单位：百 万 元', '百万元'],
    ['单位万元', '万元'],
    ['单位：万', '万元'],
    ['填报单位：湖南省医疗保障局本级    单位：万元', '万元'],
    ['部门：略阳县医疗保障局 单位：元', '元'],
    ['预算01表 收支总表（单位：万元）', '万元'],
    ['单位：万元单位：万元', '万元'],
    ['单位：万元。', '万元'],
    ['单位：元；', '元'],
    ['【人民币万元】', '万元'],
    ['金额单位：万元（保留两位小数）', '万元'],
  ] as [string, Unit][])('%j → %s', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });

  it.each([
    [''],
    ['收支总表'],
    ['单位代码: 307001'],
    ['单位名称: 湖南省医疗保障局本级'],
    ['填报单位：略阳县医疗保障局'],
    ['单位价值 50 万元以上通用设备 0 台'],
    ['本表金额转换为万元时，因四舍五入可能存在尾数误差。'],
    ['（含上级财政补助0万元）'],
    ['平均1.2元/份'],
    ['计量单位：元/份'],
    ['分值权重 (90分)'],
    ['2024年部门预算'],
    ['单位：人'],
  ])('%j → null', (text) => {
    expect(parseUnit(text)).toBeNull();
  });

  it('takes the first declaration when a line has several', () => {
    expect(parseUnit('单位：元 （万元）')).toBe('元');
    expect(parseUnit('（万元） 单位：元')).toBe('万元');
  });
});

describe('unitInHeader', () => {
  it.each([
    ['预算数（万元）', '万元'],
    ['金额(元)', '元'],
    ['资金金额 (万元)', '万元'],
    ['预算数 （ 万 元 ）', '万元'],
    ['万元', '万元'],
    ['金额/万元', '万元'],
    ['金额：元', '元'],
    ['合计(单位：元)', '元'],
  ] as [string, Unit][])('%j → %s', (text, unit) => {
    expect(unitInHeader(text)).toBe(unit);
  });

  it.each([['预算数'], ['项目'], ['分值权重 (90分)'], ['执行率分值 (10分)'], ['单价(元/份)'], ['科目编码']])(
    '%j → null',
    (text) => {
      expect(unitInHeader(text)).toBeNull();
    },
  );
});
