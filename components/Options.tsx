import { useState } from 'preact/hooks';
import type { DisplayUnit, Language, Settings } from '../lib/settings/schema';
import { t } from './i18n';

export interface SiteView {
  site: string;
  /** host permission granted (automatic sites only) */
  granted?: boolean;
}

export interface OptionsProps {
  settings: Settings;
  autoSites: SiteView[];
  message: string;
  onChange(patch: Partial<Settings>): void;
  /** returns an error message, or '' when added */
  onAddAutoSite(input: string): Promise<string>;
  onRemoveAutoSite(site: string): void;
  onAddDisabledSite(input: string): string;
  onRemoveDisabledSite(site: string): void;
}

function SiteAdder(p: { lang: Language; onAdd(input: string): string | Promise<string>; label: string }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="opt-add"
      onSubmit={async (e) => {
        e.preventDefault();
        const err = await p.onAdd(value);
        setError(err);
        if (!err) setValue('');
      }}
    >
      <input
        type="text"
        value={value}
        aria-label={p.label}
        placeholder={t(p.lang, 'optSitePlaceholder')}
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">{t(p.lang, 'optAddSite')}</button>
      {error && (
        <span class="opt-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** The settings page: automatic sites, sites without the overlay, display, language. */
export function Options(p: OptionsProps) {
  const s = p.settings;
  const lang = s.language;
  const units: DisplayUnit[] = ['asWritten', '元', '万元', '亿元'];
  return (
    <main class="opt" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t(lang, 'optionsTitle')}</h1>

      <section>
        <h2>{t(lang, 'optLanguage')}</h2>
        <label>
          <input type="radio" name="lang" checked={lang === 'zh'} onChange={() => p.onChange({ language: 'zh' })} /> 中文
        </label>{' '}
        <label>
          <input type="radio" name="lang" checked={lang === 'en'} onChange={() => p.onChange({ language: 'en' })} /> English
        </label>
      </section>

      <section>
        <h2>{t(lang, 'optAuto')}</h2>
        <label class="opt-row">
          <input type="checkbox" checked={s.autoGov} onChange={() => p.onChange({ autoGov: !s.autoGov })} />
          {t(lang, 'optAutoGov')}
        </label>
        <h3>{t(lang, 'optAutoSites')}</h3>
        <p class="opt-hint">{t(lang, 'optAutoSitesHint')}</p>
        <ul class="opt-sites" data-list="auto">
          {p.autoSites.length === 0 && <li class="opt-none">{t(lang, 'optNone')}</li>}
          {p.autoSites.map((x) => (
            <li key={x.site}>
              <code>{x.site}</code>
              {x.granted === false && <span class="opt-warn">⚠</span>}
              <button type="button" onClick={() => p.onRemoveAutoSite(x.site)}>
                {t(lang, 'optRemove')}
              </button>
            </li>
          ))}
        </ul>
        <SiteAdder lang={lang} onAdd={p.onAddAutoSite} label={t(lang, 'optAutoSites')} />

        <h3>{t(lang, 'optDisabledSites')}</h3>
        <p class="opt-hint">{t(lang, 'optDisabledSitesHint')}</p>
        <ul class="opt-sites" data-list="disabled">
          {s.disabledSites.length === 0 && <li class="opt-none">{t(lang, 'optNone')}</li>}
          {s.disabledSites.map((site) => (
            <li key={site}>
              <code>{site}</code>
              <button type="button" onClick={() => p.onRemoveDisabledSite(site)}>
                {t(lang, 'optRemove')}
              </button>
            </li>
          ))}
        </ul>
        <SiteAdder lang={lang} onAdd={p.onAddDisabledSite} label={t(lang, 'optDisabledSites')} />
      </section>

      <section>
        <h2>{t(lang, 'optDisplay')}</h2>
        <label class="opt-row">
          <input type="checkbox" checked={s.showVerified} onChange={() => p.onChange({ showVerified: !s.showVerified })} />
          {t(lang, 'optShowVerified')}
        </label>
        <label class="opt-row">
          <input type="checkbox" checked={s.glossaryUnderline} onChange={() => p.onChange({ glossaryUnderline: !s.glossaryUnderline })} />
          {t(lang, 'optGlossary')}
        </label>
        <label class="opt-row">
          {t(lang, 'optDefaultUnit')}{' '}
          <select value={s.defaultUnit} onChange={(e) => p.onChange({ defaultUnit: (e.currentTarget as HTMLSelectElement).value as DisplayUnit })}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u === 'asWritten' ? t(lang, 'asWritten') : u}
              </option>
            ))}
          </select>
        </label>
      </section>
      <p class="opt-status" role="status" aria-live="polite">
        {p.message}
      </p>
    </main>
  );
}
