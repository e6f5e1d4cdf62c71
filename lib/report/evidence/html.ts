import { esc } from './escape';
import { bi, cellName, ROLE_LABEL, SEVERITY_LABEL } from './labels';
import type { Crop, EvidenceFinding, EvidenceReport, Excerpt } from './schema';

/**
 * The report as one self-contained HTML file: inline CSS, no script, no external resource (a
 * Content-Security-Policy forbids any load but inline styles and data: images), prints with one page
 * per group of findings. Every string from the page is escaped.
 */
const CSS = `
:root{--err:#b3261e;--warn:#8a5a00;--info:#3b5b8c;--line:#d0d4da;--mark:#fff2a8}
*{box-sizing:border-box}
body{font:14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;color:#1b1f24;margin:0 auto;max-width:1100px;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #1b1f24;padding-bottom:4px}
h3{font-size:15px;margin:0}
.sub{color:#555;margin:0 0 16px}
table{border-collapse:collapse}
.meta th{text-align:left;vertical-align:top;padding:3px 12px 3px 0;white-space:nowrap;color:#444;font-weight:600}
.meta td{padding:3px 0;word-break:break-all}
.mono{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:12.5px}
.counts span{display:inline-block;margin-right:14px}
.finding{border:1px solid var(--line);border-left:6px solid var(--info);border-radius:4px;padding:10px 14px;margin:12px 0;break-inside:avoid}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}
.sev{font-weight:700;text-transform:none}.sev-error .sev{color:var(--err)}.sev-warning .sev{color:var(--warn)}.sev-info .sev{color:var(--info)}
.en{color:#444}
.grid td,.grid th{border:1px solid var(--line);padding:2px 6px;text-align:left;vertical-align:top}
.grid th{background:#f3f4f6;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.excerpt{margin:8px 0;overflow-x:auto}
.excerpt td{border:1px solid var(--line);padding:2px 6px;font-size:12.5px}
.excerpt td.m{background:var(--mark);outline:2px solid #c99a00;outline-offset:-2px;font-weight:700}
.excerpt .rn{color:#777;background:#f7f7f7;font-size:11px}
.excerpt caption{text-align:left;font-size:12.5px;color:#333;padding:2px 0}
.crop img{max-width:100%;border:1px solid var(--line)}
.crop figcaption{font-size:12px;color:#555}
.quote{border-left:3px solid var(--line);padding-left:10px;margin:6px 0;color:#333}
.group{margin-top:8px}
footer{margin-top:32px;font-size:12px;color:#555;border-top:1px solid var(--line);padding-top:8px}
@media print{
  body{padding:0;max-width:none;font-size:11.5pt}
  .group{break-before:page}
  .finding{break-inside:avoid}
  .excerpt{overflow:visible}
  a{color:inherit;text-decoration:none}
}
@page{margin:16mm 14mm}
`;

function arithmetic(f: EvidenceFinding): string {
  const rows: string[] = [];
  const u = f.unit ? ` ${esc(f.unit)}` : '';
  if (f.expected !== undefined) rows.push(`<tr><th>预期 / expected</th><td class="num" data-k="expected">${esc(f.expected)}${u}</td></tr>`);
  if (f.actual !== undefined) rows.push(`<tr><th>实际 / actual</th><td class="num" data-k="actual">${esc(f.actual)}${u}</td></tr>`);
  if (f.difference !== undefined) rows.push(`<tr><th>差额 / difference</th><td class="num" data-k="difference">${esc(f.difference)}${u}</td></tr>`);
  return rows.length ? `<table class="grid arith">${rows.join('')}</table>` : '';
}

