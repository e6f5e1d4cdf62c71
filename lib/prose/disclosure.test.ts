import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../analyze';
import { buildDocumentModel } from '../document';
import { snapshotPageSync } from '../snapshot/read';
import { readsAsDisclosure } from './disclosure';

const snap = (html: string) => snapshotPageSync(parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`).document as unknown as Document).snapshot;

const SHUOMING = `<h1>某某局2026年部门预算说明</h1><p>一、收支预算总体情况</p>
<p>本年收入合计1,000.00万元,其中:财政拨款收入800.00万元,占80.00%;事业收入150.00万元,占15.00%;其他收入50.00万元,占5.00%。</p>
<p>本年支出合计1,000.00万元，其中：基本支出700.00万元，占70.00%；项目支出300.00万元，占30.00%。</p>`;

// a news item with percentages and money (a wrong share included): not a budget disclosure
const NEWS = `<h1>我县经济运行情况</h1>
<p>全县地区生产总值120.50亿元，其中：第一产业增加值20.00亿元，占26.00%；第二产业增加值50.00亿元，占41.49%；第三产业增加值50.50亿元，占41.91%。</p>
<p>社会消费品零售总额45.30亿元，增长6.1%。</p>`;

describe('prose rules on a page without budget tables', () => {
  it('a 说明 page is checked: its shares recompute (relations verified, none wrong)', () => {
    const a = analyzeSnapshot(snap(SHUOMING));
    expect(a.summary.tables).toBe(0);
    expect(a.summary.relationsChecked).toBeGreaterThanOrEqual(7);
    expect(a.report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a wrong share in a 说明 page is found', () => {
    const a = analyzeSnapshot(snap(SHUOMING.replace('占70.00%', '占75.00%')));
    // and the completeness rule says it could not check the tables of a page that holds none (an info)
    expect(a.report.findings.map((f) => [f.rule, f.severity, f.difference])).toEqual([['prose-arithmetic', 'error', '5.0000'], ['completeness', 'info', undefined]]);
  });

  it('a page that is not a disclosure gets nothing checked, even with a wrong share in it', () => {
    const a = analyzeSnapshot(snap(NEWS));
    expect(a.summary.relationsChecked).toBe(0);
    expect(a.report.findings).toEqual([]);
  });

  it('the negative pages do not read as disclosures; the corpus 说明 page does', () => {
    const dir = 'tests/fixtures/negative';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      expect(readsAsDisclosure(buildDocumentModel(snap(readFileSync(`${dir}/${f}`, 'utf8')))).disclosure, f).toBe(false);
    }
    const mof = buildDocumentModel(snap(readFileSync('tests/fixtures/corpus/html/mof-yss-2018-local-general-debt-final-explanation.html', 'utf8')));
    expect(readsAsDisclosure(mof).disclosure).toBe(true);
    expect(readsAsDisclosure(buildDocumentModel(snap(NEWS))).disclosure).toBe(false);
  });
});
