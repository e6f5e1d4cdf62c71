import { render } from 'preact';
import { AmountTip, type TipLine } from '../../../components/UnitLayer';
import { groupDigits } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { AmountCell } from '../../../lib/report/schema';
import { amountIndex } from '../amounts';
import { convertAmount, SWITCH_UNITS } from '../../../lib/figures/display';
import type { Feature } from './types';

/** Any figure under the pointer shows its value in 元, 万元 and 亿元, the written one marked. */
export const amountTip: Feature = {
  id: 'amount-tip',
  init(ctx, signal) {
    const { store, geometry, win } = ctx;
    const index = amountIndex(ctx.cellAt);
    let current: Element | null = null;
    let timer = 0;
    const HOVER_DELAY = 250; // a pointer passing over a table does not flash tips

    const lookup = (td: Element): AmountCell | undefined => {
      const s = store.get();
      return s.analysis ? index.lookup(s.analysis, s.tables, td)?.amount : undefined;
    };

    const hide = () => {
      win.clearTimeout(timer);
      current = null;
      const layer = ctx.layer();
      if (layer) render(null, layer);
    };

    const show = (td: Element, a: AmountCell) => {
      const layer = ctx.layer();
      const box = geometry.box(td);
      if (!layer || !box || !a.unit) return;
      const s = store.get();
      const units = SWITCH_UNITS.includes(a.unit) ? SWITCH_UNITS : [a.unit, ...SWITCH_UNITS];
      const lines: TipLine[] = units.map((u) => ({
        unit: u,
        value: groupDigits(convertAmount(a.value, a.decimals, a.unit!, u)),
        written: u === a.unit,
      }));
      const vp = geometry.viewport();
      const x = Math.max(vp.x + 4, Math.min(box.x + box.w - 240, vp.x + vp.w - 260));
      // under the cell, or over it near the bottom of the window
      const above = box.y + box.h + 120 > vp.y + vp.h;
      render(<AmountTip x={x} y={above ? box.y - 4 : box.y + box.h + 4} above={above} title={t(s.lang, 'amountTip')} lines={lines} writtenLabel={t(s.lang, 'writtenAs')} />, layer);
    };

    win.document.addEventListener(
      'pointerover',
      (e) => {
        try {
          if (store.get().status !== 'on') return;
          const target = e.target as Element | null;
          const td = target?.closest?.('td,th') ?? null;
          if (td === current) return;
          const a = td ? lookup(td) : undefined;
          if (!td || !a) {
            if (current) hide();
            return;
          }
          if (current) hide();
          current = td;
          win.clearTimeout(timer);
          timer = win.setTimeout(() => {
            try {
              if (current === td) show(td, a);
            } catch (err) {
              ctx.report('show', err);
            }
          }, HOVER_DELAY);
        } catch (err) {
          ctx.report('pointerover', err);
        }
      },
      { passive: true, capture: true, signal },
    );
    win.addEventListener('scroll', () => current && hide(), { passive: true, capture: true, signal });
    store.subscribe((s, prev) => {
      if (s.analysis !== prev.analysis || s.status !== prev.status) hide();
    }, signal);
    signal.addEventListener('abort', hide);
  },
};
