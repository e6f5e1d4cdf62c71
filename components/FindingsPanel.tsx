import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DisplayUnit, Language } from '../lib/settings/schema';
import { Icon, SeverityBadge, type IconKind } from './icons';
import { headline, summaryLine, t, type I18nKey, type SummaryCounts } from './i18n';

export type PanelKind = 'error' | 'warning' | 'rounding' | 'note' | 'notRun';
export const PANEL_KINDS: readonly PanelKind[] = ['error', 'warning', 'rounding', 'note', 'notRun'];

export interface PanelItem {
  finding: number;
  kind: PanelKind;
  message: string;
  /** one line of numbers, e.g. "相差 +630,000.00 元" */
  detail?: string;
}

export interface PanelGroup {
  key: string;
  /** document index of the table; null for findings about the prose */
  table: number | null;
  title: string;
  /** unit as written, shown after the title */
  unit: string | null;
  items: PanelItem[];
  /** shown when there are no items: "no problems", "not checked: …" */
  note?: string;
  /** current display unit of this table, when it has amounts */
  displayUnit?: DisplayUnit;
}

export interface FindingsPanelProps {
  lang: Language;
  open: boolean;
  summary: SummaryCounts;
  /** a first result (the tables in view), the rest of the page still being checked */
  partial?: boolean;
  counts: Record<PanelKind, number>;
  filter: Record<PanelKind, boolean>;
  showVerified: boolean;
  verifiedCount: number;
  pageUnit: DisplayUnit;
  groups: PanelGroup[];
  active: number | null;
  onOpen(open: boolean): void;
  onFilter(kind: PanelKind): void;
  /** Enter / click on an item: go to its cells and pin its card */
  onChoose(finding: number): void;
  /** Escape inside the panel: returns true when it closed something (a card) */
  onEscape(): boolean;
  onGoToTable(table: number): void;
  onSetUnit(table: number | null, unit: DisplayUnit): void;
  onToggleVerified(): void;
  onClose(): void;
  /** the page's PDF attachments, each openable in the extension's PDF viewer */
  attachments?: { href: string; text: string }[];
  onOpenPdf?(href: string): void;
  /** download the evidence report (lib/report/evidence) as HTML, JSON or CSV; absent: no export buttons */
  onExport?(format: 'html' | 'json' | 'csv'): void;
  /** what the last export said ('' while none): in progress, or why it failed */
  exportStatus?: string;
}

const KIND_KEY: Record<PanelKind, I18nKey> = { error: 'sevError', warning: 'sevWarning', rounding: 'sevRounding', note: 'sevNote', notRun: 'sevNotRun' };
const UNITS: DisplayUnit[] = ['asWritten', '元', '万元', '亿元'];

function UnitSelect(p: { lang: Language; value: DisplayUnit; label: string; onChange(u: DisplayUnit): void; selectRef?: Ref<HTMLSelectElement> }) {
  return (
    <select
      ref={p.selectRef}
      class="ll-select"
      aria-label={p.label}
      value={p.value}
      onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value as DisplayUnit)}
    >
      {UNITS.map((u) => (
        <option key={u} value={u}>
          {u === 'asWritten' ? t(p.lang, 'asWritten') : u}
        </option>
      ))}
    </select>
  );
}

/**
 * A table's unit switch: a button that says the unit until the pointer or the keyboard comes to it,
 * then the <select> itself (focused, when focus brought it), so the click that follows opens it. A
 * <select> in each of a hundred tables' groups had the browser's form autofill go over every one of
 * them when they were listed, a layout of the whole page for each check: a task of 150–200 ms on the
 * 100-table page (issue 13). Buttons are no form fields to it.
 */
export function TableUnitSelect(p: { lang: Language; value: DisplayUnit; label: string; onChange(u: DisplayUnit): void }) {
  const [used, setUsed] = useState<'pointer' | 'focus' | null>(null);
  const ref = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (used === 'focus') ref.current?.focus();
  }, [used]);
  if (used) return <UnitSelect {...p} selectRef={ref} />;
  return (
    <button
      type="button"
      class="ll-select"
      aria-label={p.label}
      aria-haspopup="listbox"
      data-unit={p.value}
      onPointerEnter={() => setUsed('pointer')}
      onFocus={() => setUsed('focus')}
      onClick={() => setUsed('focus')}
    >
      {p.value === 'asWritten' ? t(p.lang, 'asWritten') : p.value} ▾
    </button>
  );
}

