import { cellName } from './labels';
import type { EvidenceFinding, EvidenceReport } from './schema';

/**
 * The findings as CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so Excel opens the Chinese text
 * correctly. Figures are the exact strings of the report, never numbers converted on the way. A text
 * field starting with = + @ or a minus that is not a figure is written with a leading apostrophe, so a
 * spreadsheet never runs page text as a formula; parseFindingsCsv takes it off again.
 */
export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  ['no', '序号 / no'],
  ['severity', '严重程度 / severity'],
  ['rule', '规则 / rule'],
  ['table', '表格 / table'],
  ['tableTitle', '表格标题 / table title'],
  ['pages', '页码 / pages'],
  ['cells', '单元格 / cells'],
  ['message', '说明'],
  ['messageEn', 'message'],
  ['expected', '预期 / expected'],
  ['actual', '实际 / actual'],
  ['difference', '差额 / difference'],
  ['unit', '单位 / unit'],
  ['cause', '可能原因'],
  ['causeEn', 'likely cause'],
  ['details', '涉及单元格 / cells cited'],
  ['text', '原文句子 / sentence'],
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number][0];
const FIGURES = new Set<CsvColumn>(['expected', 'actual', 'difference']);

/** The cells of a finding as "#table [r,c]", related tables after the finding's own. */
export function cellsField(f: EvidenceFinding): string {
  const parts = [...(f.table !== null && f.cells.length ? [{ table: f.table, cells: f.cells }] : []), ...f.related];
  return parts.map((p) => `#${p.table} ${p.cells.map(cellName).join(' ')}`).join('; ');
}

/** Every cited cell: "role #table [r,c] row › column = as written", one per line. */
export function detailsField(f: EvidenceFinding): string {
  return (f.details ?? []).map((d) => `${d.role} #${d.table} ${cellName(d.cell)} ${d.label.join(' › ')} = ${d.written}`).join('\n');
}

export function csvRecord(f: EvidenceFinding): Record<CsvColumn, string> {
  return {
    no: String(f.no),
    severity: f.severity,
    rule: f.rule,
    table: f.table === null ? '' : String(f.table),
    tableTitle: f.tableTitle ?? '',
    pages: f.pages.join(' '),
    cells: cellsField(f),
    message: f.message,
    messageEn: f.messageEn ?? '',
    expected: f.expected ?? '',
    actual: f.actual ?? '',
    difference: f.difference ?? '',
    unit: f.unit ?? '',
    cause: f.cause?.zh ?? '',
    causeEn: f.cause?.en ?? '',
    details: detailsField(f),
    text: f.text ?? '',
  };
}

const FORMULA = /^(?:[=+@\t\r]|-(?!\d))/;

function field(v: string, col: CsvColumn): string {
  const safe = !FIGURES.has(col) && FORMULA.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderFindingsCsv(r: EvidenceReport): string {
  const lines = [CSV_COLUMNS.map(([k, h]) => field(h, k)).join(',')];
  for (const f of r.findings) {
    const rec = csvRecord(f);
    lines.push(CSV_COLUMNS.map(([k]) => field(rec[k], k)).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** Read a CSV written by renderFindingsCsv back into records (for tests and tools). */
export function parseFindingsCsv(text: string): Record<CsvColumn, string>[] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cur), (cur = '');
    else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(cur), rows.push(row), (row = []), (cur = ''), i++;
    } else cur += ch;
  }
  if (cur || row.length) row.push(cur), rows.push(row);
  const [, ...body] = rows;
  return body.map((cells) => {
    const rec = {} as Record<CsvColumn, string>;
    CSV_COLUMNS.forEach(([k], i) => {
      const v = cells[i] ?? '';
      rec[k] = !FIGURES.has(k) && v.startsWith("'") && FORMULA.test(v.slice(1)) ? v.slice(1) : v;
    });
    return rec;
  });
}
