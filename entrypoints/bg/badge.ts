import type { TabState } from '../../lib/messages/schema';
import type { Language } from '../../lib/settings/schema';
import { summaryLine, t } from '../../components/i18n';

export interface Badge {
  text: string;
  color?: string;
  title: string;
}

/** Badge text = problems (errors + warnings) while the overlay is on; a quiet ✓ when none. */
export function badgeFor(state: TabState, lang: Language): Badge {
  const name = t(lang, 'appName');
  const s = state.summary;
  switch (state.status) {
    case 'on': {
      if (!s) return { text: '', title: name };
      const title = `${name} — ${summaryLine(lang, s)}`;
      if (s.problems === 0) return { text: '✓', color: '#2E7D32', title };
      return { text: s.problems > 999 ? '999+' : String(s.problems), color: s.errors > 0 ? '#C5221F' : '#B06000', title };
    }
    case 'running':
      return { text: '…', color: '#5F6368', title: `${name} — ${t(lang, 'statusRunning')}` };
    case 'no-tables':
      return { text: '', title: `${name} — ${t(lang, 'statusNoTables')}` };
    case 'error':
      return { text: '!', color: '#5F6368', title: `${name} — ${t(lang, 'statusError')}${state.error ? ': ' + state.error : ''}` };
    case 'unavailable':
      return { text: '', title: `${name} — ${t(lang, 'statusUnavailable')}` };
    case 'pdf':
      return { text: '', title: `${name} — ${t(lang, 'pdfTab')}` };
    default:
      return { text: '', title: name };
  }
}
