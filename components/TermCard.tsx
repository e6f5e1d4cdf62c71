import type { Language } from '../lib/settings/schema';
import { yearsLabel } from '../lib/codes/years';
import { t, type I18nKey } from './i18n';

type Bi = { zh: string; en: string };

export interface TermView {
  term: string;
  en: string;
  short: Bi;
  detail: Bi;
  caveat?: Bi;
  confidence: 'A' | 'B' | 'C';
  competing?: { label: Bi; text: Bi; confidence: 'A' | 'B' | 'C' }[];
  /** the page's own definitions (名词解释) */
  page: { term: string; definition: string }[];
  check: Bi[];
  citations: { title: string; section?: string; location: string; confidence: 'A' | 'B' | 'C' }[];
  related: { term: string; en: string }[];
  /** only the page's own 名词解释 explains this term: no explanation of ours, no sources of ours */
  pageOnly?: true;
}

export interface CodeView {
  code: string;
  domain: 'function' | 'economic-dept' | 'economic-gov';
  path: {
    code: string;
    level: string;
    name: string | null;
    confirmed: boolean;
    source: 'page' | 'reference' | 'none';
    /** how the page's name compares with the classification of the document's year */
    verdict?: 'same' | 'edition' | 'differs' | 'unconfirmed' | 'page-only';
    /** the classification's name and the years of the cited documents that print it */
    reference?: { name: string; confirmed: boolean; years: number[]; forYear: boolean };
  }[];
  govMapping?: { code: string; name: string | null; confirmed: boolean };
  notes: Bi[];
}

const CONF: Record<'A' | 'B' | 'C', I18nKey> = { A: 'confA', B: 'confB', C: 'confC' };
const DOMAIN: Record<CodeView['domain'], I18nKey> = { function: 'codeFunction', 'economic-dept': 'codeEconDept', 'economic-gov': 'codeEconGov' };

interface Frame {
  lang: Language;
  x: number;
  y: number;
  above: boolean;
  onClose(): void;
  onHover(inside: boolean): void;
}

function Shell(p: Frame & { label: string; children: preact.ComponentChildren }) {
  return (
    <div
      class="ll-card ll-term k-term"
      role="dialog"
      aria-label={p.label}
      style={{ left: `${p.x}px`, top: `${p.y}px`, transform: p.above ? 'translateY(-100%)' : undefined }}
      onMouseEnter={() => p.onHover(true)}
      onMouseLeave={() => p.onHover(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        }
      }}
    >
      {p.children}
    </div>
  );
}

/** What a budget word means: the page's own definition first, then ours with its sources. */
export function TermCard(p: Frame & { view: TermView }) {
  const { lang, view: v } = p;
  const L = (b: Bi) => (lang === 'en' ? b.en : b.zh);
  return (
    <Shell {...p} label={`${t(lang, 'termLabel')}: ${v.term}`}>
      <div class="ll-card-head">
        <span class="ll-term-title">{v.term}</span>
        <span class="where">{v.en}</span>
        <button type="button" class="ll-iconbtn" aria-label={t(lang, 'close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      {v.page.map((d, i) => (
        <p key={i} class="ll-term-page">
          <b>{t(lang, 'termPage')}：</b>
          {d.definition}
        </p>
      ))}
      {v.pageOnly ? (
        <p class="ll-term-src">{t(lang, 'termPageOnly')}</p>
      ) : (
        <>
          <p class="ll-card-msg">{L(v.short)}</p>
          <details class="ll-term-more">
            <summary>{t(lang, 'termDetail')}</summary>
            <p>{L(v.detail)}</p>
            {v.competing?.map((c, i) => (
              <p key={i}>
                <b>{L(c.label)}：</b>
                {L(c.text)} <span class="ll-conf">{t(lang, CONF[c.confidence])}</span>
              </p>
            ))}
            {v.check.length > 0 && (
              <>
                <p class="ll-term-sub">{t(lang, 'termCheck')}</p>
                <ul>
                  {v.check.map((c, i) => (
                    <li key={i}>{L(c)}</li>
                  ))}
                </ul>
              </>
            )}
            {v.related.length > 0 && (
              <p class="ll-term-sub">
                {t(lang, 'termRelated')}：{v.related.map((r) => (lang === 'en' ? r.en : r.term)).join('、')}
              </p>
            )}
          </details>
          {v.caveat && v.page.length === 0 && <p class="ll-cause">{L(v.caveat)}</p>}
          <p class="ll-term-src">
            {t(lang, 'termSources')}：{v.citations.length === 0 && v.page.length === 0 && t(lang, 'confC')}
            {v.citations.map((c, i) => (
              <span key={i} title={c.location}>
                {i > 0 ? '；' : ''}
                {c.title}
                {c.section ? ` ${c.section}` : ''} <span class="ll-conf">{t(lang, CONF[c.confidence])}</span>
              </span>
            ))}
          </p>
        </>
      )}
    </Shell>
  );
}

