/**
 * The overlay's font stack for this platform: the system UI font for Latin text and the platform's
 * simplified-Chinese sans for Han, as the overlay's stylesheet names them — but only the families
 * that platform ships.
 *
 * Why not the one list for every platform (components/overlay.css's --ll-font): for each Chinese
 * character the browser tries the families in order, and every family that is not installed costs
 * a font lookup per weight (on Linux a round trip to the browser process). The overlay's first
 * layout spent 20–40 ms on a busy machine finding nine families that a Linux desktop never has
 * (issue 13). Dropping the other platforms' families keeps what each platform shows.
 */
export type FontPlatform = 'mac' | 'windows' | 'other';

const CJK: Record<FontPlatform, string> = {
  mac: '"PingFang SC", "Hiragino Sans GB"',
  windows: '"Microsoft YaHei"',
  // Linux, ChromeOS, Android: what their distributions install for simplified Chinese
  other: '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"',
};

export function fontPlatform(nav: { platform?: string; userAgentData?: { platform?: string } }): FontPlatform {
  const p = (nav.userAgentData?.platform || nav.platform || '').toLowerCase();
  if (/mac|iphone|ipad|ios/.test(p)) return 'mac';
  if (/win/.test(p)) return 'windows';
  return 'other';
}

export function fontStack(platform: FontPlatform): string {
  return `system-ui, ${CJK[platform]}, sans-serif`;
}

/** The sizes (px) and weights the overlay's stylesheet sets its text in (fonts.test.ts checks overlay.css against them). */
export const OVERLAY_TYPE = { sizes: [12, 13], weights: [400, 700] } as const;

/** Han, Latin, digits and the punctuation the overlay's text uses: each family of the stack that covers one is looked up. */
const SAMPLE = '账本核对合计差额 Ledger Lens 0123456789 ,.:%（），。：、·—…≈';

/**
 * Find the overlay's fonts before its first text is laid out: measuring a sample on a canvas that is
 * never put in the page makes the browser look up every family, size and weight the overlay's text
 * will need (on Linux each lookup is a round trip to the browser process, 20–30 ms in all, which the
 * panel's first layout spent waiting). One size and weight per task, while the analysis is on its way.
 */
export function warmFonts(
  doc: Document,
  stack: string,
  signal: AbortSignal,
  done: () => void = () => undefined,
  later: (f: () => void) => void = (f) => setTimeout(f, 0),
): void {
  const g = doc.createElement('canvas').getContext('2d');
  if (!g) return;
  const combos = OVERLAY_TYPE.weights.flatMap((w) => OVERLAY_TYPE.sizes.map((s) => `${w} ${s}px ${stack}`));
  const next = () => {
    if (signal.aborted) return;
    const font = combos.shift();
    if (!font) return done();
    g.font = font;
    g.measureText(SAMPLE);
    later(next);
  };
  later(next);
}
