import { snapshotPage, snapshotTable } from '../../lib/snapshot/read';
import { cellsOutside, firstWindow, textChars, worthFirstStage } from '../../lib/stages';
import { cellElementAt, forgetGrid } from '../../lib/dom/grid';
import { allTables } from '../../lib/dom/rows';
import type { PageSnapshot, TableSnapshot } from '../../lib/snapshot/schema';
import type { PageAnalysis, CellRef } from '../../lib/report/schema';
import type { ContentState, OverlayStatus, RunReason } from '../../lib/messages/schema';
import type { Settings } from '../../lib/settings/schema';
import { toBackground } from '../shared/messaging';
import { analyzeInParts } from '../shared/analysis-port';
import { hasOverlayContent } from '../../lib/report/overlay';
import { onSettingsChanged } from '../shared/settings';
import { createGeometry, type Geometry } from './geometry';
import { createStore, type Store } from './store';
import { initialState, type OverlayState } from './model';
import { mountUi, type OverlayUi } from './ui';
import type { Lifetime } from './lifetime';
import { detectTheme } from './theme';
import type { Actions, Feature, FeatureContext } from './features/types';
import { exportEvidence, type EvidenceSource } from './export';
import { frameGoneBy } from './frames';
import { fontPlatform, fontStack, warmFonts } from './fonts';
import { mayHoldBudgetTable } from '../../lib/snapshot/hints';

const FLASH_MS = 1600;

/**
 * What the overlay runs on: a web page (the content script: the page's own tables) or the extension's
 * PDF viewer (positioned stand-in tables over the rendered pages). Features never know which.
 */
export interface OverlayHost {
  onInvalidated(cb: () => void): void;
  /**
   * Read the document: its snapshot and the table element of each snapshot table index. `first`: a
   * host that can read some tables before the others hands them over as soon as they are read (with
   * the text flow), so their in-table findings can be shown before the whole page is read.
   */
  /** busyMs: the time the read itself took on the page's thread (its yields left out), when the host knows it */
  read(signal: AbortSignal, first?: FirstRead): Promise<{ snapshot: PageSnapshot; tables: Element[]; busyMs?: number }>;
  /**
   * Get ready to draw while the analysis is on its way (the page had tables): the content script finds
   * the overlay's fonts (see fonts.ts warmFonts). Nothing here may touch the page.
   */
  prepare?(signal: AbortSignal, done: () => void): void;
  /** Mount the overlay's shadow root with one layer per feature; `onLost`: the page took it away for good. */
  mount(layerOrder: readonly string[], onLost: (why: string) => void): Promise<OverlayUi>;
  /** The document's tables now (to notice tables that came or went); null: the document cannot change. */
  currentTables(): Element[] | null;
  /** Read one table again after the page changed it; null: re-read everything. */
  readTable(el: Element, index: number): TableSnapshot | null;
  /** The analysis, when the host makes it itself (the viewer's worker); else the background does. */
  analyze?(snapshot: PageSnapshot): Promise<PageAnalysis>;
  /**
   * The table cell under a viewport point, when hit-testing cannot find it (the viewer's stand-in
   * cells let the pointer through to pdf.js's text layer); else the element under the point is used.
   */
  cellFromPoint?(x: number, y: number): Element | null;
  /** What the evidence report says about the document (the viewer: the PDF's bytes and crops); default: the page. */
  evidence?: EvidenceSource;
}

/** Which tables to read first, and what to do with them (see OverlayHost.read). */
export interface FirstRead {
  pick(tables: Element[]): number[];
  got(partial: PageSnapshot, tables: Element[]): void;
}

/** The content script's host: the page the script runs in (its lifetime: see lifetime.ts). */
export function pageHost(life: Lifetime): OverlayHost {
  return {
    onInvalidated: (cb) => life.onEnd(cb),
    read: (signal, first) => {
      let all: Element[] = [];
      return snapshotPage(document, {
        signal,
        ...(first
          ? {
              first: (tables: Element[]) => {
                all = tables;
                return first.pick(tables);
              },
              onFirst: (partial: PageSnapshot) => first.got(partial, all),
            }
          : {}),
      });
    },
    prepare: (signal, done) => warmFonts(document, fontStack(fontPlatform(navigator as Navigator & { userAgentData?: { platform?: string } })), signal, done),
    mount: async (layers, onLost) => mountUi(layers, onLost),
    currentTables: () => allTables(document),
    readTable: (el, i) => {
      forgetGrid(el);
      return snapshotTable(el, i);
    },
  };
}

interface Session {
  abort: AbortController;
  store: Store<OverlayState>;
  geometry: Geometry;
  ui: OverlayUi | null;
  snapshot: PageSnapshot | null;
  tables: Element[];
  timings: Record<string, number>;
  /** the run whose results are shown, and whether the whole page's result is in (a first result may not replace it) */
  run: string;
  complete: boolean;
}

