import { z } from 'zod';
import { PageBox, PageSnapshot, TableSnapshot } from './schema';

/**
 * The snapshot's wire form (wire.ts) checked as it is, before it is unpacked: what the worker that
 * analyses a page does with the content script's message. Every value of a cell the snapshot schema
 * checks is checked here in its packed place (texts are strings; a cell's spans, flags and indent in
 * `attrs`; its box in `boxes`), and unpackSnapshot puts them where the schema wants them (an attribute
 * or box naming a cell that is not there throws), so the result is a PageSnapshot without a second
 * pass over 50,000 cell objects: on the 100-table page the check went from 220 ms (first run; 38 ms
 * warm) to 93 ms (15 ms warm) in Node (issue 13).
 *
 * Its own module: the content script packs snapshots (wire.ts) but builds no classic schema.
 */
const count = z.number().int().nonnegative();

export const PackedTableSchema = TableSnapshot.omit({ rows: true }).extend({
  text: z.array(z.array(z.string())),
  /** [row, cell, rowSpan (0: to the section's end), colSpan, header 1 | bold 2, indent] */
  attrs: z.array(z.tuple([count, count, count, z.number().int().min(1), z.number().int().min(0).max(3), z.number().nonnegative()])),
  boxes: z.array(z.tuple([count, count, PageBox])).optional(),
});

export const PackedSnapshotSchema = PageSnapshot.omit({ tables: true }).extend({
  packed: z.literal(1),
  tables: z.array(PackedTableSchema),
});
