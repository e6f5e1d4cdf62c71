import { pagesOfTables } from '../analyze';
import { buildDocumentModel } from '../document';
import type { PageSnapshot } from '../snapshot/schema';
import type { BudgetTable } from '../tables/model';
import { tableSheet, type ExportUnit, type Sheet } from './sheet';

/**
 * The budget tables of a document as sheets, in document order: the same model the checks read
 * (continuations joined, header tree, figures), so an exported figure is the figure that was checked.
 * `source` names the document (the CLI's file); the snapshot's address otherwise.
 */
export function documentSheets(snapshot: PageSnapshot, unit: ExportUnit, source?: string): Sheet[] {
  const doc = buildDocumentModel(snapshot);
  const pages = snapshot.source?.kind === 'pdf' ? pagesOfTables(snapshot) : undefined;
  const name = source ?? snapshot.url;
  return doc.tables.map((t) => tableSheet(t, unit, { name, ...(pages ? { pages } : {}) }));
}

/** The one table holding this <table> element (a continuation belongs to the table it continues). */
export function tableSheetAt(snapshot: PageSnapshot, element: number, unit: ExportUnit): Sheet | null {
  const doc = buildDocumentModel(snapshot);
  const table = doc.tables.find((t: BudgetTable) => t.parts.some((p) => p.index === element));
  if (!table) return null;
  const pages = snapshot.source?.kind === 'pdf' ? pagesOfTables(snapshot) : undefined;
  return tableSheet(table, unit, { name: snapshot.url, ...(pages ? { pages } : {}) });
}
