import type { Rule } from './rule';
import rowHierarchy from './rules/row-hierarchy';
import columnSums from './rules/column-sums';
import proseArithmetic from './rules/prose-arithmetic';
import proseVsTable from './rules/prose-vs-table';
import period from './rules/period';
import emptyTable from './rules/empty-table';
import balance from './rules/balance';
import crossTable from './rules/cross-table';
import performance from './rules/performance';
import completeness from './rules/completeness';

/** Every rule, registered in one line each. */
export const RULES: Rule[] = [
  rowHierarchy,
  columnSums,
  proseArithmetic,
  proseVsTable,
  period,
  emptyTable,
  balance,
  crossTable,
  performance,
  completeness,
];
