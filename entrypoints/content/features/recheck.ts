import type { Feature } from './types';

const DEBOUNCE_MS = 600;
const MAX_WAIT_MS = 3000;

/**
 * Pages that fill in their tables later (scripts, lazy loading): watch the body, and when table
 * content changes re-read only those tables; when tables come or go, re-read the page. Debounced,
 * so a page that writes a table cell by cell is read once it settles.
 */
export const recheck: Feature = {
  id: 'recheck',
  init(ctx, signal) {
    const { store, win } = ctx;
    const body = win.document.body;
    if (!body) return;
    let pending = new Set<Element>();
    let all = false;
    let timer = 0;
    let firstAt = 0;

    const flush = () => {
      timer = 0;
      const s = store.get();
      if (s.status === 'running' || s.status === 'idle') {
        timer = win.setTimeout(flush, DEBOUNCE_MS);
        return;
      }
      const tables = all ? 'all' : [...pending];
      pending = new Set();
      all = false;
      if (tables === 'all' || tables.length) ctx.actions.recheck(tables);
    };

    const hasTable = (nodes: NodeList) => {
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i]!;
        if (n.nodeType === 1 && ((n as Element).nodeName === 'TABLE' || (n as Element).getElementsByTagName('table').length)) return true;
      }
      return false;
    };

    const mo = new MutationObserver((records) => {
      try {
        for (const r of records) {
          if (r.type === 'childList' && (hasTable(r.addedNodes) || hasTable(r.removedNodes))) {
            all = true;
            break;
          }
          const node = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
          const table = node?.closest('table');
          if (table) pending.add(table);
        }
        if (!all && !pending.size) return;
        // debounce, but a page that never stops writing is still read every MAX_WAIT_MS
        const now = win.performance.now();
        if (!timer) firstAt = now;
        win.clearTimeout(timer);
        timer = win.setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : DEBOUNCE_MS);
      } catch (e) {
        ctx.report('mutation', e);
      }
    });
    mo.observe(body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['rowspan', 'colspan'] });
    signal.addEventListener('abort', () => {
      mo.disconnect();
      win.clearTimeout(timer);
    });
  },
};
