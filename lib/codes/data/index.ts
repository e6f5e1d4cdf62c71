/**
 * The code book's raw data. Imported only through `import()` (see ../load.ts) so the content script's first
 * paint does not carry it.
 */
import type { CodeData } from '../schema';
import { deptToGov } from './dept-to-gov';
import { economicDeptCodes } from './economic-dept-codes';
import { economicGovCodes } from './economic-gov-codes';
import { editionNames } from './editions';
import { functionCodes } from './function-codes';
import { codeSources } from './sources';

export const codeData: CodeData = {
  sources: codeSources,
  function: functionCodes,
  economicDept: economicDeptCodes,
  economicGov: economicGovCodes,
  deptToGov,
  editions: editionNames,
};
