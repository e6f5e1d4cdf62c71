/** The evidence report under Node: built from a loaded document, written as .html, .json and .csv side by side. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEvidence, EvidenceReport, fileDigest, renderEvidenceHtml, renderFindingsCsv, snapshotDigest } from '../report/evidence';
import type { PageAnalysis } from '../report/schema';
import { pdfCropper } from './crop';
import type { LoadedDocument } from './load';

/** The version the report names: package.json's, as the extension's manifest carries it. */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function evidenceFor(file: string, doc: LoadedDocument, analysis: PageAnalysis, checkedAt = new Date()): Promise<EvidenceReport> {
  const digests = [await fileDigest(doc.raw, doc.kind)];
  // a saved page also gets the snapshot digest, the one the extension gives for the live page
  if (doc.kind === 'html') digests.push(await snapshotDigest(doc.snapshot));
  const crops = doc.kind === 'pdf' && analysis.report.findings.some((f) => f.boxes?.length) ? await pdfCropper(doc.raw) : null;
  try {
    // what a file the user keeps will hold: checked against the schema before it is written
    return EvidenceReport.parse(
      await buildEvidence({
      snapshot: doc.snapshot,
      analysis,
      address: path.resolve(file),
      checkedAt,
      version: toolVersion(),
      via: 'cli',
      digests,
      notes: doc.notes,
      ...(crops?.ok ? { drawCrop: (c) => crops.cropper.draw(c) } : {}),
      ...(crops && !crops.ok ? { cropNote: { zh: crops.zh, en: crops.en } } : {}),
      }),
    );
  } finally {
    if (crops?.ok) await crops.cropper.close();
  }
}

/** out.html → out.html, out.json, out.csv (the same basename; any other extension is kept and the three added). */
export function evidencePaths(out: string): { html: string; json: string; csv: string } {
  const base = /\.html?$/i.test(out) ? out.replace(/\.html?$/i, '') : out;
  return { html: /\.html?$/i.test(out) ? out : `${base}.html`, json: `${base}.json`, csv: `${base}.csv` };
}

export function writeEvidence(out: string, report: EvidenceReport): { html: string; json: string; csv: string } {
  const p = evidencePaths(out);
  mkdirSync(path.dirname(path.resolve(p.html)), { recursive: true });
  writeFileSync(p.html, renderEvidenceHtml(report));
  writeFileSync(p.json, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(p.csv, renderFindingsCsv(report));
  return p;
}
