import { z } from 'zod';
import { esc } from './escape';

/**
 * The batch summary: one row per document checked, one per document that could not be read, each
 * checked document linked to its own evidence report. Pure: rendered to one self-contained HTML page.
 */
export const BatchRow = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('checked'),
    file: z.string(),
    kind: z.enum(['html', 'pdf']),
    title: z.string(),
    tables: z.number().int().nonnegative(),
    relations: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
    /** what the completeness rule found missing (absent when that rule is not part of the checker) */
    missing: z.array(z.string()).optional(),
    /** the document's own report, relative to the summary page */
    report: z.string(),
    sha256: z.string(),
    ms: z.number().nonnegative(),
  }),
  z.object({ status: z.literal('unread'), file: z.string(), reason: z.string() }),
]);
export type BatchRow = z.infer<typeof BatchRow>;

export const BatchSummary = z.object({
  format: z.literal('ledger-lens-batch/1'),
  checkedAt: z.string(),
  tool: z.object({ name: z.string(), version: z.string() }),
  /** whether the checker has a completeness rule: the missing column is shown only then */
  completeness: z.boolean(),
  rows: z.array(BatchRow),
  /** files in the folders given that are not HTML or PDF (by content), left out */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  workers: z.number().int().min(0),
  ms: z.number().nonnegative(),
});
export type BatchSummary = z.infer<typeof BatchSummary>;

const CSS = `
body{font:14px/1.5 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;color:#1b1f24;margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:24px 0 8px}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #d0d4da;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f4f6}
.n{text-align:right;font-variant-numeric:tabular-nums}
.err{color:#b3261e;font-weight:700}.warn{color:#8a5a00;font-weight:700}
.mono{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12px;word-break:break-all}
tr.bad td{background:#fdecea}
@media print{body{padding:0;max-width:none}a{color:inherit}}
`;

export function renderBatchSummaryHtml(s: BatchSummary): string {
  const checked = s.rows.filter((r): r is Extract<BatchRow, { status: 'checked' }> => r.status === 'checked');
  const unread = s.rows.filter((r): r is Extract<BatchRow, { status: 'unread' }> => r.status === 'unread');
  const sum = (k: 'tables' | 'errors' | 'warnings' | 'infos') => checked.reduce((a, r) => a + r[k], 0);
  const rows = checked
    .map(
      (r) => `<tr${r.errors ? ' class="bad"' : ''} data-file="${esc(r.file)}"><td><a href="${esc(encodeURI(r.report))}">${esc(r.file)}</a><br><span class="mono">${esc(r.title)}</span></td><td>${r.kind.toUpperCase()}</td><td class="n">${r.tables}</td><td class="n">${r.relations}</td><td class="n${r.errors ? ' err' : ''}">${r.errors}</td><td class="n${r.warnings ? ' warn' : ''}">${r.warnings}</td><td class="n">${r.infos}</td>${
        s.completeness ? `<td>${r.missing?.length ? r.missing.map((m) => esc(m)).join('<br>') : '—'}</td>` : ''
      }</tr>`,
    )
    .join('\n');
  const bad = unread.length
    ? `<h2>未能读取的文件 / documents not read（${unread.length}）</h2><table><thead><tr><th>文件 / file</th><th>原因 / reason</th></tr></thead><tbody>${unread
        .map((r) => `<tr data-file="${esc(r.file)}"><td class="mono">${esc(r.file)}</td><td>${esc(r.reason)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const skipped = s.skipped.length
    ? `<h2>跳过的文件（不是 HTML 或 PDF） / skipped, not HTML or PDF（${s.skipped.length}）</h2><ul>${s.skipped.map((x) => `<li><span class="mono">${esc(x.file)}</span>：${esc(x.reason)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>批量核对汇总 / Batch check summary</title>
<style>${CSS}</style>
</head>
<body>
<h1>批量核对汇总 <span>/ Batch check summary</span></h1>
<p>${esc(s.tool.name)} <span class="mono">${esc(s.tool.version)}</span> · 核对时间 / checked at <span class="mono">${esc(s.checkedAt)}</span> · 已核对 ${checked.length} 个文件，未能读取 ${unread.length} 个 / ${checked.length} checked, ${unread.length} not read · 表格 / tables ${sum('tables')} · 错误 / errors <b>${sum('errors')}</b> · 警告 / warnings <b>${sum('warnings')}</b> · ${(s.ms / 1000).toFixed(1)} s, ${s.workers} workers</p>
<table>
<thead><tr><th>文件（链接到单独报告） / file (link to its report)</th><th>类型 / type</th><th>表格 / tables</th><th>已核对关系 / relations</th><th>错误 / errors</th><th>警告 / warnings</th><th>提示 / infos</th>${s.completeness ? '<th>缺少的表格或说明 / missing</th>' : ''}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${bad}
${skipped}
</body>
</html>
`;
}
