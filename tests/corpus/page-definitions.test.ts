/**
 * The documents' own 名词解释, read from real corpus text (PDF and HTML, through the CLI's loader and the
 * same definitionTexts the extension sends to its background): every item of each section, in the forms
 * the documents use, and the page's definition preferred over the glossary's with no "unconfirmed" caveat.
 * The expected terms were read by hand from `pdftotext -layout` of each PDF.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { definitionTexts, loadGlossary, parseDefinitions, resolveExplanation, type Glossary } from '../../lib/glossary';
import { snapshotHtml } from '../lib/helpers';
import { listDocuments, loadDocument } from './documents';

let g: Glossary;
const texts = new Map<string, string[]>();

const DOCS = {
  // 第四部分 名词解释, items 一、…九、; 五、基本支出 goes on in a sentence "其中，人员经费包括…"
  'corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf': ['财政拨款', '一般公共预算', '财政专户管理资金', '其他资金', '基本支出', '项目支出', '单位预留机动经费', '“三公”经费', '机关运行经费'],
  // the section ends at "附件：江苏省政协办公厅 2018 年度部门预算公开表", which is no term
  'corpus/pdf/js-prov-zxbgt-2018-dept-budget-text.pdf': ['财政拨款', '一般公共预算', '财政专户管理资金', '其他资金', '基本支出', '项目支出', '单位预留机动经费', '“三公”经费', '机关运行经费'],
  // items numbered "（一）、"
  'corpus/pdf/sh-putuo-wanli-street-2023-dept-budget.pdf': ['基本支出预算', '项目支出预算', '“三公”经费', '机关运行经费'],
  // a centred "名词解释" heading, items （一）…（八）, ended by the title "2025年单位预算编制说明"
  'corpus/pdf/sh-city-czj-2025-unit-budget.pdf': ['财政拨款收入', '事业收入', '事业单位经营收入', '其他收入', '基本支出预算', '项目支出预算', '“三公”经费', '机关运行经费'],
  // 决算: 一、…十一、
  'corpus/pdf/sh-putuo-ghzy-2024-dept-final.pdf': ['财政拨款收入', '事业收入', '经营收入', '其他收入', '年初结转和结余', '年末结转和结余', '基本支出', '项目支出', '经营支出', '“三公”经费', '机关运行经费'],
  // HTML: numbered items in paragraphs
  'pages/001_98990c82be280a35.merged.html': ['机关运行经费', '“三公”经费'],
} as const;

beforeAll(async () => {
  g = await loadGlossary();
  const docs = listDocuments().filter((d) => d.file in DOCS);
  for (const d of docs) {
    const l = await loadDocument(d);
    if (!l.ok) throw new Error(`${d.file}: ${l.reason}`);
    texts.set(d.file, definitionTexts(l.snapshot.flow, l.snapshot.tables));
  }
});

describe('名词解释 of real documents', () => {
  it.each(Object.entries(DOCS))('%s: every item of its section', (file, terms) => {
    const defs = parseDefinitions(texts.get(file)!, g);
    expect(defs.map((d) => d.term)).toEqual(terms);
    for (const d of defs) expect(d.definition.length, d.term).toBeGreaterThan(8);
  });

  it('a sentence that goes on explaining the item stays with it (基本支出 … 其中，人员经费包括…)', () => {
    const defs = parseDefinitions(texts.get('corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf')!, g);
    expect(defs.find((d) => d.term === '基本支出')?.definition).toBe('包括人员经费、商品和服务支出（定额）。其中，人员经费包括工资福利支出、对个人和家庭的补助。');
  });

  /** the real section of a document with its heading line written in another form */
  const withHeading = (file: string, heading: string) => {
    const t = [...texts.get(file)!];
    const i = t.findLastIndex((x) => /名词解释/.test(x) && x.length < 30);
    t[i] = heading;
    return t;
  };
  it.each(['第三部分：专业名词解释', '第四部分 专业名词解释', '2017年部门预算：名词解释', '有关名词解释', '相关名词解释：', '（四）主要名词解释', '名词术语解释'])(
    'heading "%s" opens the same section',
    (heading) => {
      const file = 'corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf';
      expect(parseDefinitions(withHeading(file, heading), g).map((d) => d.term)).toEqual(DOCS[file]);
    },
  );

  it('a sentence that mentions 名词解释 is no heading', () => {
    const file = 'corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf';
    expect(parseDefinitions(withHeading(file, '具体口径详见本部分名词解释。'), g)).toEqual([]);
  });

  it('名词解释 laid out as a table (term | explanation), with the real items of a document', () => {
    const defs = parseDefinitions(texts.get('corpus/pdf/sh-city-czj-2025-unit-budget.pdf')!, g);
    const rows = defs.map((d, i) => `<tr><td>${i + 1}</td><td>${d.term}</td><td>${d.definition}</td></tr>`).join('');
    const html = `<html><body><h2>第三部分：专业名词解释</h2><table><tr><td>序号</td><td>名词</td><td>解释</td></tr>${rows}</table>
      <p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>17,192.00</td></tr></table></body></html>`;
    const snap = snapshotHtml(html);
    const fromTable = parseDefinitions(definitionTexts(snap.flow, snap.tables), g);
    expect(fromTable.map((d) => [d.term, d.definition])).toEqual(defs.map((d) => [d.term, d.definition]));
    expect(fromTable.find((d) => d.term === '机关运行经费')?.entryId).toBe('jiguan-yunxing-jingfei');
  });

  it('the page’s definition is preferred, and the "unconfirmed" caveat is not shown under a term the page defines', () => {
    const defs = parseDefinitions(texts.get('corpus/pdf/js-prov-procuratorate-2017-dept-budget.pdf')!, g);
    // 财政专户管理资金 carries a caveat in the glossary (its meaning is not confirmed nationally)
    expect(g.byId.get('caizheng-zhuanhu-guanli-zijin')?.caveat).toBeDefined();
    const onPage = resolveExplanation('caizheng-zhuanhu-guanli-zijin', g, defs);
    expect(onPage?.primary).toBe('page');
    expect(onPage?.page[0]?.definition).toContain('专户管理行政事业性收费');
    expect(onPage?.caveat).toBeUndefined();
    // a page that does not define it: the caveat stays
    expect(resolveExplanation('caizheng-zhuanhu-guanli-zijin', g, [])?.caveat).toBeDefined();
  });
});
