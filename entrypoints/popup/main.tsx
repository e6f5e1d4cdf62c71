import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import '../../components/pages.css';
import '../../components/glyphs.css';
import { TabState } from '../../lib/messages/schema';
import { type Language } from '../../lib/settings/schema';
import { toBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';

const CHECKABLE = /^(https?|file):/i;

function App() {
  const [lang, setLang] = useState<Language>('zh');
  const [tabId, setTabId] = useState<number | null>(null);
  const [checkable, setCheckable] = useState(true);
  const [state, setState] = useState<TabState | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async (id: number) => {
    const r = await toBackground<TabState>({ type: 'get-tab-state', tabId: id });
    if (r.ok) setState(r.value);
    return r.ok ? r.value : null;
  };

  const run = async (id: number) => {
    setBusy(true);
    await toBackground({ type: 'run-in-tab', tabId: id });
    await refresh(id);
    setBusy(false);
  };

  useEffect(() => {
    void loadSettings().then((s) => setLang(s.language));
    const off = onSettingsChanged((s) => setLang(s.language));
    void (async () => {
      // popup.html?tab=ID shows another tab's state (the popup opened as a page, e.g. for screenshots)
      const forced = Number(new URLSearchParams(location.search).get('tab'));
      if (Number.isInteger(forced) && forced > 0) {
        setTabId(forced);
        await refresh(forced);
        return;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      // without host access the URL is hidden; activeTab (granted by opening this popup) reveals it
      const ok = tab.url === undefined || CHECKABLE.test(tab.url);
      setCheckable(ok);
      const st = await refresh(tab.id);
      // Clicking the toolbar button is the request to check the page.
      if (ok && (!st || st.status === 'idle' || st.status === 'error')) await run(tab.id);
    })();
    return off;
  }, []);

  useEffect(() => {
    if (tabId === null) return;
    // follow the tab's state while the popup is open (analysis finishing, overlay turned off)
    const key = `tab:${tabId}`;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const parsed = TabState.safeParse(changes[key]?.newValue);
      if (parsed.success) setState(parsed.data);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);

  return (
    <Popup
      lang={lang}
      state={state}
      checkable={checkable}
      busy={busy}
      onRun={() => tabId !== null && void run(tabId)}
      onOverlay={async (on) => {
        if (tabId === null) return;
        setBusy(true);
        await toBackground({ type: 'overlay-in-tab', tabId, on });
        await refresh(tabId);
        setBusy(false);
      }}
      onLanguage={(l) => {
        setLang(l);
        void saveSettings({ language: l });
      }}
      onOptions={() => void browser.runtime.openOptionsPage()}
      onOpenPdf={() => void toBackground({ type: 'open-viewer' }).then(() => window.close())}
    />
  );
}

render(<App />, document.getElementById('app')!);
