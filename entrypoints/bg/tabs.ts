import { browser } from 'wxt/browser';
import { TabState, type OverlayStatus } from '../../lib/messages/schema';
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

type Patch = { status: OverlayStatus; url?: string; summary?: AnalysisSummary; error?: string; analysisMs?: number };

/** Updates of one tab apply one after another, in the order the messages arrived. */
const queues = new Map<number, Promise<unknown>>();

export function setTabState(tabId: number, patch: Patch, language: Language): Promise<TabState> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(() => apply(tabId, patch, language));
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
