import type { Compound } from '../schema';

/**
 * Words of budget disclosures that hold a glossary term but mean something else. The matcher reads
 * each as one word, so the term inside is not explained there (an explanation of the inner term would
 * be wrong). When one of these gets an entry of its own, remove it here: the entry then wins by length.
 */
export const compounds: Compound[] = [
  {
    text: '国有资本经营收入',
    reason: 'money of the 国有资本经营预算 (one of the four budgets), not a 事业单位’s 经营收入 from business activities',
  },
  {
    text: '国有资本经营支出',
    reason: 'spending of the 国有资本经营预算, not a 事业单位’s 经营支出',
  },
  {
    text: '国有资本经营预算收入',
    reason: 'revenue of the 国有资本经营预算, not a 事业单位’s 经营收入',
  },
  {
    text: '病种分值',
    reason: 'the medical-insurance payment method by disease points (DIP), not the weight of a performance indicator',
  },
  {
    text: '批复规模',
    reason: 'the approved size of a project or a bond issue, not the step of approving a budget',
  },
  {
    text: '对事业单位经常性补助',
    reason: 'a 政府预算支出经济分类 heading (recurrent subsidies paid to public institutions), not the institutions themselves',
  },
  {
    text: '对事业单位资本性补助',
    reason: 'a 政府预算支出经济分类 heading (capital subsidies paid to public institutions), not the institutions themselves',
  },
];
