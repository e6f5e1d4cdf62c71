import { render } from 'preact';
import { UnitLayer, type UnitBanner, type UnitChip } from '../../../components/UnitLayer';
import { groupDigits } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { AmountCell, PageAnalysis } from '../../../lib/report/schema';
import { changed } from '../store';
import { convertAmount } from '../../../lib/figures/display';
import { effectiveUnit } from '../model';
import { nearViewport } from '../near';
import type { Feature } from './types';

/**
 * The unit switch: converted amounts in a layer over each amount cell of the tables switched to
 * another unit (page-wide or per table). Only tables near the viewport are drawn, so a page of a
 * hundred tables converts as fast as one.
 */
export const units: Feature = {
  id: 'units',
  init(ctx, signal) {
    const { store, geometry } = ctx;
    let byTable = new Map<number, AmountCell[]>();
    let grouped: PageAnalysis | null = null;
    let redraw = () => {};
    const near = nearViewport(() => anyConverted() && redraw(), signal);

    const anyConverted = () => {
      const s = store.get();
      return s.pageUnit !== 'asWritten' || Object.values(s.tableUnits).some((u) => u !== 'asWritten');
    };

    const regroup = (a: PageAnalysis, tables: Element[]) => {
      if (grouped === a) return;
      grouped = a;
      byTable = new Map();
      for (const x of a.amounts) {
        const list = byTable.get(x.table) ?? [];
        list.push(x);
        byTable.set(x.table, list);
      }
      near.watch([...byTable.keys()].flatMap((i) => (tables[i] ? [tables[i]] : [])));
    };

    const read = () => {
      const layer = ctx.layer();
      if (!layer) return;
      const s = store.get();
      if (s.status !== 'on' || !s.analysis || !anyConverted()) return () => render(null, layer);
      regroup(s.analysis, s.tables);
      const chips: UnitChip[] = [];
      const banners: UnitBanner[] = [];
      for (const [table, amounts] of byTable) {
        const target = effectiveUnit(s, table);
        const el = s.tables[table];
        if (target === 'asWritten' || !el || !near.has(el)) continue;
        let converted = 0;
        for (const a of amounts) {
          if (!a.unit || a.unit === target) continue;
          const cell = ctx.cellAt(table, a.cell);
          const rect = cell && geometry.box(cell);
          if (!rect) continue;
          chips.push({
            key: `${table}:${a.cell[0]}:${a.cell[1]}:${target}`,
            cell: `${table}:${a.cell[0]}:${a.cell[1]}`,
            // inside the cell's borders, so the table's grid lines stay visible
            rect: { x: rect.x + 1, y: rect.y + 1, w: Math.max(0, rect.w - 2), h: Math.max(0, rect.h - 2) },
            text: groupDigits(convertAmount(a.value, a.decimals, a.unit, target)),
            written: `${groupDigits(a.value)} ${a.unit}`,
          });
          converted++;
        }
        const tb = converted ? geometry.box(el) : null;
        if (tb) banners.push({ key: `b${table}`, x: tb.x, y: tb.y - 20, text: t(s.lang, 'convertedBanner', { unit: target }) });
      }
      return () => render(<UnitLayer chips={chips} banners={banners} />, layer);
    };

    redraw = geometry.track(read, signal);
    store.subscribe((s, prev) => {
      if (changed(s, prev, 'analysis', 'status', 'pageUnit', 'tableUnits', 'lang')) redraw();
    }, signal);
    signal.addEventListener('abort', () => {
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};