/**
 * The summary, announced through a polite live region: set after mount so assistive technology hears
 * the change. Its own component, so the announcement re-renders one element, not the whole list.
 */
function Announce({ line }: { line: string }) {
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    const id = setTimeout(() => setAnnounce(line), 150);
    return () => clearTimeout(id);
  }, [line]);
  return (
    <div class="ll-sr" role="status" aria-live="polite">
      {announce}
    </div>
  );
}

/** Findings listed in the second step of a new result (the first draws the panel's head): more than a screenful. */
export const FIRST_ITEMS = 40;
/** Findings added per later task, until every one is listed. */
export const MORE_ITEMS = 120;
/** Tables without findings added per task after the findings (each has its buttons; a page may have hundreds). */
export const MORE_CLEAN = 30;

/**
 * Where to start listing a new result. One that fits the first screenful and one slice of tables
 * without findings (a usual disclosure page: a dozen findings, a dozen tables) is listed whole in the
 * render that delivers it: its layout costs little more than the head's, and every further step is a
 * frame in which the browser repaints the whole page under the overlay (4–10 ms on a fixture page).
 */
function startListing(findings: number, clean: number): { items: number; clean: number } {
  return findings <= FIRST_ITEMS && clean <= MORE_CLEAN ? { items: Infinity, clean: Infinity } : { items: 0, clean: 0 };
}

/**
 * The docked list of everything found, grouped by table, with a summary, filters and unit switches.
 * Keyboard: ↑/↓/Home/End move between findings, Enter goes to the cells, Esc closes the card or
 * collapses the panel. The summary is announced through a polite live region.
 *
 * A new result is listed in steps, each in a task of its own (issue 13: no long task when hundreds
 * of findings arrive): the panel's head, the findings of the first screenful, then the rest a slice
 * at a time, the tables without findings last (MORE_CLEAN per task); the list is aria-busy until it is whole.
 * A small result is listed at once (startListing). Every option says its place in the whole list (aria-posinset /
 * aria-setsize), so a screen reader counts all of them while the list grows, and a key that moves
 * past what is listed (End, ↑ from the first) lists everything at once.
 */
