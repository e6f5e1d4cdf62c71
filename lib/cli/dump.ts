/**
 * npx tsx lib/cli/dump.ts PAGE.html|FILE.pdf [full|--json]
 * Prints the document model the checks see: tables, columns with header paths and roles, blocks, items
 * with their codes, numbering and parents. For debugging the parser on a new page.
 */
import { buildDocumentModel } from '../document';
import { summarizeModel } from '../tables/schema';
import { InputError, loadDocument } from './load';

// a closed pipe (| head) ends the output quietly, not with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

const [file, mode] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx lib/cli/dump.ts PAGE.html [full|--json]\n');
  process.exit(2);
}
let doc;
try {
  doc = buildDocumentModel((await loadDocument(file)).snapshot);
} catch (e) {
  process.stderr.write(`ledger-lens: ${e instanceof InputError ? e.message : (e as Error).message}\n`);
  process.exit(2);
}
if (mode === '--json') {
  process.stdout.write(JSON.stringify(summarizeModel(doc), null, 2) + '\n');
} else {
  console.log('year', doc.year, doc.docKind, 'skipped', doc.skipped.map((s) => `${s.index}: ${s.reason.slice(0, 100)}`));
  for (const t of doc.tables) {
    console.log(`\n#${t.index}${t.parts.length > 1 ? '+' + t.parts.slice(1).map((p) => p.index).join('+') : ''} [${t.kind}/${t.kindBy}] "${t.title}" unit=${t.unit} score=${t.score} rows=${t.parts[0]!.rows} header=${t.parts[0]!.headerRows} notes=${JSON.stringify(t.notes)}`);
    console.log('  cols:', t.columns.map((c) => `${c.col}:${c.role}${c.codePart ?? ''}${c.codeDomain ? '/' + c.codeDomain : ''}:${c.path.join('›')}`).join(' | '));
    console.log('  sums:', JSON.stringify(t.columnSums));
    if (mode !== 'full') continue;
    for (const b of t.blocks) {
      console.log(`  block ${b.index} label=${b.labelCol} codes=${b.codeCols} amounts=${b.amountCols} heading=${b.heading.join('›')}`);
      for (const i of b.items) {
        const vals = [...i.values.values()].map((v) => (v.kind === 'amount' ? v.value.toString() : v.kind[0])).join(',');
        console.log(`    ${i.id} r${i.row}${i.table !== t.index ? '@' + i.table : ''} ${i.total ? '[' + i.total + ']' : ''}${i.subset ? '[subset]' : ''} ${i.code ? i.code.code + '/' + i.code.domain : ''}${i.numbering ? ' ' + i.numbering.text + 'L' + i.numbering.level : ''} ${i.label} parent=${i.parent}(${i.parentBy ?? ''}) vals=${vals}`);
      }
    }
  }
}
