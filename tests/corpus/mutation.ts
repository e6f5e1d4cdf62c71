/**
 * Mutation recall on real documents: does the checker catch a single wrong figure?
 *
 * For every relation the checker VERIFIED on a document (PageAnalysis.verified: it holds, exactly or
 * within rounding), each participating figure cell is changed alone, in the PageSnapshot's cell text
 * (so HTML and PDF documents are treated alike), and the analysis re-run:
 *   - last+1 / last-1: ±1 unit at the last written digit (3,185.85 → 3,185.86 / 3,185.84)
 *   - x10000:          the figure ×10,000 (a 元 figure typed in a 万元 table)
 *   - swap:            two adjacent different digits swapped (the pair nearest the end)
 *   - next-row:        the figure moved to the next row (its own cell blank, the cell below overwritten)
 * Detected = a NEW error or warning (one the unmutated document does not have) naming a changed cell
 * in its cells or related cells.
 *
 * ±1 at the last digit can be honest rounding: a relation of figures written to the same precision has
 * a band (lib/figures/interval.ts: the sum of the half-units of its terms) of at least one unit, so the
 * change may stay inside it. Such a mutation, when not detected and reported by the checker as a rounding
 * difference on the cell (or the cell's relation was a rounding difference before and the change made it
 * exact), is counted as "within rounding band" (left out of the recall) — unless the change is larger
 * than twice the band of one of the cell's relations of that type: then it leaves the band whatever the
 * original difference, and a miss is a miss. An undetected ±1 with no rounding info is a miss.
 *
 * Collateral: a mutation whose new errors/warnings include one naming none of the changed cells (a
 * finding on a relation that was fine and does not involve the change) — the false-alarm side.
 *
 * Bounded work: at most `perType` cells per relation type per document, sampled evenly in a fixed
 * order (deterministic). Each mutation is analysed on the document with every table emptied except
 * those of the cell's verified relations (the flow — titles, units, notes, prose — untouched); when
 * that isolated baseline does not verify the same relations, the whole document is used instead.
 *
 * npm run mutation [-- --per-type N] [--html] [--doc SUBSTRING] [--misses]
 */
import Decimal from 'decimal.js';
import { analyzeSnapshot } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import { halfUlp } from '../../lib/figures/interval';
import { unitFactor } from '../../lib/figures/units';
import type { Finding, PageAnalysis, VerifiedRelation } from '../../lib/report/schema';
import type { CellSnapshot, PageSnapshot } from '../../lib/snapshot/schema';
import { buildGrid } from '../../lib/tables/grid';
import { analyseDocuments, listDocuments, type Analysed } from './documents';

export type TextKind = 'last-digit' | 'last-digit-down' | 'x10000' | 'swap';
export type MutationKind = TextKind | 'next-row';
export const MUTATION_KINDS: MutationKind[] = ['last-digit', 'last-digit-down', 'x10000', 'swap', 'next-row'];
export const KIND_LABEL: Record<MutationKind, string> = { 'last-digit': 'last+1', 'last-digit-down': 'last-1', x10000: '×10000', swap: 'swap', 'next-row': 'next row' };

export type RelationGroup = 'in-table' | 'cross-table' | 'prose';
export const GROUPS: RelationGroup[] = ['in-table', 'cross-table', 'prose'];
/** The issue's targets (issue 14, Deliver 2). */
export const TARGETS: Record<RelationGroup, number> = { 'in-table': 0.99, 'cross-table': 0.95, prose: 0.9 };

function format(v: Decimal, decimals: number, grouped: boolean): string {
  const [int, frac] = v.abs().toFixed(decimals).split('.');
  const g = grouped ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int!;
  return `${v.isNeg() ? '-' : ''}${g}${frac ? '.' + frac : ''}`;
}

/**
 * The mutated text of a figure, or null when the mutation does not apply (not a plain figure, no two
 * different digits, ×10,000 of zero). Thousands separators are kept when the figure has them; a
 * trailing % stays.
 */
