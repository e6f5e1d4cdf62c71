import type { Crop } from './schema';

/** Pixels per PDF point of a crop: legible 9-pt table text without a large file. */
export const CROP_SCALE = 2;

/** The part of a 2D canvas context a crop needs (browser canvas and @napi-rs/canvas alike). */
export interface CropContext {
  drawImage(img: never, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
  strokeStyle: unknown;
  lineWidth: number;
  strokeRect(x: number, y: number, w: number, h: number): void;
}

export function cropPixels(crop: Crop, scale = CROP_SCALE): { w: number; h: number } {
  return { w: Math.max(1, Math.round(crop.w * scale)), h: Math.max(1, Math.round(crop.h * scale)) };
}

/**
 * Cut a crop out of a whole page drawn at `scale` and outline the cited cells, as the overlay marks
 * them on the page. The same in the CLI and in the extension's viewer.
 */
export function paintCrop(ctx: CropContext, page: unknown, crop: Crop, scale = CROP_SCALE): void {
  const { w, h } = cropPixels(crop, scale);
  ctx.drawImage(page as never, crop.x * scale, crop.y * scale, w, h, 0, 0, w, h);
  ctx.strokeStyle = '#d93025';
  ctx.lineWidth = 3;
  for (const m of crop.marks) ctx.strokeRect((m.x - crop.x) * scale + 1.5, (m.y - crop.y) * scale + 1.5, m.w * scale - 3, m.h * scale - 3);
}
