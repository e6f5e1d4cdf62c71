/**
 * The part of the PDF reader (lib/pdf/node.ts) the CLI relies on, declared here so lib/cli compiles
 * and is typed on its own. The reader is imported lazily (lib/cli/load.ts) so HTML runs never load
 * pdf.js. `PdfReadError` is recognised by its `code`, not by class identity, so this module does not
 * import the reader.
 */
import type { PageSnapshot } from '../snapshot/schema';

export interface PdfReadResult {
  snapshot: PageSnapshot;
  pages: number;
  textItems: number;
  notes: string[];
}

export const PDF_ERROR_CODES = ['encrypted', 'corrupt', 'no-text', 'too-large', 'aborted'] as const;
export type PdfErrorCode = (typeof PDF_ERROR_CODES)[number];

export interface PdfNodeModule {
  readPdfBytes(data: Uint8Array, url?: string): Promise<PdfReadResult>;
}

/** A PdfReadError from lib/pdf: an Error whose `code` is one of the reader's codes. */
export function pdfErrorCode(e: unknown): PdfErrorCode | null {
  if (!(e instanceof Error)) return null;
  const code = (e as Error & { code?: unknown }).code;
  return typeof code === 'string' && (PDF_ERROR_CODES as readonly string[]).includes(code) ? (code as PdfErrorCode) : null;
}