export function mutateFigure(text: string, kind: TextKind): string | null {
  const t = text.trim();
  const pct = /[%％]$/.test(t) ? '%' : '';
  const clean = t.replace(/[%％]$/, '').replace(/[,，\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  const grouped = /[,，]/.test(t);
  const decimals = clean.includes('.') ? clean.length - clean.indexOf('.') - 1 : 0;
  const v = new Decimal(clean);
  const unit = new Decimal(10).pow(-decimals);
  if (kind === 'last-digit') return format(v.plus(unit), decimals, grouped) + pct;
  if (kind === 'last-digit-down') return v.isZero() ? null : format(v.minus(unit), decimals, grouped) + pct;
  if (kind === 'x10000') return v.isZero() ? null : format(v.times(10000), decimals, grouped) + pct;
  const digits = clean.replace(/[-.]/g, '').split('');
  for (let i = digits.length - 2; i >= 0; i--) {
    if (digits[i] === digits[i + 1]) continue;
    const d = digits.slice();
    [d[i], d[i + 1]] = [d[i + 1]!, d[i]!];
    const s = d.join('');
    const n = new Decimal(decimals ? `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}` : s);
    return format(clean.startsWith('-') ? n.neg() : n, decimals, grouped) + pct;
  }
  return null;
}

const key = (table: number, row: number, col: number) => `${table}:${row}:${col}`;
const parseKey = (k: string) => k.split(':').map(Number) as [number, number, number];

function relationCells(v: VerifiedRelation): string[] {
  const vt = v.table;
  if (vt === null) return []; // a relation inside the prose: no cell to mutate
  return [...v.cells.map(([r, c]) => key(vt, r, c)), ...v.related.flatMap((rel) => rel.cells.map(([r, c]) => key(rel.table, r, c)))];
}

const names = (f: Finding, k: string) =>
  f.cells.some(([r, c]) => key(f.table ?? -1, r, c) === k) || f.related.some((rel) => rel.cells.some(([r, c]) => key(rel.table, r, c) === k));
/** A finding's identity without its numbers: an existing finding whose figures change is not new. */
const fid = (f: Finding) => `${f.rule}|${f.severity}|${f.table}|${JSON.stringify(f.cells)}|${JSON.stringify(f.related)}|${f.text ?? ''}`;
const vid = (v: VerifiedRelation) => `${v.rule}|${v.table}|${JSON.stringify(v.cells)}|${JSON.stringify(v.related)}`;

export type Outcome = 'detected' | 'within-band' | 'sum-preserving' | 'downgraded' | 'rounding-only' | 'missed' | 'n/a';

export interface MutationResult {
  file: string;
  rule: string;
  group: RelationGroup;
  kind: MutationKind;
  cell: string;
  from: string;
  to: string;
  outcome: Outcome;
  /** detected by a finding of the relation's own rule (not only by another rule) */
  ownRule: boolean;
  /** new errors/warnings naming none of the changed cells */
  collateral: string[];
  /** what named the cell, for the misses list */
  note: string;
}

interface Candidate {
  cell: string;
  rule: string;
  group: RelationGroup;
  /** half-width of the band of each of the cell's relations of this rule, in 元 (or the table unit) */
  bands: Decimal[];
}

function groupOf(v: VerifiedRelation, logical: Map<number, number>): RelationGroup {
  const vt = v.table;
  if (v.rule.startsWith('prose') || vt === null) return 'prose';
  const tables = new Set([vt, ...v.related.map((r) => r.table)].map((t) => logical.get(t) ?? t));
  return v.rule === 'cross-table' || tables.size > 1 ? 'cross-table' : 'in-table';
}

/** Evenly spaced sample of at most n items, in the given (stable) order. */
export function sample<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]!);
  return out;
}

export interface MutationOptions {
  perType: number;
}

