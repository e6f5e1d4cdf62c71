import type Decimal from 'decimal.js';
import { z } from 'zod/mini';
import { convert, UNITS, type Unit as UnitName } from '../figures/units';
import type { BudgetTable, CellValue, Column } from '../tables/model';

/**
 * A table as a plain sheet: the rows a spreadsheet gets, each cell typed. Plain data (strings only),
 * so it crosses the extension's message boundary and every writer (TSV, CSV, XLSX) reads the same thing.
 *
 * Numbers are carried as their exact decimal text at the written precision ("1234.56", "0.123456"),
 * never as JS numbers: a writer copies the text, so no figure passes through a float on the way out.
 *
 * zod/mini: the content script parses a sheet the background sends (the export menu), and builds
 * these schemas on every page it runs on; the classic API costs several times as much to build.
 */
export const SheetCell = z.discriminatedUnion('t', [
  z.object({ t: z.literal('blank') }),
  z.object({ t: z.literal('text'), v: z.string() }),
  /** an amount: `v` has exactly `decimals` places */
  z.object({ t: z.literal('number'), v: z.string(), decimals: z.int().check(z.minimum(0), z.maximum(30)) }),
  /** a percentage as written: `v` = 16.07 for "16.07%" */
  z.object({ t: z.literal('percent'), v: z.string(), decimals: z.int().check(z.minimum(0), z.maximum(30)) }),
]);
export type SheetCell = z.infer<typeof SheetCell>;

export const Sheet = z.object({
  /** short name for a sheet tab or a file name (not yet made unique or safe: the writers do that) */
  name: z.string(),
  /** the lines above the table: title, source, pages, unit — label and value */
  meta: z.array(z.tuple([z.string(), z.string()])),
  /** one name per grid column: the header tree flattened ("支出 / 基本支出 / 人员经费") */
  header: z.array(z.string()),
  rows: z.array(z.array(SheetCell)),
  /** where each body row comes from (<table> element index, row in its grid): for tracing, not written */
  origins: z.array(z.object({ table: z.int(), row: z.int() })),
});
export type Sheet = z.infer<typeof Sheet>;

/**
 * The background's answer to an export request: the sheet, and with it the XLSX file when it was
 * asked for (base64). The workbook is zipped in the background so that the content script, which is
 * loaded on every page, does not carry the zip library and its tables (issue 13). null: the element
 * was not read as a budget table.
 */
export const SheetReply = z.nullable(z.object({ sheet: Sheet, xlsx: z.optional(z.base64()) }));
export type SheetReply = z.infer<typeof SheetReply>;

/** What the user chose: the amounts as written, or converted to one unit. */
export const ExportUnit = z.union([z.literal('asWritten'), z.enum(UNITS)]);
export type ExportUnit = z.infer<typeof ExportUnit>;

export interface ExportSource {
  /** the page's address, or the file the CLI read */
  name: string;
  /** PDF: the pages of each <table> element (1-based); absent for HTML */
  pages?: Map<number, number[]>;
}

const EXPONENT: Record<UnitName, number> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };
export const HEADER_SEPARATOR = ' / ';

/** "第 3 页" / "第 3–4 页": the pages a table sits on, for the first rows. */
export function pagesText(pages: number[]): string {
  if (pages.length === 0) return '';
  const lo = Math.min(...pages);
  const hi = Math.max(...pages);
  return lo === hi ? `第 ${lo} 页 (p. ${lo})` : `第 ${lo}–${hi} 页 (pp. ${lo}–${hi})`;
}

/**
 * An amount written with `decimals` places in `from`, in `to`. Exact: the factor is a power of ten, so
 * decimal.js only moves the point, and the places grow (or shrink) by the same shift — 1234.56 元 is
 * 0.123456 万元 (6 places), 3185.85 万元 is 31858500 元 (0 places). Every written digit is kept.
 */
export function convertWritten(value: Decimal, decimals: number, from: UnitName, to: UnitName): { v: string; decimals: number } {
  const places = Math.max(0, decimals + EXPONENT[to] - EXPONENT[from]);
  return { v: convert(value, from, to).toFixed(places), decimals: places };
}

/** The header tree of one column as one name: outermost first, the levels joined by " / ". */
export function flatHeader(path: string[]): string {
  const out: string[] = [];
  for (const p of path) {
    const t = p.replace(/\s+/g, ' ').trim();
    if (t && out[out.length - 1] !== t) out.push(t);
  }
  return out.join(HEADER_SEPARATOR);
}

/**
 * One budget table (its continuations joined) as a sheet, with amounts in `unit`. Only figures the
 * model reads as amounts are converted; text, codes and percentages are written as they are.
 */
