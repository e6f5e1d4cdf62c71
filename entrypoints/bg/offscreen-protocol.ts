import { z } from 'zod';

/** Which part of a run: 'view' the tables in view first (lib/analyze.ts), 'full' the whole page. */
export const AnalysisStage = z.enum(['view', 'full']);
export type AnalysisStage = z.infer<typeof AnalysisStage>;

/** Background → offscreen document. The snapshot is validated again in the worker that analyses it. */
export const OffscreenRequest = z.discriminatedUnion('type', [
  z.object({ target: z.literal('offscreen'), type: z.literal('offscreen-analyze'), id: z.string(), snapshot: z.unknown(), stage: AnalysisStage.default('full') }),
  z.object({ target: z.literal('offscreen'), type: z.literal('offscreen-cancel'), id: z.string() }),
]);
export type OffscreenRequest = z.input<typeof OffscreenRequest>;

/** What an analysis worker is sent (entrypoints/analysis-worker.ts). */
export const AnalysisJob = z.object({ snapshot: z.unknown(), stage: AnalysisStage.default('full') });
