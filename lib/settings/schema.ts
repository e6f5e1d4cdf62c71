import { z } from 'zod/mini';

/**
 * User settings, kept in storage.local under SETTINGS_KEY. Every field falls back to its default on
 * its own (`z.catch`), so a value written by an older or newer version, or a hand-edited one, never
 * breaks the extension: unknown keys are dropped, broken ones reset, the rest kept.
 *
 * zod/mini, not the classic API: the content script parses settings on every page it runs on, and
 * a classic schema costs several times as much to build (each instance gets the whole method API).
 * Classic schemas elsewhere take these as members (both are zod core types).
 */
export const SETTINGS_KEY = 'settings';

export const Language = z.enum(['zh', 'en']);
export type Language = z.infer<typeof Language>;

/** The unit amounts are shown in: as written on the page, or converted. */
export const DisplayUnit = z.enum(['asWritten', '元', '万元', '亿元']);
export type DisplayUnit = z.infer<typeof DisplayUnit>;

/** A site as the user entered it, normalised to a lower-case host name ("czj.example.com", "127.0.0.1"). */
export const Site = z.string().check(z.regex(/^[a-z0-9.-]+$/), z.minLength(1), z.maxLength(253));
export type Site = z.infer<typeof Site>;

const siteList = z.catch(
  z.pipe(
    z.array(z.unknown()),
    z.transform((xs: unknown[]) => Array.from(new Set(xs.map(normalizeSite).filter((s): s is string => s !== null)))),
  ),
  [],
);

export const Settings = z.object({
  version: z.catch(z.literal(1), 1),
  language: z.catch(Language, 'zh'),
  /** run automatically on *.gov.cn pages */
  autoGov: z.catch(z.boolean(), true),
  /** more sites to run on automatically (each needs its host permission, asked for when added) */
  autoSites: siteList,
  /** sites where the overlay never starts by itself (an explicit run still works) */
  disabledSites: siteList,
  showVerified: z.catch(z.boolean(), true),
  defaultUnit: z.catch(DisplayUnit, 'asWritten'),
  glossaryUnderline: z.catch(z.boolean(), true),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Settings from whatever storage holds (undefined, an old version, garbage): never throws. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  return Settings.parse(obj);
}

/** "https://Www.Example.gov.cn:8080/a/b" or "example.gov.cn" → "www.example.gov.cn" / "example.gov.cn"; null if not a host. */
export function normalizeSite(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  s = s.replace(/^\*\./, ''); // "*.example.com" means the same as "example.com" here
  s = s.split(/[/?#]/, 1)[0] ?? '';
  s = s.replace(/^[^@]*@/, ''); // credentials
  if (s.startsWith('[')) return null; // IPv6 literals: not supported as sites
  s = s.replace(/:\d*$/, '').replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(s) || s.length > 253) return null;
  if (s.split('.').some((label) => label === '' || label.length > 63 || label.startsWith('-') || label.endsWith('-'))) return null;
  return s;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Does `hostname` belong to `site` (the site itself or one of its subdomains; IP addresses match exactly)? */
export function siteMatches(hostname: string, site: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (h === site) return true;
  return !IPV4.test(site) && h.endsWith('.' + site);
}

export function isGovHost(hostname: string): boolean {
  return siteMatches(hostname, 'gov.cn');
}

/** Match patterns that cover a site, for permissions.request and registerContentScripts. */
export function originPatterns(site: string): string[] {
  return IPV4.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}

export type AutoDecision = 'run' | 'off-for-site' | 'not-listed';

/** Should the overlay start by itself on this host? An explicit user run ignores this. */
export function autoRunDecision(hostname: string, s: Settings): AutoDecision {
  if (s.disabledSites.some((site) => siteMatches(hostname, site))) return 'off-for-site';
  if (s.autoGov && isGovHost(hostname)) return 'run';
  if (s.autoSites.some((site) => siteMatches(hostname, site))) return 'run';
  return 'not-listed';
}
