import { labelKey } from './dom/text';
import { proseSentences } from './prose/sentences';
import type { PageSnapshot } from './snapshot/schema';
import { bodyRowsReadAsHeader, buildBlockItems, buildTable, continues, contextsOf, headerlessContinuation } from './tables/build';
import type { BudgetTable, DocumentModel, SkippedTable } from './tables/model';

/** The document year: the year most often named with 年 near the top of the page and in its title. */
export function documentYear(snapshot: PageSnapshot): number | null {
  const head = [snapshot.title, ...snapshot.flow.filter((f) => f.kind === 'text').slice(0, 12).map((f) => (f.kind === 'text' ? f.text : ''))].join(' ');
  const counts = new Map<number, number>();
  for (const m of head.matchAll(/(20\d{2}|19\d{2})\s*年(?!\s*\d{1,2}\s*月)/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  // a cover page that prints the year alone on a line ("2026")
  for (const f of snapshot.flow.slice(0, 12)) {
    if (f.kind === 'text' && /^(19|20)\d{2}$/.test(f.text.trim())) counts.set(Number(f.text.trim()), (counts.get(Number(f.text.trim())) ?? 0) + 2);
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) { best = y; n = c; }
  return best;
}

function docKindOf(snapshot: PageSnapshot): DocumentModel['docKind'] {
  const head = labelKey([snapshot.title, ...snapshot.flow.slice(0, 15).map((f) => (f.kind === 'text' ? f.text : ''))].join(' '));
  if (/决算/.test(head)) return '决算';
  if (/预算/.test(head)) return '预算';
  if (/绩效/.test(head)) return '绩效';
  return null;
}

/**
 * From a page snapshot to the document model: budget tables (continuations joined) and prose.
 * `sentences: false`: the 说明's sentences are not split (an empty list) — for the first stage of a
 * page (lib/analyze.ts), whose in-table rules never read them; on a page of megabytes of prose they
 * are most of the model's cost.
 */
export function buildDocumentModel(snapshot: PageSnapshot, opts: { sentences?: boolean } = {}): DocumentModel {
  const contexts = contextsOf(snapshot.flow);
  const tables: BudgetTable[] = [];
  const skipped: SkippedTable[] = [];
  const byIndex = new Map(snapshot.tables.map((t) => [t.index, t]));
  // document order of tables = flow order; tables missing from the flow (detached) come last
  const order = snapshot.flow.flatMap((f) => (f.kind === 'table' ? [f.index] : []));
  for (const t of snapshot.tables) if (!order.includes(t.index)) order.push(t.index);
  let prev: BudgetTable | null = null;
  let prevIdx = -1;
  for (const idx of order) {
    const snap = byIndex.get(idx);
    if (!snap) continue;
    let res;
    try {
      res = buildTable(snap, contexts.get(idx));
    } catch (e) {
      skipped.push({ index: idx, reason: `unreadable: ${(e as Error).message}` });
      continue;
    }
    if ('skipped' in res && prev && prevIdx === idx - 1) {
      const part = headerlessContinuation(prev, snap, contexts.get(idx)?.before ?? []);
      if (part) {
        prev.parts.push(part);
        buildBlockItems(prev);
        prevIdx = idx;
        continue;
      }
    }
    if ('skipped' in res) {
      // keep a small table's texts: rules may read a 目录 ("是否空表 / 公开空表理由")
      const rows = snap.rows.length <= 200 ? snap.rows.map((r) => r.map((c) => c.text)) : undefined;
      skipped.push({ index: idx, reason: res.skipped, ...(rows ? { rows } : {}) });
      continue;
    }
    const t = res.table;
    if (prev && prevIdx === idx - 1 && continues(prev, t, contexts.get(idx)?.before ?? [])) {
      const part = t.parts[0]!;
      if (bodyRowsReadAsHeader(prev, part)) part.headerRows = 0;
      prev.parts.push(part);
      buildBlockItems(prev);
      prevIdx = idx;
      continue;
    }
    tables.push(t);
    prev = t;
    prevIdx = idx;
  }
  const budget = new Set(tables.flatMap((t) => t.parts.map((p) => p.index)));
  const texts = snapshot.flow.flatMap((f) => (f.kind === 'text' ? [f.text] : []));
  return {
    tables,
    skipped,
    sentences: opts.sentences === false ? [] : proseSentences(snapshot.flow, (i) => budget.has(i)),
    texts,
    year: documentYear(snapshot),
    docKind: docKindOf(snapshot),
  };
}
