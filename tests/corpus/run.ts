/**
 * npm run corpus [-- --findings]
 * Runs the checker once on every real document the repository holds and prints one table: tables,
 * relations checked, errors, warnings, rounding infos, checks not run, and how many errors/warnings
 * are not in the reviewed list (tests/corpus/reviewed.json). --findings prints every unreviewed
 * error/warning with its cells and numbers, for review by hand.
 */
import { analyseDocuments, type Analysed } from './documents';
import { describeFinding, readReviewed, reconcile } from './reviewed';

process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

export function corpusTable(docs: Analysed[], unreviewed: Map<string, number>): string {
  const head = ['document', 'kind', 'tables', 'relations', 'errors', 'warnings', 'rounding', 'not run', 'unreviewed'];
  const rows: string[][] = [];
  const sum = { tables: 0, relations: 0, errors: 0, warnings: 0, rounding: 0, notRun: 0, unreviewed: 0, read: 0, unread: 0 };
  for (const d of docs) {
    if (!d.ok) {
      sum.unread++;
      rows.push([d.file, d.kind, d.reason, '', '', '', '', '', '']);
      continue;
    }
    const s = d.analysis.summary;
    const u = unreviewed.get(d.file) ?? 0;
    sum.read++;
    sum.tables += s.tables;
    sum.relations += s.relationsChecked;
    sum.errors += s.errors;
    sum.warnings += s.warnings;
    sum.rounding += s.rounding;
    sum.notRun += s.notRun;
    sum.unreviewed += u;
    rows.push([d.file, d.kind, String(s.tables), String(s.relationsChecked), String(s.errors), String(s.warnings), String(s.rounding), String(s.notRun), String(u)]);
  }
  rows.push([`total: ${sum.read} read, ${sum.unread} not read`, '', String(sum.tables), String(sum.relations), String(sum.errors), String(sum.warnings), String(sum.rounding), String(sum.notRun), String(sum.unreviewed)]);
  // an unread row's reason spans the figure columns: it does not widen them
  const width = head.map((h, i) => Math.max(h.length, ...rows.filter((r) => r[3] !== '' || i < 2 || r === rows[rows.length - 1]).map((r) => r[i]!.length)));
  const line = (r: string[]) => (r[3] === '' && r[2] !== '' && r !== rows[rows.length - 1] ? `| ${r[0]!.padEnd(width[0]!)} | ${r[1]!.padEnd(width[1]!)} | ${r[2]} |` : `| ${r.map((c, i) => (i < 2 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join(' | ')} |`);
  return [line(head), `|${width.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const docs = await analyseDocuments();
  const read = docs.flatMap((d) => (d.ok ? [{ file: d.file, findings: d.analysis.report.findings }] : []));
  const r = reconcile(read, readReviewed());
  const unreviewed = new Map<string, number>();
  for (const u of r.unlisted) unreviewed.set(u.file, (unreviewed.get(u.file) ?? 0) + 1);
  process.stdout.write(`${corpusTable(docs, unreviewed)}\n`);
  process.stdout.write(`\nunreviewed = errors/warnings not in tests/corpus/reviewed.json (each is a false alarm to fix, or a real discrepancy to review by hand and list).\n`);
  if (r.missing.length) process.stdout.write(`\n${r.missing.length} reviewed findings no longer raised:\n${r.missing.map((m) => `  ${m.file}: ${m.entry.rule} ${m.entry.severity} table ${m.entry.table} ${JSON.stringify(m.entry.cells)} — ${m.entry.message}`).join('\n')}\n`);
  if (argv.includes('--findings') && r.unlisted.length) process.stdout.write(`\nUnreviewed findings:\n${r.unlisted.map((u) => describeFinding(u.file, u.finding)).join('\n\n')}\n`);
  return 0;
}

// run only as a script (the test imports corpusTable)
if (process.argv[1] && /tests[\\/]corpus[\\/]run\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`corpus: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
