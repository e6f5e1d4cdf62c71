import type { EditionName } from '../schema';

/**
 * Other names a code carries in other editions of 政府收支分类科目, or variant labels seen in published
 * tables. Only names stated in the reference notes are listed; each says when it applies.
 */
export const editionNames: EditionName[] = [
  {
    domain: 'function',
    code: '210',
    name: '医疗卫生与计划生育支出',
    when: { zh: '2018年及以前版本的名称', en: 'name in the 2018 and earlier editions' },
    sources: ['REF-NOTE'],
  },
  {
    domain: 'function',
    code: '207',
    name: '文化体育与传媒支出',
    when: { zh: '旧版本名称（如2016年决算）；个别新近说明仍沿用', en: 'older editions (e.g. 2016 final accounts); some recent narratives still use it' },
    sources: ['REF-NOTE', 'GBC-SQ'],
  },
  {
    domain: 'function',
    code: '220',
    name: '国土海洋气象等支出',
    when: { zh: '旧版本名称', en: 'older edition name' },
    sources: ['REF-NOTE'],
  },
  {
    domain: 'function',
    code: '20805',
    name: '行政事业单位离退休',
    when: { zh: '部分2025年度决算表格使用的名称', en: 'label printed in some 2025 final-account tables' },
    sources: ['GBC-SQ'],
  },
  {
    domain: 'function',
    code: '2080501',
    name: '归口管理的行政单位离退休',
    when: { zh: '旧名称，个别说明仍沿用', en: 'older label, still used in some narratives' },
    sources: ['GBC-SQ'],
  },
];
