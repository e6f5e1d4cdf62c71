/**
 * npm run check -- FILE [--json] [--export-tables DIR [--unit 元|万元|亿元]]
 * Runs the shared core under Node on a saved page or a PDF: the tables found and the findings of
 * every rule. A file it cannot read (not HTML or PDF, encrypted, a scan without text …) is said to be
 * so on stderr with exit code 2 — never reported as "no findings".
 */
import { analyzeSnapshot } from '../analyze';
import { CheckReport } from '../report/schema';
import { exportOptions, writeTableExports } from './export-tables';
import { formatReport } from './format';
import { InputError, loadDocument, type LoadedDocument } from './load';

// a closed pipe (| head) ends the output quietly, not with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

async function main(argv: string[]): Promise<number> {
  const exporting = exportOptions(argv); // takes its options out of argv
  if (exporting && 'error' in exporting) {
    process.stderr.write(`ledger-lens: ${exporting.error}\n`);
    return 2;
  }
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run check -- FILE.html|FILE.pdf [--json] [--export-tables DIR [--unit 元|万元|亿元]]\n');
    return 2;
  }
  const file = files[0]!;
  let doc: LoadedDocument;
  let analysis;
  try {
    doc = await loadDocument(file);
    analysis = analyzeSnapshot(doc.snapshot);
  } catch (e) {
    process.stderr.write(`ledger-lens: ${e instanceof InputError ? e.message : `could not analyse ${file}: ${(e as Error).message}`}\n`);
    return 2;
  }
  if (json) {
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
    const say = (s: string) => (json ? process.stderr : process.stdout).write(s);
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
