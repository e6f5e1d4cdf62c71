import { labelKey } from '../dom/text';
import { parseUnit } from '../figures';
import type { UnitName } from '../report/schema';
import type { FlowItem } from '../snapshot/schema';

export interface TableContext {
  /** text blocks between the previous table and this one, nearest last */
  before: string[];
  /** text blocks after this table until the next one */
  after: string[];
}

/** The texts around each table in the document flow. */
export function contextsOf(flow: FlowItem[]): Map<number, TableContext> {
  const out = new Map<number, TableContext>();
  let pending: string[] = [];
  let last: TableContext | null = null;
  for (const item of flow) {
    if (item.kind === 'text') {
      pending.push(item.text);
      if (last) last.after.push(item.text);
      continue;
    }
    const ctx: TableContext = { before: pending.slice(-8), after: [] };
    out.set(item.index, ctx);
    pending = [];
    last = ctx;
  }
  return out;
}

const META = /^(单位|金额单位|计量单位|部门|填报单位|编制单位|单位名称|部门名称|部门（单位）名称|部门\(单位\)名称)[:：]|^表\s*\d+$|^[（(]?\d{4}\s*年度?[)）]?$|^续表|^第\s*\d+\s*页|^单位代码|^单位编码|^\d{6,}-/;

export function isMetaLine(text: string): boolean {
  const k = labelKey(text);
  return META.test(k) || (parseUnit(text) !== null && k.length <= 12);
}

/** A title among the lines above a table: the nearest line that reads like one. */
export function titleOf(ctx: TableContext | undefined, caption: string, preamble: string[]): string {
  if (caption) return caption;
  const firstRow = preamble.find((t) => /表/.test(t) && !isMetaLine(t));
  if (firstRow) return firstRow;
  const lines = ctx?.before ?? [];
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - 5; k--) {
    const t = lines[k]!;
    if (isMetaLine(t) || t.length > 60) continue;
    if (/表[)）]?$|表[（(]|表—|表--|^[^，。；]{2,40}(预算|决算|经费|情况|目标)[表]?$/.test(labelKey(t))) return t;
  }
  return '';
}

export function unitOf(ctx: TableContext | undefined, preamble: string[], headerTexts: string[]): { unit: UnitName | null; source: string | null } {
  for (const t of preamble) {
    const u = parseUnit(t);
    if (u) return { unit: u, source: t };
  }
  const lines = ctx?.before ?? [];
  for (let k = lines.length - 1; k >= 0 && k >= lines.length - 6; k--) {
    const t = lines[k]!;
    if (t.length > 40) continue;
    const u = parseUnit(t);
    if (u) return { unit: u, source: t };
  }
  for (const t of headerTexts) {
    const u = parseUnit(t);
    if (u) return { unit: u, source: t };
  }
  return { unit: null, source: null };
}

/** Notes below a table: lines starting 注/备注/说明, or the empty-table sentence. */
export function notesOf(ctx: TableContext | undefined): string[] {
  const out: string[] = [];
  for (const t of (ctx?.after ?? []).slice(0, 6)) {
    const k = labelKey(t);
    if (/^(注|备注|说明)\d*[:：.．、]?/.test(k) && k.length > 2) out.push(t);
    else if (out.length > 0 && /^\d+[、.．]/.test(k)) out.push(t);
    else break;
  }
  return out;
}

const TITLE_LINE = /表[)）]?$|表[（(]|表—|表--|^[^，。；]{2,40}(预算|决算|经费|情况|目标)[表]?$/;

/**
 * Text blocks right after a table up to the next title line (or the next table): where a page puts the
 * sentence that explains the table, with or without "注：".
 */
export function afterOf(ctx: TableContext | undefined): string[] {
  const out: string[] = [];
  for (const t of (ctx?.after ?? []).slice(0, 6)) {
    const k = labelKey(t);
    if (isMetaLine(t) || (t.length <= 60 && TITLE_LINE.test(k) && !/[。；]/.test(k))) break;
    out.push(t);
  }
  return out;
}

const OWNER_LINE = /^(?:单位名称|部门名称|部门[(（]单位[)）]名称|预算单位|编制单位|填报单位|编报单位|部门)[:：](.{2,40})$/;

/**
 * The unit a table belongs to when the page says so on a line of its own ("单位名称：某县教育局",
 * "编制单位：…"), in the table's preamble rows or the lines above it. A compilation of several
 * departments is proven by such lines (or by unit codes), never by differing table titles.
 */
export function ownerOf(ctx: TableContext | undefined, preamble: string[]): string | null {
  for (const t of [...preamble, ...[...(ctx?.before ?? [])].reverse()]) {
    for (const piece of labelKey(t).split(/(?=(?:单位名称|部门名称|编制单位|填报单位|编报单位|预算单位)[:：])/)) {
      const m = OWNER_LINE.exec(piece.replace(/(?:金额)?单位[:：](?:元|万元|千元|亿元)$/, ''));
      if (m && parseUnit(m[1]!) === null) return m[1]!;
    }
  }
  return null;
}
