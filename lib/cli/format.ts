import type { PageAnalysis } from '../report/schema';

const ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/** The readable report: tables found, then each finding with its arithmetic and likely cause. */
export function formatReport(file: string, a: PageAnalysis): string {
  const lines: string[] = [];
  const s = a.summary;
  lines.push(`${file}`);
  lines.push(`  ${s.tables} budget tables · ${s.relationsChecked} relations checked · ${s.errors} errors · ${s.warnings} warnings · ${s.rounding} rounding differences · ${s.notRun} checks not run${a.year ? ` · year ${a.year}` : ''}`);
  lines.push('');
  lines.push('Tables:');
  for (const t of a.report.tables) {
    lines.push(`  #${t.index}  ${t.title || '（无标题）'}  [${t.kind}]  ${t.unit ?? '单位未知'}  ${t.rows}×${t.cols}`);
  }
  if (s.skippedTables.length) {
    lines.push('Not budget tables / skipped:');
    for (const k of s.skippedTables) lines.push(`  #${k.index}  ${k.reason}`);
  }
  lines.push('');
  lines.push(a.report.findings.length ? 'Findings:' : 'Findings: none');
  for (const f of a.report.findings) {
    const where = f.table === null ? 'prose' : `table #${f.table} cells ${f.cells.map(([r, c]) => `[${r},${c}]`).join(' ')}`;
    lines.push(`  ${ICON[f.severity]} ${f.severity.toUpperCase()} ${f.rule}  (${where})`);
    lines.push(`      ${f.message}`);
    if (f.messageEn) lines.push(`      ${f.messageEn}`);
    if (f.text) lines.push(`      text: ${f.text}`);
    for (const d of f.details ?? []) lines.push(`        ${d.role.padEnd(7)} #${d.table} [${d.cell[0]},${d.cell[1]}]  ${d.written || '（空）'}  ${d.label.join(' › ')}`);
    if (f.expected !== undefined) lines.push(`      expected ${f.expected}  actual ${f.actual}  difference ${f.difference}${f.unit ? ' ' + f.unit : ''}`);
    for (const r of f.related) lines.push(`      related: table #${r.table} ${r.cells.map(([x, y]) => `[${x},${y}]`).join(' ')}`);
    if (f.cause) lines.push(`      likely cause: ${f.cause.zh} / ${f.cause.en}`);
  }
  return lines.join('\n') + '\n';
}
