import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../lib/settings/schema';
import { SeverityBadge, type IconKind } from './icons';
import { groupDigits, signed } from './format';
import { t, type I18nKey } from './i18n';

export interface CardDetail {
  /** row label › column header path */
  label: string[];
  written: string;
  role: 'total' | 'part' | 'subset' | 'compare' | 'other';
  /** title of the detail's table when it is not the finding's own table */
  otherTable?: string;
}

export interface FindingCardProps {
  lang: Language;
  kind: IconKind;
  where: string;
  message: string;
  details: CardDetail[];
  expected?: string;
  actual?: string;
  /** the written figure is the 说明's, not a table's (prose findings) */
  actualInText?: boolean;
  difference?: string;
  unit?: string;
  cause?: string;
  x: number;
  y: number;
  /** move keyboard focus into the card (opened from the keyboard) */
  focus: boolean;
  onClose(): void;
  /** flash one detail's cell (index into details), or all cells (-1) */
  onGoTo(detail: number): void;
  onCopy(): Promise<boolean>;
  onHover(inside: boolean): void;
}

const SEV_KEY: Record<IconKind, I18nKey> = {
  error: 'sevError',
  warning: 'sevWarning',
  rounding: 'sevRounding',
  note: 'sevNote',
  notRun: 'sevNotRun',
  verified: 'sevVerified',
};

/** The relation in words and numbers: parts, their sum, the written total, the difference, the unit. */
export function FindingCard(p: FindingCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (p.focus) ref.current?.focus();
  }, [p.focus]);

  const u = p.unit ? ` ${p.unit}` : '';
  const indexed = p.details.map((d, i) => ({ d, i }));
  const allParts = indexed.filter(({ d }) => d.role === 'part');
  // blank parts count as nothing: listed as one line, not one line each
  const parts = allParts.filter(({ d }) => d.written.trim() !== '');
  const blanks = allParts.filter(({ d }) => d.written.trim() === '');
  const total = indexed.find(({ d }) => d.role === 'total');
  const others = indexed.filter(({ d }) => d.role !== 'part' && d !== total?.d);
  // the labels the parts share ("合计 › 本年收入 ›") are said once, above them
  const prefix = commonPrefix(allParts.map(({ d }) => d.label));
  const tail = (d: CardDetail) => {
    const rest = d.label.slice(prefix.length).filter(Boolean);
    return (rest.length ? rest : d.label).join(' › ');
  };
  const full = (d: CardDetail) => {
    const l = d.label.filter(Boolean).join(' › ');
    return d.otherTable ? `${l}（${d.otherTable}）` : l;
  };

  // links (not buttons) so long labels wrap like text
  const go = (i: number, label: string) => (
    <a
      class="ll-link"
      href="#"
      role="button"
      title={t(p.lang, 'goToCell')}
      onClick={(e) => {
        e.preventDefault();
        p.onGoTo(i);
      }}
    >
      {label}
    </a>
  );

  return (
    <div
      ref={ref}
      class={`ll-card k-${p.kind}`}
      role="dialog"
      aria-label={`${t(p.lang, 'cardLabel')}: ${t(p.lang, SEV_KEY[p.kind])}`}
      tabIndex={-1}
      style={{ left: `${p.x}px`, top: `${p.y}px` }}
      onMouseEnter={() => p.onHover(true)}
      onMouseLeave={() => p.onHover(false)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        p.onClose();
      }}
    >
      <div class="ll-card-head">
        <SeverityBadge kind={p.kind} />
        <span>{t(p.lang, SEV_KEY[p.kind])}</span>
        <span class="where" title={p.where}>
          {p.where}
        </span>
        <button type="button" class="ll-iconbtn" aria-label={t(p.lang, 'close')} onClick={p.onClose}>
          ×
        </button>
      </div>
      <p class="ll-card-msg">{p.message}</p>

      {(allParts.length > 0 || p.expected !== undefined) && (
        <table class="ll-arith">
          <tbody>
            {prefix.length > 0 && (
              <tr>
                <td class="lbl cap" colSpan={2}>
                  {prefix.join(' › ')} ›
                </td>
              </tr>
            )}
            {parts.map(({ d, i }, n) => (
              <tr key={`p${i}`}>
                <td class="lbl">
                  <span class="op">{n === 0 ? '' : '+'}</span>
                  {go(i, tail(d) + (d.otherTable ? `（${d.otherTable}）` : ''))}
                </td>
                <td class="num">{d.written /* as the page writes it: evidence, not a reformatting */}</td>
              </tr>
            ))}
            {blanks.length > 0 && (
              <tr>
                <td class="lbl">
                  <span class="op">{parts.length ? '+' : ''}</span>
                  <span title={blanks.map(({ d }) => tail(d)).join('\n')}>{t(p.lang, 'blankParts', { n: blanks.length })}</span>
                </td>
                <td class="num">0</td>
              </tr>
            )}
            {p.expected !== undefined && (
              <tr class={allParts.length ? 'sum' : ''}>
                <td class="lbl">
                  <span class="op">{allParts.length ? '=' : ''}</span>
                  {t(p.lang, allParts.length ? 'sumOfParts' : 'expected')}
                </td>
                <td class="num">
                  {u ? groupDigits(p.expected) : p.expected /* a year or a count is not grouped */}
                  {u}
                </td>
              </tr>
            )}
            {p.actual !== undefined && (
              <tr>
                <td class="lbl">
                  <span class="op" />
                  {t(p.lang, p.actualInText ? 'writtenInText' : 'writtenTotal')}
                  {total && <>（{go(total.i, full(total.d))}）</>}
                </td>
                <td class="num">
                  {u ? groupDigits(p.actual) : p.actual}
                  {u}
                </td>
              </tr>
            )}
            {p.difference !== undefined && (
              <tr class="diff">
                <td class="lbl">
                  <span class="op" />
                  {t(p.lang, 'difference')}
                  {p.kind === 'rounding' ? `（${t(p.lang, 'withinRounding')}）` : ''}
                </td>
                <td class="num">
                  {signed(p.difference)}
                  {u}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}

      {p.cause && (
        <p class="ll-cause">
          <b>{t(p.lang, 'cause')}：</b>
          {p.cause}
        </p>
      )}

      {others.length > 0 && (
        <div class="ll-links" aria-label={t(p.lang, 'cells')}>
          {others.map(({ d, i }) => (
            <span key={`o${i}`}>
              {go(i, full(d))} <span class="num">{d.written || '—'}</span>
            </span>
          ))}
        </div>
      )}

      <div class="ll-actions">
        {p.details.length > 1 && (
          <button type="button" class="ll-btn" onClick={() => p.onGoTo(-1)}>
            {t(p.lang, 'goToCell')}
          </button>
        )}
        <button
          type="button"
          class="ll-btn"
          onClick={async () => {
            setCopied(await p.onCopy());
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? t(p.lang, 'copied') : t(p.lang, 'copy')}
        </button>
      </div>
    </div>
  );
}

function commonPrefix(labels: string[][]): string[] {
  if (labels.length < 2) return [];
  const first = labels[0]!;
  let n = 0;
  while (n < first.length - 1 && labels.every((l) => l.length > n + 1 && l[n] === first[n])) n++;
  return first.slice(0, n);
}
