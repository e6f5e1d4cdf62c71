import { z } from 'zod';

/** Background → offscreen document. The snapshot is validated again in the worker that analyses it. */
export const OffscreenRequest = z.discriminatedUnion('type', [
  z.object({ target: z.literal('offscreen'), type: z.literal('offscreen-analyze'), id: z.string(), snapshot: z.unknown() }),
  z.object({ target: z.literal('offscreen'), type: z.literal('offscreen-cancel'), id: z.string() }),
]);
export type OffscreenRequest = z.infer<typeof OffscreenRequest>;
