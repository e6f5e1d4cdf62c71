/**
 * vitest setupFiles: runs before every test file. A rule that throws fails the test that ran it
 * (on a user's page the same crash is reported as a check that could not run; see runRules).
 */
import { ruleErrors } from '../lib/analyze';

ruleErrors.strict = true;
