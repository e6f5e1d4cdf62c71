import { z } from 'zod';
import { PageSnapshot } from '../snapshot/schema';
import type { PackedSnapshot } from '../snapshot/wire';
import { AnalysisSummary } from '../report/schema';
import { DisplayUnit } from '../settings/schema';
import { RunReason } from './to-content';

/**
 * Messages between the extension's parts. Every message crossing a context boundary is parsed with
 * these schemas on receipt; anything that does not parse is answered with an error, never acted on.
 *
 *   content  → background: analyze, overlay-state, error, explain, decode-code, match-terms, export-table (also from the PDF viewer)
 *   popup    → background: get-tab-state, run-in-tab, overlay-in-tab
 *   background → content: run, set-overlay, toggle, get-state
 */

/** What the overlay in a tab is doing; kept per tab by the background for the badge and the popup. */
export const OverlayStatus = z.enum([
  'idle', // nothing has run in this tab
  'running', // reading the page / analysing
  'on', // overlay shown
  'off', // the user turned it off
  'no-tables', // ran, found no budget table: nothing shown
  'error', // ran and failed (message in `error`)
  'unavailable', // the browser does not let extensions run here (chrome://, store pages ...)
  'pdf', // the tab shows a PDF: it was opened in the extension's PDF viewer
]);
export type OverlayStatus = z.infer<typeof OverlayStatus>;

export const TabState = z.object({
  url: z.string(),
  status: OverlayStatus,
  summary: z.optional(AnalysisSummary),
  error: z.string().optional(),
  /** ms spent in analyzeSnapshot (background) */
  analysisMs: z.number().nonnegative().optional(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabState>;

export { RunReason, ToContent, ok, fail, type Reply } from './to-content';

// ---- content → background ----------------------------------------------------------------
export const AnalyzeRequest = z.object({
  type: z.literal('analyze'),
  /**
   * Validated where it is used: by the worker that analyses it (PageSnapshot.safeParse), not here as
   * well — the background only passes it on, and parsing a big page's snapshot (4 MB) twice cost
   * 40–190 ms more. The background reads it only after the worker accepted it. Sent in its wire form
   * (lib/snapshot/wire.ts: a fraction of the size, so a fraction of the page's main-thread time to send).
   */
  snapshot: z.custom<PageSnapshot | PackedSnapshot>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'snapshot: not an object'),
  reason: RunReason,
  /** 'view': the tables in view, read first (a partial snapshot; lib/analyze.ts); 'full' (default): the page */
  stage: z.enum(['view', 'full']).default('full'),
  /** the content script's run: a request of a newer run cancels the older run's requests still running */
  run: z.string().max(100).optional(),
});
/** The content script started reading a page: load an analysis worker meanwhile. */
export const WarmRequest = z.object({ type: z.literal('warm') });
export const OverlayStateMessage = z.object({
  type: z.literal('overlay-state'),
  status: OverlayStatus,
  summary: z.optional(AnalysisSummary),
  error: z.string().optional(),
});
export const ErrorReport = z.object({ type: z.literal('error'), where: z.string().max(200), message: z.string().max(2000) });

/** The term under the pointer: a piece of page text and the offset pointed at. */
export const ExplainRequest = z.object({ type: z.literal('explain'), text: z.string().max(4000), offset: z.number().int().nonnegative() });
/** A classification code in a table, with the labels the page prints next to codes of that table. */
export const DecodeRequest = z.object({
  type: z.literal('decode-code'),
  code: z.string().max(16),
  pageNames: z.array(z.tuple([z.string().max(16), z.string().max(200)])).max(5000),
  /** the classification the core read the cell as (its column and row), so digits alone do not decide */
  domain: z.enum(['function', 'economic-dept', 'economic-gov']).optional(),
  /** the document's year (the document model's): the edition of the classification whose names apply */
  year: z.number().int().min(1990).max(2100).nullable().optional(),
});
/** Glossary terms in groups of page text (a group = the text pieces of one paragraph), to underline. */
export const MatchTermsRequest = z.object({
  type: z.literal('match-terms'),
  groups: z.array(z.array(z.string().max(4000)).max(500)).max(5000),
});

// ---- popup / options → background ----------------------------------------------------------
export const GetTabState = z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() });
export const RunInTab = z.object({ type: z.literal('run-in-tab'), tabId: z.number().int() });
export const OverlayInTab = z.object({ type: z.literal('overlay-in-tab'), tabId: z.number().int(), on: z.boolean() });
/** The PDF viewer's text, for explanations from the document's own 名词解释 (the viewer checks in a worker). */
export const PageTexts = z.object({ type: z.literal('page-texts'), texts: z.array(z.string().max(20_000)).max(20_000) });
/** Open the PDF viewer: on a link (http/https/file), or empty (a local file is chosen there). */
export const OpenViewer = z.object({ type: z.literal('open-viewer'), url: z.string().max(8000).optional() });
/**
 * One table of the document as a sheet (lib/export), in the unit the user chose, and the XLSX file
 * too when `xlsx` is set: the overlay writes the text formats itself. Answered with a SheetReply.
 */
export const ExportTableRequest = z.object({ type: z.literal('export-table'), snapshot: PageSnapshot, table: z.number().int().nonnegative(), unit: DisplayUnit, xlsx: z.boolean().optional() });

export const ToBackground = z.discriminatedUnion('type', [
  AnalyzeRequest,
  WarmRequest,
  OverlayStateMessage,
  ErrorReport,
  ExplainRequest,
  DecodeRequest,
  MatchTermsRequest,
  GetTabState,
  RunInTab,
  OverlayInTab,
  OpenViewer,
  PageTexts,
  ExportTableRequest,
]);
export type ToBackground = z.infer<typeof ToBackground>;

// ---- background → content: lib/messages/to-content.ts ------------------------------------

/** The content script's answer to get-state, run, toggle and set-overlay. */
export const ContentState = z.object({ status: OverlayStatus, summary: z.optional(AnalysisSummary) });
export type ContentState = z.infer<typeof ContentState>;
