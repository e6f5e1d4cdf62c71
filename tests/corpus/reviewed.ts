/**
 * The reviewed list (tests/corpus/reviewed.json): every error or warning the checker raises on a real
 * document that a person has shown, by hand from the document, to be a real discrepancy. False alarms
 * are never listed here: they are fixed in the code.
 *
 * An entry names ONE finding. The same document published in several markups (the fixture pages:
 * plain / merged / word of one source text) shares an entry: `documents` lists each file, and the
 * finding must be raised on every one of them.
 *
 * A finding is matched by a stable key (rule, severity, table, sorted cells, sorted related cells,
 * sentence for prose findings), not by its wording, so rewording a message does not break the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CellRef, type Finding } from '../../lib/report/schema';
import { ROOT } from './documents';

export const ReviewedEntry = z
  .object({
    /** files relative to tests/fixtures, e.g. "pages/004_c5440fdc5d943430.merged.html" */
    documents: z.array(z.string().min(1)).min(1),
    rule: z.string().min(1),
    severity: z.enum(['error', 'warning']),
    /** <table> index of the finding (null for prose) */
    table: z.number().int().nonnegative().nullable(),
    cells: z.array(CellRef),
    related: z.array(z.object({ table: z.number().int().nonnegative(), cells: z.array(CellRef) })).default([]),
    /** the sentence, for prose findings */
    text: z.string().optional(),
    /** the checker's numbers when it was reviewed: when given, the finding must still say exactly these */
    expected: z.string().optional(),
    actual: z.string().optional(),
    /** the checker's message when it was reviewed (for the reader; not used to match) */
    message: z.string().min(1),
    /** the arithmetic redone by hand from the document: "a + b = c; the table says d" */
    arithmetic: z.string().min(10),
    /** why it is a real discrepancy of the document, not a misreading */
    why: z.string().min(10),
  })
  .strict();
export type ReviewedEntry = z.infer<typeof ReviewedEntry>;

export const ReviewedList = z.array(ReviewedEntry);

export const REVIEWED_PATH = join(ROOT, 'tests', 'corpus', 'reviewed.json');

export function readReviewed(path = REVIEWED_PATH): ReviewedEntry[] {
  return ReviewedList.parse(JSON.parse(readFileSync(path, 'utf8')));
}

type Keyed = Pick<Finding, 'rule' | 'table' | 'cells' | 'related' | 'text'> & { severity: string };

const cellsKey = (cells: readonly (readonly [number, number])[]) =>
  [...cells]
    .map(([r, c]) => `${r},${c}`)
    .sort()
    .join(' ');

/** rule | severity | table | sorted cells | sorted related | sentence (prose only) */
export function findingKey(f: Keyed): string {
  const related = f.related
    .map((r) => `#${r.table}:${cellsKey(r.cells)}`)
    .sort()
    .join(' ');
  return [f.rule, f.severity, f.table ?? 'prose', cellsKey(f.cells), related, f.table === null ? (f.text ?? '') : ''].join('|');
}

/** The findings a reviewed list must account for: every error and warning. */
export const isProblem = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** A finding printed so a developer can review it by hand: where, the cells with labels, and the numbers. */
export function describeFinding(file: string, f: Finding): string {
  const lines = [`${file} · ${f.rule} · ${f.severity} · table ${f.table ?? '(prose)'} · cells ${JSON.stringify(f.cells)}${f.related.length ? ` · related ${JSON.stringify(f.related)}` : ''}`];
  lines.push(`  ${f.message}`);
  if (f.text) lines.push(`  sentence: ${f.text}`);
  if (f.expected !== undefined || f.actual !== undefined) lines.push(`  expected ${f.expected ?? '?'} · actual ${f.actual ?? '?'} · difference ${f.difference ?? '?'} ${f.unit ?? ''}`);
  for (const d of f.details ?? []) lines.push(`    #${d.table} [${d.cell.join(',')}] ${d.role.padEnd(7)} ${d.written.padStart(16)}  ${d.label.join(' › ')}`);
  lines.push(`  key: ${findingKey(f)}`);
  return lines.join('\n');
}

export interface Reconciled {
  /** errors/warnings raised on a real document that no reviewed entry names */
  unlisted: { file: string; finding: Finding }[];
  /** reviewed entries no longer raised on one of their documents */
  missing: { file: string; entry: ReviewedEntry }[];
  /** reviewed entries naming a document that is not in the repository (or not read) */
  unknownDocuments: { file: string; entry: ReviewedEntry }[];
}

/** Compare the findings on the documents that were read with the reviewed list. */
export function reconcile(read: { file: string; findings: Finding[] }[], reviewed: ReviewedEntry[]): Reconciled {
  const out: Reconciled = { unlisted: [], missing: [], unknownDocuments: [] };
  const byFile = new Map(read.map((d) => [d.file, d.findings]));
  const listed = new Map<string, Set<string>>();
  for (const entry of reviewed) {
    const k = findingKey(entry);
    for (const file of entry.documents) {
      const findings = byFile.get(file);
      if (!findings) {
        out.unknownDocuments.push({ file, entry });
        continue;
      }
      if (!listed.has(file)) listed.set(file, new Set());
      listed.get(file)!.add(k);
      const same = (f: Finding) => isProblem(f) && findingKey(f) === k && (entry.expected === undefined || f.expected === entry.expected) && (entry.actual === undefined || f.actual === entry.actual);
      if (!findings.some(same)) out.missing.push({ file, entry });
    }
  }
  for (const { file, findings } of read) {
    for (const f of findings) if (isProblem(f) && !listed.get(file)?.has(findingKey(f))) out.unlisted.push({ file, finding: f });
  }
  return out;
}