/**
 * The overlay in one page: reads the page, asks the background for the analysis, mounts the shadow
 * root and starts the features. One AbortController per session tears everything down; turning the
 * overlay off leaves the page's DOM exactly as it was.
 */
export class Overlay {
  private session: Session | null = null;
  private running: Promise<ContentState> | null = null;
  private status: OverlayStatus = 'idle';

  constructor(
    private readonly host: OverlayHost,
    private readonly features: readonly Feature[],
    private settings: Settings,
  ) {
    host.onInvalidated(() => this.stop(false));
    host.onInvalidated(
      onSettingsChanged((s) => {
        this.settings = s;
        this.session?.store.set({ settings: s, lang: s.language, showVerified: s.showVerified });
      }),
    );
  }

  /** What is drawn, for the extension's own tests: the (closed) shadow root, status and timings. */
  inspect(): { root: ShadowRoot | null; status: OverlayStatus; timings: Record<string, number> } {
    const s = this.session;
    return { root: s?.ui?.shadow ?? null, status: this.status, timings: { ...(s?.timings ?? {}) } };
  }

  state(): ContentState {
    const summary = this.session?.store.get().analysis?.summary;
    return { status: this.status, summary: this.status === 'on' || this.status === 'off' ? summary : undefined };
  }

  /** Start (or redo) a run; concurrent calls share the run in progress. */
  run(reason: RunReason): Promise<ContentState> {
    if (this.running) return this.running;
    this.running = this.doRun(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  toggle(): Promise<ContentState> {
    if (this.status === 'on') {
      this.stop(true);
      return Promise.resolve(this.state());
    }
    return this.run('manual');
  }

  /** Turn everything off: features aborted, shadow host removed, page untouched. */
  stop(notify: boolean): void {
    const s = this.session;
    this.session = null;
    if (s) {
      s.abort.abort();
      try {
        s.ui?.remove();
      } catch (e) {
        this.report('stop', e);
      }
    }
    if (this.status !== 'idle') void this.setStatus('off', notify);
  }

  private async doRun(reason: RunReason): Promise<ContentState> {
    const t0 = performance.now();
    // A manual run on an overlay that is on re-reads the page but keeps the overlay mounted.
    let s = this.session;
    if (!s) s = this.startSession();
    s.timings = { start: t0 };
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    s.run = run;
    s.complete = false;
    const { store } = s;
    // the background loads an analysis worker while the page is read
    if (!this.host.analyze) void toBackground({ type: 'warm' });
    // not awaited: the round trip to the background took 10–160 ms before the page was even read; the
    // messages stay in order, so 'running' still comes before the result's state
    if (this.status !== 'on') void this.setStatus('running', true);
    try {
      const first = this.host.analyze ? undefined : this.firstStage(s, run, reason);
      const { snapshot, tables, busyMs } = await this.host.read(s.abort.signal, first);
      s.timings.snapshot = performance.now();
      if (busyMs !== undefined) s.timings.readBusy = busyMs;
      s.snapshot = snapshot;
      s.tables = tables;
      // the fonts looked up only where something may be drawn: most pages an automatic site shows have tables
      // but no budget table, and each lookup blocks this thread on the browser process
      if (!s.ui && snapshot.tables.length > 0 && mayHoldBudgetTable(snapshot)) this.host.prepare?.(s.abort.signal, () => (s.timings.prepared = performance.now()));
      const analysis = await this.analyze(snapshot, reason, 'full', run);
      s.timings.analysis = performance.now();
      if (s !== this.session || s.run !== run) return this.state(); // turned off or run again meanwhile
      s.complete = true;
      await this.show(s, analysis, tables);
    } catch (e) {
      if (s.abort.signal.aborted) return this.state();
      this.report('run', e);
      store.set({ status: 'error' });
      await this.setStatus('error', true, e instanceof Error ? e.message : String(e));
    }
    return this.state();
  }

  private async analyze(snapshot: PageSnapshot, reason: RunReason, stage: 'view' | 'full' = 'full', run?: string): Promise<PageAnalysis> {
    if (this.host.analyze) return this.host.analyze(snapshot);
    // over a port, in parts and in the snapshot's wire form: the snapshot and a big page's result (4 MB)
    // are never one long task to send or receive
    const r = await analyzeInParts({ snapshot, reason, stage, ...(run ? { run } : {}) });
    if (!r.ok) throw new Error(r.error);
    // the worker's own time, for the benchmark (the rest of the round trip is messaging and validation)
    if (this.session && stage === 'full') this.session.timings.workerMs = r.value.ms;
    return r.value.analysis;
  }

  /**
   * Progressive results (issue 13): the tables in view (and two neighbours each side, see
   * lib/analyze.ts VIEW_MARGIN) are read first and sent for their in-table checks while the rest of
   * the page is read; their findings are drawn as soon as they come, and the whole page's result
   * replaces them. The first result is only ever a part of the final one (tests/corpus/stages.test.ts).
   */
  private firstStage(s: Session, run: string, reason: RunReason): FirstRead {
    let rest = 0;
    return {
      pick: (tables) => {
        const first = firstWindow(tablesInView(tables), tables.length);
        rest = cellsOutside(first, tables.length, (i) => estimatedCells(tables[i] as HTMLTableElement));
        return first;
      },
      got: (partial, tables) => {
        // nothing in view (a table-less top of the page): no first stage, the whole page comes next
        if (partial.tables.length === 0) return;
        // nor where the rest of the page is small: its whole result comes about as soon (lib/stages.ts)
        if (!worthFirstStage(rest, textChars(partial.flow))) return;
        s.timings.firstSnapshot = performance.now();
        this.analyze(partial, reason, 'view', run).then(
          async (analysis) => {
            s.timings.firstAnalysis = performance.now();
            if (s !== this.session || s.run !== run || s.complete || !hasOverlayContent(analysis)) return;
            await this.show(s, analysis, tables, partial);
            s.timings.firstShown = performance.now();
          },
          // a first stage that failed is only a lost head start: the whole page's result follows
          (e) => {
            if (!/cancelled/.test(String(e))) this.report('first-stage', e);
          },
        );
      },
    };
  }

  private async show(s: Session, analysis: PageAnalysis, tables: Element[], partial?: PageSnapshot): Promise<void> {
    const hasTables = hasOverlayContent(analysis);
    if (hasTables && !s.ui) {
      s.ui = await this.host.mount(
        this.features.map((f) => f.id),
        (why) => this.lost(s, why),
      );
      if (s !== this.session) {
        s.ui.remove();
        return;
      }
      s.ui.publish('status', 'on');
      // A first result comes only on a big page (lib/stages.ts), where putting the host into <html>
      // repaints the whole page (30–40 ms on 50,000 cells): that frame goes by on its own, and the
      // highlights are drawn in the next one instead of making one task of both.
      if (partial) {
        const run = s.run;
        await frameGoneBy(window);
        if (s !== this.session || s.complete || s.run !== run) return;
      }
    }
    if (!hasTables && s.ui) {
      s.ui.remove();
      s.ui = null;
    }
    for (const t of tables) s.geometry.watch(t);
    const theme = detectTheme(window);
    if (s.ui) s.ui.root.dataset.theme = theme;
    s.store.set({ analysis, snapshot: partial ?? s.snapshot, tables, status: hasTables ? 'on' : 'no-tables', active: null, hover: null, flash: null, theme });
    // a first, partial result: the run goes on (badge and popup are told when the whole page is in)
    if (partial) return;
    this.status = hasTables ? 'on' : 'no-tables'; // the background set the tab state when it answered
    s.ui?.publish('timings', JSON.stringify(s.timings));
  }

  /**
   * The page took the overlay away and keeps doing so: nothing is drawn any more, so the tab state
   * must not say "on" with a count of problems the user cannot see; it says what happened.
   */
  private lost(s: Session, why: string): void {
    if (s !== this.session) return;
    this.report('host', new Error(why));
    this.stop(false);
    void this.setStatus('error', true, `页面移除了标注层 · ${why}`);
  }

  /** Re-read only the tables that changed (or the page, when tables came or went) and re-analyse. */
  private async recheck(tables: Element[] | 'all'): Promise<void> {
    const s = this.session;
    if (!s || this.running) return;
    const now = this.host.currentTables();
    // a document that cannot change (the viewer's PDF): its own stand-in tables going in are no reason to read it again
    if (!now) return;
    const same = !!now && now.length === s.tables.length && now.every((t, i) => t === s.tables[i]);
    if (tables === 'all' || !same || !s.snapshot) {
      await this.run('recheck');
      return;
    }
    const snap = s.snapshot;
    const next: PageSnapshot = { ...snap, tables: [...snap.tables] };
    for (const t of tables) {
      const i = s.tables.indexOf(t);
      if (i < 0) continue;
      const again = this.host.readTable(t, i);
      if (!again) {
        await this.run('recheck');
        return;
      }
      next.tables[i] = again;
    }
    try {
      const analysis = await this.analyze(next, 'recheck');
      if (s !== this.session) return;
      s.snapshot = next;
      await this.show(s, analysis, s.tables);
    } catch (e) {
      this.report('recheck', e);
    }
  }

  private startSession(): Session {
    const abort = new AbortController();
    const signal = abort.signal;
    const report = (where: string, e: unknown) => this.report(where, e);
    const store = createStore(initialState(this.settings, document.documentElement.clientWidth || window.innerWidth), (e) => report('store', e));
    const session: Session = { abort, store, geometry: null as unknown as Geometry, ui: null, snapshot: null, tables: [], timings: {}, run: '', complete: false };
    session.geometry = createGeometry(() => session.ui?.host ?? null, window, signal, (e) => report('geometry', e));
    this.session = session;

    let flashTimer = 0;
    const actions: Actions = {
      goTo: (targets) => {
        const first =
          targets.flatMap((t) => t.cells.map((c) => this.cellAt(session, t.table, c))).find((el) => el) ??
          (targets[0] ? session.tables[targets[0].table] : undefined);
        if (first) {
          const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
          first.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
        }
        window.clearTimeout(flashTimer);
        store.set({ flash: { id: Date.now(), targets } });
        flashTimer = window.setTimeout(() => store.set({ flash: null }), FLASH_MS);
      },
      select: (finding, focus = false) => {
        store.set({ active: finding === null ? null : { finding, focus }, hover: null });
      },
      setUnit: (table, unit) => {
        if (table === null) store.set({ pageUnit: unit, tableUnits: {} });
        else store.set((st) => ({ tableUnits: { ...st.tableUnits, [table]: unit } }));
      },
      turnOff: () => this.stop(true),
      recheck: (tables) => void this.recheck(tables),
      openPdf: (href) => void toBackground({ type: 'open-viewer', url: href }),
      exportReport: async (format) => {
        const analysis = store.get().analysis;
        if (!session.snapshot || !analysis) throw new Error('nothing checked yet');
        // a report is evidence of the whole page: a first, partial result would list unchecked tables as clean
        if (analysis.stage === 'view') throw new Error('其余表格仍在核对，请稍候 / still checking the rest of the page');
        await exportEvidence(format, session.snapshot, analysis, this.host.evidence ?? { address: () => location.href });
      },
    };
    signal.addEventListener('abort', () => window.clearTimeout(flashTimer));

    for (const f of this.features) {
      const fctx: FeatureContext = {
        win: window,
        store,
        geometry: session.geometry,
        layer: () => session.ui?.layer(f.id) ?? null,
        cellAt: (table, cell) => this.cellAt(session, table, cell),
        cellFromPoint: (x, y) => this.host.cellFromPoint?.(x, y) ?? document.elementFromPoint(x, y)?.closest('td, th') ?? null,
        actions,
        mark: (name) => {
          if (session.timings[name] !== undefined) return;
          session.timings[name] = performance.now();
          session.ui?.publish('timings', JSON.stringify(session.timings));
        },
        report: (where, e) => report(`${f.id}/${where}`, e),
      };
      try {
        f.init(fctx, signal);
      } catch (e) {
        report(`${f.id}/init`, e);
      }
    }
    return session;
  }

  private cellAt(s: Session, table: number, [row, col]: CellRef): Element | null {
    const t = s.tables[table];
    return t ? cellElementAt(t as HTMLTableElement, row, col) : null;
  }

  private async setStatus(status: OverlayStatus, notify: boolean, error?: string): Promise<void> {
    this.status = status;
    this.session?.ui?.publish('status', status);
    if (notify) {
      const summary = status === 'off' ? undefined : this.session?.store.get().analysis?.summary;
      await toBackground({ type: 'overlay-state', status, summary, error });
    }
  }

  report(where: string, e: unknown): void {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    try {
      console.debug(`[ledger-lens] ${where}:`, e);
      void toBackground({ type: 'error', where: where.slice(0, 200), message: message.slice(0, 2000) });
    } catch {
      /* never throw into the page */
    }
  }
}

/** A table's cells before reading it: rows × the wider of its first and last row (native counts only). */
function estimatedCells(table: HTMLTableElement): number {
  const rows = table.rows;
  const n = rows?.length ?? 0;
  if (n === 0) return 0;
  return n * Math.max(rows[0]?.cells.length ?? 0, rows[n - 1]?.cells.length ?? 0);
}

/**
 * The indices of the tables that show in the viewport now (one box read per table, after the page's
 * own layout; no style reads). A page scrolled to a table gets that table's findings first.
 */
function tablesInView(tables: Element[]): number[] {
  const h = window.innerHeight || document.documentElement.clientHeight;
  const out: number[] = [];
  for (let i = 0; i < tables.length; i++) {
    const r = tables[i]!.getBoundingClientRect();
    if (r.bottom > 0 && r.top < h && r.height > 0) out.push(i);
    // tables come in document order: once one starts below the viewport, so do the rest (nested aside)
    else if (r.top >= h && out.length > 0) break;
  }
  return out;
}
