import type { Sheet } from './sheet';

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A download's file name: the table's title (its name when untitled), without characters a file
 * system refuses, cut to a length every system takes, and the unit when it was converted, so two
 * downloads of one table in two units do not look alike.
 */
export function exportFileName(sheet: Sheet, ext: 'csv' | 'xlsx', unit?: string): string {
  const base = sheet.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'table';
  return `${base}${unit ? `（${unit}）` : ''}.${ext}`;
}
