/**
 * The overlay on every fixture page, reached the automatic way (a *.gov.cn address): highlights sit
 * on exactly the cells of each finding, the panel lists every finding, the badge counts the
 * problems, and the page never runs a long task it would not run without us (recorded, loosely bounded).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  artifactPath,
  badgeText,
  ensureBuilt,
  installGridHelper,
  launch,
  listHtml,
  overlayEval,
  ov,
  PAGES_DIR,
  recordLongTasks,
  serveFixtures,
  settleScroll,
  waitForOverlay,
  waitForTabState,
  writeArtifact,
  type Browser,
  type Fixtures,
} from './harness';
import { cellKeys, expectedAnalysis } from './expected';

const pages = listHtml(PAGES_DIR);
let fx: Fixtures;
let b: Browser;
const longTasks: Record<string, number[]> = {};
const timings: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  const ext = ensureBuilt();
  fx = await serveFixtures();
  b = await launch(ext, fx.port);
  await recordLongTasks(b.ctx);
});

afterAll(async () => {
  writeArtifact('e2e-longtasks.json', JSON.stringify({ longTasks, timings }, null, 2));
  await b?.close();
  await fx?.close();
});

interface DrawnBox {
  finding: number;
  role: string;
  cell: string;
  box: { x: number; y: number; w: number; h: number };
  target: { x: number; y: number; w: number; h: number } | null;
}

async function drawnBoxes(page: Page): Promise<DrawnBox[]> {
  // the boxes from the overlay (its world), the cells from the page (cellElementAt in the page's world)
  const drawn = await overlayEval(page, (v) =>
    [...(v.root?.querySelectorAll<HTMLElement>('.ll-box') ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { finding: Number(el.dataset.finding), role: el.dataset.role!, cell: el.dataset.cell!, box: { x: r.x, y: r.y, w: r.width, h: r.height } };
    }),
  );
  await installGridHelper(page);
  const targets = await page.evaluate((cells) => {
    const grid = (globalThis as unknown as { __llGrid: { cellElementAt(t: Element, r: number, c: number): Element | null } }).__llGrid;
    const tables = document.getElementsByTagName('table');
    return cells.map((key) => {
      const [t, r, c] = key.split(':').map(Number) as [number, number, number];
      const el = tables[t] ? grid.cellElementAt(tables[t]!, r, c) : null;
      const b = el?.getBoundingClientRect();
      return b ? { x: b.x, y: b.y, w: b.width, h: b.height } : null;
    });
  }, drawn.map((d) => d.cell));
  return drawn.map((d, i) => ({ ...d, target: targets[i] ?? null }));
}

describe.each(pages)('%s', (file) => {
  it('draws the analysis on the page: boxes on the exact cells, panel, badge', async () => {
    const expected = expectedAnalysis(file);
    const page = await b.ctx.newPage();
    try {
      const url = fx.gov(`pages/${file}`);
      await page.goto(url);
      const state = await waitForTabState(b, url, ['on', 'no-tables', 'error']);
      expect(state.status).toBe('on');
      await waitForOverlay(page);

      // the overlay shows the same analysis as the CLI on the saved file
      expect(state.summary).toMatchObject({
        tables: expected.summary.tables,
        problems: expected.summary.problems,
        errors: expected.summary.errors,
        warnings: expected.summary.warnings,
        rounding: expected.summary.rounding,
        notRun: expected.summary.notRun,
      });

      // badge: problems = errors + warnings (a quiet ✓ when there are none)
      const badge = await badgeText(b, state.tabId);
      expect(badge).toBe(expected.summary.problems > 0 ? String(expected.summary.problems) : '✓');

      // every finding with cells: one box per cell, each exactly over the cell cellElementAt names
      await expect
        .poll(() => overlayEval(page, (v) => v.timings.firstHighlight !== undefined || !v.root?.querySelector('.ll-marker')))
        .toBe(true);
      const boxes = (await drawnBoxes(page)).filter((x) => x.role === 'finding');
      const drawn = new Map<number, string[]>();
      for (const x of boxes) drawn.set(x.finding, [...(drawn.get(x.finding) ?? []), x.cell]);
      expected.report.findings.forEach((f, i) => {
        const want = f.table === null ? [] : cellKeys(f.table, f.cells);
        expect(drawn.get(i)?.sort() ?? [], `finding ${i}: ${f.message}`).toEqual(want);
      });
      for (const x of boxes) {
        expect(x.target, `cell ${x.cell} exists`).not.toBeNull();
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(x.box[k] - x.target![k]), `${x.cell}.${k}`).toBeLessThan(0.51);
      }

      // ✓ marks: one element per table, one background layer per mark, each on the top-right corner of a
      // relation's first cell (the tables near the viewport are drawn)
      const sets = await overlayEval(page, (v) =>
        [...(v.root?.querySelectorAll<HTMLElement>('.ll-verified') ?? [])].map((el) => {
          const r = el.getBoundingClientRect();
          const cs = getComputedStyle(el);
          return { x: r.x, y: r.y, marks: Number(el.dataset.marks), image: cs.backgroundImage, positions: cs.backgroundPosition.split(',').map((p) => p.trim().split(/\s+/).map(parseFloat) as [number, number]) };
        }),
      );
      const holds = expected.verified.filter((x) => x.table !== null && x.cells.length > 0);
      await installGridHelper(page);
      const corners = await page.evaluate((cells) => {
        const grid = (globalThis as unknown as { __llGrid: { cellElementAt(t: Element, r: number, c: number): Element | null } }).__llGrid;
        const tables = document.getElementsByTagName('table');
        return cells.map(([t, r, c]) => {
          const b = tables[t] ? grid.cellElementAt(tables[t]!, r, c)?.getBoundingClientRect() : undefined;
          return b ? [b.x + b.width - 6, b.y - 6] : null;
        });
      }, holds.map((x) => [x.table!, x.cells[0]![0], x.cells[0]![1]] as [number, number, number]));
      // a relation's cell on screen: its table is near the viewport, its marks are drawn
      const height = page.viewportSize()!.height;
      if (corners.some((c) => c && c[1]! > 0 && c[1]! < height)) expect(sets.length, 'some ✓ marks are drawn').toBeGreaterThan(0);
      for (const set of sets) {
        expect(set.positions, 'a layer per mark').toHaveLength(set.marks);
        expect(set.image.match(/url\("data:image\/png/g) ?? [], 'each layer the ✓ image').toHaveLength(set.marks);
        for (const [px, py] of set.positions) {
          const at = [set.x + px, set.y + py];
          expect(corners.some((c) => c && Math.abs(c[0]! - at[0]!) < 0.51 && Math.abs(c[1]! - at[1]!) < 0.51), `✓ at ${at}`).toBe(true);
        }
      }

      // one marker per finding that has cells
      const markers = await ov(page, '.ll-marker').count();
      expect(markers).toBe(expected.report.findings.filter((f) => f.table !== null && f.cells.length > 0).length);

      // the panel lists every finding (all severities are shown by default)
      const items = ov(page, '.ll-item');
      expect(await items.count()).toBe(expected.report.findings.length);
      const texts = await items.texts();
      expected.report.findings.forEach((f, i) => expect(texts.some((x) => x.includes(f.message)), `panel lists finding ${i}`).toBe(true));

      // a picture of the overlay at the first finding: panel, boxes, card
      const first = expected.report.findings.findIndex((f) => f.table !== null && f.cells.length > 0);
      if (first >= 0) {
        await ov(page, `.ll-item[data-finding="${first}"]`).click();
        await ov(page, '.ll-card').waitFor();
        await settleScroll(page);
      }
      await page.screenshot({ path: artifactPath('screenshots', file.replace(/\.html$/, '.png')) });

      longTasks[file] = await page.evaluate(() => (window as unknown as { __llLongTasks: number[] }).__llLongTasks);
      timings[file] = await overlayEval(page, (v) => v.timings);
      // the overlay's fonts were looked up while the analysis was on its way (fonts.ts warmFonts), not in the panel's first layout
      expect(timings[file]!.prepared, 'fonts found after the read').toBeGreaterThan(timings[file]!.snapshot!);
      // sanity bound only: nothing near a frozen page (timings are reported by the benchmark)
      expect(Math.max(0, ...longTasks[file]!)).toBeLessThan(3000);
    } finally {
      await page.close();
    }
  });
});
