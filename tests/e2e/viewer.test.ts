/**
 * The PDF viewer in real Chromium: a corpus PDF opened from a served link and from a local file,
 * the overlay drawn on it, every highlight box exactly on the cell box the PDF reader gives (PDF
 * points × zoom, from the page's corner), the panel listing every finding the CLI finds on the same
 * file; a PDF tab reached through the toolbar button opens in the viewer; broken files are said to be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzeSnapshot } from '../../lib/analyze';
import { readPdfFile } from '../../lib/pdf/node';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { buildGrid } from '../../lib/tables/grid';
import { artifactPath, clickToolbar, ensureBuilt, launch, PDF_DIR, serveFixtures, settleScroll, type Browser, type Fixtures } from './harness';

// a PDF with a reviewed real discrepancy: its finding's card highlights the table cell it disagrees with
const FILE = 'sh-putuo-ghzy-2024-dept-final.pdf';
let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  fx = await serveFixtures();
  b = await launch(ensureBuilt(), fx.port);
});
afterAll(async () => {
  await b?.close();
  await fx?.close();
});

const viewer = (q = '') => `chrome-extension://${b.extId}/viewer.html${q}`;

/** What the CLI reads and finds on the same file (the viewer falls back to the file name as title). */
async function expected(file: string) {
  const r = await readPdfFile(join(PDF_DIR, file));
  const snapshot: PageSnapshot = { ...r.snapshot, title: r.snapshot.title || file };
  return { snapshot, analysis: analyzeSnapshot(snapshot) };
}

async function waitDone(page: Page, timeout = 90_000) {
  await page.waitForFunction(
    () => {
      const bar = document.querySelector('.vb');
      return !!bar && (!!bar.querySelector('.vb-status, .vb-alert') && !bar.querySelector('.vb-progress'));
    },
    undefined,
    { timeout },
  );
}

/** The reader's box of grid cell (row, col) of a table snapshot (rowspan/colspan expanded). */
function cellBox(snapshot: PageSnapshot, table: number, row: number, col: number) {
  const t = snapshot.tables.find((x) => x.index === table)!;
  const g = buildGrid(t.rows.map((r) => r.map((c) => ({ ...c }))));
  return g.slots[row]?.[col]?.cell.box ?? null;
}

