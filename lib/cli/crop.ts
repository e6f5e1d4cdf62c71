/**
 * PDF crops for the evidence report under Node: pdf.js draws the page on a canvas from
 * `@napi-rs/canvas` — the optional dependency pdfjs-dist itself installs for Node — and the region
 * around the cited cells is cut out as a PNG. Nothing is added to the project's dependencies: when
 * the package is not installed (another platform, --omit=optional) the report gives the page and box
 * only and says why.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CROP_SCALE as SCALE, cropPixels, paintCrop, type CropContext } from '../report/evidence/paint';
import type { Crop } from '../report/evidence/schema';

interface NapiCanvas {
  createCanvas(w: number, h: number): {
    getContext(kind: '2d'): CropContext;
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
        const { w, h } = cropPixels(crop);
        const out = canvas.createCanvas(w, h);
        paintCrop(out.getContext('2d'), full, crop);
        return `data:image/png;base64,${out.toBuffer('image/png').toString('base64')}`;
      },
      close: () => doc.destroy(),
    },
  };
}
