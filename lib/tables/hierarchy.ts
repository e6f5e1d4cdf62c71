import Decimal from 'decimal.js';
import type { Item } from './model';

/**
 * Parent/child links inside one block. Evidence, strongest first: classification codes (prefixes),
 * unit code rows (123 › 123001 › the items after it), list numbering (一、 › （一） › 1、 › （1）),
 * indentation; rows without any of these under a numbered row are its "implicit" children (weak).
 * Total rows take the top-level rows of their section; "其中" rows are subsets of the row above.
 */
export function linkHierarchy(items: Item[]): void {
  const byCode = new Map<string, Item>();
  const styleLevel = new Map<string, number>();
  let lastUnit: Item[] = []; // unit rows by level (index 0 = level 1)
  const numbered: Item[] = []; // stack of numbered rows
  let lastNonSubset: Item | null = null;

  const setParent = (child: Item, parent: Item, by: Item['parentBy']) => {
    child.parent = parent.id;
    child.parentBy = by;
    parent.children.push(child.id);
  };

  for (const it of items) {
    if (it.total) {
      lastNonSubset = null;
      numbered.length = 0;
      lastUnit = [];
      continue;
    }
    if (it.subset) {
      if (lastNonSubset) setParent(it, lastNonSubset, 'implicit');
      continue;
    }
    lastNonSubset = it;
    if (it.codeUnsure) {
      // an unreadable code row: it may belong to any row still open above it at a higher level
      // (positionally), so those rows' children are not known for sure; it takes no parent itself
      const lv = it.codeUnsure.level;
      for (let k = it.id - 1; k >= 0; k--) {
        const p = items[k]!;
        if (p.total) break;
        const plv = p.code?.level ?? p.codeUnsure?.level;
        if (plv === undefined || plv >= lv) continue;
        p.unsureChildren ??= it.codeUnsure.written;
        if (plv === 1) break;
      }
      continue;
    }
    if (it.numbering) {
      let lv = styleLevel.get(it.numbering.style);
      if (lv === undefined) {
        lv = styleLevel.size + 1;
        styleLevel.set(it.numbering.style, lv);
      }
      it.numbering.level = lv;
    }
    const code = it.code;
    if (code && code.domain === 'unit') {
      const lv = code.level;
      const parentUnit = lastUnit[lv - 2];
      if (lv > 1 && parentUnit && code.code.startsWith(parentUnit.code!.code)) setParent(it, parentUnit, 'unit');
      lastUnit = lastUnit.slice(0, lv - 1);
      lastUnit[lv - 1] = it;
      continue;
    }
    if (code) {
      byCode.set(`${familyOf(code.domain)}:${code.code}`, it);
      let parent: Item | undefined;
      for (let len = code.code.length - 2; len >= 3 && !parent; len -= 2) {
        parent = byCode.get(`${familyOf(code.domain)}:${code.code.slice(0, len)}`);
      }
      if (parent) setParent(it, parent, 'code');
      else if (lastUnit.length > 0 && [...it.values.values()].some((v) => v.kind === 'amount')) setParent(it, lastUnit[lastUnit.length - 1]!, 'unit');
      continue;
    }
    if (it.numbering) {
      const lv = it.numbering.level;
      while (numbered.length > 0 && numbered[numbered.length - 1]!.numbering!.level >= lv) numbered.pop();
      const parent = numbered[numbered.length - 1];
      if (parent) setParent(it, parent, 'numbering');
      numbered.push(it);
      continue;
    }
    // no code, no numbering: indentation first, else an implicit child of the last numbered row,
    // else of the unit row it follows
    const prev = findIndentParent(items, it);
    if (prev) { setParent(it, prev, 'indent'); continue; }
    const parent = numbered[numbered.length - 1];
    if (parent) setParent(it, parent, 'implicit');
    else if (lastUnit.length > 0 && [...it.values.values()].some((v) => v.kind === 'amount')) setParent(it, lastUnit[lastUnit.length - 1]!, 'unit');
  }
}

function amountOf(it: Item, col: number): Decimal | null {
  const v = it.values.get(col);
  return v && v.kind === 'amount' ? v.value : null;
}

/**
 * Plain rows (no code, no numbering) under one parent are sometimes nested by meaning only: a group
 * heading row ("专用项目", "县级资金") carries the sum of the rows below it. When the flat sum does not
 * add up but such grouping by values does, adopt the grouping: guessing "error" here would cry wolf.
 * Links made this way hold by construction and are marked 'value' so no rule reports them as checked.
 */
class SearchSpent extends Error {}

