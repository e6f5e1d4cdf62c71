import { plainText, sheetGrid } from './grid';
import type { Sheet } from './sheet';

/**
 * Tab-separated text for the clipboard: pasted into Excel, WPS or a web spreadsheet it fills one cell
 * per field. Tabs and line breaks inside a cell would split it, so they become spaces; a field with a
 * quote is quoted (and its quotes doubled), which is how those programs read a pasted quote.
 */
export function toTsv(sheet: Sheet): string {
  return sheetGrid(sheet)
    .map((row) =>
      row
        .map((c) => {
          const s = plainText(c).replace(/[\t\r\n]+/g, ' ');
          return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join('\t'),
    )
    .join('\r\n');
}

/**
 * CSV as RFC 4180 says: comma-separated, CRLF line ends, a field with a comma, quote or line break
 * quoted and its quotes doubled. UTF-8 with a byte-order mark, because Excel opens a CSV without one
 * in the system's legacy code page and the Chinese turns to mojibake.
 */
export function toCsv(sheet: Sheet): string {
  const rows = sheetGrid(sheet);
  const width = Math.max(...rows.map((r) => r.length));
  const body = rows
    .map((row) => {
      const fields = Array.from({ length: width }, (_, i) => {
        const s = row[i] ? plainText(row[i]!) : '';
        return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      });
      return fields.join(',');
    })
    .join('\r\n');
  return `\uFEFF${body}\r\n`;
}