function cells(f: EvidenceFinding, titles: Map<number, string>): string {
  const d = f.details ?? [];
  if (!d.length) {
    const refs = [...(f.table !== null && f.cells.length ? [`#${f.table} ${f.cells.map(cellName).join(' ')}`] : []), ...f.related.map((r) => `#${r.table} ${r.cells.map(cellName).join(' ')}`)];
    return refs.length ? `<p>单元格 / cells: <span class="mono">${esc(refs.join('; '))}</span></p>` : '';
  }
  const boxes = new Map((f.boxes ?? []).map((b) => [`${b.table}:${b.cell[0]},${b.cell[1]}`, b]));
  const body = d
    .map((x) => {
      const b = boxes.get(`${x.table}:${x.cell[0]},${x.cell[1]}`);
      const where = b ? `p. ${b.page} (${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.w.toFixed(1)}×${b.h.toFixed(1)})` : '';
      return `<tr data-cell="${x.table}:${x.cell[0]},${x.cell[1]}"><td>${esc(bi(ROLE_LABEL[x.role] ?? [x.role, x.role]))}</td><td>#${x.table} ${esc(titles.get(x.table) ?? '')}</td><td class="mono">${cellName(x.cell)}</td><td>${esc(x.label.join(' › '))}</td><td class="num" data-k="written">${esc(x.written || '（空）')}</td>${where ? `<td class="mono">${esc(where)}</td>` : ''}</tr>`;
    })
    .join('');
  const pdf = (f.boxes ?? []).length > 0;
  return `<table class="grid cells"><thead><tr><th>角色 / role</th><th>表格 / table</th><th>单元格 / cell</th><th>行 › 列 / row › column</th><th>原文数字 / as written</th>${pdf ? '<th>页码与坐标 / page, box (pt)</th>' : ''}</tr></thead><tbody>${body}</tbody></table>`;
}

