/**
 * The overlay as a user drives it, started from the toolbar button on a page that is not a
 * government site (activeTab path): hover/focus shows the arithmetic, the keyboard works the
 * panel, the unit switch converts, figures show all units on hover, the page re-checks when a
 * table changes, and turning the overlay off leaves the page byte-identical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { convertAmount } from '../../lib/figures/display';
import { groupDigits, signed } from '../../components/format';
import {
  artifactPath,
  badgeText,
  clickToolbar,
  ensureBuilt,
  installGridHelper,
  launch,
  overlayEval,
  overlayShown,
  ov,
  PAGES_DIR,
  serveFixtures,
  settleScroll,
  tabState,
  waitForOverlay,
  waitForTabState,
  type Browser,
  type Fixtures,
} from './harness';
import { expectedAnalysis } from './expected';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// a document in 元 with errors (004) and one in 万元 with rounding differences (000)
const YUAN = '004_c5440fdc5d943430.plain.html';
const WAN = '000_9397a020b08f6624.merged.html';

let fx: Fixtures;
let b: Browser;

beforeAll(async () => {
  const ext = ensureBuilt();
  fx = await serveFixtures();
  b = await launch(ext, fx.port);
});

afterAll(async () => {
  await b?.close();
  await fx?.close();
});

async function openChecked(file: string, path = `pages/${file}`): Promise<{ page: Page; url: string; tabId: number }> {
  const page = await b.ctx.newPage();
  const url = fx.local(path);
  await page.goto(url);
  await page.waitForTimeout(300);
  // nothing runs by itself here: 127.0.0.1 is not a government site and was not added
  expect(await overlayShown(page)).toBe(false);
  await clickToolbar(b, page);
  const st = await waitForTabState(b, url, ['on', 'no-tables', 'error']);
  expect(st.status).toBe('on');
  await waitForOverlay(page);
  return { page, url, tabId: st.tabId };
}

const root = (page: Page, css: string) => ov(page, css);

describe('toolbar run on a non-government page', () => {
  it('shows the arithmetic on marker focus, works by keyboard, and leaves the page byte-identical when turned off', async () => {
    const expected = expectedAnalysis(YUAN);
    const page = await b.ctx.newPage();
    const url = fx.local(`pages/${YUAN}`);
    await page.goto(url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbar(b, page);
    const st = await waitForTabState(b, url, ['on']);
    await waitForOverlay(page);
    expect(await badgeText(b, st.tabId)).toBe(expected.summary.problems ? String(expected.summary.problems) : '✓');

    // focus a marker (keyboard users reach it with Tab): the card explains the relation with numbers
    const i = expected.report.findings.findIndex((f) => f.severity === 'error' && f.difference !== undefined && f.table !== null);
    expect(i).toBeGreaterThanOrEqual(0);
    const f = expected.report.findings[i]!;
    await root(page, `.ll-marker[data-finding="${i}"]`).focus();
    const card = root(page, '.ll-card');
    await card.waitFor();
    const text = await card.text();
    expect(text).toContain(groupDigits(f.expected!));
    expect(text).toContain(groupDigits(f.actual!));
    expect(text).toContain(signed(f.difference!));
    expect(text).toContain(f.unit!);
    if (f.cause) expect(text).toContain(f.cause.zh);
    // while the card is open the other cells of the relation are outlined too
    expect(await root(page, `.ll-box[data-role="related"][data-finding="${i}"], .ll-box[data-role="active"][data-finding="${i}"]`).count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('screenshots', 'card-focus.png') });

    // hover: moving the pointer onto another marker shows that card
    const j = expected.report.findings.findIndex((g, k) => k !== i && g.table !== null && g.cells.length > 0);
    if (j >= 0) {
      await root(page, `.ll-marker[data-finding="${j}"]`).hover();
      await expect.poll(async () => await root(page, '.ll-card').text()).toContain(expected.report.findings[j]!.message.slice(0, 20));
    }

    // keyboard in the panel: arrows move, Enter goes to the finding, Escape closes the card, then collapses
    await root(page, '.ll-panel h2').hover(); // a keyboard user's pointer rests out of the way
    await root(page, '.ll-item[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = await overlayEval(page, (v) => (v.root?.activeElement as HTMLElement | null)?.dataset.idx);
    expect(focused).toBe('1');
    await page.keyboard.press('Enter');
    const chosen = Number(await overlayEval(page, (v) => (v.root!.activeElement as HTMLElement).dataset.finding));
    await expect.poll(async () => await root(page, '.ll-card .ll-card-msg').text()).toBe(expected.report.findings[chosen]!.message);
    await expect.poll(() => root(page, `.ll-item[data-finding="${chosen}"]`).attr('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => root(page, '.ll-card').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => root(page, '.ll-pill').count()).toBe(1);
    expect(await root(page, '.ll-panel').count()).toBe(0);
    await root(page, '.ll-pill').click();
    await root(page, '.ll-panel').waitFor();

    // a live region carries the summary
    await expect.poll(async () => await root(page, '[role="status"][aria-live="polite"]').text()).toContain(String(expected.summary.tables));

    // filter: hiding errors removes their markers and list items
    const errors = expected.report.findings.filter((x) => x.severity === 'error').length;
    const markersBefore = await root(page, '.ll-marker').count();
    await root(page, '.ll-chipbtn.k-error').click();
    await expect.poll(() => root(page, '.ll-item.k-error').count()).toBe(0);
    expect(await root(page, '.ll-marker').count()).toBe(markersBefore - expected.report.findings.filter((x) => x.severity === 'error' && x.table !== null && x.cells.length).length);
    expect(errors).toBeGreaterThan(0);
    await root(page, '.ll-chipbtn.k-error').click();

    // the popup shows the same summary (opened as a page on this tab's state, for a picture)
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 340, height: 330 });
    await popup.goto(`chrome-extension://${b.extId}/popup.html?tab=${st.tabId}`);
    await expect.poll(async () => (await popup.locator('.pp-big').textContent()) ?? '').toContain(String(expected.summary.problems));
    expect(await popup.locator('.pp-counts').textContent()).toContain(String(expected.summary.relationsChecked));
    await popup.screenshot({ path: artifactPath('screenshots', 'popup.png') });
    await popup.close();

    // turn off from the panel: the page is exactly as it was
    await root(page, '.ll-panel button[aria-label="关闭标注"]').click();
    await expect.poll(() => overlayShown(page)).toBe(false);
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    expect(after).toBe(before);
    await expect.poll(async () => (await tabState(b, url))?.status).toBe('off');
    expect(await badgeText(b, st.tabId)).toBe('');
    await page.close();
  });

  it('converts units exactly, per table and page-wide, and shows every figure in all units on hover', async () => {
    const expected = expectedAnalysis(YUAN);
    const { page } = await openChecked(YUAN);
    // the first table with amounts in 元
    const amounts = expected.amounts.filter((a) => a.unit === '元');
    const table = amounts[0]!.table;
    await page.evaluate((t) => document.getElementsByTagName('table')[t]!.scrollIntoView({ block: 'start' }), table);

    await root(page, '.ll-controls select').select('万元');
    await root(page, `.ll-unit-chip[data-cell^="${table}:"]`).first().waitFor();
    // chips from the overlay's world, their cells from the page's
    const drawnChips = await overlayEval(
      page,
      (v, t) =>
        [...(v.root?.querySelectorAll<HTMLElement>('.ll-unit-chip') ?? [])]
          .filter((c) => c.dataset.cell!.startsWith(`${t}:`))
          .map((c) => ({ cell: c.dataset.cell!, text: c.textContent!, box: c.getBoundingClientRect().toJSON() as DOMRect })),
      table,
    );
    await installGridHelper(page);
    const cellBoxes = await page.evaluate((keys) => {
      const grid = (globalThis as unknown as { __llGrid: { cellElementAt(t: Element, r: number, c: number): Element | null } }).__llGrid;
      const tables = document.getElementsByTagName('table');
      return keys.map((k) => {
        const [ti, r, col] = k.split(':').map(Number) as [number, number, number];
        return grid.cellElementAt(tables[ti]!, r, col)!.getBoundingClientRect().toJSON() as DOMRect;
      });
    }, drawnChips.map((c) => c.cell));
    const chips = drawnChips.map(({ cell: key, text, box }, k) => {
      const cell = cellBoxes[k]!;
      return { cell: key, text, right: box.right - cell.right, top: box.top - cell.top, h: box.height - cell.height, w: box.width - cell.width };
    });
    const inTable = amounts.filter((a) => a.table === table);
    expect(chips.length).toBe(inTable.length);
    for (const a of inTable) {
      const chip = chips.find((c) => c.cell === `${a.table}:${a.cell[0]}:${a.cell[1]}`);
      expect(chip, `chip for ${a.cell}`).toBeDefined();
      expect(chip!.text).toBe(groupDigits(convertAmount(a.value, a.decimals, '元', '万元')));
      // over the cell, 1px inside its borders; a longer figure grows leftwards
      expect(Math.abs(chip!.right + 1)).toBeLessThan(0.51);
      expect(Math.abs(chip!.top - 1)).toBeLessThan(0.51);
      expect(Math.abs(chip!.h + 2)).toBeLessThan(0.51);
      expect(chip!.w).toBeGreaterThanOrEqual(-2.5);
    }
    expect(await root(page, '.ll-unit-banner').first().text()).toContain('万元');
    await page.screenshot({ path: artifactPath('screenshots', 'unit-switch-wan.png') });

    // per table: this table back to as written, others stay converted
    const group = `.ll-group:has(button[title$="${(expected.report.tables.find((x) => x.index === table)?.title ?? '').replace(/"/g, '\\"')}"])`;
    // a table's unit switch is a button until focus (or the pointer) comes to it, then the select itself, focused
    expect(await root(page, `${group} select`).count()).toBe(0);
    await root(page, `${group} button.ll-select`).first().focus();
    const groupSelect = root(page, `${group} select`).first();
    await expect.poll(() => groupSelect.isFocused()).toBe(true);
    await groupSelect.select('asWritten');
    await expect.poll(() => root(page, `.ll-unit-chip[data-cell^="${table}:"]`).count()).toBe(0);

    // page-wide 亿元
    await root(page, '.ll-controls select').select('亿元');
    await groupSelect.select('亿元');
    await expect.poll(() => root(page, `.ll-unit-chip[data-cell^="${table}:"]`).count()).toBe(inTable.length);
    const a0 = inTable[0]!;
    expect(await root(page, `.ll-unit-chip[data-cell="${table}:${a0.cell[0]}:${a0.cell[1]}"]`).text()).toBe(
      groupDigits(convertAmount(a0.value, a0.decimals, '元', '亿元')),
    );

    // hover a figure: its value in 元, 万元 and 亿元, the written one marked
    await root(page, '.ll-controls select').select('asWritten');
    await groupSelect.select('asWritten');
    const a = inTable.find((x) => x.value !== '0.00') ?? a0;
    await installGridHelper(page);
    const box = await page.evaluate(
      ([t, r, c]) => {
        const grid = (globalThis as unknown as { __llGrid: { cellElementAt(t: Element, r: number, c: number): Element | null } }).__llGrid;
        const el = grid.cellElementAt(document.getElementsByTagName('table')[t!]!, r!, c!)!;
        el.scrollIntoView({ block: 'center' });
        const b = el.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      },
      [a.table, a.cell[0], a.cell[1]],
    );
    await page.mouse.move(box.x - 40, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const tip = root(page, '.ll-tip');
    await tip.waitFor();
    const tipText = await tip.text();
    for (const u of ['元', '万元', '亿元'] as const) expect(tipText).toContain(groupDigits(convertAmount(a.value, a.decimals, '元', u)));
    expect(tipText).toContain('原文');
    await page.screenshot({ path: artifactPath('screenshots', 'amount-tip.png') });
    await page.close();
  });

  it('re-checks a table the page changes after loading', async () => {
    const expected = expectedAnalysis(YUAN);
    const { page } = await openChecked(YUAN);
    // a relation that holds; the page then rewrites its first cell
    const v = expected.verified.find((x) => x.related.length === 0 && x.cells.length > 1)!;
    const [r, c] = v.cells[0]!;
    const a = expected.amounts.find((x) => x.table === v.table && x.cell[0] === r && x.cell[1] === c)!;
    expect(a).toBeDefined();
    const key = `${v.table}:${r}:${c}`;
    expect(await root(page, `.ll-box[data-role="finding"][data-cell="${key}"]`).count()).toBe(0);
    await installGridHelper(page);
    const changedTo = groupDigits((BigInt(a.value.replace('.', '')) + 100000n).toString().replace(/(\d{2})$/, '.$1'));
    await page.evaluate(
      ([t, row, col, text]) => {
        const grid = (globalThis as unknown as { __llGrid: { cellElementAt(t: Element, r: number, c: number): Element | null } }).__llGrid;
        grid.cellElementAt(document.getElementsByTagName('table')[t as number]!, row as number, col as number)!.textContent = text as string;
      },
      [v.table, r, c, changedTo],
    );
    await expect.poll(() => root(page, `.ll-box[data-role="finding"][data-cell="${key}"]`).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('reads on a dark page and at 200% zoom', async () => {
    const html = readFileSync(join(PAGES_DIR, WAN), 'utf8').replace('</head>', '<style>html,body{background:#16181c;color:#d8dade}table{border-color:#555}</style></head>');
    fx.add('dark.html', html);
    const { page } = await openChecked(WAN, 'extra/dark.html');
    expect(await overlayEval(page, (v) => v.root!.querySelector<HTMLElement>('.ll-root')!.dataset.theme)).toBe('dark');
    const first = expectedAnalysis(WAN).report.findings.findIndex((f) => f.table !== null && f.cells.length > 0);
    await root(page, `.ll-item[data-finding="${first}"]`).click();
    await root(page, '.ll-card').waitFor();
    await settleScroll(page);
    await page.screenshot({ path: artifactPath('screenshots', 'dark.png') });

    // 200% zoom: half the CSS pixels, twice the device pixels
    const cdp = await b.ctx.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
    await page.waitForTimeout(500);
    const panel = await root(page, '.ll-panel').box();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(640);
    const shot = (await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    writeFileSync(artifactPath('screenshots', 'zoom-200.png'), Buffer.from(shot.data, 'base64'));
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.close();
  });
});
