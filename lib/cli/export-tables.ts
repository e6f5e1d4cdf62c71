import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { documentSheets } from '../export/document';
import { parseExportUnit, type ExportUnit } from '../export/sheet';
import { toCsv } from '../export/text';
import { toXlsx } from '../export/xlsx';
import type { PageSnapshot } from '../snapshot/schema';

/**
 * `--export-tables DIR [--unit 元|万元|…]`: every budget table of the document as a CSV file of its own
 * (CSV holds one table) and all of them in one XLSX workbook, one sheet per table — what a staff member
 * files or filters, one document in one workbook. File names start with the table's number, so they
 * sort in document order.
 */
export interface ExportOptions {
  dir: string;
  unit: ExportUnit;
}

/** Take `--name VALUE` out of the arguments (so the value is not read as a file); undefined if absent. */
export function takeOption(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  argv.splice(i, value === undefined ? 1 : 2);
  return value ?? '';
}

/** The export options of the command line, or an error message for a bad unit or a missing folder. */
export function exportOptions(argv: string[]): ExportOptions | { error: string } | null {
  const dir = takeOption(argv, '--export-tables');
  const unitArg = takeOption(argv, '--unit');
  if (dir === undefined) return unitArg === undefined ? null : { error: '--unit needs --export-tables DIR' };
  if (!dir || dir.startsWith('--')) return { error: '--export-tables needs a folder: --export-tables DIR' };
  const unit = parseExportUnit(unitArg);
  if (!unit) return { error: `--unit: 元, 千元, 万元, 百万元 or 亿元, not "${unitArg}"` };
  return { dir, unit };
}

/** Write the files; returns their paths (empty when the document has no budget table). */
export function writeTableExports(snapshot: PageSnapshot, file: string, opts: ExportOptions): string[] {
  const sheets = documentSheets(snapshot, opts.unit, file);
  if (sheets.length === 0) return [];
  mkdirSync(opts.dir, { recursive: true });
  const stem = safeName(basename(file, extname(file)));
  const out: string[] = [];
  sheets.forEach((s, i) => {
    const path = join(opts.dir, `${stem}.${String(i + 1).padStart(2, '0')}-${safeName(s.name).slice(0, 60)}.csv`);
    writeFileSync(path, toCsv(s));
    out.push(path);
  });
  const book = join(opts.dir, `${stem}.xlsx`);
  writeFileSync(book, toXlsx(sheets));
  out.push(book);
  return out;
}

/** A file name part without path separators or characters Windows refuses. */
function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\s+/g, ' ').trim() || 'table';
}
