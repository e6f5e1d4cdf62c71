import { render } from 'preact';
import { FindingCard, type CardDetail } from '../../../components/FindingCard';
import { figure, signed } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { CellRef, Finding, PageAnalysis } from '../../../lib/report/schema';
import type { Language } from '../../../lib/settings/schema';
import { changed } from '../store';
import type { Box } from '../geometry';
import { findingKind, inText, tableTitle } from '../model';
import type { Feature } from './types';

const CARD_W = 380;
const HIDE_DELAY = 300;

/** The card explaining one finding: opens on marker hover/focus/tap or from the panel. */
export const card: Feature = {
  id: 'card',
  init(ctx, signal) {
    const { store, geometry, win } = ctx;
    let shown: number | null = null;
    let overCard = false;
    let hideTimer = 0;
    let drawnFor: number | null = null;
    let redraw = () => {};

    const wanted = (): number | null => {
      const s = store.get();
      return s.active?.finding ?? s.hover ?? (overCard ? shown : null);
    };

    const update = () => {
      const w = wanted();
      win.clearTimeout(hideTimer);
      if (w === null && shown !== null) {
        // let the pointer travel from the marker to the card
        hideTimer = win.setTimeout(() => {
          if (wanted() === null) {
            shown = null;
            redraw();
          }
        }, HIDE_DELAY);
        return;
      }
      shown = w;
      redraw();
    };

    const close = () => {
      const s = store.get();
      const was = s.active?.finding ?? shown;
      overCard = false;
      shown = null;
      const shadow = ctx.layer()?.getRootNode() as ShadowRoot | undefined;
      const focusInCard = !!shadow?.activeElement?.closest('.ll-card');
      store.set({ active: null, hover: null });
      // focus was in the card: give it back to the card's marker
      if (focusInCard) shadow?.querySelector<HTMLElement>(`.ll-marker[data-finding="${was}"]`)?.focus({ preventScroll: true });
    };

    const read = () => {
      const layer = ctx.layer();
      if (!layer) return;
      const s = store.get();
      const f = shown !== null ? s.analysis?.report.findings[shown] : undefined;
      if (s.status !== 'on' || !s.analysis || !f || shown === null) return () => render(null, layer);
      const i = shown;
      const vp = geometry.viewport();
      // the card's own height, once it has been drawn; a first guess before
      const drawn = layer.querySelector<HTMLElement>('.ll-card');
      const height = drawn && drawnFor === i ? drawn.offsetHeight : 300;
      const width = Math.min(CARD_W, vp.w - 16);
      const relation = relationBoxes(f, ctx.cellAt, geometry.box);
      const { x, y } = place(relation, { w: width, h: height }, vp, s.panelOpen ? PANEL_W : 0);
      const remeasure = !drawn || drawnFor !== i || Math.abs(drawn.offsetHeight - height) > 4;
      const view = cardView(f, s.analysis, s.lang);
      const active = s.active;
      return () => {
        render(
          <FindingCard
              lang={s.lang}
              kind={findingKind(f)}
              where={view.where}
              message={view.message}
              details={view.details}
              expected={f.expected}
              actual={f.actual}
              actualInText={inText(f)}
              difference={f.difference}
              unit={f.unit}
              cause={view.cause}
              focus={!!(active?.finding === i && active.focus)}
              x={x}
              y={y}
              onClose={close}
              onGoTo={(d) => ctx.actions.goTo(d < 0 ? allTargets(f) : [{ table: f.details![d]!.table, cells: [f.details![d]!.cell] }])}
              onCopy={() => copyCitation(win, citation(f, s.analysis!, s.lang, win.location.href))}
              onHover={(inside) => {
                overCard = inside;
                if (!inside) update();
              }}
            />,
          layer,
        );
        drawnFor = i;
        // second pass with the real height (once per card)
        if (remeasure) redraw();
      };
    };

    redraw = geometry.track(read, signal);
    // going to a finding scrolls the page: place the card again where the scroll ends
    const afterScroll = () => {
      let done = false;
      const again = () => {
        if (done) return;
        done = true;
        redraw();
      };
      win.addEventListener('scrollend', again, { once: true, signal });
      win.setTimeout(again, 900);
    };
    store.subscribe((s, prev) => {
      if (s.flash && s.flash !== prev.flash) afterScroll();
      if (prev.active && !s.active && s.hover === null) {
        // closed on purpose (Escape, ×, a click elsewhere): gone at once, even under the pointer
        overCard = false;
        shown = null;
        redraw();
      } else if (changed(s, prev, 'active', 'hover', 'panelOpen')) update();
      else if (changed(s, prev, 'analysis', 'status', 'lang')) {
        if (s.analysis !== prev.analysis) shown = null;
        redraw();
      }
    }, signal);

    // Escape in the page closes the card (keys pressed inside the overlay stay inside it)
    win.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && shown !== null) close();
      },
      { signal },
    );
    // a pinned card closes on a click elsewhere in the page
    win.addEventListener(
      'pointerdown',
      (e) => {
        const host = (ctx.layer()?.getRootNode() as ShadowRoot | undefined)?.host;
        if (store.get().active && host && !e.composedPath().includes(host)) close();
      },
      { signal, capture: true, passive: true },
    );
    signal.addEventListener('abort', () => {
      win.clearTimeout(hideTimer);
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};

const PANEL_W = 400;

/** Boxes of the relation's cells in the finding's own table (its cells and the details there). */
function relationBoxes(f: Finding, cellAt: (t: number, c: CellRef) => Element | null, box: (el: Element) => Box | null): Box[] {
  if (f.table === null) return [];
  const cells = [...f.cells, ...(f.details ?? []).filter((d) => d.table === f.table).map((d) => d.cell)];
  const out: Box[] = [];
  for (const c of cells) {
    const el = cellAt(f.table, c);
    const b = el && box(el);
    if (b) out.push(b);
  }
  return out;
}

/**
 * Where a card of `size` goes: next to the cells of its relation without covering them, inside the
 * viewport and clear of the docked panel. Wide relations (a row) prefer below/above, tall ones (a
 * column) right/left. When nothing fits, below the first cell, kept on screen.
 */
export function place(cells: Box[], size: { w: number; h: number }, vp: Box, panelW: number): { x: number; y: number } {
  const gap = 8;
  const L = vp.x + gap;
  const R = Math.max(L + size.w, vp.x + vp.w - gap - (vp.w - panelW > size.w + 2 * gap ? panelW : 0));
  const T = vp.y + gap;
  const B = vp.y + vp.h - gap;
  const clampX = (x: number) => Math.max(L, Math.min(x, R - size.w));
  const clampY = (y: number) => Math.max(T, Math.min(y, B - size.h));
  if (!cells.length) return { x: clampX(R - size.w), y: T + 52 };
  const first = cells[0]!;
  const u = cells.reduce(
    (a, b) => ({ l: Math.min(a.l, b.x), t: Math.min(a.t, b.y), r: Math.max(a.r, b.x + b.w), b: Math.max(a.b, b.y + b.h) }),
    { l: Infinity, t: Infinity, r: -Infinity, b: -Infinity },
  );
  const below = { x: clampX(first.x), y: u.b + gap, ok: u.b + gap + size.h <= B };
  const above = { x: clampX(first.x), y: u.t - gap - size.h, ok: u.t - gap - size.h >= T };
  const right = { x: u.r + gap, y: clampY(first.y), ok: u.r + gap + size.w <= R };
  const left = { x: u.l - gap - size.w, y: clampY(first.y), ok: u.l - gap - size.w >= L };
  // a column of cells: beside it; a row of cells or a single cell: under or over it
  const tall = u.b - u.t > first.h * 1.5;
  const order = tall ? [right, left, below, above] : [below, above, right, left];
  const hit = order.find((c) => c.ok);
  if (hit) return { x: hit.x, y: hit.y };
  return { x: clampX(first.x), y: clampY(first.y + first.h + gap) };
}

function allTargets(f: Finding): { table: number; cells: CellRef[] }[] {
  const out = f.table !== null ? [{ table: f.table, cells: f.cells }] : [];
  return [...out, ...f.related, ...(f.details ?? []).map((d) => ({ table: d.table, cells: [d.cell] }))];
}

function cardView(f: Finding, a: PageAnalysis, lang: Language) {
  const titleOf = (i: number) => tableTitle(a.report.tables.find((x) => x.index === i), i, lang);
  const where = f.table === null ? t(lang, 'prose') : titleOf(f.table);
  const details: CardDetail[] = (f.details ?? []).map((d) => ({
    label: d.label.some(Boolean) ? d.label : [`[${d.cell[0] + 1}, ${d.cell[1] + 1}]`],
    written: d.written,
    role: d.role,
    otherTable: f.table !== null && d.table !== f.table ? titleOf(d.table) : undefined,
  }));
  return {
    where,
    message: lang === 'en' ? (f.messageEn ?? f.message) : f.message,
    cause: f.cause ? (lang === 'en' ? f.cause.en : f.cause.zh) : undefined,
    details,
  };
}

/** Evidence a reporter can paste: what, where (table, labels, cells), the arithmetic, the page and time. */
export function citation(f: Finding, a: PageAnalysis, lang: Language, url: string): string {
  const v = cardView(f, a, lang);
  const lines = [`【${t(lang, 'appName')}】${v.where}`, v.message];
  if (f.text) lines.push(`“${f.text}”`);
  for (const d of v.details) lines.push(`  ${d.label.filter(Boolean).join(' › ')}${d.otherTable ? `（${d.otherTable}）` : ''}: ${d.written}`);
  if (f.expected !== undefined) lines.push(`${t(lang, 'expected')}: ${figure(f.expected, f.unit)}`);
  if (f.actual !== undefined) lines.push(`${t(lang, inText(f) ? 'writtenInText' : 'actual')}: ${figure(f.actual, f.unit)}`);
  if (f.difference !== undefined) lines.push(`${t(lang, 'difference')}: ${signed(f.difference)}${f.unit ? ' ' + f.unit : ''}`);
  if (v.cause) lines.push(`${t(lang, 'cause')}: ${v.cause}`);
  lines.push(url, new Date().toISOString());
  return lines.join('\n');
}

async function copyCitation(win: Window, text: string): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
