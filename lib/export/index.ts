/** Table export: a budget table as a typed sheet, written as TSV (clipboard), CSV and XLSX. */
export { Sheet, SheetCell, ExportUnit, tableSheet, flatHeader, convertWritten, parseExportUnit } from './sheet';
export { toTsv, toCsv } from './text';
export { toXlsx, sheetNames } from './xlsx';
export { exportFileName, CSV_TYPE, XLSX_TYPE } from './files';
