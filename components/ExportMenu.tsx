import { useEffect, useRef } from 'preact/hooks';

export type ExportAction = 'tsv' | 'csv' | 'xlsx';

export interface ExportSpot {
  /** <table> element index */
  table: number;
  /** top-right corner of the table, in overlay coordinates */
  x: number;
  y: number;
  title: string;
}

/** Chinese first, as everywhere in the overlay; the control names its table for screen readers. */
const LABELS: Record<ExportAction, string> = {
  tsv: '复制表格 / Copy table (TSV)',
  csv: '下载 CSV / Download CSV',
  xlsx: '下载 XLSX / Download XLSX',
};

/**
 * A small "导出表格" button above the top-right corner of each table near the viewport, and, for the
 * one that is open, its three actions. Plain buttons, so Tab reaches them and Enter/Space run them;
 * Escape closes the menu and gives focus back to its button. The view only reports choices.
 */
export function ExportMenu(p: {
  spots: ExportSpot[];
  open: number | null;
  busy: boolean;
  status: { table: number; text: string; error?: boolean } | null;
  onToggle: (table: number | null) => void;
  onChoose: (table: number, action: ExportAction) => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (p.open !== null) first.current?.focus();
  }, [p.open]);
  return (
    <>
      <style>{CSS}</style>
      {p.spots.map((s) => {
        const open = p.open === s.table;
        const menuId = `ll-sheet-menu-${s.table}`;
        return (
          <div key={s.table} class="ll-sheet" data-table={s.table} style={{ left: `${s.x}px`, top: `${s.y}px` }}>
            <button
              type="button"
              class="ll-sheet-btn"
              aria-haspopup="true"
              aria-expanded={open}
              aria-controls={open ? menuId : undefined}
              aria-label={`导出表格 / Export table: ${s.title}`}
              onClick={() => p.onToggle(open ? null : s.table)}
            >
              导出表格 <span class="ll-chev" aria-hidden="true" />
            </button>
            {open && (
              <div
                id={menuId}
                class="ll-sheet-menu"
                role="group"
                aria-label={`导出 ${s.title}`}
                onKeyDown={(e) => {
                  if (e.key !== 'Escape') return;
                  e.stopPropagation();
                  p.onToggle(null);
                  (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
                }}
              >
                {(['tsv', 'csv', 'xlsx'] as const).map((a, i) => (
                  <button key={a} type="button" ref={i === 0 ? first : undefined} data-action={a} disabled={p.busy} onClick={() => p.onChoose(s.table, a)}>
                    {LABELS[a]}
                  </button>
                ))}
              </div>
            )}
            {p.status?.table === s.table && (
              <div class={`ll-sheet-status${p.status.error ? ' is-error' : ''}`} role="status">
                {p.status.text}
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}

// kept with the component (not in overlay.css): the feature is one file set, easy to take out
const CSS = `
.ll-sheet { position: absolute; transform: translate(-100%, -100%); pointer-events: auto; font: 12px/1.3 var(--ll-font); z-index: 1; }
.ll-sheet-btn { all: unset; box-sizing: border-box; cursor: pointer; padding: 1px 8px; border-radius: 9px; border: 1px solid var(--ll-border);
  background: var(--ll-bg); color: var(--ll-fg2); font: 600 11.5px/16px var(--ll-font); white-space: nowrap; }
.ll-sheet-btn:hover, .ll-sheet-btn[aria-expanded="true"] { color: var(--ll-fg); border-color: var(--ll-focus); }
.ll-sheet-btn:focus-visible, .ll-sheet-menu button:focus-visible { outline: 2px solid var(--ll-focus); outline-offset: 1px; }
.ll-sheet-menu { position: absolute; right: 0; top: calc(100% + 4px); display: flex; flex-direction: column; min-width: 200px; padding: 4px;
  background: var(--ll-bg); border: 1px solid var(--ll-border); border-radius: 6px; box-shadow: var(--ll-shadow); }
.ll-sheet-menu button { all: unset; box-sizing: border-box; cursor: pointer; padding: 5px 8px; border-radius: 4px; color: var(--ll-fg); white-space: nowrap; }
.ll-sheet-menu button:hover { background: var(--ll-bg2); }
.ll-sheet-menu button[disabled] { opacity: 0.5; cursor: progress; }
.ll-sheet-status { position: absolute; right: 0; top: calc(100% + 4px); padding: 2px 8px; border-radius: 4px; background: var(--ll-verified);
  color: var(--ll-bg); white-space: nowrap; font-weight: 600; }
.ll-sheet-menu ~ .ll-sheet-status { top: auto; bottom: calc(100% + 4px); }
.ll-sheet-status.is-error { background: var(--ll-error); }
`;
