import { render } from 'preact';
import { HighlightLayer, type HighlightBox, type MarkerView, type VerifiedMark } from '../../../components/HighlightLayer';
import { t } from '../../../components/i18n';
import type { CellRef } from '../../../lib/report/schema';
import { changed } from '../store';
import { visibleFindings } from '../model';
import { nearViewport } from '../near';
import type { Feature } from './types';

const MARKER = 20;
/** ms of box reads per pass for the cells far from the viewport (near ones are always read) */
const FAR_BUDGET = 6;
const ALL_FINDINGS_UP_TO = 300;
const SEV_KEY = { error: 'sevError', warning: 'sevWarning', rounding: 'sevRounding', note: 'sevNote', notRun: 'sevNotRun' } as const;

/**
 * Boxes on exactly the cells of each finding, a marker per finding (hover/focus/tap opens its card),
 * the other cells of the active relation, flashes, and the quiet ✓ of relations that hold.
 */
export const highlights: Feature = {
  id: 'highlights',
  init(ctx, signal) {
    const { store, geometry } = ctx;
    const events = {
      onEnter: (i: number) => store.set({ hover: i }),
      onLeave: (i: number) => {
        if (store.get().hover === i) store.set({ hover: null });
      },
      onActivate: (i: number, keyboard: boolean) => {
        const a = store.get().active;
        // a click on the marker of the pinned card closes it; keyboard activation moves focus into it
        if (a?.finding === i) ctx.actions.select(null);
        else ctx.actions.select(i, keyboard);
      },
    };

    const read = () => {
      const s = store.get();
      const layer = ctx.layer();
      if (!layer) return;
      if (s.status !== 'on' || !s.analysis) return () => render(null, layer);
      const boxes: HighlightBox[] = [];
      const markers: MarkerView[] = [];
      const verified: VerifiedMark[] = [];
      const activeId = s.active?.finding ?? s.hover;
      const markerAt = new Map<string, number>();

      // near the viewport first: the cells of tables far away are read a budget at a time, over the next frames
      const budget = geometry.budget(FAR_BUDGET);
      const boxFor = (table: number, cell: CellRef, urgent = near.has(s.tables[table])) => {
        const el = ctx.cellAt(table, cell);
        return el ? (budget.box(el, urgent) ?? null) : null;
      };

      const findings = visibleFindings(s);
      // a usual page: every finding drawn (and reachable with Tab); a page with very many: those near the viewport
      const nearOnly = findings.length > ALL_FINDINGS_UP_TO;
      near.watch(s.tables);
      for (const { f, i, kind } of findings) {
        if (f.table === null) continue;
        const isActive = activeId === i;
        if (nearOnly && !isActive && !near.has(s.tables[f.table])) continue;
        let anchor: { x: number; y: number } | null = null;
        for (const cell of f.cells) {
          const rect = boxFor(f.table, cell, isActive || near.has(s.tables[f.table]));
          if (!rect) continue;
          anchor ??= { x: rect.x, y: rect.y };
          boxes.push({ key: `f${i}:${cell[0]}:${cell[1]}`, rect, kind, role: isActive ? 'active' : 'finding', finding: i, table: f.table, row: cell[0], col: cell[1] });
        }
        if (isActive) {
          const own = new Set(f.cells.map((c) => `${f.table}:${c[0]}:${c[1]}`));
          const others = [...f.related, ...(f.details ?? []).map((d) => ({ table: d.table, cells: [d.cell] }))];
          for (const r of others) {
            for (const cell of r.cells) {
              const k = `${r.table}:${cell[0]}:${cell[1]}`;
              if (own.has(k)) continue;
              own.add(k);
              const rect = boxFor(r.table, cell, true);
              if (rect) boxes.push({ key: `r${i}:${k}`, rect, kind, role: 'related', finding: i, table: r.table, row: cell[0], col: cell[1] });
            }
          }
        }
        if (anchor) {
          // several findings on one cell: markers side by side
          const slot = `${Math.round(anchor.x)}:${Math.round(anchor.y)}`;
          const n = markerAt.get(slot) ?? 0;
          markerAt.set(slot, n + 1);
          const sev = t(s.lang, SEV_KEY[kind]);
          const msg = s.lang === 'en' ? (f.messageEn ?? f.message) : f.message;
          markers.push({ key: `m${i}`, x: anchor.x - MARKER / 2 + n * (MARKER + 2), y: anchor.y - MARKER / 2, kind, finding: i, label: `${sev}: ${msg}`, active: isActive });
        }
      }

      if (s.showVerified) {
        s.analysis.verified.forEach((v, i) => {
          // a relation inside the prose (table null) has no cell to mark
          if (v.table === null || !near.has(s.tables[v.table])) return;
          const cell = v.cells[0];
          const rect = cell && boxFor(v.table, cell);
          // on the cell's top-right corner, over the border, clear of the figure
          if (rect) verified.push({ key: `v${i}`, x: rect.x + rect.w - 6, y: rect.y - 6, group: v.table });
        });
      }

      if (s.flash) {
        for (const target of s.flash.targets) {
          for (const cell of target.cells) {
            const rect = boxFor(target.table, cell, true);
            if (rect) boxes.push({ key: `x${s.flash.id}:${target.table}:${cell[0]}:${cell[1]}`, rect, kind: 'error', role: 'flash', finding: -1, table: target.table, row: cell[0], col: cell[1] });
          }
        }
      }

      const more = budget.more;
      return () => {
        render(<HighlightLayer boxes={boxes} markers={markers} verified={verified} events={events} />, layer);
        if (boxes.length) ctx.mark('firstHighlight');
        // the cells left for later: the next frame goes on
        if (more) redraw();
      };
    };
    const redraw = geometry.track(read, signal);
    // ✓ marks can number in the thousands: drawn for the tables near the viewport only
    const near = nearViewport(() => redraw(), signal);
    store.subscribe((s, prev) => {
      if (changed(s, prev, 'analysis', 'status', 'filter', 'showVerified', 'active', 'hover', 'flash', 'lang')) redraw();
    }, signal);
    signal.addEventListener('abort', () => {
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};
