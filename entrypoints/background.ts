import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeForTab, cancelForTab, warmAnalysis } from './bg/analysis';
import { hasOverlayContent } from '../lib/report/overlay';
import { tableSheetAt } from '../lib/export/document';
import { isPacked, unpackSnapshot } from '../lib/snapshot/wire';
import { bytesToBase64 } from '../lib/export/base64';
import type { SheetReply } from '../lib/export/sheet';
import { toXlsx } from '../lib/export/xlsx';
import type { z } from 'zod';
import { fail, ok, ToBackground, type AnalyzeRequest, type Reply } from '../lib/messages/schema';
import { ANALYSIS_PORT } from './shared/analysis-port';
import { serveAnalysisPort, type PackedAnalyzed } from './bg/analysis-port';
import { joinParts } from './shared/analysis-parts';
import type { Language, Settings } from '../lib/settings/schema';
import { forgetTab, getTabState, refreshTabState, setTabState } from './bg/tabs';
import { runInTab, toggleInTab } from './bg/inject';
import { syncUserSites } from './bg/sites';
import { decodeCode, explainAt, forgetPage, markTerms, rememberPage, rememberTexts } from './bg/terms';
import { openableLink, openViewer, tabShowsPdf } from './bg/viewer';
import { loadSettings, onSettingsChanged } from './shared/settings';
import { toContent } from './shared/messaging';
import type { ContentState } from '../lib/messages/schema';

const MENU_ID = 'run-on-page';
const PDF_MENU_ID = 'open-pdf';
/** Links the "open in Ledger Lens" entry is offered on: they name a PDF file. */
const PDF_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];
const COMMAND = 'run-on-page';

