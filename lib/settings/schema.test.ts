import { describe, expect, it } from 'vitest';
import { autoRunDecision, DEFAULT_SETTINGS, normalizeSite, originPatterns, parseSettings, siteMatches } from './schema';

describe('settings', () => {
  it('gives defaults for nothing, garbage or an old shape, keeping what is valid', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    const s = parseSettings({ language: 'en', showVerified: 'yes', autoSites: ['HTTPS://Example.org/x', 42, 'bad host!'], legacy: true });
    expect(s.language).toBe('en');
    expect(s.showVerified).toBe(true); // broken value → default
    expect(s.autoSites).toEqual(['example.org']);
    expect('legacy' in s).toBe(false);
    expect(DEFAULT_SETTINGS).toMatchObject({ language: 'zh', autoGov: true, defaultUnit: 'asWritten', glossaryUnderline: true });
  });

  it('normalises what users type as a site', () => {
    expect(normalizeSite('https://CZJ.Example.gov.cn:8080/a/b?c#d')).toBe('czj.example.gov.cn');
    expect(normalizeSite('*.example.com')).toBe('example.com');
    expect(normalizeSite('user@host.example')).toBe('host.example');
    expect(normalizeSite('127.0.0.1:5173')).toBe('127.0.0.1');
    for (const bad of ['', '   ', 'a b', '-x.com', 'x..com', '[::1]', 7]) expect(normalizeSite(bad)).toBeNull();
  });

  it('matches sites and subdomains, IP addresses exactly', () => {
    expect(siteMatches('www.czj.gov.cn', 'gov.cn')).toBe(true);
    expect(siteMatches('notgov.cn', 'gov.cn')).toBe(false);
    expect(siteMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(siteMatches('1.127.0.0.1', '127.0.0.1')).toBe(false);
    expect(originPatterns('example.org')).toEqual(['*://example.org/*', '*://*.example.org/*']);
    expect(originPatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });

  it('runs by itself on gov.cn and added sites, never on a site switched off', () => {
    const s = parseSettings({ autoSites: ['example.org'], disabledSites: ['noisy.gov.cn'] });
    expect(autoRunDecision('www.czj.gov.cn', s)).toBe('run');
    expect(autoRunDecision('a.example.org', s)).toBe('run');
    expect(autoRunDecision('x.noisy.gov.cn', s)).toBe('off-for-site');
    expect(autoRunDecision('news.example.com', s)).toBe('not-listed');
    expect(autoRunDecision('www.czj.gov.cn', parseSettings({ autoGov: false }))).toBe('not-listed');
  });
});
