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