export function tableSheet(table: BudgetTable, unit: ExportUnit, source: ExportSource): Sheet {
  const cols = Math.max(...table.parts.map((p) => p.cols));
  const byCol = new Map(table.columns.map((c) => [c.col, c]));
  // the model's reading of each row (a year-like "2077.09" in an amount column is an amount there)
  const values = new Map<string, CellValue>();
  for (const b of table.blocks) for (const it of b.items) for (const [c, v] of it.values) values.set(`${it.table}:${it.row}:${c}`, v);

  const colUnit = (c: Column | undefined): UnitName | null => c?.unit ?? table.unit;
  const target = unit === 'asWritten' ? null : unit;
  let converted = false;
  let unconvertible = false;

  const rows: SheetCell[][] = [];
  const origins: Sheet['origins'] = [];
  for (const part of table.parts) {
    for (let r = part.headerRows; r < part.cells.length; r++) {
      const line: SheetCell[] = [];
      for (let c = 0; c < cols; c++) {
        const cell = part.cells[r]?.[c];
        // a slot covered by a merged cell stays blank: repeating a merged figure would count it twice
        if (!cell || cell.originRow !== r || cell.originCol !== c) {
          line.push({ t: 'blank' });
          continue;
        }
        const column = byCol.get(c);
        const numeric = column?.role === 'amount' || column?.role === 'percent';
        const read = values.get(`${part.index}:${r}:${c}`);
        const v = read ?? (numeric && !cell.codeLike ? cell.figure : null);
        if (v?.kind === 'percent') {
          line.push({ t: 'percent', v: v.value.toFixed(v.decimals), decimals: v.decimals });
        } else if (v?.kind === 'amount') {
          const from = colUnit(column);
          if (target && from && from !== target) {
            line.push({ t: 'number', ...convertWritten(v.value, v.decimals, from, target) });
            converted = true;
          } else {
            if (target && !from) unconvertible = true;
            line.push({ t: 'number', v: v.value.toFixed(v.decimals), decimals: v.decimals });
          }
        } else if (cell.text.trim() === '') {
          line.push({ t: 'blank' });
        } else {
          line.push({ t: 'text', v: cell.text });
        }
      }
      if (line.every((x) => x.t === 'blank')) continue;
      rows.push(line);
      origins.push({ table: part.index, row: r });
    }
  }

  const header: string[] = [];
  for (let c = 0; c < cols; c++) {
    const column = byCol.get(c);
    let name = flatHeader(column?.path ?? []);
    // a column that names its own unit ("预算数（万元）") keeps that name; after conversion say so beside it
    if (target && column?.unit && column.unit !== target && (column.role === 'amount')) name += `（已换算为${target} / in ${target}）`;
    header.push(name);
  }

  const written = table.unit ?? (table.columns.find((c) => c.unit)?.unit ?? null);
  const pages = source.pages ? [...new Set(table.parts.flatMap((p) => source.pages!.get(p.index) ?? []))] : [];
  const meta: [string, string][] = [
    ["标题 / Title", table.title || `（无标题 / untitled）${table.kind}`],
    ['来源 / Source', source.name],
  ];
  if (pages.length) meta.push(['页码 / Pages', pagesText(pages)]);
  meta.push(['表格 / Table', `文档中第 ${table.index + 1} 个表格 (table ${table.index + 1} of the document)${table.parts.length > 1 ? `，含续表 ${table.parts.length - 1} 个 (with ${table.parts.length - 1} continuation${table.parts.length > 2 ? 's' : ''})` : ''}`]);
  meta.push(['单位 / Unit', unitLine(written, target, converted, unconvertible)]);
  return { name: table.title || `表格 ${table.index + 1}（${table.kind}）`, meta, header, rows, origins };
}

function unitLine(written: UnitName | null, target: UnitName | null, converted: boolean, unconvertible: boolean): string {
  if (!target) return written ? `${written}（原表单位 / as written）` : '未注明 / not stated';
  if (unconvertible && !converted) return `原表未注明单位，未换算 / the table states no unit: amounts as written, not converted to ${target}`;
  if (!converted) return `${target}（原表单位 / as written）`;
  const from = written ?? '?';
  const note = unconvertible ? '；未注明单位的列未换算 / columns without a stated unit are as written' : '';
  return `${target}（由原表单位 ${from} 精确换算，未舍入 / converted exactly from ${from} as written, no rounding${note}）`;
}

/** Every unit a user can ask for (the CLI's --unit). */
export function parseExportUnit(s: string | undefined): ExportUnit | null {
  if (s === undefined || s === '' || s === 'asWritten' || s === '原单位') return 'asWritten';
  return (UNITS as readonly string[]).includes(s) ? (s as UnitName) : null;
}
