import { strToU8, zipSync } from 'fflate';
import { headerRowIndex, sheetGrid } from './grid';
import type { Sheet, SheetCell } from './sheet';

/**
 * An XLSX workbook (Office Open XML, SpreadsheetML) written directly: the parts a spreadsheet needs —
 * content types, relationships, workbook, styles, one worksheet per sheet — zipped with fflate (MIT,
 * no dependencies, runs in the browser bundle and in Node). Strings are inline strings, so there is
 * no shared-string table to keep in step.
 *
 * Figures. An XLSX numeric cell is an IEEE double by the format. A written amount with at most 15
 * significant digits survives the trip through a double exactly at its written precision (15 is the
 * number of decimal digits a double always keeps, DBL_DIG), so such an amount is written as a number —
 * its exact decimal text in <v>, never a float we formatted — with a number format showing exactly its
 * written places (1234.50 stays 1,234.50). An amount with more digits (a 万元 figure converted to 亿元
 * can get there) would be rounded by the spreadsheet, so it is written as text, exact as written.
 */
export function toXlsx(sheets: Sheet[]): Uint8Array {
  if (sheets.length === 0) throw new Error('no table to export');
  const styles = new StyleBook();
  const names = sheetNames(sheets.map((s) => s.name));
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(s, styles));
  });
  files['[Content_Types].xml'] = strToU8(
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `</Types>`,
    ),
  );
  files['_rels/.rels'] = strToU8(
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
  );
  files['xl/workbook.xml'] = strToU8(
    xml(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
        `</workbook>`,
    ),
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        `</Relationships>`,
    ),
  );
  files['xl/styles.xml'] = strToU8(styles.xml());
  // a fixed date keeps the same sheets byte-identical from run to run (zip entries carry a time)
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** Does this exact decimal survive a double at its written digits (≤ 15 significant digits)? */
export function fitsDouble(v: string): boolean {
  const digits = v.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  return digits.length <= 15;
}

function worksheet(sheet: Sheet, styles: StyleBook): string {
  const grid = sheetGrid(sheet);
  const headerRow = headerRowIndex(sheet);
  const width = Math.max(1, ...grid.map((r) => r.length));
  const widths = new Array<number>(width).fill(6);
  const rows: string[] = [];
  grid.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((c, col) => {
      if (c.t === 'blank') return;
      const ref = `${colName(col)}${r + 1}`;
      const bold = r === headerRow || (r < headerRow && col === 0);
      cells.push(cellXml(ref, c, styles, bold));
      // the first column holds the long meta lines: leave it to the header and body for its width
      if (r >= headerRow || col > 0) widths[col] = Math.max(widths[col]!, displayWidth(c));
    });
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, w + 2)}" customWidth="1"/>`).join('');
  // the header stays in view while the body scrolls
  const pane = `<pane ySplit="${headerRow + 1}" topLeftCell="A${headerRow + 2}" activePane="bottomLeft" state="frozen"/>`;
  return xml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
}

function cellXml(ref: string, c: Exclude<SheetCell, { t: 'blank' }>, styles: StyleBook, bold: boolean): string {
  if (c.t === 'number' && fitsDouble(c.v)) return `<c r="${ref}" s="${styles.number(c.decimals)}"><v>${c.v}</v></c>`;
  if (c.t === 'percent') {
    // the written 16.07 is 0.1607 in the cell, shown "16.07%": the point moves by two places, exactly
    const v = movePoint(c.v, -2);
    if (fitsDouble(v)) return `<c r="${ref}" s="${styles.percent(c.decimals)}"><v>${v}</v></c>`;
  }
  const text = c.t === 'text' ? c.v : c.t === 'percent' ? `${c.v}%` : c.v;
  return `<c r="${ref}" t="inlineStr"${bold ? ` s="${styles.bold()}"` : ''}><is><t xml:space="preserve">${esc(text)}</t></is></c>`;
}

/** Shift the decimal point of an exact decimal string (no float involved). */
export function movePoint(v: string, by: number): string {
  const neg = v.startsWith('-');
  const [int = '', frac = ''] = v.replace(/^-/, '').split('.');
  let digits = int + frac;
  let point = int.length + by;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  while (digits.length < point) digits += '0';
  const i = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const f = digits.slice(point);
  return `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`;
}

/** Number formats and cell styles, added as they are used. */
class StyleBook {
  private formats: string[] = [];
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private byKey = new Map<string, number>();

  number(decimals: number): number {
    return this.style(`n${decimals}`, decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`);
  }
  percent(decimals: number): number {
    return this.style(`p${decimals}`, decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`);
  }
  bold(): number {
    let s = this.byKey.get('bold');
    if (s === undefined) {
      s = this.xfs.length;
      this.xfs.push('<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>');
      this.byKey.set('bold', s);
    }
    return s;
  }
  private style(key: string, code: string): number {
    let s = this.byKey.get(key);
    if (s === undefined) {
      const id = 164 + this.formats.length; // custom number formats start at 164
      this.formats.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
      s = this.xfs.length;
      this.xfs.push(`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
      this.byKey.set(key, s);
    }
    return s;
  }
  xml(): string {
    return xml(
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        (this.formats.length ? `<numFmts count="${this.formats.length}">${this.formats.join('')}</numFmts>` : '') +
        `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
        `</styleSheet>`,
    );
  }
}

/**
 * Sheet names as Excel allows them: at most 31 characters, none of : \ / ? * [ ], not empty, unique
 * ignoring case. A table number keeps them apart when two tables share a title.
 */
export function sheetNames(titles: string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const clean = (title || `表格 ${i + 1}`).replace(/[:\\/?*[\]\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
    // numbered as the CSV files are; a long title keeps its end, where a Chinese title names the table
    // ("…2024年部门收支总表"), not its start (the body's name, the same in every table)
    const fit = (prefix: string) => {
      const chars = [...clean];
      const room = 31 - [...prefix].length;
      return prefix + (chars.length <= room ? clean : '…' + chars.slice(chars.length - room + 1).join(''));
    };
    let name = fit(titles.length > 1 ? `${i + 1} ` : '');
    for (let n = 2; used.has(name.toLowerCase()); n++) name = fit(`${i + 1}-${n} `);
    used.add(name.toLowerCase());
    return name;
  });
}

/** 0 → A, 25 → Z, 26 → AA */
export function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function displayWidth(c: SheetCell): number {
  const s = c.t === 'blank' ? '' : c.t === 'number' ? c.v.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : c.v;
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** XML text: the five escapes, and characters XML 1.0 cannot hold (control characters) dropped. */
function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