/** Every mutation on one analysed document. */
export function mutateDocument(doc: Extract<Analysed, { ok: true }>, opts: MutationOptions): MutationResult[] {
  const full = doc.analysis;
  const base = structuredClone(doc.snapshot);
  const model = buildDocumentModel(base);
  const logical = new Map<number, number>(); // <table> element → logical table (first part)
  const parts = new Map<number, number[]>();
  for (const t of model.tables) {
    parts.set(t.index, t.parts.map((p) => p.index));
    for (const p of t.parts) logical.set(p.index, t.index);
  }
  const amounts = new Map(full.amounts.map((a) => [key(a.table, a.cell[0], a.cell[1]), a]));
  const grids = new Map(base.tables.map((t) => [t.index, buildGrid(t.rows)]));
  const cellAt = (k: string): CellSnapshot | null => {
    const [t, r, c] = parseKey(k);
    const slot = grids.get(t)?.slots[r]?.[c];
    return slot ? slot.cell : null;
  };

  // candidates: figure cells of verified relations, per rule; and every relation of each cell
  const byRule = new Map<string, Map<string, Candidate>>();
  const relationsOf = new Map<string, VerifiedRelation[]>();
  for (const v of full.verified) {
    const cells = relationCells(v);
    if (cells.length === 0) continue;
    const group = groupOf(v, logical);
    // the band of a sum: the half-units of its written figures, in one unit (元 when units are known)
    let band = new Decimal(0);
    for (const k of cells) {
      const a = amounts.get(k);
      if (a) band = band.plus(halfUlp(a.decimals).times(a.unit ? unitFactor(a.unit) : 1));
    }
    for (const k of cells) {
      const cell = cellAt(k);
      if (!cell || mutateFigure(cell.text, 'x10000') === null && mutateFigure(cell.text, 'last-digit') === null) continue;
      relationsOf.set(k, [...(relationsOf.get(k) ?? []), v]);
      const m = byRule.get(v.rule) ?? new Map<string, Candidate>();
      byRule.set(v.rule, m);
      const cand = m.get(k) ?? { cell: k, rule: v.rule, group, bands: [] };
      cand.bands.push(band);
      m.set(k, cand);
    }
  }

  // isolated pages: one per set of logical tables, with a baseline that must verify the same relations
  const ctxOf = (snap: PageSnapshot, a: PageAnalysis) => ({
    snap,
    before: new Set(a.report.findings.map(fid)),
    misaligned: new Set(a.report.findings.filter((f) => f.cause?.id === 'misaligned-header').map((f) => f.table)),
    // cells already in a failing relation (errors, warnings and their downgraded infos): a new finding
    // there re-expresses a known problem, it is not a false alarm about a relation that was fine
    rounded: new Set(a.report.findings.filter((f) => f.cause?.id === 'rounding').flatMap((f) => [...f.cells.map(([r, c]) => key(f.table ?? -1, r, c)), ...f.related.flatMap((rel) => rel.cells.map(([r, c]) => key(rel.table, r, c)))])),
    failing: new Set(a.report.findings.filter((f) => f.cause?.id !== 'rounding' && f.cause?.id !== 'not-run').flatMap((f) => [...f.cells.map(([r, c]) => key(f.table ?? -1, r, c)), ...f.related.flatMap((rel) => rel.cells.map(([r, c]) => key(rel.table, r, c)))])),
  });
  const fullBefore = ctxOf(base, full);
  const isolatedCache = new Map<string, ReturnType<typeof ctxOf>>();
  const contextFor = (k: string) => {
    const rels = relationsOf.get(k) ?? [];
    const tables = new Set<number>();
    for (const v of rels) for (const t of [v.table, ...v.related.map((r) => r.table)]) if (t !== null) tables.add(logical.get(t) ?? t);
    const g = [...tables].sort((a, b) => a - b).join(',');
    let ctx = isolatedCache.get(g);
    if (!ctx) {
      const keep = new Set([...tables].flatMap((t) => parts.get(t) ?? [t]));
      const snap: PageSnapshot = { ...base, tables: base.tables.map((t) => (keep.has(t.index) ? t : { ...t, rows: [] })) };
      const baseline: PageAnalysis = analyzeSnapshot(snap);
      const verified = new Set(baseline.verified.map(vid));
      const same = rels.every((v) => verified.has(vid(v)));
      ctx = same ? ctxOf(snap, baseline) : fullBefore;
      isolatedCache.set(g, ctx);
    }
    return ctx;
  };

  const cache = new Map<string, { after: Finding[]; changed: string[]; from: string; to: string; misaligned: Set<number | null>; failing: Set<string>; rounded: Set<string> } | null>();
  const run = (k: string, kind: MutationKind) => {
    const ck = `${k}|${kind}`;
    if (cache.has(ck)) return cache.get(ck)!;
    const ctx = contextFor(k);
    const [t, r, c] = parseKey(k);
    const cell = cellAt(k)!;
    const edits: { cell: CellSnapshot; text: string }[] = [];
    const changed = [k];
    let to: string;
    if (kind === 'next-row') {
      const below = grids.get(t)?.slots[r + 1]?.[c];
      if (!below || below.cell === cell || below.cell.text.trim() === cell.text.trim()) {
        cache.set(ck, null);
        return null;
      }
      edits.push({ cell, text: '' }, { cell: below.cell, text: cell.text });
      changed.push(key(t, below.originRow, below.originCol));
      to = `(moved to row ${r + 1}, over "${below.cell.text}")`;
    } else {
      const text = mutateFigure(cell.text, kind);
      if (text === null) {
        cache.set(ck, null);
        return null;
      }
      edits.push({ cell, text });
      to = text;
    }
    const saved = edits.map((e) => e.cell.text);
    let after: PageAnalysis;
    try {
      for (const e of edits) e.cell.text = e.text;
      after = analyzeSnapshot(ctx.snap);
    } finally {
      edits.forEach((e, i) => (e.cell.text = saved[i]!));
    }
    const fresh = after.report.findings.filter((f) => !ctx.before.has(fid(f)));
    const res = { after: fresh, changed, from: cell.text, to, misaligned: ctx.misaligned, failing: ctx.failing, rounded: ctx.rounded };
    cache.set(ck, res);
    return res;
  };

  const out: MutationResult[] = [];
  for (const [rule, cands] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = [...cands.values()].sort((a, b) => {
      const [ta, ra, ca] = parseKey(a.cell);
      const [tb, rb, cb] = parseKey(b.cell);
      return ta - tb || ra - rb || ca - cb;
    });
    for (const cand of sample(ordered, opts.perType)) {
      const a = amounts.get(cand.cell);
      // one unit of the last written place, in the band's unit
      const step = a ? new Decimal(10).pow(-a.decimals).times(a.unit ? unitFactor(a.unit) : 1) : null;
      const leavesBand = step !== null && cand.bands.some((b) => step.gt(b.times(2)));
      for (const kind of MUTATION_KINDS) {
        const res = run(cand.cell, kind);
        const [t] = parseKey(cand.cell);
        if (!res) {
          out.push({ file: doc.file, rule, group: cand.group, kind, cell: cand.cell, from: cellAt(cand.cell)!.text, to: '', outcome: 'n/a', ownRule: false, collateral: [], note: '' });
          continue;
        }
        const problems = res.after.filter((f) => f.severity === 'error' || f.severity === 'warning');
        const mine = problems.filter((f) => res.changed.some((k) => names(f, k)));
        const collateral = problems.filter((f) => !res.changed.some((k) => names(f, k)) && (f.cells.length === 0 && !f.related.length ? true : [...f.cells.map(([r, c]) => key(f.table ?? -1, r, c)), ...f.related.flatMap((rel) => rel.cells.map(([r, c]) => key(rel.table, r, c)))].some((k) => !res.failing.has(k)))).map((f) => `${f.rule}/${f.severity} #${f.table} ${JSON.stringify(f.cells).slice(0, 60)}: ${f.message.slice(0, 90)}`);
        const infos = res.after.filter((f) => f.severity === 'info' && res.changed.some((k) => names(f, k)));
        let outcome: Outcome;
        if (mine.length) outcome = 'detected';
        // ±1 at the last digit inside the band: the checker itself says "rounding" about the cell (or said
        // so before and the change made the relation exact); never when the change exceeds twice the band
        else if ((kind === 'last-digit' || kind === 'last-digit-down') && !leavesBand && (infos.some((f) => f.cause?.id === 'rounding') || res.rounded.has(cand.cell))) outcome = 'within-band';
        // moved within the parts of one verified sum of this type: that sum cannot see it
        else if (kind === 'next-row' && (relationsOf.get(cand.cell) ?? []).some((v) => v.rule === rule && res.changed.every((k) => relationCells(v).includes(k)))) outcome = 'sum-preserving';
        else if (infos.some((f) => f.cause?.id !== 'rounding' && f.cause?.id !== 'not-run') && res.misaligned.has(logical.get(t) ?? t)) outcome = 'downgraded';
        else if (infos.some((f) => f.cause?.id === 'rounding')) outcome = 'rounding-only';
        else outcome = 'missed';
        out.push({
          file: doc.file,
          rule,
          group: cand.group,
          kind,
          cell: cand.cell,
          from: res.from,
          to: res.to,
          outcome,
          ownRule: mine.some((f) => f.rule === rule),
          collateral,
          note: [...mine, ...infos].map((f) => `${f.severity}/${f.rule}/${f.cause?.id ?? ''}`).join(', '),
        });
      }
    }
  }
  return out;
}

