/**
 * PDF crops for the evidence report under Node: pdf.js draws the page on a canvas from
 * `@napi-rs/canvas` — the optional dependency pdfjs-dist itself installs for Node — and the region
 * around the cited cells is cut out as a PNG. Nothing is added to the project's dependencies: when
 * the package is not installed (another platform, --omit=optional) the report gives the page and box
 * only and says why.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Crop } from '../report/evidence/schema';

/** Pixels per PDF point: 2 gives a legible crop of 9-pt table text without a huge file. */
const SCALE = 2;

interface NapiCanvas {
  createCanvas(w: number, h: number): {
    getContext(kind: '2d'): {
      drawImage(img: unknown, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
      strokeStyle: string;
      lineWidth: number;
      strokeRect(x: number, y: number, w: number, h: number): void;
    };
    toBuffer(mime: 'image/png'): Buffer;
  };
}

export interface Cropper {
  draw(crop: Crop): Promise<string | undefined>;
  close(): Promise<void>;
}

export type CropperResult = { ok: true; cropper: Cropper } | { ok: false; zh: string; en: string };

export async function pdfCropper(bytes: Uint8Array): Promise<CropperResult> {
  const require = createRequire(import.meta.url);
  let canvas: NapiCanvas;
  try {
    canvas = require('@napi-rs/canvas') as NapiCanvas;
  } catch {
    return { ok: false, zh: '本机未安装 @napi-rs/canvas（pdfjs-dist 的可选依赖），无法在命令行绘制 PDF 页面，未附截图；请按页码和坐标（PDF 点，原点为页面左上角）核对原文件。', en: '@napi-rs/canvas (an optional dependency of pdfjs-dist) is not installed, so the CLI cannot draw PDF pages and no crop is attached; check the original at the page and box given (PDF points from the top-left corner).' };
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const doc = await getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js detaches what it is given (Buffer.slice would share it)
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  // each page is drawn once and every crop of it cut from that drawing
  const drawn = new Map<number, Promise<unknown>>();
  const drawPage = (n: number) => {
    let p = drawn.get(n);
    if (!p) {
      p = (async () => {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: SCALE });
        const c = canvas.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        await page.render({ canvas: c as unknown as HTMLCanvasElement, canvasContext: c.getContext('2d') as unknown as CanvasRenderingContext2D, viewport, background: '#ffffff' }).promise;
        page.cleanup();
        return c;
      })();
      drawn.set(n, p);
    }
    return p;
  };
  return {
    ok: true,
    cropper: {
      async draw(crop) {
        if (crop.page < 1 || crop.page > doc.numPages || crop.w <= 0 || crop.h <= 0) return undefined;
        const full = await drawPage(crop.page);
        const w = Math.max(1, Math.round(crop.w * SCALE));
        const h = Math.max(1, Math.round(crop.h * SCALE));
        const out = canvas.createCanvas(w, h);
        const ctx = out.getContext('2d');
        ctx.drawImage(full, crop.x * SCALE, crop.y * SCALE, w, h, 0, 0, w, h);
        // the cited cells outlined, as the overlay marks them on the page
        ctx.strokeStyle = '#d93025';
        ctx.lineWidth = 3;
        for (const m of crop.marks) ctx.strokeRect((m.x - crop.x) * SCALE + 1.5, (m.y - crop.y) * SCALE + 1.5, m.w * SCALE - 3, m.h * SCALE - 3);
        return `data:image/png;base64,${out.toBuffer('image/png').toString('base64')}`;
      },
      close: () => doc.destroy(),
    },
  };
}