export function FindingsPanel(p: FindingsPanelProps) {
  const { lang } = p;
  const listRef = useRef<HTMLDivElement>(null);
  const pillRef = useRef<HTMLButtonElement>(null);
  const [focusIdx, setFocusIdx] = useState(0);
  const line = summaryLine(lang, p.summary, p.partial);

  const flat = p.groups.flatMap((g) => g.items);
  const safeIdx = Math.min(focusIdx, Math.max(0, flat.length - 1));
  const cleanCount = p.groups.reduce((n, g) => n + (g.items.length ? 0 : 1), 0);

  // how much of the list is rendered: restarts with each new result (its summary is a new object),
  // unless the keyboard is in the list (its place would vanish)
  const listed = useRef({ for: p.summary, ...startListing(flat.length, cleanCount) });
  // a slice's layout is done in the task that rendered it (not left to the next frame's other work)
  const sliced = useRef(true);
  const [, relist] = useState(0);
  const focusInList = () => !!listRef.current?.contains((listRef.current.getRootNode() as Document | ShadowRoot).activeElement);
  if (listed.current.for !== p.summary) {
    listed.current = focusInList() ? { ...listed.current, for: p.summary } : { for: p.summary, ...startListing(flat.length, cleanCount) };
    sliced.current = true;
  }
  const shownItems = Math.min(listed.current.items, flat.length);
  const complete = shownItems >= flat.length && listed.current.clean >= cleanCount;
  const listAll = () => {
    listed.current = { ...listed.current, items: Infinity, clean: Infinity };
    relist((n) => n + 1);
  };
  useEffect(() => {
    if (complete || !p.open) return;
    // the next slice in a task of its own, after this one is painted
    const id = setTimeout(() => {
      const l = listed.current;
      listed.current = l.items >= flat.length ? { ...l, clean: l.clean + MORE_CLEAN } : { ...l, items: l.items ? l.items + MORE_ITEMS : FIRST_ITEMS };
      sliced.current = true;
      relist((n) => n + 1);
    }, 0);
    return () => clearTimeout(id);
  });
  useLayoutEffect(() => {
    if (!sliced.current) return;
    sliced.current = false;
    listRef.current?.getBoundingClientRect();
  });

  // a key moved focus to a finding not listed yet: list everything, then focus it
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const k = pendingFocus.current;
    if (k === null) return;
    pendingFocus.current = null;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-idx="${k}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'nearest' });
  });

  const focusItem = (i: number) => {
    const n = flat.length;
    if (!n) return;
    const k = (i + n) % n;
    setFocusIdx(k);
    const el = listRef.current?.querySelector<HTMLElement>(`[data-idx="${k}"]`);
    if (!el) {
      pendingFocus.current = k;
      listAll();
      return;
    }
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const idx = Number(target.dataset.idx ?? safeIdx);
    switch (e.key) {
      case 'ArrowDown':
        focusItem(idx + 1);
        break;
      case 'ArrowUp':
        focusItem(idx - 1);
        break;
      case 'Home':
        focusItem(0);
        break;
      case 'End':
        focusItem(flat.length - 1);
        break;
      case 'Enter':
      case ' ': {
        const item = flat[idx];
        if (item && target.dataset.idx !== undefined) p.onChoose(item.finding);
        else return;
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  const onPanelKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (!p.onEscape()) {
      p.onOpen(false);
      setTimeout(() => pillRef.current?.focus(), 0);
    }
  };

  // a first result without problems is not yet a clean bill: no green tick until the whole page is checked
  const worst: PanelKind | 'verified' = p.counts.error ? 'error' : p.counts.warning ? 'warning' : p.partial ? 'note' : 'verified';

  if (!p.open) {
    return (
      <button ref={pillRef} type="button" class={`ll-pill k-${worst}`} aria-label={`${t(lang, 'expand')}: ${line}`} aria-expanded="false" onClick={() => p.onOpen(true)}>
        <SeverityBadge kind={worst as IconKind} />
        {t(lang, 'appName')}
        <span class="n">{headline(lang, p.summary, p.partial)}</span>
      </button>
    );
  }

  const problemGroups = p.groups.filter((g) => g.items.length > 0);
  const cleanGroups = p.groups.filter((g) => g.items.length === 0);
  let n = -1;
  const renderGroup = (g: PanelGroup) => {
    const clean = g.items.length === 0;
    // the findings of this group that are listed yet
    const items = g.items.slice(0, Math.max(0, shownItems - (n + 1)));
    if (!clean && !items.length) return null;
    return (
      <div key={g.key} class={`ll-group${clean ? ' is-clean' : ''}`} role="group" aria-label={g.title} style={`--ll-group-h:${clean ? 28 : 34 + 44 * g.items.length}px`}>
        <div class="ll-group-head">
          {clean && (
            <span class="ok" title={g.note} aria-label={g.note}>
              <Icon kind={g.note === t(lang, 'tableClean') ? 'verified' : 'notRun'} />
            </span>
          )}
          {g.table !== null ? (
            <button type="button" class="ll-btn link t" title={`${t(lang, 'tableLink')}: ${g.title}`} onClick={() => p.onGoToTable(g.table!)}>
              {g.title}
            </button>
          ) : (
            <span class="t">{g.title}</span>
          )}
          {g.unit && <span class="n">{g.unit}</span>}
          {g.table !== null && g.displayUnit && (
            <TableUnitSelect lang={lang} value={g.displayUnit} label={`${t(lang, 'unitTable')}: ${g.title}`} onChange={(u) => p.onSetUnit(g.table, u)} />
          )}
        </div>
        {items.map((it) => {
          n++;
          const idx = n;
          return (
            <div
              key={it.finding}
              role="option"
              class={`ll-item k-${it.kind}`}
              data-idx={idx}
              data-finding={it.finding}
              tabIndex={idx === safeIdx || (idx === shownItems - 1 && safeIdx >= shownItems) ? 0 : -1}
              aria-setsize={flat.length}
              aria-posinset={idx + 1}
              aria-selected={p.active === it.finding ? 'true' : 'false'}
              onClick={() => {
                setFocusIdx(idx);
                p.onChoose(it.finding);
              }}
              onFocus={() => setFocusIdx(idx)}
            >
              <SeverityBadge kind={it.kind} />
              <span class="m">
                <span class="ll-sr">{t(lang, KIND_KEY[it.kind])}: </span>
                {it.message}
                {it.detail && <span class="d">{it.detail}</span>}
              </span>
            </div>
          );
        })}
      </div>
    );
  };
  return (
    <section class="ll-panel" role="region" aria-label={t(lang, 'panelLabel')} onKeyDown={onPanelKey}>
      <div class="ll-panel-head">
        <div class="ll-panel-title">
          <h2>{t(lang, 'appName')}</h2>
          <button type="button" class="ll-iconbtn" aria-label={t(lang, 'collapse')} title={t(lang, 'collapse')} aria-expanded="true" onClick={() => p.onOpen(false)}>
            <span class="ll-chev" aria-hidden="true" />
          </button>
          <button type="button" class="ll-iconbtn" aria-label={t(lang, 'turnOff')} title={t(lang, 'turnOff')} onClick={p.onClose}>
            ×
          </button>
        </div>
        <p class="ll-summary">
          <span class={`big k-${worst}`}>{headline(lang, p.summary, p.partial)}</span>
          <span class="rest">
            {' · '}
            {t(lang, 'tables', { n: p.summary.tables })}
            {' · '}
            {t(lang, 'relationsChecked', { n: p.summary.relationsChecked })}
          </span>
        </p>
        <div class="ll-filters" role="group" aria-label={t(lang, 'filter')}>
          {PANEL_KINDS.filter((k) => k !== 'note' || p.counts.note > 0).map((k) => (
            <button key={k} type="button" class={`ll-chipbtn k-${k}`} aria-pressed={p.filter[k] ? 'true' : 'false'} onClick={() => p.onFilter(k)}>
              <SeverityBadge kind={k} />
              {t(lang, KIND_KEY[k])} {p.counts[k]}
            </button>
          ))}
        </div>
        <div class="ll-controls">
          <label>
            {t(lang, 'unitPage')}
            <UnitSelect lang={lang} value={p.pageUnit} label={t(lang, 'unitPage')} onChange={(u) => p.onSetUnit(null, u)} />
          </label>
          <label>
            <input type="checkbox" checked={p.showVerified} onChange={p.onToggleVerified} />
            {t(lang, 'showVerified')}
            {p.verifiedCount ? `（${p.verifiedCount}）` : ''}
          </label>
          {p.onExport && (
            <span class="ll-export" role="group" aria-label={t(lang, 'exportReport')}>
              <button type="button" class="ll-btn" data-format="html" title={t(lang, 'exportReportTitle')} onClick={() => p.onExport!('html')}>
                {t(lang, 'exportReport')}
              </button>
              {(['json', 'csv'] as const).map((f) => (
                <button key={f} type="button" class="ll-btn link" data-format={f} title={t(lang, 'exportData', { what: f.toUpperCase() })} onClick={() => p.onExport!(f)}>
                  {f.toUpperCase()}
                </button>
              ))}
              {p.exportStatus && <span class="ll-export-status" role="status">{p.exportStatus}</span>}
            </span>
          )}
        </div>
      </div>
      <div class="ll-panel-body" ref={listRef} role="listbox" aria-label={t(lang, 'panelLabel')} aria-busy={complete ? 'false' : 'true'} onKeyDown={onKeyDown}>
        {problemGroups.map((g) => renderGroup(g))}
        {cleanGroups.length > 0 && listed.current.clean > 0 && <div class="ll-clean-title">{t(lang, 'cleanTables', { n: cleanGroups.length })}</div>}
        {cleanGroups.slice(0, listed.current.clean).map((g) => renderGroup(g))}
        {flat.length === 0 && PANEL_KINDS.some((k) => p.counts[k] > 0) && <div class="ll-empty">{t(lang, 'noFindingsShown')}</div>}
      </div>
      {(p.attachments?.length ?? 0) > 0 && (
        <div class="ll-attachments" role="group" aria-label={t(lang, 'pdfLinks')}>
          <div class="ll-clean-title">{t(lang, 'pdfLinks')}（{p.attachments!.length}）</div>
          <ul>
            {p.attachments!.map((a) => (
              <li key={a.href}>
                <span class="ll-att-name" title={a.href}>
                  {a.text || decodeURIComponent(a.href.split('/').pop() ?? a.href)}
                </span>
                <button type="button" class="ll-btn" onClick={() => p.onOpenPdf?.(a.href)}>
                  {t(lang, 'openInViewer')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="ll-hint">{t(lang, 'listHint')}</div>
      <Announce line={line} />
    </section>
  );
}
