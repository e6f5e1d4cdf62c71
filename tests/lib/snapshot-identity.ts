/**
 * Does a change to the page reader leave its output as it was? (`npx tsx tests/lib/snapshot-identity.ts
 * [--write FILE] [--check FILE]`): hashes the PageSnapshot that snapshotPageSync and snapshotPage give on
 * every fixture page, the corpus HTML pages, the negative pages and generated pages (big budget pages,
 * a huge non-budget table, random garbage tables, hostile span bombs and nested tables, a prose flood),
 * each read with linkedom (the CLI's DOM) and happy-dom. Run it with `--write` before a change and
 * `--check` after: it lists every page whose snapshot differs. In Chromium, tests/e2e/snapbench.ts
 * `--base` compares the two trees' snapshots the same way.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { snapshotPage, snapshotPageSync } from '../../lib/snapshot/read';
import { bigBudgetPage, hugeNonBudgetPage, proseFloodPage, randomGarbagePage } from '../generators';
import { nestedTablesHtml, spanBombTable, withNestedTables, withSpanBomb } from '../generators/hostilePages';
import { oddCellsPage } from './odd-cells';

const ROOT = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : null);

function pages(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  const dir = (d: string) => {
    const path = join(ROOT, d);
    for (const f of readdirSync(path).filter((x) => x.endsWith('.html')).sort()) out.push({ name: `${d}/${f}`, html: readFileSync(join(path, f), 'utf8') });
  };
  dir('tests/fixtures/pages');
  dir('tests/fixtures/corpus/html');
  dir('tests/fixtures/negative');
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/pages/000_9397a020b08f6624.word.html'), 'utf8');
  for (const seed of [1, 2, 3]) out.push({ name: `bigBudgetPage seed ${seed}`, html: bigBudgetPage({ tables: 30, cellsTarget: 12_000, seed }).html });
  out.push({ name: 'bigBudgetPage word', html: bigBudgetPage({ tables: 10, cellsTarget: 4000, seed: 4, styles: ['word'] }).html });
  out.push({ name: 'hugeNonBudgetPage', html: hugeNonBudgetPage({ rows: 2000 }) });
  for (let seed = 1; seed <= 12; seed++) out.push({ name: `randomGarbagePage ${seed}`, html: randomGarbagePage(seed) });
  out.push({ name: 'span bomb', html: withSpanBomb(fixture, { rows: 3000 }) });
  out.push({ name: 'span bomb tail', html: `<!doctype html><html><body>${spanBombTable({ rows: 500, tail: true, rowspan: '9' })}</body></html>` });
  out.push({ name: 'nested tables 60', html: withNestedTables(fixture, 60) });
  out.push({ name: 'nested tables bare', html: `<!doctype html><html><body>${nestedTablesHtml(12, '<p>a</p><p>1.00</p>')}</body></html>` });
  out.push({ name: 'prose flood', html: proseFloodPage(fixture, { bytes: 200_000, seed: 1 }) });
  for (let seed = 1; seed <= 6; seed++) out.push({ name: `odd cells ${seed}`, html: oddCellsPage(seed) });
  return out;
}

const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happyDoc(html: string): Document {
  const w = new Window({ url: 'http://example.gov.cn/page.html' });
  w.document.write(html);
  return w.document as unknown as Document;
}

const result: Record<string, string> = {};
for (const p of pages()) {
  for (const [dom, make] of [['linkedom', linkedomDoc], ['happy-dom', happyDoc]] as const) {
    // happy-dom parses slowly: the big pages are read with linkedom only
    if (dom === 'happy-dom' && p.html.length > 700_000) continue;
    let doc: Document;
    try {
      doc = make(p.html);
    } catch {
      continue; // happy-dom's parser gives up on some garbage markup: that page is read with linkedom only
    }
    const sync = snapshotPageSync(doc, 'http://example.gov.cn/page.html').snapshot;
    result[`${p.name} · ${dom} · sync`] = hash(sync);
    const d = make(p.html);
    const chunked = (await snapshotPage(d, { sliceMs: 2 })).snapshot;
    result[`${p.name} · ${dom} · chunked`] = hash({ ...chunked, url: '' });
  }
}
const write = opt('--write');
const check = opt('--check');
if (write) writeFileSync(write, JSON.stringify(result, null, 1));
if (check) {
  const before = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(before), ...Object.keys(result)]);
  const differ = [...keys].filter((k) => before[k] !== result[k]);
  for (const k of differ) console.log(`DIFFERS  ${k}  ${before[k] ?? '–'} → ${result[k] ?? '–'}`);
  console.log(`${keys.size - differ.length} of ${keys.size} snapshots identical`);
  if (differ.length) process.exitCode = 1;
}
if (!write && !check) for (const [k, v] of Object.entries(result)) console.log(v, k);
