import type { IconKind } from './icons';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type BoxRole = 'finding' | 'active' | 'related' | 'flash';

export interface HighlightBox {
  key: string;
  rect: Rect;
  kind: IconKind;
  role: BoxRole;
  /** index of the finding this box belongs to (for tests and tooling); -1 for flashes */
  finding: number;
  table: number;
  row: number;
  col: number;
}

export interface MarkerView {
  key: string;
  x: number;
  y: number;
  kind: IconKind;
  finding: number;
  label: string;
  active: boolean;
}

export interface VerifiedMark {
  key: string;
  x: number;
  y: number;
  /** marks of one group (a table) are painted by one element */
  group: number;
}

/** a ✓ mark's size in CSS px (the image components/glyphs.css draws as --ll-tick) */
export const TICK_PX = 11;

/**
 * The ✓ marks of one group as one element: its box spans them and each mark is one background layer
 * (the same image at its own position). Hundreds of marks near the viewport were hundreds of positioned
 * elements, each created, styled, laid out and painted as a layer of its own (issue 13).
 */
export function verifiedSets(marks: readonly VerifiedMark[]): { key: string; style: string; count: number }[] {
  const groups = new Map<number, VerifiedMark[]>();
  // two relations that hold on one cell put their marks on one spot: one layer is enough
  const seen = new Set<string>();
  for (const m of marks) {
    const spot = `${m.group}:${m.x}:${m.y}`;
    if (seen.has(spot)) continue;
    seen.add(spot);
    const g = groups.get(m.group);
    if (g) g.push(m);
    else groups.set(m.group, [m]);
  }
  const out: { key: string; style: string; count: number }[] = [];
  for (const [group, list] of groups) {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const m of list) {
      x0 = Math.min(x0, m.x);
      y0 = Math.min(y0, m.y);
      x1 = Math.max(x1, m.x);
      y1 = Math.max(y1, m.y);
    }
    const px = (v: number) => `${Math.round(v * 100) / 100}px`;
    const images = new Array<string>(list.length).fill('var(--ll-tick)').join(',');
    const positions = list.map((m) => `${px(m.x - x0)} ${px(m.y - y0)}`).join(',');
    out.push({
      key: `g${group}`,
      count: list.length,
      style: `left:${px(x0)};top:${px(y0)};width:${px(x1 - x0 + TICK_PX)};height:${px(y1 - y0 + TICK_PX)};background-image:${images};background-position:${positions}`,
    });
  }
  return out;
}

export interface MarkerEvents {
  onEnter(finding: number): void;
  onLeave(finding: number): void;
  /** click or tap; `keyboard` when activated with Enter/Space */
  onActivate(finding: number, keyboard: boolean): void;
}

/**
 * Boxes drawn over table cells (pointer-events: none, so the page's text stays selectable) and one
 * small focusable marker per finding that opens its card on hover, focus or tap.
 */
export function HighlightLayer(props: { boxes: HighlightBox[]; markers: MarkerView[]; verified: VerifiedMark[]; events: MarkerEvents }) {
  const { boxes, markers, verified, events } = props;
  return (
    <>
      {boxes.map((b) => (
        <div
          key={b.key}
          class={`ll-box k-${b.kind}${b.role === 'finding' ? '' : ' is-' + b.role}`}
          data-finding={b.finding}
          data-cell={`${b.table}:${b.row}:${b.col}`}
          data-role={b.role}
          style={`left:${b.rect.x}px;top:${b.rect.y}px;width:${b.rect.w}px;height:${b.rect.h}px`}
        />
      ))}
      {/* hundreds of these on a page: one element per table, a background layer per mark */}
      {verifiedSets(verified).map((v) => (
        <div key={v.key} class="ll-verified" data-marks={v.count} aria-hidden="true" style={v.style} />
      ))}
      {markers.map((m) => (
        <button
          key={m.key}
          type="button"
          class={`ll-marker k-${m.kind}${m.active ? ' is-active' : ''}`}
          style={`left:${m.x}px;top:${m.y}px`}
          aria-label={m.label}
          aria-haspopup="dialog"
          aria-expanded={m.active}
          data-finding={m.finding}
          onMouseEnter={() => events.onEnter(m.finding)}
          onMouseLeave={() => events.onLeave(m.finding)}
          onFocus={() => events.onEnter(m.finding)}
          onBlur={() => events.onLeave(m.finding)}
          onClick={(e) => events.onActivate(m.finding, e.detail === 0)}
        >
          <span class="ll-glyph" aria-hidden="true" />
        </button>
      ))}
    </>
  );
}