export interface Tally {
  mutations: number;
  detected: number;
  ownRule: number;
  withinBand: number;
  sumPreserving: number;
  downgraded: number;
  roundingOnly: number;
  missed: number;
  na: number;
  collateral: number;
}

export function tally(results: MutationResult[]): Tally {
  const t: Tally = { mutations: 0, detected: 0, ownRule: 0, withinBand: 0, sumPreserving: 0, downgraded: 0, roundingOnly: 0, missed: 0, na: 0, collateral: 0 };
  for (const r of results) {
    if (r.outcome === 'n/a') {
      t.na++;
      continue;
    }
    t.mutations++;
    if (r.outcome === 'detected') t.detected++;
    if (r.ownRule) t.ownRule++;
    if (r.outcome === 'within-band') t.withinBand++;
    if (r.outcome === 'sum-preserving') t.sumPreserving++;
    if (r.outcome === 'downgraded') t.downgraded++;
    if (r.outcome === 'rounding-only') t.roundingOnly++;
    if (r.outcome === 'missed') t.missed++;
    if (r.collateral.length) t.collateral++;
  }
  return t;
}

/** detected ÷ (mutations − those within the rounding band − moves that keep a sum); null when nothing counts */
export function recall(t: Tally): number | null {
  const d = t.mutations - t.withinBand - t.sumPreserving;
  return d > 0 ? t.detected / d : null;
}

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i < 2 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' | ')} |`;
  return [line(head), `|${w.map((x, i) => (i < 2 ? '-'.repeat(x + 2) : `${'-'.repeat(x + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

const tallyRow = (t: Tally) => [String(t.mutations), String(t.detected), String(t.withinBand), String(t.sumPreserving), String(t.downgraded), String(t.roundingOnly), String(t.missed), pct(recall(t)), pct(t.detected ? t.ownRule / t.detected : null), String(t.collateral)];
const TALLY_HEAD = ['mutations', 'detected', 'in band', 'sum kept', 'downgraded', 'rounding only', 'missed', 'recall', 'by own rule', 'collateral'];

/** The printed report: per document × relation type, then by relation type × mutation kind. */
export function mutationReport(results: MutationResult[], unread: { file: string; reason: string }[] = []): string {
  const out: string[] = [];
  const docs = [...new Set(results.map((r) => r.file))];
  const rows: string[][] = [];
  for (const file of docs) {
    for (const g of GROUPS) {
      const rs = results.filter((r) => r.file === file && r.group === g);
      if (rs.length === 0) continue;
      rows.push([file.replace(/^pages\//, '').replace(/^corpus\//, ''), g, ...tallyRow(tally(rs))]);
    }
  }
  for (const u of unread) rows.push([u.file.replace(/^corpus\//, ''), u.reason, ...TALLY_HEAD.map(() => '')]);
  out.push(table(['document', 'relations', ...TALLY_HEAD], rows));
  out.push('');
  const rows2: string[][] = [];
  for (const g of GROUPS) {
    const rules = [...new Set(results.filter((r) => r.group === g).map((r) => r.rule))].sort();
    for (const rule of rules) {
      for (const kind of MUTATION_KINDS) {
        const rs = results.filter((r) => r.group === g && r.rule === rule && r.kind === kind);
        if (rs.length) rows2.push([`${g} · ${rule}`, KIND_LABEL[kind], ...tallyRow(tally(rs))]);
      }
    }
    const rs = results.filter((r) => r.group === g);
    if (rs.length) rows2.push([`${g} (all)`, `target ≥ ${TARGETS[g] * 100}%`, ...tallyRow(tally(rs))]);
  }
  rows2.push(['all relations', 'all kinds', ...tallyRow(tally(results))]);
  out.push(table(['relation type', 'mutation', ...TALLY_HEAD], rows2));
  out.push('');
  out.push('detected = a new error/warning naming a changed cell · in band = ±1 at the last digit, undetected, reported as a rounding');
  out.push('difference on the cell, and not larger than twice the rounding band of its relations (left out of the recall) · sum kept = a figure moved to the next row inside the parts of');
  out.push('one sum, undetected (no sum can see it; left out of the recall) · downgraded = only an info, the table already carries a');
  out.push('"header misaligned" warning · rounding only = only a rounding info · recall = detected ÷ (mutations − in band − sum kept) · by own rule =');
  out.push('share of detections made by the relation’s own rule · collateral = mutations that also raise an error/warning naming no changed cell.');
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const perType = Number(arg('--per-type') ?? 12);
  const only = arg('--doc');
  let docs = listDocuments();
  if (argv.includes('--html')) docs = docs.filter((d) => d.kind === 'html');
  if (only) docs = docs.filter((d) => d.file.includes(only));
  const analysed = await analyseDocuments(docs);
  const results: MutationResult[] = [];
  const t0 = performance.now();
  for (const d of analysed) if (d.ok) results.push(...mutateDocument(d, { perType }));
  const unread = analysed.flatMap((d) => (d.ok ? [] : [{ file: d.file, reason: d.reason }]));
  process.stdout.write(`Mutation recall on real documents (at most ${perType} cells per relation type per document; ${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n`);
  process.stdout.write(`${mutationReport(results, unread)}\n`);
  if (argv.includes('--misses')) {
    for (const r of results.filter((x) => x.outcome === 'missed' || x.outcome === 'downgraded' || x.outcome === 'rounding-only')) process.stdout.write(`MISS ${r.file} ${r.rule} ${KIND_LABEL[r.kind]} #${r.cell} ${r.from} → ${r.to}: ${r.outcome}${r.note ? ` (${r.note})` : ''}\n`);
    for (const r of results.filter((x) => x.collateral.length)) process.stdout.write(`COLLATERAL ${r.file} ${r.rule} ${KIND_LABEL[r.kind]} #${r.cell} ${r.from} → ${r.to}:\n    ${r.collateral.join('\n    ')}\n`);
  }
  return 0;
}

if (process.argv[1] && /tests[\\/]corpus[\\/]mutation\.ts$/.test(process.argv[1])) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`mutation: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
