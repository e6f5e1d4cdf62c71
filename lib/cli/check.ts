/**
 * npm run check -- FILE.html [--json]
 * Runs the shared core under Node on a saved page: the tables found and the findings of every rule.
 */
import { analyzeSnapshot } from '../analyze';
import { CheckReport } from '../report/schema';
import { formatReport } from './format';
import { InputError, loadPage } from './load';

// a closed pipe (| head) ends the output quietly, not with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run check -- FILE.html [--json]\n');
    return 2;
  }
  let analysis;
  try {
    analysis = analyzeSnapshot(loadPage(files[0]!));
  } catch (e) {
    process.stderr.write(`ledger-lens: ${e instanceof InputError ? e.message : `could not analyse ${files[0]}: ${(e as Error).message}`}\n`);
    return 2;
  }
  if (json) {
    const out = CheckReport.parse(analysis.report);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(formatReport(files[0]!, analysis));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
