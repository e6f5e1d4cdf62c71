/**
 * Write generated pages to disk (they are too large to commit).
 *   npx tsx tests/generators/write-pages.ts                # tests/fixtures/negative/huge-plain.html (5,000 rows)
 *   npx tsx tests/generators/write-pages.ts huge-plain 20000 out.html
 *   npx tsx tests/generators/write-pages.ts big-budget 7 out.html     # seed 7, planted values in out.html.json
 *   npx tsx tests/generators/write-pages.ts garbage 42 out.html
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigBudgetPage } from './bigBudgetPage';
import { hugeNonBudgetPage } from './hugeNonBudgetPage';
import { randomGarbagePage } from './randomGarbageTable';

const here = dirname(fileURLToPath(import.meta.url));
const [what = 'huge-plain', arg, outArg] = process.argv.slice(2);

if (what === 'huge-plain') {
  const out = outArg ?? join(here, '../fixtures/negative/huge-plain.html');
  writeFileSync(out, hugeNonBudgetPage({ rows: arg ? Number(arg) : 5000 }));
  console.log(out);
} else if (what === 'big-budget') {
  const out = outArg ?? 'big-budget.html';
  const page = bigBudgetPage({ seed: arg ?? 1 });
  writeFileSync(out, page.html);
  writeFileSync(`${out}.json`, JSON.stringify(page.tables, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 1));
  console.log(out, `${page.tables.length} tables, ${page.tdCount} td`);
} else if (what === 'garbage') {
  const out = outArg ?? 'garbage.html';
  writeFileSync(out, randomGarbagePage(arg ?? 1));
  console.log(out);
} else {
  console.error(`unknown page kind: ${what} (huge-plain | big-budget | garbage)`);
  process.exit(2);
}
