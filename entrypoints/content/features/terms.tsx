import { render } from 'preact';
import { CodeCard, TermCard, TermMarks, TermUnderlines, type CodeView, type TermMark, type TermView } from '../../../components/TermCard';
import { isClassification, pageNamesFor, type CodeCellInfo } from '../../../lib/codes/cells';
import { codeCellJob, type CodeCell, type CodeCellJob } from '../codes';
import { toBackground } from '../../shared/messaging';
import type { Box } from '../geometry';
import { changed } from '../store';
import { nearViewport } from '../near';
import type { Feature } from './types';

const HOVER_DELAY = 350;
/** up to this many code cells each gets a focus target; beyond, only the tables near the viewport do */
const ALL_CODES_UP_TO = 300;
/** likewise for underlined terms: up to this many each gets a focus target; beyond, those near the viewport */
const ALL_TERMS_UP_TO = 300;
/** ms of code-cell lookups per task while a new result's code cells are found */
const CODES_SLICE = 8;
const HIDE_DELAY = 300;
const SKIP = 'table, script, style, noscript, textarea, select, option, code, pre, [contenteditable], svg';
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, td, th, section, article, div';

interface Explained {
  match: { start: number; end: number };
  entry: TermView & { short: TermView['short'] };
  page: TermView['page'];
  /** absent when the page defines the term itself */
  caveat?: TermView['caveat'];
  citations: TermView['citations'];
  related: TermView['related'];
  pageOnly?: true;
}

/** `mark`: opened from the keyboard on that focus target's key (focus returns there when the card closes) */
type Shown = ({ kind: 'term'; view: TermView; anchor: Box } | { kind: 'code'; view: CodeView; anchor: Box }) & { mark?: string };

interface Mark {
  node: Text;
  start: number;
  end: number;
}

/** `a` before `b` in the document */
const before = (a: Node, b: Node) => a !== b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

const termView = ({ entry: e, page, caveat, citations, related, pageOnly }: Explained): TermView => ({
  ...(pageOnly ? { pageOnly } : {}),
  term: e.term,
  en: e.en,
  short: e.short,
  detail: e.detail,
  // the background drops the caveat when the page defines the term itself
  caveat,
  confidence: e.confidence,
  competing: e.competing,
  page,
  check: e.check,
  citations,
  related,
});

/**
 * Glossary terms and classification codes: hovering a term in the page's text (or a code in a
 * table) shows what it means, the page's own 名词解释 first; terms are underlined (setting). The
 * glossary and code book live in the background; the page only sends the text under the pointer.
 * The keyboard reaches the same cards: a focus target per underlined term and per code cell.
 */
