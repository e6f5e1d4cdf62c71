import { useRef } from 'preact/hooks';
import type { AnalysisSummary } from '../lib/report/schema';
import type { Language } from '../lib/settings/schema';
import { summaryLine } from './i18n';

export type ViewerError = 'not-pdf' | 'encrypted' | 'corrupt' | 'no-text' | 'read' | 'download' | 'permission' | 'too-large';

export interface ViewerStatus {
  phase: 'empty' | 'downloading' | 'opening' | 'reading' | 'done' | 'error';
  name?: string;
  /** 0…1 of the current phase (0 with `bytes`: size unknown) */
  progress?: number;
  bytes?: number;
  pages?: number;
  error?: ViewerError;
  detail?: string;
  summary?: AnalysisSummary;
  /** what the reader could not read (page by page) */
  notes?: string[];
  drawFailures?: number[];
}

export interface ViewerBarProps {
  lang: Language;
  status: ViewerStatus;
  page: number;
  pages: number;
  zoom: number;
  onPage(n: number): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFitWidth(): void;
  onFile(f: File): void;
  /** present while a site's permission is needed: asks for it (a click is required) */
  onGrant?: () => void;
}

const ERRORS: Record<ViewerError, { zh: string; en: string }> = {
  'not-pdf': { zh: '这不是 PDF 文件，无法打开。', en: 'This is not a PDF file.' },
  encrypted: { zh: 'PDF 已加密（需要密码），无法读取，未作任何核对。', en: 'The PDF is encrypted (password protected): it was not read and nothing was checked.' },
  corrupt: { zh: 'PDF 文件已损坏或不完整，无法读取，未作任何核对。', en: 'The PDF is damaged or incomplete: it was not read and nothing was checked.' },
  'no-text': { zh: '这是扫描件（页面没有文字层），无法读取表格，未作任何核对。', en: 'This is a scan (no text layer): no table could be read and nothing was checked.' },
  read: { zh: '读取 PDF 的表格时出错，未作核对。', en: 'Reading the PDF’s tables failed: nothing was checked.' },
  download: { zh: '下载 PDF 失败。', en: 'The PDF could not be downloaded.' },
  permission: { zh: '需要您允许本扩展读取该网站上的这个文件。', en: 'Ledger Lens needs your permission to read this file from that site.' },
  'too-large': { zh: '文件过大，查看器不打开。', en: 'The file is too large for the viewer.' },
};

const pct = (p: number | undefined) => Math.round((p ?? 0) * 100);

