import { browser } from 'wxt/browser';
import { TabState, type ContentState, type OverlayStatus, type Reply } from '../../lib/messages/schema';
import type { AnalysisSummary } from '../../lib/report/schema';
import type { Language } from '../../lib/settings/schema';
import { badgeFor } from './badge';

/**
 * Per-tab overlay state: what the popup shows and what the badge says. Kept in storage.session so it
 * survives the service worker being stopped, with an in-memory copy for browsers without that area.
 */
const memory = new Map<number, TabState>();
const key = (tabId: number) => `tab:${tabId}`;

function sessionArea(): typeof browser.storage.local | undefined {
  return (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
}

export async function getTabState(tabId: number): Promise<TabState> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  try {
    const got = await sessionArea()?.get(key(tabId));
    const parsed = TabState.safeParse(got?.[key(tabId)]);
    if (parsed.success) {
      memory.set(tabId, parsed.data);
      return parsed.data;
    }
  } catch {
    /* no session storage: memory only */
  }
  return { url: '', status: 'idle', updatedAt: Date.now() };
}

/**
 * A tab started or finished loading: ask its content script (`ask`) what it shows. It reports its own
 * changes, so this only restores a state the service worker lost, or clears the state of a page the tab
 * left (no content script answered). The reading taken before asking decides whether to clear: a small
 * page's content script can start, read and be analysed between the question and the "no receiver"
 * answer (sent before it was injected), and its report must stand — cleared, the tab showed idle with no
 * address until its next load.
 */
export async function refreshTabState(tabId: number, ask: () => Promise<Reply<ContentState>>, language: Language): Promise<void> {
  const seen = await getTabState(tabId);
  const r = await ask();
  if (r.ok) {
    const prev = await getTabState(tabId);
    if (prev.status === 'idle' && r.value.status !== 'idle') await setTabState(tabId, { status: r.value.status, summary: r.value.summary }, language);
  } else if (seen.status !== 'idle') {
    await setTabStateUnlessChanged(tabId, seen, { status: 'idle', url: '' }, language);
  }
}

type Patch = { status: OverlayStatus; url?: string; summary?: AnalysisSummary; error?: string; analysisMs?: number };

/** Updates of one tab apply one after another, in the order the messages arrived. */
const queues = new Map<number, Promise<unknown>>();

export function setTabState(tabId: number, patch: Patch, language: Language): Promise<TabState> {
  return enqueue(tabId, () => apply(tabId, patch, language));
}

/**
 * The same, unless the tab's state changed after `seen` was read: a guess made from an older reading (the
 * tab showed no content script a moment ago) must not overwrite what the page itself reported meanwhile.
 * Decided in the tab's queue, so no update can come between the check and the write.
 */
export function setTabStateUnlessChanged(tabId: number, seen: TabState, patch: Patch, language: Language): Promise<TabState> {
  return enqueue(tabId, async () => {
    const now = await getTabState(tabId);
    return now.updatedAt === seen.updatedAt && now.status === seen.status ? apply(tabId, patch, language) : now;
  });
}

function enqueue(tabId: number, step: () => Promise<TabState>): Promise<TabState> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(step);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function apply(tabId: number, patch: Patch, language: Language): Promise<TabState> {
  const prev = await getTabState(tabId);
  const next: TabState = {
    url: patch.url ?? prev.url,
    status: patch.status,
    // a summary belongs to the run that produced it: keep it while the overlay is merely turned off
    summary: patch.summary ?? (patch.status === 'off' || patch.status === 'running' ? prev.summary : undefined),
    error: patch.error,
    analysisMs: patch.analysisMs ?? (patch.summary ? undefined : prev.analysisMs),
    updatedAt: Date.now(),
  };
  memory.set(tabId, next);
  await Promise.allSettled([sessionArea()?.set({ [key(tabId)]: next }), paintBadge(tabId, next, language)]);
  return next;
}

export async function forgetTab(tabId: number): Promise<void> {
  memory.delete(tabId);
  await sessionArea()?.remove(key(tabId)).catch(() => undefined);
}

type ActionApi = typeof browser.action;
/** MV3 `action`, MV2 (Firefox) `browserAction`: the same calls. */
export function actionApi(): ActionApi | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;
}

async function paintBadge(tabId: number, state: TabState, language: Language): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const b = badgeFor(state, language);
  await Promise.allSettled([
    action.setBadgeText({ tabId, text: b.text }),
    b.color ? action.setBadgeBackgroundColor({ tabId, color: b.color }) : Promise.resolve(),
    action.setTitle({ tabId, title: b.title }),
  ]);
}