export const terms: Feature = {
  id: 'terms',
  init(ctx, signal) {
    const { store, geometry, win } = ctx;
    const doc = win.document;
    let shown: Shown | null = null;
    let overCard = false;
    let probeTimer = 0;
    let hideTimer = 0;
    let probeId = 0;
    let pointer = { x: 0, y: 0 };
    let marks: Mark[] = [];
    let collected = false;
    let codeCells: CodeCell[] = [];
    let codesFor: unknown = null;
    let codeByCell = new Map<Element, CodeCell>();
    /** term marks and code cells merged in document order, rebuilt when either list changes */
    let order: { kind: 'term' | 'code'; i: number }[] = [];
    let orderFor: [Mark[], CodeCell[]] | null = null;
    let redraw = () => {};

    const hostEl = () => (ctx.layer()?.getRootNode() as ShadowRoot | undefined)?.host ?? null;

    const show = (s: Shown | null) => {
      win.clearTimeout(hideTimer);
      shown = s;
      redraw();
    };
    const hideSoon = () => {
      win.clearTimeout(hideTimer);
      hideTimer = win.setTimeout(() => {
        if (!overCard && shown?.mark === undefined) show(null); // a keyboard-opened card waits for blur or Escape
      }, HIDE_DELAY);
    };

    const caretAt = (x: number, y: number): { node: Text; offset: number } | null => {
      const d = doc as Document & {
        caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
        caretRangeFromPoint?(x: number, y: number): Range | null;
      };
      if (d.caretPositionFromPoint) {
        const p = d.caretPositionFromPoint(x, y);
        return p && p.offsetNode.nodeType === 3 ? { node: p.offsetNode as Text, offset: p.offset } : null;
      }
      const r = d.caretRangeFromPoint?.(x, y);
      return r && r.startContainer.nodeType === 3 ? { node: r.startContainer as Text, offset: r.startOffset } : null;
    };

    /** the decoder's request for a code cell: its own code and classification, the page's names for that classification */
    const decodeRequest = (c: CodeCell) => {
      const analysis = store.get().analysis;
      const all = (analysis?.codes ?? []) as CodeCellInfo[];
      const domain = isClassification(c.info) ? c.info.domain : undefined;
      // the document's year picks the edition of the classification whose names the card compares with
      return { type: 'decode-code' as const, code: c.info.code, domain, pageNames: pageNamesFor(all, c.info), year: analysis?.year ?? null };
    };

    const probe = async () => {
      const id = ++probeId;
      const { x, y } = pointer;
      const s = store.get();
      if (s.status !== 'on' || !s.analysis) return;
      const target = doc.elementFromPoint(x, y);
      if (!target || target === hostEl()) return; // over the overlay itself
      const td = ctx.cellFromPoint(x, y);
      if (td) {
        codesOf(s);
        const cell = codeByCell.get(td);
        if (cell) {
          const r = await toBackground<CodeView | null>(decodeRequest(cell));
          if (id !== probeId) return;
          const box = geometry.box(td);
          if (r.ok && r.value && box) show({ kind: 'code', view: r.value, anchor: box });
          else if (shown) hideSoon();
          return;
        }
      }
      const caret = caretAt(x, y);
      if (!caret || caret.node.parentElement?.closest('script, style')) {
        if (shown) hideSoon();
        return;
      }
      const data = caret.node.data;
      const from = Math.max(0, caret.offset - 2000);
      const r = await toBackground<Explained | null>({ type: 'explain', text: data.slice(from, from + 4000), offset: caret.offset - from });
      if (id !== probeId) return;
      if (!r.ok || !r.value) {
        if (shown) hideSoon();
        return;
      }
      const range = doc.createRange();
      range.setStart(caret.node, from + r.value.match.start);
      range.setEnd(caret.node, Math.min(data.length, from + r.value.match.end));
      const hit = [...range.getClientRects()].find((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
      if (!hit) {
        if (shown) hideSoon();
        return;
      }
      show({ kind: 'term', anchor: rectToBox(hit, geometry), view: termView(r.value) });
    };

    /**
     * Code cells of the tables already read, once per analysis: the core's classification, so a split
     * 类/款/项 row is one code and each cell names its own level; 单位代码 and other numbering get no card.
     * Found a slice per task after a new result (codesSoon); a hover that needs them before finishes at once.
     */
    let job: { for: unknown; job: CodeCellJob } | null = null;
    const jobFor = (st: ReturnType<typeof store.get>): CodeCellJob => {
      if (job?.for !== st.analysis) job = { for: st.analysis, job: codeCellJob((st.analysis?.codes ?? []) as CodeCellInfo[], st.tables, ctx.cellAt) };
      return job.job;
    };
    const adopt = (st: ReturnType<typeof store.get>, j: CodeCellJob) => {
      codesFor = st.analysis;
      codeCells = j.cells;
      codeByCell = j.byCell;
    };
    const codesOf = (st: ReturnType<typeof store.get>): CodeCell[] => {
      if (codesFor === st.analysis) return codeCells;
      const j = jobFor(st);
      j.step(Infinity);
      adopt(st, j);
      return codeCells;
    };

    let codesWaiting = false;
    const codesSoon = () => {
      if (codesWaiting) return;
      codesWaiting = true;
      // after the frame that draws the first highlights, then one slice per task until all are found
      const slice = () => {
        if (signal.aborted) return;
        const st = store.get();
        if (codesFor === st.analysis) {
          codesWaiting = false;
          return;
        }
        try {
          const j = jobFor(st);
          if (!j.step(CODES_SLICE)) {
            win.setTimeout(slice, 0);
            return;
          }
          adopt(st, j);
        } catch (e) {
          ctx.report('codes', e);
          // not again for this result: no code cards rather than a retry in every task
          codesFor = st.analysis;
          codeCells = [];
          codeByCell = new Map();
        }
        codesWaiting = false;
        redraw();
      };
      win.requestAnimationFrame(() => win.setTimeout(slice, 0));
    };

    /**
     * Terms and codes in one reading order (both lists are sorted: a merge). A term is never inside a
     * table (SKIP), so it comes before a code cell exactly when it comes before the cell's table: one
     * DOM comparison per term and table, not per pair (thousands of code cells on a big page).
     */
    const orderOf = (codes: CodeCell[], tables: Element[]) => {
      if (orderFor?.[0] === marks && orderFor[1] === codes) return order;
      orderFor = [marks, codes];
      order = [];
      let ti = 0;
      let ci = 0;
      let asked: [number, Element | undefined, boolean] | null = null;
      const termFirst = (m: Mark, c: CodeCell) => {
        const table = tables[c.info.table];
        if (!table?.contains(c.td)) return before(m.node, c.td);
        if (asked?.[0] !== ti || asked[1] !== table) asked = [ti, table, before(m.node, table)];
        return asked[2];
      };
      while (ti < marks.length || ci < codes.length) {
        const m = marks[ti];
        const c = codes[ci];
        if (m && (!c || termFirst(m, c))) order.push({ kind: 'term', i: ti++ });
        else order.push({ kind: 'code', i: ci++ });
      }
      return order;
    };

    // ---- the keyboard's way in: each underlined term and each code cell has a focus target in the overlay ----
    const markEl = (key: string) => ctx.layer()?.querySelector<HTMLElement>(`[data-mark="${key}"]`) ?? null;
    const focused = (el: HTMLElement | null) => !!el && (el.getRootNode() as ShadowRoot).activeElement === el;
    let returning = false;
    const openTerm = async (key: string, i: number) => {
      const m = marks[i];
      if (!m?.node.isConnected) return;
      const id = ++probeId;
      win.clearTimeout(probeTimer);
      const from = Math.max(0, m.start - 2000);
      const r = await toBackground<Explained | null>({ type: 'explain', text: m.node.data.slice(from, from + 4000), offset: m.start - from });
      if (id !== probeId || !r.ok || !r.value || !focused(markEl(key))) return;
      const range = doc.createRange();
      range.setStart(m.node, m.start);
      range.setEnd(m.node, m.end);
      const rect = range.getClientRects()[0];
      if (rect) show({ kind: 'term', anchor: rectToBox(rect, geometry), view: termView(r.value), mark: key });
    };
    const openCode = async (key: string, i: number) => {
      const c = codeCells[i];
      if (!c?.td.isConnected) return;
      const id = ++probeId;
      win.clearTimeout(probeTimer);
      const r = await toBackground<CodeView | null>(decodeRequest(c));
      if (id !== probeId || !r.ok || !r.value || !focused(markEl(key))) return;
      const box = geometry.box(c.td);
      if (box) show({ kind: 'code', view: r.value, anchor: box, mark: key });
    };
    const openMark = async (m: TermMark, byFocus: boolean) => {
      if (byFocus && returning) return void (returning = false); // focus given back by a closing card
      if (shown?.mark === m.key) return;
      await (m.kind === 'term' ? openTerm(m.key, m.i) : openCode(m.key, m.i));
    };
    const marksFrame = {
      onOpen: (m: TermMark) => void openMark(m, false).catch((err) => ctx.report('term-key', err)),
      onFocus: (m: TermMark) => void openMark(m, true).catch((err) => ctx.report('term-key', err)),
      onClose: (m: TermMark) => shown?.mark === m.key && show(null),
      onBlur: (m: TermMark, to: EventTarget | null) => {
        if (shown?.mark === m.key && !(to instanceof Element && to.closest('.ll-term'))) show(null);
      },
    };

    doc.addEventListener(
      'pointermove',
      (e) => {
        pointer = { x: e.clientX, y: e.clientY };
        win.clearTimeout(probeTimer);
        if (store.get().status !== 'on') return;
        probeTimer = win.setTimeout(() => void probe().catch((err) => ctx.report('probe', err)), HOVER_DELAY);
      },
      { passive: true, signal },
    );
    win.addEventListener('keydown', (e) => e.key === 'Escape' && shown && show(null), { signal });

    // ---- underlines under glossary terms in the page's prose ----
    const collect = async () => {
      collected = true;
      const groups = new Map<Element, Text[]>();
      // each text node's place in the document (the walker's order), to sort the terms without asking the DOM
      const textOrder = new Map<Text, number>();
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      let t0 = performance.now();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        const parent = text.parentElement;
        if (!parent || !/[\u4e00-\u9fff]/.test(text.data) || parent.closest(SKIP)) continue;
        const block = parent.closest(BLOCK) ?? doc.body;
        const list = groups.get(block) ?? [];
        list.push(text);
        textOrder.set(text, textOrder.size);
        groups.set(block, list);
        if (performance.now() - t0 > 8) {
          await new Promise((r) => win.setTimeout(r, 0)); // never a long task
          if (signal.aborted) return;
          t0 = performance.now();
        }
      }
      const blocks = [...groups.values()].slice(0, 5000).map((l) => l.slice(0, 500));
      const r = await toBackground<{ group: number; item: number; match: { start: number; end: number } }[]>({
        type: 'match-terms',
        groups: blocks.map((l) => l.map((t) => t.data.slice(0, 4000))),
      });
      if (!r.ok || signal.aborted) return;
      marks = r.value.flatMap((m) => {
        const node = blocks[m.group]?.[m.item];
        return node ? [{ node, start: m.match.start, end: Math.min(m.match.end, node.data.length) }] : [];
      });
      // document order (blocks nest), so Tab walks the terms as the page reads; by the walker's order, not
      // a DOM comparison per pair (thousands of terms on a long page: 70 ms of compareDocumentPosition)
      marks.sort((a, b) => (a.node === b.node ? a.start - b.start : textOrder.get(a.node)! - textOrder.get(b.node)!));
      // the elements holding the terms, when only those near the viewport are drawn (as the tables are for code cells)
      if (marks.length > ALL_TERMS_UP_TO) nearText.watch([...new Set(marks.flatMap((m) => (m.node.parentElement ? [m.node.parentElement] : [])))]);
      redraw();
    };

    const read = () => {
      const layer = ctx.layer();
      if (!layer) return;
      const s = store.get();
      if (s.status !== 'on') return () => render(null, layer);
      const vp = geometry.viewport();
      const lines: { key: string; x: number; y: number; w: number }[] = [];
      const targets: TermMark[] = [];
      const underline = s.settings.glossaryUnderline;
      const range = doc.createRange();
      // code cells of the tables near the viewport at once, the others a budget at a time over the next frames
      const budget = geometry.budget(4);
      near.watch(s.tables);
      // terms only while underlined (the setting); code cells whenever the overlay is on, as their hover is.
      // A new result's code cells are found in a task of their own after this frame (every code cell of the
      // document looked up and sorted): the frame that draws the first highlights does not wait for them.
      if (codesFor !== s.analysis) codesSoon();
      const codes = codesFor === s.analysis ? codeCells : [];
      const nearOnly = codes.length > ALL_CODES_UP_TO;
      // thousands of terms in a long page's prose: each one's line boxes were read and its target re-rendered
      // on every pass (a task of 100 ms on the 100-table page, issue 13); those near the viewport, as for codes
      const termsNearOnly = marks.length > ALL_TERMS_UP_TO;
      const toBox = (r: DOMRect): Box => ({ x: r.left + vp.x, y: r.top + vp.y, w: r.width, h: r.height });
      for (const { kind, i } of orderOf(codes, s.tables)) {
        if (kind === 'code') {
          const c = codeCells[i]!;
          const isNear = near.has(s.tables[c.info.table]);
          // a usual page: a focus target on every code cell; a page of very many (a long PDF, a compilation of
          // a hundred tables): those of the tables near the viewport, as the highlights do with findings —
          // thousands of targets were re-rendered on every pass while their boxes were read (issue 13)
          if (nearOnly && !isNear) continue;
          const b = c.td.isConnected ? budget.box(c.td, isNear) : null;
          if (b) targets.push({ key: `c${i}`, kind, i, ...b, text: c.info.code });
          continue;
        }
        const m = marks[i]!;
        if (!underline || !m.node.isConnected) continue;
        if (termsNearOnly && !nearText.has(m.node.parentElement ?? undefined)) continue;
        range.setStart(m.node, m.start);
        range.setEnd(m.node, m.end);
        let k = 0;
        let first = true;
        for (const rect of range.getClientRects()) {
          const b = toBox(rect);
          // every term drawn gets a focus target on its first line (up to ALL_TERMS_UP_TO, Tab reaches terms off screen too); underlines only near the viewport
          if (first) targets.push({ key: `t${i}`, kind, i, ...b, text: m.node.data.slice(m.start, m.end) });
          first = false;
          if (b.y + b.h < vp.y - vp.h || b.y > vp.y + 2 * vp.h) continue;
          lines.push({ key: `${i}:${k++}`, x: b.x, y: b.y + b.h - 1, w: b.w });
        }
      }
      const card = shown;
      let pos = { x: 0, y: 0, above: false };
      if (card) {
        const a = card.anchor;
        const above = a.y + a.h + 260 > vp.y + vp.h && a.y - 260 > vp.y;
        pos = { x: Math.max(vp.x + 8, Math.min(a.x, vp.x + vp.w - 388)), y: above ? a.y - 6 : a.y + a.h + 6, above };
      }
      const frame = {
        lang: s.lang,
        ...pos,
        onClose: () => {
          overCard = false;
          const back = card?.mark === undefined ? null : markEl(card.mark);
          show(null);
          if (back) {
            returning = true;
            back.focus();
            returning = false;
          }
        },
        onHover: (inside: boolean) => {
          overCard = inside;
          if (!inside) hideSoon();
          else win.clearTimeout(hideTimer);
        },
      };
      const more = budget.more;
      return () => {
        if (more) redraw();
        render(
          <>
            <TermUnderlines lines={lines} />
            <TermMarks lang={s.lang} marks={targets} {...marksFrame} />
            {card?.kind === 'term' && <TermCard {...frame} view={card.view} />}
            {card?.kind === 'code' && <CodeCard {...frame} view={card.view} />}
          </>,
          layer,
        );
      };
    };
    redraw = geometry.track(read, signal);
    const near = nearViewport(() => redraw(), signal);
    const nearText = nearViewport(() => redraw(), signal);
    store.subscribe((s, prev) => {
      if (s.status === 'on' && !collected && s.settings.glossaryUnderline) {
        // the page's prose is walked after the first frame of the result, not in the task that delivers it
        collected = true;
        win.requestAnimationFrame(() => win.setTimeout(() => !signal.aborted && void collect().catch((e) => ctx.report('collect', e)), 0));
      }
      if (s.analysis !== prev.analysis) show(null);
      if (changed(s, prev, 'status', 'settings', 'lang')) redraw();
    }, signal);
    signal.addEventListener('abort', () => {
      win.clearTimeout(probeTimer);
      win.clearTimeout(hideTimer);
      const layer = ctx.layer();
      if (layer) render(null, layer);
    });
  },
};

function rectToBox(r: DOMRect, geometry: { box(el: Element): Box | null; viewport(): Box }): Box {
  const vp = geometry.viewport();
  return { x: r.left + vp.x, y: r.top + vp.y, w: r.width, h: r.height };
}