export default defineBackground(() => {
  let language: Language = 'zh';
  const settingsReady = loadSettings().then((s) => {
    language = s.language;
    return s;
  });

  // ---- messages (registered synchronously: the worker may have been woken by one) ----
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    handle(raw, sender).then(sendResponse, (e) => sendResponse(fail(e)));
    return true; // reply asynchronously
  });

  // the content script's analyses: snapshot and result in parts over a port (shared/analysis-port.ts)
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id) return;
    const tabId = port.sender?.tab?.id;
    serveAnalysisPort(port, async (msg) => {
      await settingsReady;
      return analyze(msg, tabId);
    });
  });

  /** the analysis without its long lists, and the lists packed (the port sends them on in parts: lib/report/wire.ts) */
  async function analyze(msg: z.output<typeof AnalyzeRequest>, tabId: number | undefined): Promise<Reply<PackedAnalyzed>> {
    if (tabId === undefined) return fail('analyze: not from a tab');
    // its own worker: never queued behind another tab; a newer run for this tab cancels this one
    const r = await analyzeForTab(tabId, msg.snapshot, msg.stage, msg.run);
    if (!r.ok) return fail(r.error);
    const { analysis, strings, parts, ms } = r;
    // the first stage (tables in view) is not the page's result: badge and popup wait for the whole page
    if (msg.stage === 'view') return ok({ analysis, strings, parts, ms });
    const hasTables = hasOverlayContent(analysis);
    // accepted by the worker, so it holds together
    rememberPage(tabId, isPacked(msg.snapshot) ? unpackSnapshot(msg.snapshot) : msg.snapshot);
    await setTabState(
      tabId,
      { status: hasTables ? 'on' : 'no-tables', url: msg.snapshot.url, summary: analysis.summary, analysisMs: ms },
      language,
    );
    return ok({ analysis, strings, parts, ms });
  }

  async function handle(raw: unknown, sender: { tab?: { id?: number; url?: string }; url?: string }): Promise<Reply<unknown>> {
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) return fail('bad message: ' + parsed.error.issues[0]?.message);
    const msg = parsed.data;
    await settingsReady;
    const tabId = sender.tab?.id;
    switch (msg.type) {
      case 'analyze': {
        // one message, one piece: the lists unpacked here
        const r = await analyze(msg, tabId);
        return r.ok ? ok({ analysis: joinParts(r.value.analysis, r.value), ms: r.value.ms }) : r;
      }
      case 'warm':
        await warmAnalysis();
        return ok(null);
      case 'overlay-state': {
        if (tabId === undefined) return fail('overlay-state: not from a tab');
        const state = await setTabState(tabId, { status: msg.status, summary: msg.summary, error: msg.error, url: sender.tab?.url }, language);
        return ok(state);
      }
      case 'explain':
        return ok(await explainAt(tabId, msg.text, msg.offset));
      case 'decode-code':
        return ok(await decodeCode(msg.code, msg.pageNames, msg.domain, msg.year ?? null));
      case 'match-terms':
        return ok(await markTerms(msg.groups));
      case 'error':
        console.warn(`[ledger-lens] content error in ${msg.where}: ${msg.message}`);
        return ok(null);
      case 'get-tab-state':
        return ok(await getTabState(msg.tabId));
      case 'run-in-tab':
        return runFromUser(msg.tabId);
      case 'page-texts':
        if (tabId !== undefined) rememberTexts(tabId, msg.texts);
        return ok(null);
      case 'open-viewer':
        await openViewer(msg.url, sender.tab);
        return ok(null);
      case 'overlay-in-tab':
        if (msg.on) return runFromUser(msg.tabId);
        return toContent(msg.tabId, { type: 'set-overlay', on: false });
      case 'export-table': {
        const sheet = tableSheetAt(msg.snapshot, msg.table, msg.unit);
        return ok<SheetReply>(sheet && { sheet, ...(msg.xlsx ? { xlsx: bytesToBase64(toXlsx([sheet])) } : {}) });
      }
    }
  }

  /**
   * Run on the user's request; on pages the browser keeps extensions out of, say so in the tab state.
   * A tab showing a PDF gets the PDF viewer instead (the browser's own viewer is closed to scripts).
   */
  async function runFromUser(tabId: number, toggle = false): Promise<Reply<unknown>> {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab && (await tabShowsPdf(tabId, tab.url))) {
      await openViewer(tab.url, tab);
      await setTabState(tabId, { status: 'pdf', url: tab.url }, language);
      return ok({ status: 'pdf' });
    }
    const r = toggle ? await toggleInTab(tabId) : await runInTab(tabId, 'manual');
    if (!r.ok && r.error.startsWith('unavailable')) {
      await setTabState(tabId, { status: 'unavailable', error: r.error }, language);
    }
    return r;
  }

  // ---- toolbar badge state follows navigation ----
  // A new document has no content script yet (no receiver): the tab is idle again. A same-document
  // navigation (an in-page anchor) keeps the overlay, and the content script says what it shows.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.status === 'complete') void refreshFromContent(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    cancelForTab(tabId);
    void forgetTab(tabId);
    forgetPage(tabId);
  });

  function refreshFromContent(tabId: number) {
    return refreshTabState(tabId, () => toContent<ContentState>(tabId, { type: 'get-state' }), language);
  }

  // ---- context menu, keyboard command ----
  const menuTitle = (lang: Language) => (lang === 'zh' ? '在此页核对' : 'Check this page');
  const pdfMenuTitle = (lang: Language) => (lang === 'zh' ? '用账本核对打开' : 'Open in Ledger Lens');
  const createMenu = async () => {
    const s = await settingsReady;
    try {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_ID, title: menuTitle(s.language), contexts: ['page', 'selection', 'frame', 'link'] });
      browser.contextMenus.create({ id: PDF_MENU_ID, title: pdfMenuTitle(s.language), contexts: ['link'], targetUrlPatterns: PDF_LINKS });
    } catch (e) {
      console.warn('[ledger-lens] context menu:', e);
    }
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup?.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void runFromUser(tab.id);
    if (info.menuItemId === PDF_MENU_ID && openableLink(info.linkUrl)) void openViewer(info.linkUrl, tab);
  });
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await runFromUser(id, true);
  });

  // ---- settings: user sites, language of menu and badge titles ----
  const applySettings = async (s: Settings) => {
    language = s.language;
    await syncUserSites(s).catch((e) => console.warn('[ledger-lens] user sites:', e));
    await browser.contextMenus.update(MENU_ID, { title: menuTitle(s.language) }).catch(() => undefined);
    await browser.contextMenus.update(PDF_MENU_ID, { title: pdfMenuTitle(s.language) }).catch(() => undefined);
  };
  void settingsReady.then(applySettings);

  // Pages are checked by themselves (the default): have an analysis worker loaded before the first page
  // asks, not after. Started when the page's script began, the document and worker loaded while it was
  // read and the first page's analysis waited for them (first highlight on a fresh browser ~480 ms, the
  // pages after it ~200 ms). Without automatic runs nothing is loaded until a run is asked for.
  void settingsReady.then((s) => {
    if (s.autoGov || s.autoSites.length > 0) return warmAnalysis();
  }).catch((e) => console.warn('[ledger-lens] analysis worker:', e));
  onSettingsChanged((s) => void applySettings(s));
  browser.permissions.onAdded?.addListener(() => void loadSettings().then(applySettings));
  browser.permissions.onRemoved?.addListener(() => void loadSettings().then(applySettings));

});
