// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FindingsPanel, FIRST_ITEMS, MORE_CLEAN, MORE_ITEMS, type FindingsPanelProps, type PanelGroup } from './FindingsPanel';

const noop = () => undefined;

/** a result of `n` findings over three tables, and five clean tables */
function props(n: number): FindingsPanelProps {
  const groups: PanelGroup[] = [0, 1, 2].map((t) => ({
    key: `t${t}`,
    table: t,
    title: `表${t}`,
    unit: '万元',
    items: Array.from({ length: n / 3 }, (_, k) => ({ finding: t * (n / 3) + k, kind: 'error' as const, message: `问题 ${t}-${k}` })),
  }));
  for (let t = 3; t < 8; t++) groups.push({ key: `t${t}`, table: t, title: `表${t}`, unit: null, items: [], note: '未发现问题' });
  return {
    lang: 'zh',
    open: true,
    summary: { tables: 8, relationsChecked: 10, problems: n, errors: n, warnings: 0, roundings: 0, notRun: 0, skippedTables: [] } as unknown as FindingsPanelProps['summary'],
    counts: { error: n, warning: 0, rounding: 0, note: 0, notRun: 0 },
    filter: { error: true, warning: true, rounding: true, note: true, notRun: true },
    showVerified: false,
    verifiedCount: 0,
    pageUnit: 'asWritten',
    groups,
    active: null,
    onOpen: noop,
    onFilter: noop,
    onChoose: noop,
    onEscape: () => false,
    onGoToTable: noop,
    onSetUnit: noop,
    onToggleVerified: noop,
    onClose: noop,
  };
}

const task = () => new Promise((r) => setTimeout(r, 20));
/** tasks until `got` gives something (a loaded machine may need more than one for a slice), at most 5 s */
async function until<T>(got: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const v = got();
    if (v) return v;
    await task();
  }
  throw new Error('not reached in 5 s');
}

describe('FindingsPanel: a long result listed in steps', () => {
  it('lists the head first, then a screenful, then slices, each in its own task; aria-busy until whole', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const n = 300;
    render(h(FindingsPanel, props(n)), el);
    const items = () => el.querySelectorAll('.ll-item').length;
    const body = el.querySelector('.ll-panel-body')!;
    // the render that delivers the result draws the panel's head only
    expect(items()).toBe(0);
    expect(body.getAttribute('aria-busy')).toBe('true');
    const seen: number[] = [];
    for (let k = 0; k < 50 && body.getAttribute('aria-busy') !== 'false'; k++) {
      await task();
      if (seen.at(-1) !== items()) seen.push(items());
    }
    expect(body.getAttribute('aria-busy')).toBe('false');
    // never the whole list in one task: the first screenful, then slices
    expect(seen[0]).toBe(FIRST_ITEMS);
    expect(seen[1]).toBe(FIRST_ITEMS + MORE_ITEMS);
    expect(seen.at(-1)).toBe(n);
    // the tables without findings come last
    expect(el.querySelectorAll('.ll-group.is-clean').length).toBe(5);
    // every option tells its place in the whole list
    const opts = [...el.querySelectorAll('[role="option"]')];
    expect(opts.map((o) => o.getAttribute('aria-posinset'))).toEqual(opts.map((_, i) => String(i + 1)));
    expect(new Set(opts.map((o) => o.getAttribute('aria-setsize')))).toEqual(new Set([String(n)]));
    render(null, el);
  });

  it('lists a small result (a screenful of findings, a few clean tables) whole in the render that delivers it', () => {
    const el = document.createElement('div');
    document.body.append(el);
    render(h(FindingsPanel, props(12)), el);
    // no step left for a later task: every further step would be a frame repainting the page
    expect(el.querySelectorAll('.ll-item').length).toBe(12);
    expect(el.querySelectorAll('.ll-group.is-clean').length).toBe(5);
    expect(el.querySelector('.ll-panel-body')!.getAttribute('aria-busy')).toBe('false');
    // a new result of the same size: listed whole again
    render(h(FindingsPanel, props(9)), el);
    expect(el.querySelectorAll('.ll-item').length).toBe(9);
    render(null, el);
  });

  it('lists a hundred tables without findings a slice per task after the findings', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const p = props(3);
    for (let t = 8; t < 108; t++) p.groups.push({ key: `t${t}`, table: t, title: `表${t}`, unit: null, items: [], note: '未发现问题' });
    render(h(FindingsPanel, p), el);
    const body = el.querySelector('.ll-panel-body')!;
    const clean = () => el.querySelectorAll('.ll-group.is-clean').length;
    const seen: number[] = [];
    for (let k = 0; k < 1000 && body.getAttribute('aria-busy') !== 'false'; k++) {
      await new Promise((r) => setTimeout(r, 1));
      if (seen.at(-1) !== clean()) seen.push(clean());
    }
    expect(body.getAttribute('aria-busy')).toBe('false');
    // the findings first (no clean table yet), then the 105 clean ones MORE_CLEAN at a time, never all at once
    expect(seen[0]).toBe(0);
    expect(seen).toContain(MORE_CLEAN);
    expect(seen.at(-1)).toBe(105);
    for (const n of seen) expect(n === 105 || n % MORE_CLEAN === 0).toBe(true);
    render(null, el);
  });

  it('End reaches a finding not listed yet: the whole list at once, focus on the last', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    render(h(FindingsPanel, props(300)), el);
    const first = await until(() => el.querySelector<HTMLElement>('[data-idx="0"]')); // the first screenful
    expect(el.querySelector('[data-idx="299"]')).toBeNull(); // not listed yet
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await until(() => el.querySelector('[data-idx="299"]'));
    await task();
    expect((document.activeElement as HTMLElement | null)?.dataset.idx).toBe('299');
    render(null, el);
  });
});

describe('FindingsPanel: a table’s unit switch', () => {
  it('is a button until focus comes to it, then the select itself, focused, that sets the table’s unit', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const set: [number | null, string][] = [];
    const p = props(3);
    p.groups = p.groups.map((g) => ({ ...g, displayUnit: 'asWritten' as const }));
    p.onSetUnit = (table, unit) => void set.push([table, unit]);
    render(h(FindingsPanel, p), el);
    for (let k = 0; k < 20 && el.querySelector('.ll-panel-body')!.getAttribute('aria-busy') !== 'false'; k++) await task();
    // a hundred tables' groups: no form field per table for the browser's autofill to go over, only the page's own switch
    const switches = () => [...el.querySelectorAll<HTMLElement>('.ll-group .ll-select')];
    expect(switches().length).toBe(8);
    expect(el.querySelectorAll('.ll-group select').length).toBe(0);
    expect(el.querySelectorAll('select').length).toBe(1);
    const button = switches()[2]!;
    expect(button.getAttribute('aria-label')).toContain('表2');
    button.focus();
    await task();
    const select = el.querySelectorAll<HTMLSelectElement>('.ll-group select');
    expect(select.length).toBe(1);
    expect(document.activeElement).toBe(select[0]);
    select[0]!.value = '万元';
    select[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(set).toEqual([[2, '万元']]);
    // the pointer over another table's switch: its select is there for the click that follows
    switches()[4]!.dispatchEvent(new PointerEvent('pointerenter'));
    await task();
    expect(el.querySelectorAll('.ll-group select').length).toBe(2);
    render(null, el);
  });
});
