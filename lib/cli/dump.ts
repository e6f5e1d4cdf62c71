import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { snapshotPageSync } from '../snapshot/read';
import { buildDocumentModel } from '../document';
const html = readFileSync(process.argv[2]!, 'utf8');
const { document } = parseHTML(html);
const { snapshot } = snapshotPageSync(document as any);
const doc = buildDocumentModel(snapshot);
console.log('year', doc.year, doc.docKind, 'skipped', doc.skipped.map(s => s.index + ':' + s.reason.slice(0, 80)));
const full = process.argv[3] === 'full';
for (const t of doc.tables) {
  console.log(`\n#${t.index}${t.parts.length > 1 ? '+' + t.parts.slice(1).map(p => p.index).join('+') : ''} [${t.kind}/${t.kindBy}] "${t.title}" unit=${t.unit} score=${t.score} rows=${t.parts[0]!.rows} hdr=${t.parts[0]!.headerRows} notes=${JSON.stringify(t.notes)}`);
  console.log('  cols:', t.columns.map(c => `${c.col}:${c.role}${c.codePart ?? ''}${c.codeDomain ? '/' + c.codeDomain : ''}:${c.path.join('›')}`).join(' | '));
  console.log('  sums:', JSON.stringify(t.columnSums));
  if (!full) continue;
  for (const b of t.blocks) {
    console.log(`  block ${b.index} label=${b.labelCol} codes=${b.codeCols} amounts=${b.amountCols} heading=${b.heading.join('›')}`);
    for (const i of b.items) console.log(`    ${i.id} r${i.row}${i.table !== t.index ? '@' + i.table : ''} ${i.total ? '[' + i.total + ']' : ''}${i.subset ? '[subset]' : ''} ${i.code ? i.code.code + '/' + i.code.domain : ''}${i.numbering ? ' ' + i.numbering.text + 'L' + i.numbering.level : ''} ${i.label} parent=${i.parent}(${i.parentBy ?? ''}) vals=${[...i.values.values()].map(v => v.kind === 'amount' ? v.value.toString() : v.kind[0]).join(',')}`);
  }
}
