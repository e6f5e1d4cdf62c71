/** Severity is shown by shape as well as colour: ✕ error, ! warning, ≈ rounding, i note, ? not checked, ✓ holds. */
export type IconKind = 'error' | 'warning' | 'rounding' | 'note' | 'notRun' | 'verified';

/** Glyph paths (12×12); components/glyphs.css holds them as masks — regenerate it when they change. */
export const paths: Record<IconKind, string> = {
  error: 'M3 3 L9 9 M9 3 L3 9',
  warning: 'M6 2 L6 7.2 M6 9.6 L6 10',
  rounding: 'M2 4.6 Q4 3 6 4.6 T10 4.6 M2 8 Q4 6.4 6 8 T10 8',
  note: 'M6 2.4 L6 2.8 M6 5 L6 9.6',
  notRun: 'M4 4.2 Q4 2.2 6 2.2 Q8 2.2 8 4 Q8 5.4 6 6.2 L6 7.4 M6 9.6 L6 10',
  verified: 'M2.2 6.4 L4.8 9 L9.8 3.2',
};

/** The glyph alone, in the current text colour (components/glyphs.css draws it from `paths`). */
export function Icon({ kind }: { kind: IconKind }) {
  return <span class={`ll-glyph k-${kind}`} aria-hidden="true" />;
}

/** A small coloured badge with the severity's glyph. */
export function SeverityBadge({ kind }: { kind: IconKind }) {
  return (
    <span class={`ll-sev k-${kind}`} aria-hidden="true">
      <span class="ll-glyph" />
    </span>
  );
}
