/**
 * Public API of the classification-code decoder. Nothing here imports the data statically:
 * call loadCodes() and pass the CodeBook to decode().
 */
export type {
  BilingualNote,
  CodeBook,
  CodeData,
  CodeDomain,
  CodeLevel,
  CodeRow,
  CodeSource,
  DecodedCode,
  DeptToGovRow,
  EditionName,
  GovMapping,
  PathStep,
  ReferenceName,
} from './schema';
export { CodeData as CodeDataSchema, CodeRow as CodeRowSchema } from './schema';
export { decode, cleanLabel, type DecodeOptions } from './decode';
export { yearsLabel } from './years';
export { domainOfCode, joinSplitCode, levelOfCode, normalizeCode, resolveRelativeCode } from './code-format';
export { buildCodeBook, loadCodes } from './load';
export { checkCodeData, validateCodeData, type ValidationResult } from './validate';
