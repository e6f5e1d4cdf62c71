/**
 * "导出报告 / Export report": the evidence report of what the overlay shows, built by the shared core
 * (lib/report/evidence) and saved with a Blob and an <a download> — no permission needed, in the
 * content script's isolated world and in the viewer alike. The three formats of one export share one
 * built report (same time of check, same digest).
 */
import { browser } from 'wxt/browser';
// the modules themselves, not lib/report/evidence's index: it also carries the CLI's batch summary schemas
import { buildEvidence } from '../../lib/report/evidence/build';
import { renderFindingsCsv } from '../../lib/report/evidence/csv';
import { snapshotDigest } from '../../lib/report/evidence/digest';
import { renderEvidenceHtml } from '../../lib/report/evidence/html';
import type { Crop, Digest, EvidenceReport } from '../../lib/report/evidence/schema';
import type { PageAnalysis } from '../../lib/report/schema';
import type { PageSnapshot } from '../../lib/snapshot/schema';

export type ExportFormat = 'html' | 'json' | 'csv';

/** What the host adds to a report: where the document is, what was read (hashed), and crops when it can draw them. */
export interface EvidenceSource {
  address(): string;
  /** default: the snapshot digest (an HTML page: its tables and text as read) */
  digests?(snapshot: PageSnapshot): Promise<Digest[]>;
  drawCrop?(crop: Crop): Promise<string | undefined>;
}

const built = new WeakMap<PageAnalysis, Promise<EvidenceReport>>();

function version(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

export function evidenceOf(snapshot: PageSnapshot, analysis: PageAnalysis, source: EvidenceSource): Promise<EvidenceReport> {
  let p = built.get(analysis);
  if (!p) {
    p = (async () =>
      buildEvidence({
        snapshot,
        analysis,
        address: source.address(),
        checkedAt: new Date(),
        version: version(),
        via: 'extension',
        digests: source.digests ? await source.digests(snapshot) : [await snapshotDigest(snapshot)],
        ...(source.drawCrop ? { drawCrop: source.drawCrop } : {}),
      }))();
    built.set(analysis, p);
    p.catch(() => built.delete(analysis));
  }
  return p;
}

/** A file name from the document's title: no path characters, not too long. */
export function reportName(r: EvidenceReport, format: ExportFormat): string {
  const title = (r.document.title || 'report').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 60) || 'report';
  return `账本核对-${title}-${r.checkedAt.slice(0, 10)}.${format}`;
}

export function saveFile(name: string, type: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  // a detached anchor: the page's DOM is never touched
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportEvidence(format: ExportFormat, snapshot: PageSnapshot, analysis: PageAnalysis, source: EvidenceSource): Promise<void> {
  const r = await evidenceOf(snapshot, analysis, source);
  if (format === 'html') saveFile(reportName(r, 'html'), 'text/html;charset=utf-8', renderEvidenceHtml(r));
  else if (format === 'json') saveFile(reportName(r, 'json'), 'application/json;charset=utf-8', JSON.stringify(r, null, 2) + '\n');
  else saveFile(reportName(r, 'csv'), 'text/csv;charset=utf-8', renderFindingsCsv(r));
}
