/**
 * `npm run demo`: builds the extension, serves the sample pages (tests/fixtures/pages) on a local
 * server reached as a *.gov.cn address (so the extension runs by itself, as it does for users), then
 *   - with a display ($DISPLAY): opens Chromium with the extension on the sample pages; close the
 *     window to end;
 *   - headless: screenshots each page with the overlay to artifacts/demo/ and prints what the
 *     overlay shows: tables found, every finding with its arithmetic, as read from the overlay itself.
 * It also opens a corpus PDF in the extension's PDF viewer (as a PDF link opens there).
 * `npm run demo -- --all` uses all nine fixture pages instead of one per document, and every corpus PDF.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  artifactPath,
  ensureBuilt,
  launch,
  listHtml,
  ov,
  PAGES_DIR,
  PDF_DIR,
  serveFixtures,
  settleScroll,
  waitForOverlay,
  waitForTabState,
} from '../e2e/harness';

const all = process.argv.includes('--all');
const listFiles = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();
/** Corpus PDFs opened in the viewer (all of them with --all). */
const DEMO_PDFS = all ? listFiles(PDF_DIR, '.pdf') : ['sh-putuo-ghzy-2024-dept-final.pdf'];
const files = listHtml(PAGES_DIR).filter((f) => all || f.endsWith('.merged.html'));
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');

console.log('building the extension…');
const ext = ensureBuilt();
const fx = await serveFixtures();
const b = await launch(ext, fx.port, { headless: !headed });

if (headed) {
  for (const f of files) await (await b.ctx.newPage()).goto(fx.gov(`pages/${f}`));
  for (const pdf of DEMO_PDFS) await (await b.ctx.newPage()).goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(fx.local(`pdf/${pdf}`))}`);
  await b.ctx.pages().find((p) => p.url() === 'about:blank')?.close();
  console.log(`Chromium is open with ${files.length} sample pages (${fx.gov('pages/')}…). Close the window to end.`);
  await new Promise<void>((r) => b.ctx.on('close', () => r()));
  await fx.close();
  process.exit(0);
}

/** Terminal columns: CJK characters and full-width punctuation take two. */
function cols(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\u3000-\u303f]/.test(ch) ? 2 : 1;
  return n;
}

/** Print every finding of the panel with its card's arithmetic, as the overlay shows them. */
/**
 * Print every finding of the panel with its card's arithmetic, as the overlay shows them. On a web
 * page the overlay's shadow root is closed (read from the content script's world: `ov`); in the
 * viewer, an extension page, it is open.
 */
async function printPanel(page: Page, where: 'page' | 'viewer', shot: string): Promise<void> {
  const headOf = (el: Element) => {
    const group = el.closest('.ll-group');
    const title = group?.querySelector('.ll-group-head .t')?.textContent?.trim() ?? '';
    const unit = group?.querySelector('.ll-group-head .n')?.textContent?.trim() ?? '';
    const kind = /k-(\w+)/.exec(el.className)?.[1] ?? '';
    const m = el.querySelector('.m');
    const sr = m?.querySelector('.ll-sr')?.textContent ?? '';
    const detail = m?.querySelector('.d')?.textContent ?? '';
    const message = (m?.textContent ?? '').replace(sr, '').replace(detail, '').trim();
    return { title, unit, kind, message };
  };
  const cardOf = (c: Element) => {
    const rows = [...c.querySelectorAll('.ll-arith tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));
    return { rows, cause: c.querySelector('.ll-cause')?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
  };
  const inPage = where === 'page';
  const items = page.locator('.ll-host .ll-item');
  const n = inPage ? await ov(page, '.ll-item').count() : await items.count();
  for (let i = 0; i < n; i++) {
    const head = inPage ? (await ov(page, '.ll-item', i).eval(headOf))! : await items.nth(i).evaluate(headOf);
    console.log(`\n   [${head.kind}] ${head.title}${head.unit ? `（${head.unit}）` : ''}\n   ${head.message}`);
    if (inPage) await ov(page, '.ll-item', i).click();
    else await items.nth(i).click();
    const cardEl = inPage ? ov(page, '.ll-card') : null;
    if (cardEl) await cardEl.waitFor(5000).catch(() => undefined);
    else await page.locator('.ll-host .ll-card').waitFor({ timeout: 5000 }).catch(() => undefined);
    const card = (cardEl ? await cardEl.eval(cardOf) : (await page.locator('.ll-host .ll-card').count()) ? await page.locator('.ll-host .ll-card').evaluate(cardOf) : undefined) ?? {
      rows: [],
      cause: '',
    };
    const rows = card.rows.map((r) => (r.length > 1 ? [r[0]!.replace(/^([+=])/, '$1 '), r[1]!] : r));
    const width = Math.max(0, ...rows.map((r) => (r.length > 1 ? cols(r[0]!) : 0)));
    for (const r of rows) console.log(r.length > 1 ? `      ${r[0]}${' '.repeat(width + 2 - cols(r[0]!))}${r[1]!.padStart(18)}` : `      ${r[0]}`);
    if (card.cause) console.log(`      ${card.cause}`);
    if (i === 0) {
      await settleScroll(page);
      await page.screenshot({ path: shot });
    }
  }
  if (n === 0) await page.screenshot({ path: shot });
}

for (const f of files) {
  const page = await b.ctx.newPage();
  const url = fx.gov(`pages/${f}`);
  await page.goto(url);
  const st = await waitForTabState(b, url, ['on', 'no-tables', 'error'], 120_000);
  console.log(`\n━━ ${f}  (${url})`);
  if (st.status !== 'on' || !st.summary) {
    console.log(`   ${st.status} ${st.error ?? ''}`);
    await page.close();
    continue;
  }
  await waitForOverlay(page);
  const s = st.summary;
  console.log(`   ${s.tables} tables · ${s.relationsChecked} relations checked · ${s.problems} problems (${s.errors} errors, ${s.warnings} warnings) · ${s.rounding} rounding differences · ${s.notRun} checks could not run`);
  await printPanel(page, 'page', artifactPath('demo', f.replace(/\.html$/, '.png')));
  await page.close();
}

// a disclosure PDF in the extension's own viewer (reached from a link, as the context menu opens it)
for (const pdf of DEMO_PDFS) {
  const page = await b.ctx.newPage();
  const link = fx.local(`pdf/${pdf}`);
  await page.goto(`chrome-extension://${b.extId}/viewer.html?file=${encodeURIComponent(link)}`);
  console.log(`\n━━ ${pdf}  (PDF viewer, ${link})`);
  await page.waitForFunction(() => !!document.querySelector('.vb-status, .vb-alert') && !document.querySelector('.vb-progress'), undefined, { timeout: 180_000 });
  console.log(`   ${((await page.locator('.vb-status, .vb-alert').first().textContent()) ?? '').trim()}`);
  await printPanel(page, 'viewer', artifactPath('demo', pdf.replace(/\.pdf$/, '.viewer.png')));
  await page.close();
}
console.log(`\nscreenshots: ${join('artifacts', 'demo')}/`);
await b.close();
await fx.close();