/** The viewer's toolbar: file, progress, page navigation, zoom, and what was read or could not be. */
export function ViewerBar(p: ViewerBarProps) {
  const { lang, status: s } = p;
  const zh = lang === 'zh';
  const file = useRef<HTMLInputElement>(null);
  const busy = s.phase === 'downloading' || s.phase === 'opening' || s.phase === 'reading';
  const phaseText =
    s.phase === 'downloading'
      ? zh ? '正在下载…' : 'Downloading…'
      : s.phase === 'opening'
        ? zh ? '正在打开…' : 'Opening…'
        : s.phase === 'reading'
          ? zh ? '正在读取表格并核对…' : 'Reading tables and checking…'
          : '';
  const err = s.error ? ERRORS[s.error] : null;
  return (
    <header class="vb" lang={zh ? 'zh-CN' : 'en'}>
      <div class="vb-row">
        <strong class="vb-brand">账本核对</strong>
        <span class="vb-name" title={s.name}>{s.name ?? (zh ? '未打开文件' : 'No file open')}</span>
        <span class="vb-spacer" />
        <nav class="vb-nav" aria-label={zh ? '翻页' : 'Pages'}>
          <button type="button" onClick={() => p.onPage(p.page - 1)} disabled={p.page <= 1} aria-label={zh ? '上一页' : 'Previous page'}>‹</button>
          <label>
            <span class="vb-sr">{zh ? '页码' : 'Page'}</span>
            <input
              type="number"
              min={1}
              max={Math.max(1, p.pages)}
              value={p.page}
              onChange={(e) => p.onPage(Number((e.target as HTMLInputElement).value) || 1)}
              disabled={!p.pages}
            />
          </label>
          <span class="vb-count">/ {p.pages || '–'}</span>
          <button type="button" onClick={() => p.onPage(p.page + 1)} disabled={p.page >= p.pages} aria-label={zh ? '下一页' : 'Next page'}>›</button>
        </nav>
        <div class="vb-zoom" role="group" aria-label={zh ? '缩放' : 'Zoom'}>
          <button type="button" onClick={p.onZoomOut} aria-label={zh ? '缩小' : 'Zoom out'}>−</button>
          <output aria-live="polite">{Math.round(p.zoom * 100)}%</output>
          <button type="button" onClick={p.onZoomIn} aria-label={zh ? '放大' : 'Zoom in'}>+</button>
          <button type="button" onClick={p.onFitWidth}>{zh ? '适合宽度' : 'Fit width'}</button>
        </div>
        <button type="button" class="primary" onClick={() => file.current?.click()}>
          {zh ? '打开本地 PDF' : 'Open a local PDF'}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/pdf,.pdf"
          class="vb-file"
          aria-label={zh ? '选择 PDF 文件' : 'Choose a PDF file'}
          onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) p.onFile(f);
          }}
        />
      </div>
      {busy && (
        <div class="vb-progress" role="progressbar" aria-label={phaseText} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct(s.progress)}>
          <div class="vb-bar" style={{ width: `${Math.max(3, pct(s.progress))}%` }} data-indeterminate={!s.progress ? 'true' : undefined} />
          <span class="vb-phase">{phaseText}{s.progress ? ` ${pct(s.progress)}%` : s.bytes ? ` ${(s.bytes / 1048576).toFixed(1)} MB` : ''}</span>
        </div>
      )}
      {err && (
        <div class="vb-alert" role="alert" data-kind={s.error}>
          <span>{zh ? err.zh : err.en}</span>
          {s.detail && <span class="vb-detail">{s.detail}</span>}
          {p.onGrant && (
            <button type="button" class="primary" onClick={p.onGrant}>
              {zh ? `允许读取 ${s.detail ?? ''}` : `Allow reading from ${s.detail ?? ''}`}
            </button>
          )}
        </div>
      )}
      {s.phase === 'done' && s.summary && (
        <div class="vb-status" role="status">
          {s.summary.tables === 0
            ? zh
              ? '未在此 PDF 中找到预算表格：没有可核对的表格（这不表示没有问题）。'
              : 'No budget table was found in this PDF: nothing to check (this does not mean there are no problems).'
            : summaryLine(lang, s.summary)}
        </div>
      )}
      {((s.notes?.length ?? 0) > 0 || (s.drawFailures?.length ?? 0) > 0) && (
        <details class="vb-notes">
          <summary>{zh ? `有 ${(s.notes?.length ?? 0) + (s.drawFailures?.length ?? 0)} 处未能读取` : `${(s.notes?.length ?? 0) + (s.drawFailures?.length ?? 0)} parts could not be read`}</summary>
          <ul>
            {s.notes?.map((n) => <li>{n}</li>)}
            {s.drawFailures?.map((n) => <li>{zh ? `第 ${n} 页无法显示` : `page ${n} could not be drawn`}</li>)}
          </ul>
        </details>
      )}
      {s.phase === 'empty' && (
        <div class="vb-empty">
          <p>{zh ? '把 PDF 文件拖到这里，或点击“打开本地 PDF”。文件只在本机读取，不会上传。' : 'Drop a PDF here or click “Open a local PDF”. The file is read on this computer only; nothing is uploaded.'}</p>
        </div>
      )}
    </header>
  );
}
