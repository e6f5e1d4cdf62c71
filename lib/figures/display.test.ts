import { describe, expect, it } from 'vitest';
import { convertAmount } from './display';

describe('convertAmount', () => {
  it('converts to a larger unit exactly, with the precision the conversion supports', () => {
    expect(convertAmount('1467700.00', 2, '元', '万元')).toBe('146.77');
    expect(convertAmount('1467700.00', 2, '元', '亿元')).toBe('0.014677');
    expect(convertAmount('1467712.34', 2, '元', '万元')).toBe('146.771234');
    expect(convertAmount('1', 0, '元', '亿元')).toBe('0.00000001');
  });
  it('converts to a smaller unit without inventing digits', () => {
    expect(convertAmount('3185.85', 2, '万元', '元')).toBe('31858500');
    expect(convertAmount('0.01', 2, '万元', '元')).toBe('100');
    expect(convertAmount('2.5', 1, '亿元', '万元')).toBe('25000');
  });
  it('keeps negative values and zero', () => {
    expect(convertAmount('-630000.00', 2, '元', '万元')).toBe('-63.00');
    expect(convertAmount('0.00', 2, '元', '万元')).toBe('0.00');
    expect(convertAmount('5.00', 2, '万元', '万元')).toBe('5.00');
  });
});
