import type { BudgetTable, DocumentModel, Item, RowCode, TableCell } from '../tables/model';

/**
 * One code cell of a budget table, as the core classified it (lib/tables: Item.code / altCode,
 * Column.codeDomain / codePart). The overlay shows a code card from this and never re-guesses a
 * cell from its digits: a split 类/款/项 row is one code, each cell names its own level ("210" in
 * the 类 column of the row 210|15|01 is the 类 210, not the 项), and unit codes are kept apart.
 */
export interface CodeCellInfo {
  /** <table> element index and grid cell (as AmountCell) */
  table: number;
  cell: [number, number];
  /** the full code this cell stands for ("21015" for the 款 cell "15" of the row 210|15|01) */
  code: string;
  /** the core's domain: 'unit' cells are 单位代码, never a classification code */
  domain: RowCode['domain'];
  /** the cell's column is one part of a split 类/款/项 code */
  part?: '类' | '款' | '项';
  /** the text printed in the cell */
  written: string;
  /** the row's label, when this cell's code is the row's own code (the name the page prints beside it) */
  name?: string;
}

const PART_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;
const CLASSIFICATIONS = new Set<string>(['function', 'economic-dept', 'economic-gov']);

const digits = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The code a split 类/款/项 cell names, from the row's joined code. `domain` is the classification the
 * cell stands for: the column's (a split 经济分类 类/款 pair is economic, whatever the row's code says).
 */
function partCode(rc: RowCode, part: '类' | '款' | '项', written: string, domain: RowCode['domain']): string | null {
  if (domain === 'unit') return part === '类' && rc.code === written ? rc.code : null; // a unit code in the 类 column
  if (!CLASSIFICATIONS.has(domain) || (domain !== 'function' && part === '项')) return null;
  const len = PART_LENGTH[part];
  if (rc.code.length < len) return null;
  const code = rc.code.slice(0, len);
  // the part written alone ("15") or in full ("21015")
  return written === code || (written.length === 2 && code.endsWith(written)) ? code : null;
}

/** The code a cell of an unsplit code column names: the row's code or its second code (政府经济分类 beside 部门经济分类). */
function columnCode(it: Item, written: string): RowCode | null {
  for (const rc of [it.code, it.altCode]) {
    if (!rc) continue;
    if (rc.code === written) return rc;
    if (rc.expanded && written.length === 2 && rc.code.endsWith(written)) return rc; // "05" under 208
  }
  return null;
}

function originCell(t: BudgetTable, table: number, row: number, col: number): TableCell | null {
  const cell = t.parts.find((p) => p.index === table)?.cells[row]?.[col];
  return cell && cell.isOrigin && cell.originRow === row && cell.originCol === col ? cell : null;
}

/** Every code cell of the document's budget tables, with the code the core read for its row. */
export function codeCellsOf(doc: DocumentModel): CodeCellInfo[] {
  const out: CodeCellInfo[] = [];
  for (const t of doc.tables) {
    for (const b of t.blocks) {
      for (const it of b.items) {
        if (!it.code) continue;
        for (const col of b.codeCols) {
          const cell = originCell(t, it.table, it.row, col);
          const written = digits(cell?.text ?? '');
          if (!/^\d{2,9}$/.test(written)) continue;
          const part = t.columns[col]?.codePart;
          let code: string | null = null;
          let rc: RowCode | null = null;
          let domain: RowCode['domain'] | undefined;
          if (part) {
            const colDomain = t.columns[col]?.codeDomain;
            domain = it.code.domain !== 'unit' && colDomain && CLASSIFICATIONS.has(colDomain) ? colDomain : it.code.domain;
            code = partCode(it.code, part, written, domain);
            rc = it.code;
          } else {
            rc = columnCode(it, written);
            code = rc?.code ?? null;
          }
          if (!code || !rc) continue;
          const info: CodeCellInfo = { table: it.table, cell: [it.row, col], code, domain: domain ?? rc.domain, written };
          if (part) info.part = part;
          // the label names the row's own code; never the second code or a part's prefix
          if (rc === it.code && code === rc.code && it.label) info.name = it.label.slice(0, 200);
          out.push(info);
        }
      }
    }
  }
  return out;
}

export type ClassificationDomain = 'function' | 'economic-dept' | 'economic-gov';

/** A cell the decoder can read: a 支出功能分类 or 经济分类 code; 单位代码, income and unknown codes are not. */
export function isClassification(c: Pick<CodeCellInfo, 'domain'>): c is Pick<CodeCellInfo, 'domain'> & { domain: ClassificationDomain } {
  return CLASSIFICATIONS.has(c.domain);
}

/**
 * The names the page prints beside codes of `target`'s classification, for the decoder: every table's,
 * the target's own table last so its names win. Codes of other classifications (a 单位代码 "201" beside
 * the 类 "201") never lend their names.
 */
export function pageNamesFor(cells: readonly CodeCellInfo[], target: CodeCellInfo, max = 5000): [string, string][] {
  const names = new Map<string, string>();
  const add = (c: CodeCellInfo) => {
    if (c.name && c.domain === target.domain && (names.has(c.code) || names.size < max)) names.set(c.code, c.name);
  };
  for (const c of cells) if (c.table !== target.table) add(c);
  for (const c of cells) if (c.table === target.table) add(c);
  return [...names];
}
