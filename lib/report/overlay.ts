import type { PageAnalysis } from './schema';

/**
 * Whether the overlay has anything to show: tables read, findings (a 说明 page's prose, the tables
 * being an attachment), or a disclosure's PDF attachments. Shared by the background (badge, tab
 * state) and the content script (mount or not), so the two never disagree.
 */
export function hasOverlayContent(a: PageAnalysis): boolean {
  return a.summary.tables > 0 || a.report.findings.length > 0 || (a.attachments?.length ?? 0) > 0;
}