export function regroupByValues(items: Item[], col: number): void {
  const parents = new Map<number | null, Item[]>();
  for (const it of items) {
    if (it.total || it.subset) continue;
    const arr = parents.get(it.parent) ?? [];
    arr.push(it);
    parents.set(it.parent, arr);
  }
  for (const [pid, kids] of parents) {
    const plain = kids.filter((k) => !k.code && !k.numbering);
    if (plain.length < 2 || plain.length !== kids.length) continue;
    const target = pid === null ? null : amountOf(items[pid]!, col);
    const flat = kids.reduce((acc, k) => acc.plus(amountOf(k, col) ?? 0), new Decimal(0));
    if (target === null || flat.eq(target)) continue;
    if (kids.length > 40) continue; // grouping by values is a search: keep it small
    type Node = { item: Item; kids: Node[] };
    const sumTop = (xs: Node[]) => xs.reduce((acc, k) => acc.plus(amountOf(k.item, col) ?? 0), new Decimal(0));
    // the search is exponential in the worst case (many rows with equal values): bounded, and given up when spent
    let budget = 20_000;
    const nest = (run: Item[]): Node[] => {
      if (--budget < 0) throw new SearchSpent();
      const top: Node[] = [];
      let i = 0;
      while (i < run.length) {
        const head = run[i]!;
        const hv = amountOf(head, col);
        const node: Node = { item: head, kids: [] };
        let found = -1;
        if (hv && !hv.isZero()) {
          for (let end = run.length - 1; end > i; end--) {
            const sub = nest(run.slice(i + 1, end + 1));
            // one plain row equal to the next is a coincidence, not a group, unless that row is a group itself
            if (sumTop(sub).eq(hv) && (sub.length >= 2 || sub[0]!.kids.length > 0)) {
              node.kids = sub;
              found = end;
              break;
            }
          }
        }
        top.push(node);
        i = found > i ? found + 1 : i + 1;
      }
      return top;
    };
    let top: Node[];
    try {
      top = nest(kids);
    } catch (e) {
      if (e instanceof SearchSpent) continue;
      throw e;
    }
    if (!sumTop(top).eq(target)) continue; // grouping does not explain it either: the rule reports the flat sum
    const apply = (nodes: Node[], parent: Item, by: Item['parentBy']) => {
      parent.children = nodes.map((n) => n.item.id);
      for (const n of nodes) {
        n.item.parent = parent.id;
        n.item.parentBy = by;
        n.item.children = [];
        apply(n.kids, n.item, 'value');
      }
    };
    const parent = items[pid!]!;
    apply(top, parent, kids[0]!.parentBy);
  }
}

function familyOf(domain: string): string {
  return domain === 'economic-dept' || domain === 'economic-gov' ? domain : domain;
}

function findIndentParent(items: Item[], it: Item): Item | null {
  if (it.indent <= 0 && it.depth <= 0) return null;
  for (let k = it.id - 1; k >= 0; k--) {
    const p = items[k]!;
    if (p.total) return null;
    if (p.subset) continue;
    // a label in a later label column is deeper than any indentation inside an earlier one
    if (p.depth < it.depth || (p.depth === it.depth && p.indent < it.indent)) return p;
  }
  return null;
}

/**
 * Why a total row's addends cannot be known, or null: an unreadable 类 row leaves the rows below it
 * without their parent, so which rows are top-level is not known.
 */
export function unsureAddends(items: Item[]): string | null {
  const cls = items.find((x) => x.codeUnsure && x.codeUnsure.level === 1);
  return cls ? cls.codeUnsure!.written : null;
}

/** Top-level rows (no parent, not totals, not subsets) that a total row adds up. */
export function totalAddends(items: Item[], total: Item): Item[] {
  const idx = total.id;
  // an unreadable code row below 类 level is not a top-level row where the section has 类 rows
  const hasClass = items.some((x) => x.code && x.code.level === 1 && x.code.domain !== 'unit');
  const isTop = (x: Item) => x.parent === null && !x.total && !x.subset && !(x.codeUnsure && x.codeUnsure.level > 1 && hasClass);
  // a total before any item of its section (合计 first, as most templates do) covers what follows
  let before = idx - 1;
  while (before >= 0 && !items[before]!.total) before--;
  const leading = before < 0 && idx === 0;
  if (leading) {
    const out: Item[] = [];
    for (let k = idx + 1; k < items.length; k++) {
      const x = items[k]!;
      if (x.total) break;
      if (isTop(x)) out.push(x);
    }
    return out;
  }
  // walking up from the total: a lower-level total above it ("收入总计" under "本年收入合计", "收入合计"
  // under "当年收入小计" and "上年结转资金") stands for the rows it closes, and the rows after it are
  // added to it; a total of the same or a higher level ends the section
  const out: Item[] = [];
  for (let k = idx - 1; k >= 0; k--) {
    const x = items[k]!;
    if (x.total) {
      if (TOTAL_LEVEL[x.total] >= TOTAL_LEVEL[total.total ?? 'total']) break;
      out.unshift(x);
      while (k - 1 >= 0 && !items[k - 1]!.total) k--; // the rows that lower total already adds up
      continue;
    }
    if (isTop(x)) out.unshift(x);
  }
  return out;
}

const TOTAL_LEVEL: Record<NonNullable<Item['total']>, number> = { subtotal: 0, total: 1, grand: 2 };