function excerpt(e: Excerpt): string {
  const rows = e.rows
    .map(
      (r) =>
        `<tr><td class="rn">${r.row}</td>${r.cells
          .map((c) => `<td${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.mark ? ` class="m" title="${esc(bi(ROLE_LABEL[c.mark] ?? [c.mark, c.mark]))}"` : ''}>${esc(c.text)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const head = `<tr><td class="rn">行\\列</td>${Array.from({ length: e.cols }, (_, c) => `<td class="rn">${c}</td>`).join('')}</tr>`;
  const more = e.omittedRows ? `<p class="en">另有 ${e.omittedRows} 行未列出 / ${e.omittedRows} more rows not shown</p>` : '';
  return `<div class="excerpt"><table><caption>表格摘录 / table excerpt: #${e.table} ${esc(e.title || '（无标题）')}${e.unit ? `（${esc(e.unit)}）` : ''}</caption>${head}${rows}</table>${more}</div>`;
}

function crop(c: Crop): string {
  const box = `第 ${c.page} 页 / page ${c.page} · x ${c.x} y ${c.y} w ${c.w} h ${c.h} (pt)`;
  if (c.image) return `<figure class="crop"><img alt="${esc(box)}" src="${esc(c.image)}"><figcaption>${esc(box)}</figcaption></figure>`;
  return `<p class="crop mono">${esc(box)}</p>`;
}

function finding(f: EvidenceFinding, titles: Map<number, string>): string {
  const sev = SEVERITY_LABEL[f.severity];
  return `<article class="finding sev-${f.severity}" id="f${f.no}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">
<h3>${f.no}. <span class="sev">${esc(bi(sev))}</span> · <span class="mono">${esc(f.rule)}</span>${f.pages.length ? ` · 第 ${f.pages.join('、')} 页 / p. ${f.pages.join(', ')}` : ''}</h3>
<p class="msg">${esc(f.message)}</p>${f.messageEn ? `<p class="en">${esc(f.messageEn)}</p>` : ''}
${f.text ? `<blockquote class="quote">${esc(f.text)}</blockquote>` : ''}
${arithmetic(f)}
${cells(f, titles)}
${f.cause ? `<p class="cause"><b>可能原因 / likely cause:</b> ${esc(f.cause.zh)} <span class="en">/ ${esc(f.cause.en)}</span></p>` : ''}
${f.excerpts.map(excerpt).join('')}
${f.crops.map(crop).join('')}
</article>`;
}

export function renderEvidenceHtml(r: EvidenceReport): string {
  const titles = new Map(r.tables.map((t) => [t.index, t.title]));
  const s = r.summary;
  const digests = r.digests
    .map((d) => `<tr><th>SHA-256（${d.of === 'file' ? '文件' : '快照'} / ${d.of}）</th><td><span class="mono" data-digest="${d.of}">${d.hex}</span><br><span class="en">${esc(d.zh)} / ${esc(d.en)}</span></td></tr>`)
    .join('');
  // findings grouped as the panel groups them: by table in page order, prose last
  const groups = new Map<number | null, EvidenceFinding[]>();
  for (const f of r.findings) groups.set(f.table, [...(groups.get(f.table) ?? []), f]);
  const order = [...groups.keys()].sort((a, b) => (a ?? 1e9) - (b ?? 1e9));
  const sections = order
    .map((k) => {
      const list = groups.get(k)!;
      const t = k === null ? null : r.tables.find((x) => x.index === k);
      const head = k === null ? '正文（说明） / prose' : `#${k} ${esc(t?.title || '（无标题）')}${t?.unit ? `（${esc(t.unit)}）` : ''}${t?.pages?.length ? ` · 第 ${t.pages.join('、')} 页` : ''}`;
      return `<section class="group"><h2>${head}</h2>${list.map((f) => finding(f, titles)).join('\n')}</section>`;
    })
    .join('\n');
  const tables = r.tables.length
    ? `<table class="grid"><thead><tr><th>#</th><th>标题 / title</th><th>类型 / kind</th><th>单位 / unit</th><th>行×列 / size</th>${r.document.kind === 'pdf' ? '<th>页 / pages</th>' : ''}</tr></thead><tbody>${r.tables
        .map((t) => `<tr><td>${t.index}</td><td>${esc(t.title || '（无标题）')}</td><td>${esc(t.kind)}</td><td>${esc(t.unit ?? '—')}</td><td>${t.rows}×${t.cols}</td>${r.document.kind === 'pdf' ? `<td>${esc((t.pages ?? []).join(', '))}</td>` : ''}</tr>`)
        .join('')}</tbody></table>`
    : '<p>未发现预算表格，未做任何表格核对 / no budget tables found: no table was checked</p>';
  const none = r.findings.length === 0 ? `<p>${s.relationsChecked > 0 ? '未发现问题 / no findings' : '没有可核对的关系 / nothing could be checked'}</p>` : '';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(r.tool.name)} ${esc(r.tool.version)}">
<title>核对报告 / Evidence report — ${esc(r.document.title || r.document.address)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>核对证据报告 <span class="en">/ Evidence report</span></h1>
<p class="sub">${esc(r.document.title || '（无标题）')}</p>
<table class="meta">
<tr><th>文档标题 / title</th><td data-k="title">${esc(r.document.title || '（无标题）')}</td></tr>
<tr><th>地址 / address</th><td class="mono" data-k="address">${esc(r.document.address)}</td></tr>
<tr><th>类型 / kind</th><td>${r.document.kind === 'pdf' ? `PDF${r.document.pages !== undefined ? `，${r.document.pages} 页 / ${r.document.pages} pages` : ''}` : 'HTML'}</td></tr>
<tr><th>核对时间 / checked at</th><td class="mono" data-k="checkedAt">${esc(r.checkedAt)}</td></tr>
${digests}
<tr><th>工具版本 / tool</th><td>${esc(r.tool.name)} <span class="mono" data-k="version">${esc(r.tool.version)}</span>（${r.tool.via === 'cli' ? '命令行 / CLI' : '浏览器扩展 / extension'}）</td></tr>
${r.year !== null ? `<tr><th>年度 / year</th><td>${r.year}</td></tr>` : ''}
</table>
<p class="counts"><span>表格 / tables: <b>${s.tables}</b></span><span>已核对关系 / relations checked: <b>${s.relationsChecked}</b></span><span>错误 / errors: <b data-k="errors">${s.errors}</b></span><span>警告 / warnings: <b data-k="warnings">${s.warnings}</b></span><span>尾数差异 / rounding: <b>${s.rounding}</b></span><span>未能核对 / not run: <b>${s.notRun}</b></span></p>
${r.notes.map((n) => `<p class="en">注 / note: ${esc(n)}</p>`).join('')}
${r.cropNote ? `<p class="en">${esc(r.cropNote.zh)} / ${esc(r.cropNote.en)}</p>` : ''}
<h2>表格 / tables</h2>
${tables}
</header>
<main>
${none}
${sections}
</main>
<footer>单元格写作 [行,列]：行号为表格中的行序（从 0 起），列号为展开合并单元格后的列序（从 0 起）；数字均按原文照录，未作舍入。/ Cells are [row, column]: the row's position in the table (from 0) and the column after expanding merged cells (from 0); every figure is as written, never rounded.</footer>
</body>
</html>
`;
}
