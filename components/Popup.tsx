import type { TabState } from '../lib/messages/schema';
import type { Language } from '../lib/settings/schema';
import { summaryLine, t } from './i18n';
import { SeverityBadge } from './icons';

export interface PopupProps {
  lang: Language;
  state: TabState | null;
  /** the page can be checked at all (http/https/file) */
  checkable: boolean;
  busy: boolean;
  onRun(): void;
  onOverlay(on: boolean): void;
  onLanguage(lang: Language): void;
  onOptions(): void;
  /** open the PDF viewer to choose a local file */
  onOpenPdf(): void;
}

/** The toolbar popup: this page's summary, run/re-run, overlay on/off, language, settings. */
export function Popup(p: PopupProps) {
  const { lang, state } = p;
  const s = state?.summary;
  const status = state?.status ?? 'idle';
  const statusText =
    !p.checkable || status === 'unavailable'
      ? t(lang, 'cannotRunHere')
      : status === 'pdf'
        ? t(lang, 'pdfTab')
        : status === 'running' || p.busy
        ? t(lang, 'statusRunning')
        : status === 'no-tables'
          ? t(lang, 'statusNoTables')
          : status === 'error'
            ? `${t(lang, 'statusError')}${state?.error ? `：${state.error}` : ''}`
            : status === 'off'
              ? t(lang, 'statusOff')
              : status === 'idle'
                ? t(lang, 'statusIdle')
                : '';
  const worst = s ? (s.errors ? 'error' : s.warnings ? 'warning' : 'verified') : 'verified';
  return (
    <main class="pp" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header class="pp-head">
        <h1>{t(lang, 'appName')}</h1>
        <div class="seg" role="group" aria-label={t(lang, 'language')}>
          <button type="button" aria-pressed={lang === 'zh'} onClick={() => p.onLanguage('zh')}>
            中文
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => p.onLanguage('en')}>
            EN
          </button>
        </div>
      </header>

      <section class="pp-state" aria-live="polite">
        {s && (status === 'on' || status === 'off') ? (
          <>
            <p class={`pp-big k-${worst}`}>
              <SeverityBadge kind={worst} />
              {s.problems > 0 ? t(lang, 'problems', { n: s.problems }) : t(lang, 'noProblems')}
            </p>
            <ul class="pp-counts">
              <li>{t(lang, 'tables', { n: s.tables })}</li>
              <li>{t(lang, 'relationsChecked', { n: s.relationsChecked })}</li>
              {s.errors > 0 && <li class="k-error">{t(lang, 'errors', { n: s.errors })}</li>}
              {s.warnings > 0 && <li class="k-warning">{t(lang, 'warnings', { n: s.warnings })}</li>}
              {s.rounding > 0 && <li>{t(lang, 'rounding', { n: s.rounding })}</li>}
              {s.notRun > 0 && <li>{t(lang, 'notRun', { n: s.notRun })}</li>}
              {s.skippedTables.length > 0 && <li>{t(lang, 'skippedTables', { n: s.skippedTables.length })}</li>}
            </ul>
            <p class="pp-sr">{summaryLine(lang, s)}</p>
            {status === 'off' && <p class="pp-status">{statusText}</p>}
          </>
        ) : (
          <p class="pp-status">{statusText}</p>
        )}
      </section>

      <div class="pp-actions">
        <button type="button" class="primary" disabled={!p.checkable || p.busy || status === 'running'} onClick={p.onRun}>
          {status === 'idle' ? t(lang, 'run') : t(lang, 'rerun')}
        </button>
        {(status === 'on' || status === 'off') && (
          <button type="button" onClick={() => p.onOverlay(status !== 'on')}>
            {status === 'on' ? t(lang, 'turnOff') : t(lang, 'turnOn')}
          </button>
        )}
      </div>
      <footer class="pp-foot">
        <button type="button" class="link" onClick={p.onOpenPdf}>
          {t(lang, 'openPdf')}
        </button>
        <button type="button" class="link" onClick={p.onOptions}>
          {t(lang, 'openOptions')}
        </button>
      </footer>
    </main>
  );
}
