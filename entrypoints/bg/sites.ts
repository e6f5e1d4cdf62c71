import { browser } from 'wxt/browser';
import { isGovHost, originPatterns, type Settings } from '../../lib/settings/schema';
import { CONTENT_SCRIPT_FILE } from './inject';

const SCRIPT_ID = 'ledger-lens-user-sites';

/**
 * Keep one dynamically registered content script covering the user's added sites for which the
 * browser granted access. *.gov.cn is covered by the manifest; a site without its permission is left
 * out (the options page shows it as waiting for access).
 */
export async function syncUserSites(settings: Settings): Promise<string[]> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return [];
  const matches: string[] = [];
  for (const site of settings.autoSites) {
    if (isGovHost(site)) continue;
    const origins = originPatterns(site);
    const granted = await browser.permissions.contains({ origins }).catch(() => false);
    if (granted) matches.push(...origins);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length) {
    await scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}
