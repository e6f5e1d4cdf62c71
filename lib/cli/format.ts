import type { Finding, PageAnalysis } from '../report/schema';

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** "p. 3" / "pp. 3–4" for a PDF table; nothing for HTML. */
export function pageLabel(pages: number[] | undefined): string {
  if (!pages?.length) return '';
  const lo = Math.min(...pages);
  const hi = Math.max(...pages);
  return lo === hi ? `p. ${lo}` : `pp. ${lo}–${hi}`;
}

/** "expected 10 · actual 12 · difference 2 万元", with only the figures the finding has. */
export function arithmeticLine(f: Finding): string | null {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`expected ${f.expected}`);
  if (f.actual !== undefined) parts.push(`actual ${f.actual}`);
  if (f.difference !== undefined) parts.push(`difference ${f.difference}`);
  if (!parts.length) return null;
  return parts.join('  ') + (f.unit ? ' ' + f.unit : '');
}

/** The readable report: tables found, then each finding with its arithmetic and likely cause. */
export function formatReport(file: string, a: PageAnalysis, notes: string[] = []): string {
  const lines: string[] = [];
  const s = a.summary;
  const pdf = s.source?.kind === 'pdf';
  lines.push(`${file}${pdf ? `  (PDF${s.source?.pages !== undefined ? ` · ${s.source.pages} pages` : ''})` : ''}`);
  for (const n of notes) lines.push(`  note: ${n}`);
  if (s.tables === 0) {
    // a page read without a budget table was not checked: say so, never "no findings"
    lines.push(`  未发现预算表格，未做任何核对 / no budget tables found: nothing was checked${a.year ? ` · year ${a.year}` : ''}`);
    if (s.skippedTables.length) {
      lines.push('Not budget tables / skipped:');
      for (const k of s.skippedTables) lines.push(`  #${k.index}  ${k.reason}`);
    }
    return lines.join('\n') + '\n';
  }
  lines.push(`  ${s.tables} budget tables · ${s.relationsChecked} relations checked · ${s.errors} errors · ${s.warnings} warnings · ${s.rounding} rounding differences · ${s.notRun} checks not run${a.year ? ` · year ${a.year}` : ''}`);
  lines.push('');
  lines.push('Tables:');
  for (const t of a.report.tables) {
    const where = pageLabel(t.pages);
    lines.push(`  #${t.index}  ${t.title || '（无标题）'}${where ? `  (${where})` : ''}  [${t.kind}]  ${t.unit ?? '单位未知'}  ${t.rows}×${t.cols}`);
  }
  if (s.skippedTables.length) {
    lines.push('Not budget tables / skipped:');
    for (const k of s.skippedTables) lines.push(`  #${k.index}  ${k.reason}`);
  }
  lines.push('');
  lines.push(a.report.findings.length ? 'Findings:' : s.relationsChecked > 0 ? 'Findings: none' : 'Findings: none — but no relation could be checked / 没有可核对的关系');
  for (const f of a.report.findings) {
    const where = f.table === null ? 'prose' : `table #${f.table} cells ${f.cells.map(([r, c]) => `[${r},${c}]`).join(' ')}`;
    lines.push(`  ${ICON[f.severity]} ${f.severity.toUpperCase()} ${f.rule}  (${where})`);
    lines.push(`      ${f.message}`);
    if (f.messageEn) lines.push(`      ${f.messageEn}`);
    if (f.text) lines.push(`      text: ${f.text}`);
    for (const d of f.details ?? []) lines.push(`        ${d.role.padEnd(7)} #${d.table} [${d.cell[0]},${d.cell[1]}]  ${d.written || '（空）'}  ${d.label.join(' › ')}`);
    const arithmetic = arithmeticLine(f);
    if (arithmetic) lines.push(`      ${arithmetic}`);
    const pages = [...new Set((f.boxes ?? []).map((b) => b.page))];
    if (pages.length) lines.push(`      on ${pageLabel(pages)}`);
    for (const r of f.related) lines.push(`      related: table #${r.table} ${r.cells.map(([x, y]) => `[${x},${y}]`).join(' ')}`);
    if (f.cause) lines.push(`      likely cause: ${f.cause.zh} / ${f.cause.en}`);
  }
  return lines.join('\n') + '\n';
}
