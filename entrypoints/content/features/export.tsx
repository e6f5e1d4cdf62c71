import { render } from 'preact';
import { ExportMenu, type ExportAction, type ExportSpot } from '../../../components/ExportMenu';
import { base64ToBytes } from '../../../lib/export/base64';
import { SheetReply, type Sheet } from '../../../lib/export/sheet';
import { toCsv, toTsv } from '../../../lib/export/text';
import { CSV_TYPE, exportFileName, XLSX_TYPE } from '../../../lib/export/files';
import type { PageAnalysis } from '../../../lib/report/schema';
import type { DisplayUnit } from '../../../lib/settings/schema';
import type { PageSnapshot } from '../../../lib/snapshot/schema';
import { toBackground } from '../../shared/messaging';
import { changed } from '../store';
import { effectiveUnit, tableTitle } from '../model';
import { nearViewport } from '../near';
import type { Feature } from './types';

const STATUS_MS = 2500;

/**
 * Table export: a small "导出表格" control above each table near the viewport — copy the table as TSV
 * (pastes into a spreadsheet), download it as CSV or XLSX, in the unit the reader chose. The sheet is
 * built by the background from the same snapshot the checks read (lib/export): the content script
 * only writes text or bytes and hands them to the clipboard or a download. Nothing is added to the page.
 */
export const exportTables: Feature = {
  id: 'export',
  init(ctx, signal) {
    const { store, geometry } = ctx;
    let open: number | null = null;
    let busy = false;
    let status: { table: number; text: string; error?: boolean } | null = null;
    let statusTimer = 0;
    let cache: { analysis: PageAnalysis; key: string; sheet: Promise<Sheet> } | null = null;
    let watchedFor: PageAnalysis | null = null;
    let redraw = () => {};
    const near = nearViewport(() => redraw(), signal);

    /** The background's sheet of one table (and its XLSX file, zipped there: the content script has no zip library). */
    const ask = async (snapshot: PageSnapshot, table: number, unit: DisplayUnit, xlsx: boolean) => {
      const r = await toBackground<unknown>({ type: 'export-table', snapshot, table, unit, xlsx });
      if (!r.ok) throw new Error(r.error);
      const reply = SheetReply.parse(r.value);
      if (reply === null) throw new Error('此表未读作预算表 / this table was not read as a budget table');
      return reply;
    };

    /** The table as a sheet in the unit now chosen for it; asked once per table and unit. */
    const sheetOf = (table: number): Promise<Sheet> => {
      const s = store.get();
      const unit = effectiveUnit(s, table);
      const key = `${table}|${unit}`;
      if (cache && cache.analysis === s.analysis && cache.key === key) return cache.sheet;
      const snapshot = s.snapshot;
      const sheet = (async () => {
        if (!snapshot) throw new Error('页面尚未读取 / the page has not been read');
        return (await ask(snapshot, table, unit, false)).sheet;
      })();
      if (s.analysis) cache = { analysis: s.analysis, key, sheet };
      sheet.catch(() => {
        if (cache?.sheet === sheet) cache = null; // a failure is not kept: the next click asks again
      });
      return sheet;
    };

    const say = (table: number, text: string, error = false) => {
      status = { table, text, error };
      ctx.win.clearTimeout(statusTimer);
      statusTimer = ctx.win.setTimeout(() => {
        status = null;
        redraw();
      }, STATUS_MS);
      redraw();
    };

    const download = (bytes: BlobPart, type: string, name: string) => {
      const layer = ctx.layer();
      if (!layer) return;
      const url = URL.createObjectURL(new Blob([bytes], { type }));
      // the link lives for one click inside the overlay's own layer, never in the page
      const a = layer.ownerDocument.createElement('a');
      a.href = url;
      a.download = name;
      a.hidden = true;
      layer.append(a);
      a.click();
      a.remove();
      ctx.win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    };

    const choose = async (table: number, action: ExportAction) => {
      busy = true;
      redraw();
      try {
        const sheet = await sheetOf(table);
        const unit = effectiveUnit(store.get(), table);
        const suffix = unit === 'asWritten' ? undefined : unit;
        if (action === 'tsv') {
          await ctx.win.navigator.clipboard.writeText(toTsv(sheet));
          say(table, '已复制，可粘贴到表格软件 / Copied');
        } else if (action === 'csv') {
          const name = exportFileName(sheet, 'csv', suffix);
          download(toCsv(sheet), CSV_TYPE, name);
          say(table, `已下载 / Downloaded ${name}`);
        } else {
          const snapshot = store.get().snapshot;
          const file = snapshot ? (await ask(snapshot, table, unit, true)).xlsx : undefined;
          if (!file) throw new Error('未能生成 XLSX / no XLSX file was made');
          const name = exportFileName(sheet, 'xlsx', suffix);
          download(base64ToBytes(file), XLSX_TYPE, name);
          say(table, `已下载 / Downloaded ${name}`);
        }
        open = null;
      } catch (e) {
        ctx.report('export', e);
        say(table, `导出失败 / Export failed: ${e instanceof Error ? e.message : String(e)}`, true);
      } finally {
        busy = false;
        redraw();
      }
    };

    const read = () => {
      const layer = ctx.layer();
      if (!layer) return;
      const s = store.get();
      if (s.status !== 'on' || !s.analysis) return () => render(null, layer);
      if (watchedFor !== s.analysis) {
        watchedFor = s.analysis;
        open = null;
      }
      // the tables may be replaced under the same analysis (the viewer re-lays its pages): watch what is there now
      near.watch(s.analysis.report.tables.flatMap((t) => (s.tables[t.index] ? [s.tables[t.index]!] : [])));
      // the control sits above the table's top-right corner, but never under the docked panel or past
      // the window's edge (a wide table's corner may be there): it moves left, staying over the table
      const vp = geometry.viewport();
      const panel = layer.parentElement?.querySelector('.ll-panel')?.getBoundingClientRect();
      const right = vp.x + (panel && panel.width > 0 ? panel.left : vp.w) - 8;
      const spots: ExportSpot[] = [];
      for (const t of s.analysis.report.tables) {
        const el = s.tables[t.index];
        if (!el || (!near.has(el) && open !== t.index)) continue;
        const box = geometry.box(el);
        if (!box) continue;
        const x = Math.max(box.x + Math.min(box.w, 96), Math.min(box.x + box.w, right));
        spots.push({ table: t.index, x, y: box.y - 2, title: tableTitle(t, t.index, s.lang) });
      }
      return () =>
        render(
          <ExportMenu
            spots={spots}
            open={open}
            busy={busy}
            status={status}
            onToggle={(table) => {
              open = table;
              if (table !== null) sheetOf(table).catch(() => {}); // ask early: the copy then runs inside the click
              redraw();
            }}
            onChoose={(table, action) => void choose(table, action)}
          />,
          layer,
        );
    };

    redraw = geometry.track(read, signal);
    store.subscribe((s, prev) => {
      if (changed(s, prev, 'analysis', 'tables', 'status', 'pageUnit', 'tableUnits', 'lang', 'panelOpen')) redraw();
    }, signal);
    // a click anywhere else closes the menu
    ctx.win.addEventListener(
      'pointerdown',
      (e) => {
        const layer = ctx.layer();
        if (open === null || (layer && e.composedPath().includes(layer))) return;
        open = null;
        redraw();
      },
      { signal, capture: true },
    );
    signal.addEventListener('abort', () => {
      ctx.win.clearTimeout(statusTimer);
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};