/** A classification code read as its 类 › 款 › 项 path, names from the page first. */
export function CodeCard(p: Frame & { view: CodeView }) {
  const { lang, view: v } = p;
  const L = (b: Bi) => (lang === 'en' ? b.en : b.zh);
  return (
    <Shell {...p} label={`${t(lang, 'codeLabel')}: ${v.code}`}>
      <div class="ll-card-head">
        <span class="ll-term-title">{v.code}</span>
        <span class="where">{t(lang, DOMAIN[v.domain])}</span>
        <button type="button" class="ll-iconbtn" aria-label={t(lang, 'close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      <ol class="ll-code-path">
        {v.path.map((s) => (
          <li key={s.code}>
            <span class="lvl">{s.level}</span>
            <code>{s.code}</code> {s.name ?? <i>{t(lang, 'codeUnknown')}</i>}
            {s.source === 'page' && <span class="ll-conf">{t(lang, 'codeFromPage')}</span>}
            {s.verdict === 'same' && <span class="ll-conf">{t(lang, 'codeSame')}</span>}
            {s.verdict === 'edition' && <span class="ll-conf">{t(lang, 'codeEdition')}</span>}
            {s.verdict === 'differs' && <span class="ll-conf warn">{t(lang, 'codeDiffers')}</span>}
            {/* a name confirmed by cited documents says which years' documents print it */}
            {s.reference?.confirmed && s.reference.years.length > 0 && (s.source === 'reference' || s.verdict === 'same') && (
              <span class="ll-conf">{t(lang, 'codeCited', { years: lang === 'en' ? s.reference.years.join(', ') : yearsLabel(s.reference.years) })}</span>
            )}
            {!s.confirmed && s.name && <span class="ll-conf warn">{t(lang, 'confC')}</span>}
          </li>
        ))}
      </ol>
      {v.govMapping && (
        <p class="ll-term-sub">
          {t(lang, 'codeGov')}：<code>{v.govMapping.code}</code> {v.govMapping.name ?? ''}
          {!v.govMapping.confirmed && <span class="ll-conf warn">{t(lang, 'confC')}</span>}
        </p>
      )}
      {v.notes.map((n, i) => (
        <p key={i} class="ll-term-note">
          {L(n)}
        </p>
      ))}
    </Shell>
  );
}

/** Dotted underlines under glossary terms in the page's text (never catch the pointer). */
export function TermUnderlines({ lines }: { lines: { key: string; x: number; y: number; w: number }[] }) {
  return (
    <>
      {lines.map((l) => (
        <div key={l.key} class="ll-underline" style={{ left: `${l.x}px`, top: `${l.y}px`, width: `${l.w}px` }} />
      ))}
    </>
  );
}

export interface TermMark {
  /** unique among the marks (`t3`, `c12`); the target's data-mark */
  key: string;
  /** an underlined glossary term or a classification code cell in a table */
  kind: 'term' | 'code';
  /** index into the feature's marks of that kind */
  i: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** the term as printed, or the code */
  text: string;
}

/**
 * One focusable box per underlined term and per code cell, in document order: focus (or
 * Enter/Space) shows its card, Escape closes it. Transparent and pointer-transparent, so mouse
 * selection of the page's text works.
 */
export function TermMarks(p: { lang: Language; marks: TermMark[]; onOpen(m: TermMark): void; onFocus(m: TermMark): void; onClose(m: TermMark): void; onBlur(m: TermMark, to: EventTarget | null): void }) {
  return (
    <>
      {p.marks.map((m) => (
        <span
          key={m.key}
          class={m.kind === 'term' ? 'll-termmark' : 'll-codemark'}
          data-mark={m.key}
          tabIndex={0}
          role="button"
          aria-label={m.kind === 'term' ? t(p.lang, 'termMark', { term: m.text }) : t(p.lang, 'codeMark', { code: m.text })}
          style={{ left: `${m.x}px`, top: `${m.y}px`, width: `${m.w}px`, height: `${m.h}px` }}
          onFocus={() => p.onFocus(m)}
          onBlur={(e) => p.onBlur(m, e.relatedTarget)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              p.onOpen(m);
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              p.onClose(m);
            }
          }}
        />
      ))}
    </>
  );
}
