/**
 * The real-document gate: every error or warning the checker raises on a real document the repository
 * holds must be a discrepancy reviewed by hand (tests/corpus/reviewed.json), and every reviewed
 * discrepancy must still be found. A new finding fails here, printed with its cells and numbers, so a
 * developer can redo the arithmetic from the document: a false alarm is fixed in the code, a real
 * discrepancy is added to the list with its hand arithmetic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../../lib/analyze';
import { PageAnalysis } from '../../lib/report/schema';
import { analyseDocuments, listDocuments, type Analysed } from './documents';
import { corpusTable } from './run';
import { describeFinding, findingKey, readReviewed, reconcile, type ReviewedEntry } from './reviewed';

let docs: Analysed[];
let reviewed: ReviewedEntry[];

beforeAll(async () => {
  docs = await analyseDocuments();
  reviewed = readReviewed();
  const unreviewed = new Map<string, number>();
  for (const u of reconcile(readDocs(), reviewed).unlisted) unreviewed.set(u.file, (unreviewed.get(u.file) ?? 0) + 1);
  console.log(`\n${corpusTable(docs, unreviewed)}`);
});

const readDocs = () => docs.flatMap((d) => (d.ok ? [{ file: d.file, findings: d.analysis.report.findings }] : []));

describe('real documents', () => {
  it('every real document is read, HTML and PDF', () => {
    expect(docs.length).toBe(listDocuments().length);
    for (const d of docs) expect(d.ok, `${d.file}: ${d.ok ? '' : d.reason}`).toBe(true);
    // the fixture pages are budget disclosures: tables found and relations checked on each
    for (const d of docs) if (d.ok && d.file.startsWith('pages/')) expect(d.analysis.summary.relationsChecked, d.file).toBeGreaterThan(100);
  });

  it('every result has the shape the overlay and the reports read (the analysis is not parsed where it is made)', () => {
    for (const d of docs) if (d.ok) expect(PageAnalysis.safeParse(d.analysis).error?.issues.slice(0, 3), d.file).toBeUndefined();
  });

  it('raises no error or warning that is not in the reviewed list', () => {
    const { unlisted } = reconcile(readDocs(), reviewed);
    const text = unlisted.map((u) => describeFinding(u.file, u.finding)).join('\n\n');
    expect(unlisted.length, `errors/warnings not reviewed — redo the arithmetic from the document; fix the code if it is a false alarm, list it in tests/corpus/reviewed.json if it is real:\n\n${text}`).toBe(0);
  });

  it('still finds every reviewed discrepancy', () => {
    const { missing } = reconcile(readDocs(), reviewed);
    const text = missing.map((m) => `${m.file}: ${m.entry.rule} ${m.entry.severity} table ${m.entry.table} cells ${JSON.stringify(m.entry.cells)}\n  ${m.entry.message}\n  by hand: ${m.entry.arithmetic}`).join('\n\n');
    expect(missing.length, `reviewed discrepancies no longer found:\n\n${text}`).toBe(0);
  });

  it('the reviewed list names only documents of the repository, each entry once', () => {
    const known = new Set(listDocuments().map((d) => d.file));
    const { unknownDocuments } = reconcile(readDocs(), reviewed);
    // a PDF named by the list but not read yet (no PDF reader on this branch) is reported, not failed
    const notInRepo = unknownDocuments.filter((u) => !known.has(u.file));
    expect(notInRepo.map((u) => u.file)).toEqual([]);
    const keys = reviewed.flatMap((e) => e.documents.map((f) => `${f}|${findingKey(e)}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(reviewed.length).toBeGreaterThan(0);
  });

  it('a changed figure in a real document is caught by the gate (the gate can fail)', () => {
    // 004's 表7 adds up on row 2080505 (110,000.00 = 110,000.00 + blank): change its 合计 and the
    // gate must see an unlisted error — proof that the comparison is not vacuous
    const d = docs.find((x) => x.file === 'pages/004_c5440fdc5d943430.merged.html');
    if (!d || !d.ok) throw new Error('fixture 004 not read');
    const snap = structuredClone(d.snapshot);
    const t = snap.tables.find((x) => x.index === 4)!;
    const row = t.rows.find((r) => r[0]?.text === '2080505')!;
    expect(row[2]!.text).toBe('110,000.00');
    row[2]!.text = '110,000.10';
    const after = analyzeSnapshot(snap);
    const { unlisted } = reconcile([{ file: d.file, findings: after.report.findings }], reviewed.filter((e) => e.documents.includes(d.file)));
    expect(unlisted.some((u) => u.finding.severity === 'error' && u.finding.table === 4)).toBe(true);
  });
});
