/**
 * npm run bench [-- --runs N] [--json]
 *
 * For each fixture page and a generated page with 100 tables / 50,000 cells (bigBudgetPage), the
 * median over several runs of:
 *   parse   HTML → DOM (linkedom parseHTML)
 *   snap    DOM → page snapshot (snapshotPageSync)
 *   analyze snapshot → PageAnalysis (analyzeSnapshot: document model + every rule + schema)
 *   total   parse + snap + analyze
 * and the page's size: <td>/<th> cells read, tables, budget tables.
 * Then, for every corpus PDF (tests/fixtures/corpus/pdf): pages, tables, cells, and the time to read
 * it (pdf.js + lib/pdf) and to check it (document model + every rule).
 * Timings only: nothing here asserts a time (machines differ).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeSnapshot } from '../../lib/analyze';
import { readPdfBytes } from '../../lib/pdf/node';
import { snapshotPageSync } from '../../lib/snapshot/read';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { bigBudgetPage, hugeNonBudgetPage } from '../generators';
import { withNestedTables, withSpanBomb } from '../generators/hostilePages';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 5) : 5;
const JSON_OUT = args.includes('--json');

interface Page {
  name: string;
  html: string;
  runs: number;
}

const FIXTURES = ['000_9397a020b08f6624', '001_98990c82be280a35', '004_c5440fdc5d943430'];
const pages: Page[] = [];
for (const id of FIXTURES) {
  for (const style of ['plain', 'merged', 'word']) {
    pages.push({ name: `${id.slice(0, 3)}.${style}`, html: readFileSync(join(root, 'tests', 'fixtures', 'pages', `${id}.${style}.html`), 'utf8'), runs: RUNS });
  }
}
const big = bigBudgetPage({ tables: 100, cellsTarget: 50_000, seed: 1 });
pages.push({ name: `bigBudgetPage (${big.tables.length} tables, ${big.tdCount} td)`, html: big.html, runs: Math.max(3, Math.ceil(RUNS / 2)) });
pages.push({ name: 'hugeNonBudgetPage (5,000 rows)', html: hugeNonBudgetPage({ rows: 5000, seed: 1 }), runs: Math.max(3, Math.ceil(RUNS / 2)) });
// hostile pages (issue 10): fixture 001 with a rowspan="0" colspan="1000" cell over empty rows, and 3,000-deep nesting
const page001 = readFileSync(join(root, 'tests', 'fixtures', 'pages', '001_98990c82be280a35.merged.html'), 'utf8');
for (const rows of [20_000, 60_000]) pages.push({ name: `001 + span bomb (${rows.toLocaleString('en')} empty rows)`, html: withSpanBomb(page001, { rows }), runs: 3 });
pages.push({ name: '001 + span bomb, real row after 20,000 empty', html: withSpanBomb(page001, { rows: 20_000, tail: true }), runs: 3 });
pages.push({ name: '001 + tables nested 3,000 deep', html: withNestedTables(page001, 3000), runs: 3 });

const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Row {
  page: string;
  kb: number;
  cells: number;
  tables: number;
  budgetTables: number;
  findings: number;
  parse: number;
  snap: number;
  analyze: number;
  total: number;
  runs: number;
}

function cellsOf(s: PageSnapshot): number {
  return s.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0);
}

const rows: Row[] = [];
for (const p of pages) {
  const parse: number[] = [];
  const snap: number[] = [];
  const analyze: number[] = [];
  const total: number[] = [];
  let last: { snapshot: PageSnapshot; budget: number; findings: number } | null = null;
  // one warm-up run (JIT, module init), not counted
  for (let i = -1; i < p.runs; i++) {
    const t0 = now();
    const { document } = parseHTML(p.html);
    const t1 = now();
    const { snapshot } = snapshotPageSync(document as unknown as Document, `bench:${p.name}`);
    const t2 = now();
    const a = analyzeSnapshot(snapshot);
    const t3 = now();
    if (i < 0) continue;
    parse.push(t1 - t0);
    snap.push(t2 - t1);
    analyze.push(t3 - t2);
    total.push(t3 - t0);
    last = { snapshot, budget: a.summary.tables, findings: a.report.findings.length };
  }
  const row: Row = {
    page: p.name,
    kb: Math.round(Buffer.byteLength(p.html) / 1024),
    cells: cellsOf(last!.snapshot),
    tables: last!.snapshot.tables.length,
    budgetTables: last!.budget,
    findings: last!.findings,
    parse: median(parse),
    snap: median(snap),
    analyze: median(analyze),
    total: median(total),
    runs: p.runs,
  };
  rows.push(row);
  if (!JSON_OUT) process.stderr.write(`  ${p.name}: ${row.total.toFixed(0)} ms\n`);
}

// ---- the corpus PDFs: pages, tables, cells; time to read (pdf.js + lib/pdf) and to check -------------
interface PdfRow {
  pdf: string;
  kb: number;
  pages: number;
  tables: number;
  budgetTables: number;
  cells: number;
  findings: number;
  read: number;
  check: number;
  total: number;
}
const pdfRows: PdfRow[] = [];
const pdfDir = join(root, 'tests', 'fixtures', 'corpus', 'pdf');
const PDF_RUNS = Math.max(1, Math.ceil(RUNS / 2));
for (const f of readdirSync(pdfDir).filter((x) => x.endsWith('.pdf')).sort()) {
  const bytes = readFileSync(join(pdfDir, f));
  const read: number[] = [];
  const check: number[] = [];
  let last: { snapshot: PageSnapshot; pages: number; budget: number; findings: number } | null = null;
  for (let i = -1; i < PDF_RUNS; i++) {
    const t0 = now();
    const r = await readPdfBytes(new Uint8Array(bytes), `bench:${f}`);
    const t1 = now();
    const a = analyzeSnapshot(r.snapshot);
    const t2 = now();
    if (i < 0) continue;
    read.push(t1 - t0);
    check.push(t2 - t1);
    last = { snapshot: r.snapshot, pages: r.pages, budget: a.summary.tables, findings: a.report.findings.length };
  }
  const row: PdfRow = {
    pdf: f.replace(/\.pdf$/, ''),
    kb: Math.round(bytes.byteLength / 1024),
    pages: last!.pages,
    tables: last!.snapshot.tables.length,
    budgetTables: last!.budget,
    cells: cellsOf(last!.snapshot),
    findings: last!.findings,
    read: median(read),
    check: median(check),
    total: median(read) + median(check),
  };
  pdfRows.push(row);
  if (!JSON_OUT) process.stderr.write(`  ${f}: ${row.total.toFixed(0)} ms\n`);
}

if (JSON_OUT) {
  process.stdout.write(JSON.stringify({ node: process.version, runs: RUNS, rows, pdfRuns: PDF_RUNS, pdfRows }, null, 2) + '\n');
} else {
  const ms = (x: number) => x.toFixed(1);
  console.log(`\nLedger Lens bench — node ${process.version}, median of ${RUNS} runs (generated pages: ${Math.max(3, Math.ceil(RUNS / 2))}), times in ms`);
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.page,
        {
          KB: r.kb,
          cells: r.cells,
          tables: r.tables,
          budget: r.budgetTables,
          findings: r.findings,
          'parse (linkedom)': ms(r.parse),
          snapshot: ms(r.snap),
          'parse+snapshot': ms(r.parse + r.snap),
          analyze: ms(r.analyze),
          total: ms(r.total),
        },
      ]),
    ),
  );
  console.log(`\nCorpus PDFs — median of ${PDF_RUNS} run(s); read = pdf.js text + drawing operators + lib/pdf tables and prose; check = model + every rule`);
  console.table(
    Object.fromEntries(
      pdfRows.map((r) => [
        r.pdf,
        { KB: r.kb, pages: r.pages, tables: r.tables, budget: r.budgetTables, cells: r.cells, findings: r.findings, read: ms(r.read), check: ms(r.check), total: ms(r.total) },
      ]),
    ),
  );
  const per = pdfRows.map((r) => r.total / r.pages);
  console.log(`per page: median ${ms(median(per))} ms, max ${ms(Math.max(...per))} ms → a 30-page disclosure ≈ ${(median(per) * 30 / 1000).toFixed(2)} s`);
}
