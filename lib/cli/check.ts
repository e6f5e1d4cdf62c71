/**
 * npm run check -- FILE [--json] [--report out.html] [--export-tables DIR [--unit 元|万元|亿元]]
 * npm run check -- DIR/ FILE… [--report summary.html] [--jobs N]
 * Runs the shared core under Node on a saved page or a PDF: the tables found and the findings of
 * every rule. A file it cannot read (not HTML or PDF, encrypted, a scan without text …) is said to be
 * so on stderr with exit code 2 — never reported as "no findings". `--report` also writes the evidence
 * report (out.html, out.json, out.csv). A folder or several files are a batch (lib/cli/batch.ts).
 */
import { statSync } from 'node:fs';
import { analyzeSnapshot } from '../analyze';
import { CheckReport } from '../report/schema';
import { exportOptions, writeTableExports } from './export-tables';
import { formatReport } from './format';
import { InputError, loadDocument, type LoadedDocument } from './load';

// a closed pipe (| head) ends the output quietly, not with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

const USAGE = 'usage: npm run check -- FILE.html|FILE.pdf [--json] [--report out.html] [--export-tables DIR [--unit 元|万元|亿元]]\n       npm run check -- DIR/ FILE… [--report summary.html] [--jobs N]\n';

interface Args {
  json: boolean;
  report?: string;
  jobs?: number;
  inputs: string[];
  bad?: string;
}

export function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const [flag, inline] = x.startsWith('--') && x.includes('=') ? [x.slice(0, x.indexOf('=')), x.slice(x.indexOf('=') + 1)] : [x, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') a.json = true;
    else if (flag === '--report') {
      a.report = value();
      if (!a.report) a.bad = '--report needs a file name';
    } else if (flag === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) a.bad = '--jobs needs a whole number';
      else a.jobs = n;
    } else if (x.startsWith('--')) a.bad = `unknown option ${x}`;
    else a.inputs.push(x);
  }
  return a;
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

async function main(argv: string[]): Promise<number> {
  const exporting = exportOptions(argv); // takes --export-tables DIR and --unit out of argv
  if (exporting && 'error' in exporting) {
    process.stderr.write(`ledger-lens: ${exporting.error}\n`);
    return 2;
  }
  const args = parseArgs(argv);
  if (args.bad || args.inputs.length === 0) {
    process.stderr.write(`${args.bad ? `ledger-lens: ${args.bad}\n` : ''}${USAGE}`);
    return 2;
  }
  if (args.inputs.length > 1 || isDir(args.inputs[0]!)) {
    if (args.json || exporting) {
      process.stderr.write(`ledger-lens: ${args.json ? '--json' : '--export-tables'} takes one file; a batch writes summary.json next to --report\n${USAGE}`);
      return 2;
    }
    // loaded only when asked for, so a single check starts as fast as before
    const { runBatch } = await import('./batch');
    return runBatch({ inputs: args.inputs, report: args.report, jobs: args.jobs });
  }
  const file = args.inputs[0]!;
  let doc: LoadedDocument;
  let analysis;
  try {
    doc = await loadDocument(file);
    analysis = analyzeSnapshot(doc.snapshot);
  } catch (e) {
    process.stderr.write(`ledger-lens: ${e instanceof InputError ? e.message : `could not analyse ${file}: ${(e as Error).message}`}\n`);
    return 2;
  }
  if (args.report) {
    const { evidenceFor, writeEvidence } = await import('./evidence');
    const written = writeEvidence(args.report, await evidenceFor(file, doc, analysis));
    process.stderr.write(`ledger-lens: report written to ${written.html}, ${written.json}, ${written.csv}\n`);
  }
  if (args.json) {
    const report = analysis.report;
    if (report.source && doc.notes.length) report.source.notes = doc.notes;
    const out = CheckReport.parse(report);
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    // an HTML report keeps its two keys; what the reader noted (a guessed encoding) goes to stderr
    if (!report.source) for (const n of doc.notes) process.stderr.write(`ledger-lens: note: ${n}\n`);
  } else {
    process.stdout.write(formatReport(file, analysis, doc.notes));
  }
  if (exporting) {
    const written = writeTableExports(doc.snapshot, file, exporting);
    // stdout stays one JSON object under --json: where the files went is said on stderr then
    const say = (s: string) => (args.json ? process.stderr : process.stdout).write(s);
    if (written.length === 0) say(`未发现预算表格，未导出 / no budget table: nothing exported\n`);
    else say(`导出 ${written.length - 1} 张表 / exported ${written.length - 1} tables (CSV each, one XLSX workbook) → ${exporting.dir}\n${written.map((w) => `  ${w}\n`).join('')}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`ledger-lens: ${e.message}\n`);
    process.exitCode = 2;
  },
);
