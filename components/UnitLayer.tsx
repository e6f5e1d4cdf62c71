import type { Rect } from './HighlightLayer';

export interface UnitChip {
  key: string;
  /** "table:row:col", for tools and tests */
  cell: string;
  rect: Rect;
  text: string;
  /** the figure as written, for assistive technology */
  written: string;
}

export interface UnitBanner {
  key: string;
  x: number;
  y: number;
  text: string;
}

/**
 * Converted amounts drawn over their cells (right-aligned with the cell, growing leftwards when longer) (the page's own text stays underneath, untouched and
 * selectable: chips ignore the pointer), and a banner over each converted table naming its unit.
 */
export function UnitLayer({ chips, banners }: { chips: UnitChip[]; banners: UnitBanner[] }) {
  return (
    <>
      {banners.map((b) => (
        <div key={b.key} class="ll-unit-banner" style={{ left: `${b.x}px`, top: `${b.y}px` }}>
          {b.text}
        </div>
      ))}
      {chips.map((c) => (
        <div
          key={c.key}
          class="ll-unit-chip"
          data-written={c.written}
          data-cell={c.cell}
          style={`left:${c.rect.x + c.rect.w}px;top:${c.rect.y}px;min-width:${c.rect.w}px;height:${c.rect.h}px`}
        >
          {c.text}
        </div>
      ))}
    </>
  );
}

export interface TipLine {
  unit: string;
  value: string;
  written: boolean;
}

/** The figure under the pointer in every unit; the line as written is marked. */
export function AmountTip(p: { x: number; y: number; above?: boolean; title: string; lines: TipLine[]; writtenLabel: string }) {
  return (
    <div class="ll-tip" role="tooltip" style={{ left: `${p.x}px`, top: `${p.y}px`, transform: p.above ? 'translateY(-100%)' : undefined }}>
      <div class="ll-tip-title">{p.title}</div>
      {p.lines.map((l) => (
        <div key={l.unit} class={`ll-tip-row${l.written ? ' is-written' : ''}`}>
          <span>{l.value}</span>
          <span class="u">
            {l.unit}
            {l.written ? `（${p.writtenLabel}）` : ''}
          </span>
        </div>
      ))}
    </div>
  );
}
