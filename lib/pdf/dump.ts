/**
 * npx tsx lib/pdf/dump.ts FILE.pdf [page] [--flow] [--model]
 * Prints what the PDF reader sees: each table as a grid (with its page), the flow text blocks, the notes;
 * --model also prints the budget tables the model builds and the findings.
 */
import { analyzeModel } from '../analyze';
import { buildDocumentModel } from '../document';
import { readPdfFile } from './node';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const only = args.find((a) => /^\d+$/.test(a));
if (!file) { process.stderr.write('usage: npx tsx lib/pdf/dump.ts FILE.pdf [page] [--flow] [--model]\n'); process.exit(2); }
const t0 = performance.now();
const res = await readPdfFile(file);
const ms = performance.now() - t0;
const snap = res.snapshot;
const page = only ? Number(only) : null;
console.log(`${file}: ${res.pages} pages, ${res.textItems} text items, ${snap.tables.length} tables, ${snap.flow.length} flow items, read in ${ms.toFixed(0)} ms`);
for (const n of res.notes) console.log('  note:', n);
for (const f of snap.flow) {
  if (f.kind === 'text') {
    if (page && f.box?.page !== page) continue;
    if (args.includes('--flow')) console.log(`  [p${f.box?.page}${f.heading ? ' H' : ''}] ${f.text}`);
    continue;
  }
  const t = snap.tables[f.index]!;
  if (page && t.box?.page !== page) continue;
  console.log(`\n  TABLE #${t.index} p${t.box?.page} ${t.rows.length} rows`);
  t.rows.forEach((r, i) => console.log(`   ${String(i).padStart(2)}| ${r.map((c) => `${c.header ? '*' : ''}${c.indent ? '>' + c.indent : ''}${c.text}${c.colSpan > 1 ? `{c${c.colSpan}}` : ''}${c.rowSpan > 1 ? `{r${c.rowSpan}}` : ''}`).join(' | ')}`));
}
if (args.includes('--model')) {
  const doc = buildDocumentModel(snap);
  const a = analyzeModel(doc);
  console.log(`\nmodel: year ${doc.year} ${doc.docKind}; ${doc.tables.length} budget tables`);
  for (const t of doc.tables) console.log(`  #${t.parts.map((p) => p.index).join('+')} [${t.kind}] "${t.title}" ${t.unit} ${t.parts.map((p) => `${p.rows}x${p.cols}`).join('+')} header=${t.parts[0]!.headerRows}`);
  for (const s of doc.skipped) console.log(`  skipped #${s.index}: ${s.reason.slice(0, 120)}`);
  console.log(`findings: ${a.summary.errors} errors, ${a.summary.warnings} warnings`);
  for (const f of a.report.findings) if (f.severity !== 'info') console.log(`  ${f.severity} ${f.rule} #${f.table} ${f.cells.map((c) => `[${c}]`).join('')} ${f.message}`);
}
