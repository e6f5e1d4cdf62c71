/**
 * The glossary's raw data. Imported only through `import()` (see ../load.ts) so the content script's
 * first paint does not carry it.
 */
import type { GlossaryData } from '../schema';
import { balanceTerms } from './balances';
import { budgetSystemTerms } from './budget-system';
import { classificationTerms } from './classification';
import { disclosureTerms } from './disclosure-tables';
import { economicItemTerms } from './economic-items';
import { incomeTerms } from './income';
import { performanceTerms } from './performance';
import { sangongTerms } from './sangong';
import { glossarySources } from './sources';
import { spendingTerms } from './spending';
import { transferAndAssetTerms } from './transfers-assets';

export const glossaryData: GlossaryData = {
  sources: glossarySources,
  entries: [
    ...budgetSystemTerms,
    ...incomeTerms,
    ...balanceTerms,
    ...spendingTerms,
    ...economicItemTerms,
    ...sangongTerms,
    ...classificationTerms,
    ...transferAndAssetTerms,
    ...performanceTerms,
    ...disclosureTerms,
  ],
};
