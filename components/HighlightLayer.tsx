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
      {/* hundreds of these on a page: plain boxes, the tick is the stylesheet's */}
      {verified.map((v) => (
        <div key={v.key} class="ll-verified" style={`left:${v.x}px;top:${v.y}px`} />
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
