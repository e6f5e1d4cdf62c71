import type { CellRef } from '../../../lib/report/schema';
import type { DisplayUnit } from '../../../lib/settings/schema';
import type { Geometry } from '../geometry';
import type { OverlayState } from '../model';
import type { Store } from '../store';

export interface Actions {
  /** Scroll the first of these cells into view and flash them all (cells may be in several tables). */
  goTo(targets: { table: number; cells: CellRef[] }[]): void;
  /** Pin a finding's card (null closes it); `focus` moves keyboard focus into the card. */
  select(finding: number | null, focus?: boolean): void;
  setUnit(table: number | null, unit: DisplayUnit): void;
  /** Turn the overlay off (the page is left exactly as it was). */
  turnOff(): void;
  /** Read these tables again (or the whole page) and re-analyse. */
  recheck(tables: Element[] | 'all'): void;
  /** Open a PDF (an attachment of the page) in the extension's PDF viewer. */
  openPdf(href: string): void;
  /** Download the evidence report of what is shown (HTML, or the same content as JSON / CSV). */
  exportReport(format: 'html' | 'json' | 'csv'): Promise<void>;
}

export interface FeatureContext {
  win: Window;
  store: Store<OverlayState>;
  geometry: Geometry;
  /** This feature's layer in the shadow root; null while nothing is shown (no overlay mounted). */
  layer(): HTMLElement | null;
  /** The <td>/<th> at a grid position of a table (rowspan/colspan aware). */
  cellAt(table: number, cell: CellRef): Element | null;
  /** The <td>/<th> under a viewport point, or null. */
  cellFromPoint(x: number, y: number): Element | null;
  actions: Actions;
  /** Record a timing (ms since navigation start) on the overlay host, for tests and the benchmark. */
  mark(name: string): void;
  /** Log an error without letting it reach the page. */
  report(where: string, e: unknown): void;
}

/** One feature of the overlay. Everything it sets up is torn down when `signal` aborts. */
export interface Feature {
  id: string;
  init(ctx: FeatureContext, signal: AbortSignal): void;
}
