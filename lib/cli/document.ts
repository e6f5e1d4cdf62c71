/**
 * One document of a batch, from path to summary row: read, check, write its evidence report. Runs in
 * a worker thread (batch-worker.ts) or, where workers cannot start, in the main thread.
 */
import { analyzeSnapshot } from '../analyze';
import { RULES } from '../checks/index';
import type { BatchRow } from '../report/evidence/summary';
import { evidenceFor, writeEvidence } from './evidence';
import { InputError, loadDocument } from './load';

/** The rule that lists missing standard tables and 说明 sections (issue 11, item 3), when the checker has it. */
export const COMPLETENESS_RULE = 'completeness';
export const hasCompleteness = () => RULES.some((r) => r.meta.id === COMPLETENESS_RULE);

export interface DocumentJob {
  file: string;
  /** where its report goes (.html; .json and .csv beside it); absent: no report is written */
  out?: string;
  /** the report's path as the summary page links it */
  link: string;
}

export async function checkDocument(job: DocumentJob): Promise<BatchRow> {
  const t0 = performance.now();
  try {
    const doc = await loadDocument(job.file);
    const analysis = analyzeSnapshot(doc.snapshot);
    const report = await evidenceFor(job.file, doc, analysis);
    if (job.out) writeEvidence(job.out, report);
    const findings = analysis.report.findings;
    const missing = hasCompleteness() ? findings.filter((f) => f.rule === COMPLETENESS_RULE && f.severity !== 'info').map((f) => f.message) : undefined;
    return {
      status: 'checked',
      file: job.file,
      kind: doc.kind,
      title: doc.snapshot.title,
      tables: analysis.summary.tables,
      relations: analysis.summary.relationsChecked,
      errors: analysis.summary.errors,
      warnings: analysis.summary.warnings,
      infos: findings.filter((f) => f.severity === 'info').length,
      ...(missing ? { missing } : {}),
      report: job.link,
      sha256: report.digests[0]!.hex,
      ms: Math.round(performance.now() - t0),
    };
  } catch (e) {
    const reason = e instanceof InputError ? e.message : `无法分析 / could not analyse: ${(e as Error).message}`;
    return { status: 'unread', file: job.file, reason };
  }
}
