import type { CellRef, Finding, PageAnalysis, TableSummary } from '../../lib/report/schema';
import type { DisplayUnit, Language, Settings } from '../../lib/settings/schema';
import type { OverlayStatus } from '../../lib/messages/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';

/** How a finding is drawn: by severity, with the two kinds of `info` told apart. */
export type FindingKind = 'error' | 'warning' | 'rounding' | 'note' | 'notRun';

export function findingKind(f: Finding): FindingKind {
  if (f.severity === 'error') return 'error';
  if (f.severity === 'warning') return 'warning';
  // info: a rounding difference, a check that could not run, or a note worth reading
  if (f.cause?.id === 'rounding') return 'rounding';
  if (f.cause?.id === 'not-run') return 'notRun';
  return 'note';
}

export interface Flash {
  id: number;
  targets: { table: number; cells: CellRef[] }[];
}

/** A pinned card: opened by a click, Enter or the panel; stays until closed. */
export interface Active {
  /** index into analysis.report.findings */
  finding: number;
  /** opened from the keyboard: move focus into the card */
  focus?: boolean;
}

export interface OverlayState {
  status: OverlayStatus;
  settings: Settings;
  lang: Language;
  analysis: PageAnalysis | null;
  /** what the analysis was made from (table export builds its sheets from it) */
  snapshot: PageSnapshot | null;
  /** page <table> elements by document index, as the analysis numbers them */
  tables: Element[];
  filter: Record<FindingKind, boolean>;
  showVerified: boolean;
  pageUnit: DisplayUnit;
  tableUnits: Record<number, DisplayUnit>;
  /** the pinned card, or the finding chosen in the panel */
  active: Active | null;
  /** finding whose marker is under the pointer or has focus (shows its card while there) */
  hover: number | null;
  flash: Flash | null;
  panelOpen: boolean;
  theme: 'light' | 'dark';
}

/** Below this viewport width (CSS px: a small window, or 150–200% zoom) the panel starts as a pill. */
const NARROW = 760;

export function initialState(settings: Settings, viewportWidth = Infinity): OverlayState {
  return {
    status: 'idle',
    settings,
    lang: settings.language,
    analysis: null,
    snapshot: null,
    tables: [],
    filter: { error: true, warning: true, rounding: true, note: true, notRun: true },
    showVerified: settings.showVerified,
    pageUnit: settings.defaultUnit,
    tableUnits: {},
    active: null,
    hover: null,
    flash: null,
    panelOpen: viewportWidth >= NARROW,
    theme: 'light',
  };
}

export function effectiveUnit(s: OverlayState, table: number): DisplayUnit {
  return s.tableUnits[table] ?? s.pageUnit;
}

export function tableTitle(t: TableSummary | undefined, index: number, lang: Language): string {
  const title = t?.title?.trim();
  if (title) return title;
  return lang === 'zh' ? `表格 ${index + 1}` : `Table ${index + 1}`;
}

/** Findings the filter lets through, with their index in report.findings. */
export function visibleFindings(s: OverlayState): { f: Finding; i: number; kind: FindingKind }[] {
  const out: { f: Finding; i: number; kind: FindingKind }[] = [];
  s.analysis?.report.findings.forEach((f, i) => {
    const kind = findingKind(f);
    if (s.filter[kind]) out.push({ f, i, kind });
  });
  return out;
}

/** A finding about the 说明's own words (no table of its own): its written figure is the text's. */
export function inText(f: Finding): boolean {
  return f.table === null && f.text !== undefined;
}
