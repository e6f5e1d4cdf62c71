import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Options, type SiteView } from '../../components/Options';
import { t } from '../../components/i18n';
import '../../components/pages.css';
import '../../components/glyphs.css';
import { DEFAULT_SETTINGS, isGovHost, normalizeSite, originPatterns, type Settings } from '../../lib/settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings';

function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  useEffect(() => {
    document.documentElement.lang = settings.language === 'zh' ? 'zh-CN' : 'en';
    document.title = t(settings.language, 'optionsTitle');
    void Promise.all(
      settings.autoSites.map(async (site) => [site, isGovHost(site) || (await browser.permissions.contains({ origins: originPatterns(site) }))] as const),
    ).then((pairs) => setGranted(Object.fromEntries(pairs)));
  }, [settings]);

  const save = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setMessage(t(settings.language, 'optSaved'));
    setTimeout(() => setMessage(''), 1500);
  };

  const sites: SiteView[] = settings.autoSites.map((site) => ({ site, granted: granted[site] }));

  return (
    <Options
      settings={settings}
      autoSites={sites}
      message={message}
      onChange={(patch) => void save(patch)}
      onAddAutoSite={async (input) => {
        const site = normalizeSite(input);
        if (!site) return t(settings.language, 'optInvalidSite');
        // asked for at the moment the user adds the site: the click is the user gesture it needs
        const ok = isGovHost(site) || (await browser.permissions.request({ origins: originPatterns(site) }).catch(() => false));
        if (!ok) return t(settings.language, 'optPermissionDenied');
        await save({ autoSites: [...settings.autoSites, site] });
        return '';
      }}
      onRemoveAutoSite={(site) => {
        if (!isGovHost(site)) void browser.permissions.remove({ origins: originPatterns(site) }).catch(() => false);
        void save({ autoSites: settings.autoSites.filter((x) => x !== site) });
      }}
      onAddDisabledSite={(input) => {
        const site = normalizeSite(input);
        if (!site) return t(settings.language, 'optInvalidSite');
        void save({ disabledSites: [...settings.disabledSites, site] });
        return '';
      }}
      onRemoveDisabledSite={(site) => void save({ disabledSites: settings.disabledSites.filter((x) => x !== site) })}
    />
  );
}

render(<App />, document.getElementById('app')!);