async function checkOverlay(page: Page, file: string) {
  const { snapshot, analysis } = await expected(file);
  await page.waitForFunction(() => (document.querySelector('.ll-host') as HTMLElement | null)?.dataset.status === 'on', undefined, { timeout: 30_000 });
  // the panel lists every finding the CLI finds
  const items = page.locator('.ll-host .ll-item');
  await expect.poll(() => items.count()).toBe(analysis.report.findings.length);
  const status = await page.locator('.vb-status').textContent();
  expect(status).toContain(`${analysis.summary.tables}`);

  // every drawn box sits on the reader's cell box: page corner + box × zoom
  const findingWithCells = analysis.report.findings.findIndex((f) => (f.table !== null && f.cells.length > 0) || f.related.length > 0);
  expect(findingWithCells, 'a finding with cells to draw').toBeGreaterThanOrEqual(0);
  if (findingWithCells >= 0) {
    await page.locator(`.ll-host .ll-item[data-finding="${findingWithCells}"]`).click();
    await settleScroll(page);
  }
  const drawn = await page.evaluate(() => {
    const root = document.querySelector('.ll-host')!.shadowRoot!;
    const zoom = Number(getComputedStyle(document.getElementById('pages')!).getPropertyValue('--total-scale-factor'));
    const pages = [...document.querySelectorAll<HTMLElement>('.ll-page')].map((p) => {
      const r = p.getBoundingClientRect();
      return { x: r.x, y: r.y };
    });
    return {
      zoom,
      pages,
      boxes: [...root.querySelectorAll<HTMLElement>('.ll-box')].map((el) => {
        const r = el.getBoundingClientRect();
        return { cell: el.dataset.cell!, role: el.dataset.role ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    };
  });
  expect(drawn.boxes.length, 'highlights drawn').toBeGreaterThan(0);
  for (const d of drawn.boxes) {
    const [t, r, c] = d.cell.split(':').map(Number) as [number, number, number];
    const box = cellBox(snapshot, t, r, c);
    expect(box, `reader box of ${d.cell}`).not.toBeNull();
    const origin = drawn.pages[box!.page - 1]!;
    const want = { x: origin.x + box!.x * drawn.zoom, y: origin.y + box!.y * drawn.zoom, w: box!.w * drawn.zoom, h: box!.h * drawn.zoom };
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(d[k] - want[k]), `${d.cell}.${k}`).toBeLessThan(1.01);
  }
  return analysis;
}

describe('PDF viewer', () => {
  it('opens a served PDF link, draws the overlay on the reader’s cells, lists every finding', async () => {
    const page = await b.ctx.newPage();
    try {
      await page.goto(viewer(`?file=${encodeURIComponent(fx.local(`pdf/${FILE}`))}`));
      await waitDone(page);
      await checkOverlay(page, FILE);
      // the text layer is there: the PDF's text can be selected and found
      expect(await page.locator('.textLayer span').count()).toBeGreaterThan(50);
      await page.screenshot({ path: artifactPath('viewer', 'link.png') });
    } finally {
      await page.close();
    }
  });

  it('opens a local file chosen in the viewer', async () => {
    const page = await b.ctx.newPage();
    try {
      await page.goto(viewer());
      await expect.poll(() => page.locator('.vb-empty').count()).toBe(1);
      await page.locator('input.vb-file').setInputFiles(join(PDF_DIR, FILE));
      await waitDone(page);
      await checkOverlay(page, FILE);
      await page.screenshot({ path: artifactPath('viewer', 'local-file.png') });
    } finally {
      await page.close();
    }
  });

  it('the toolbar button on a tab showing a PDF opens it in the viewer', async () => {
    const page = await b.ctx.newPage();
    try {
      // served without CORS headers: only the access the toolbar click granted (activeTab) lets the viewer read it
      const url = fx.local(`pdf-nocors/${FILE}`);
      await page.goto(url).catch(() => undefined); // the browser's PDF viewer may report an aborted navigation
      const opened = b.ctx.waitForEvent('page', { predicate: (p) => p.url().startsWith(viewer()) });
      await clickToolbar(b, page);
      const v = await opened;
      expect(decodeURIComponent(new URL(v.url()).searchParams.get('file') ?? '')).toBe(url);
      await waitDone(v);
      await checkOverlay(v, FILE);
      await v.close();
    } finally {
      await page.close();
    }
  });

  it('a code cell of a table drawn from the PDF gets its code card on hover', async () => {
    const { snapshot, analysis } = await expected(FILE);
    // a classification code the core read, and the reader's box of its cell
    const info = (analysis.codes ?? []).find((c) => c.domain !== 'unit' && cellBox(snapshot, c.table, c.cell[0], c.cell[1]));
    expect(info, 'a classification code cell in the file').toBeTruthy();
    const box = cellBox(snapshot, info!.table, info!.cell[0], info!.cell[1])!;
    const page = await b.ctx.newPage();
    try {
      await page.goto(viewer(`?file=${encodeURIComponent(fx.local(`pdf/${FILE}`))}`));
      await waitDone(page);
      await page.waitForFunction(() => (document.querySelector('.ll-host') as HTMLElement | null)?.dataset.status === 'on', undefined, { timeout: 30_000 });
      const at = await page.evaluate((b) => {
        const zoom = Number(getComputedStyle(document.getElementById('pages')!).getPropertyValue('--total-scale-factor'));
        const pageEl = document.querySelectorAll<HTMLElement>('.ll-page')[b.page - 1]!;
        pageEl.scrollIntoView({ block: 'start' });
        const r = pageEl.getBoundingClientRect();
        // bring the cell to the middle of the viewport, then give its centre
        window.scrollBy(0, r.top + b.y * zoom - innerHeight / 2);
        const r2 = pageEl.getBoundingClientRect();
        return { x: r2.left + (b.x + b.w / 2) * zoom, y: r2.top + (b.y + b.h / 2) * zoom };
      }, box);
      await settleScroll(page);
      await page.mouse.move(at.x, at.y);
      const card = page.locator('.ll-host .ll-term');
      await expect.poll(async () => (await card.count()) && ((await card.textContent()) ?? ''), { timeout: 10_000 }).toContain(info!.code);
      await page.screenshot({ path: artifactPath('viewer', 'code-card.png') });
    } finally {
      await page.close();
    }
  });

  it('says plainly when a file cannot be read, and never reports it clean', async () => {
    const page = await b.ctx.newPage();
    try {
      await page.goto(viewer());
      const pdf = readFileSync(join(PDF_DIR, FILE));
      const cases = [
        { name: 'broken.pdf', buffer: pdf.subarray(0, 2000), says: /损坏|damaged/ },
        { name: 'notes.pdf', buffer: Buffer.from('这不是 PDF'), says: /不是 PDF|not a PDF/ },
      ];
      for (const c of cases) {
        await page.locator('input.vb-file').setInputFiles({ name: c.name, mimeType: 'application/pdf', buffer: c.buffer });
        await waitDone(page);
        const alert = page.locator('.vb-alert');
        await expect.poll(() => alert.textContent()).toMatch(c.says);
        expect(await page.locator('.vb-status').count(), 'no summary for an unread file').toBe(0);
      }
      await page.screenshot({ path: artifactPath('viewer', 'broken.png') });
      // a site that does not answer cross-origin reads: the viewer asks for that one site, with a button
      await page.goto(viewer(`?file=${encodeURIComponent(fx.local(`pdf-nocors/${FILE}`))}`));
      await waitDone(page);
      expect(await page.locator('.vb-alert').textContent()).toMatch(/允许读取 http:\/\/127\.0\.0\.1/);
      expect(await page.locator('.vb-alert button').count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
