import { render } from 'preact';
import { FindingsPanel, type PanelGroup, type PanelItem, type PanelKind } from '../../../components/FindingsPanel';
import { figure, signed } from '../../../components/format';
import { t } from '../../../components/i18n';
import type { Finding } from '../../../lib/report/schema';
import type { Language } from '../../../lib/settings/schema';
import { changed } from '../store';
import { effectiveUnit, findingKind, inText, tableTitle, visibleFindings, type OverlayState } from '../model';
import type { Feature } from './types';

/** The docked findings panel: summary, filters, unit switches, findings grouped by table. */
export const panel: Feature = {
  id: 'panel',
  init(ctx, signal) {
    const { store } = ctx;
    let exportStatus = '';
    const draw = () => {
      const layer = ctx.layer();
      if (!layer) return;
      const s = store.get();
      if (s.status !== 'on' || !s.analysis) {
        render(null, layer);
        return;
      }
      const counts: Record<PanelKind, number> = { error: 0, warning: 0, rounding: 0, note: 0, notRun: 0 };
      for (const f of s.analysis.report.findings) counts[findingKind(f)]++;
      render(
        <FindingsPanel
          lang={s.lang}
          open={s.panelOpen}
          summary={s.analysis.summary}
          partial={s.analysis.stage === 'view'}
          counts={counts}
          filter={s.filter}
          showVerified={s.showVerified}
          verifiedCount={s.analysis.verified.length}
          pageUnit={s.pageUnit}
          groups={groups(s)}
          active={s.active?.finding ?? null}
          onOpen={(open) => store.set({ panelOpen: open })}
          onFilter={(k) => store.set((st) => ({ filter: { ...st.filter, [k]: !st.filter[k] } }))}
          onChoose={(i) => {
            const f = store.get().analysis?.report.findings[i];
            if (!f) return;
            if (f.table !== null) ctx.actions.goTo([{ table: f.table, cells: f.cells }]);
            ctx.actions.select(i);
          }}
          onEscape={() => {
            const st = store.get();
            if (st.active === null && st.hover === null) return false;
            store.set({ active: null, hover: null });
            return true;
          }}
          onGoToTable={(table) => ctx.actions.goTo([{ table, cells: [] }])}
          onSetUnit={(table, unit) => ctx.actions.setUnit(table, unit)}
          onToggleVerified={() => store.set((st) => ({ showVerified: !st.showVerified }))}
          onClose={() => ctx.actions.turnOff()}
          attachments={s.analysis.attachments}
          onOpenPdf={(href) => ctx.actions.openPdf(href)}
          exportStatus={exportStatus}
          onExport={(format) => {
            const lang = store.get().lang;
            exportStatus = t(lang, 'exporting');
            draw();
            ctx.actions.exportReport(format).then(
              () => (exportStatus = ''),
              (e: unknown) => {
                ctx.report('export', e);
                exportStatus = t(lang, 'exportFailed', { error: e instanceof Error ? e.message : String(e) });
              },
            ).finally(() => !signal.aborted && draw());
          }}
        />,
        layer,
      );
      ctx.mark('firstPaint');
    };
    // New results: the highlights near the viewport are drawn first (in their frame), the panel in the
    // task after that frame, so the result's arrival costs two shorter tasks, not one long one. What the
    // reader does in the panel (filters, choices) is drawn at once.
    // Its first layout (style of a few hundred elements, text shaping) is forced at the end of that task, so
    // it is paid there and not in the next frame, where the other features' passes already run.
    let waiting = false;
    const drawSoon = () => {
      if (waiting) return;
      waiting = true;
      ctx.win.requestAnimationFrame(() =>
        ctx.win.setTimeout(() => {
          waiting = false;
          if (signal.aborted) return;
          draw();
          ctx.layer()?.firstElementChild?.getBoundingClientRect();
        }, 0),
      );
    };
    store.subscribe((s, prev) => {
      if (!changed(s, prev, 'analysis', 'status', 'lang', 'filter', 'showVerified', 'pageUnit', 'tableUnits', 'active', 'panelOpen')) return;
      if (s.analysis !== prev.analysis && s.analysis) drawSoon();
      else if (!waiting) draw();
    }, signal);
    signal.addEventListener('abort', () => {
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};

function itemDetail(f: Finding, lang: Language): string | undefined {
  const u = f.unit ? ' ' + f.unit : '';
  if (f.difference !== undefined) return `${t(lang, 'difference')} ${signed(f.difference)}${u}`;
  if (f.expected !== undefined && f.actual !== undefined)
    return `${t(lang, 'expected')} ${figure(f.expected, f.unit)}，${t(lang, inText(f) ? 'writtenInText' : 'actual')} ${figure(f.actual, f.unit)}`;
  return undefined;
}

function groups(s: OverlayState): PanelGroup[] {
  const a = s.analysis!;
  const lang = s.lang;
  const byTable = new Map<number | null, PanelItem[]>();
  for (const { f, i, kind } of visibleFindings(s)) {
    const list = byTable.get(f.table) ?? [];
    list.push({ finding: i, kind, message: lang === 'en' ? (f.messageEn ?? f.message) : f.message, detail: itemDetail(f, lang) });
    byTable.set(f.table, list);
  }
  const hasAmounts = new Set(a.amounts.map((x) => x.table));
  const skipped = new Map(a.summary.skippedTables.map((x) => [x.index, x.reason]));
  const all = new Map(a.report.tables.map((x) => [x.index, x]));
  for (const k of byTable.keys()) if (k !== null && !all.has(k)) all.set(k, undefined as never);
  const out: PanelGroup[] = [...all.keys()]
    .sort((x, y) => x - y)
    .map((index) => {
      const summary = all.get(index);
      const reason = skipped.get(index);
      return {
        key: `t${index}`,
        table: index,
        title: tableTitle(summary, index, lang),
        unit: summary?.unit ?? null,
        items: byTable.get(index) ?? [],
        note: reason ? t(lang, 'skippedTable', { reason }) : t(lang, 'tableClean'),
        displayUnit: hasAmounts.has(index) ? effectiveUnit(s, index) : undefined,
      };
    });
  const prose = byTable.get(null);
  if (prose?.length) out.push({ key: 'prose', table: null, title: t(lang, 'prose'), unit: null, items: prose });
  // tables with findings first, in page order; clean tables after
  return [...out.filter((g) => g.items.length), ...out.filter((g) => !g.items.length)];
}
