import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot } from '../analyze';
import { hasOverlayContent } from '../report/overlay';
import { pdfLinks, snapshotPageSync } from './read';

const page = (body: string, title = '') => parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('PDF attachments of a page', () => {
  it('finds links to PDF files by address or by link text, resolved, once each; nothing else', () => {
    const doc = page(`
      <a href="/files/2025预算公开.pdf">部门预算</a>
      <a href="download.jsp?id=7">2025年部门预算表.pdf</a>
      <a href="/files/2025预算公开.pdf">again</a>
      <a href="/x/report.PDF?v=2">决算</a>
      <a href="/notice.html">通知</a>
      <a href="javascript:alert(1)">a.pdf</a>
      <a href="mailto:x@y.cn">b.pdf</a>`);
    const links = pdfLinks(doc, 'http://czj.example.gov.cn/zwgk/index.html');
    expect(links.map((l) => l.href)).toEqual([
      'http://czj.example.gov.cn/files/2025%E9%A2%84%E7%AE%97%E5%85%AC%E5%BC%80.pdf',
      'http://czj.example.gov.cn/zwgk/download.jsp?id=7',
      'http://czj.example.gov.cn/x/report.PDF?v=2',
    ]);
    expect(links[1]!.text).toBe('2025年部门预算表.pdf');
  });

  it('a disclosure page without tables shows its attachments; a page that merely links a PDF shows nothing', () => {
    const disclosure = page(
      `<p>2025年部门预算说明：本年收入预算3,200.00万元，其中财政拨款收入3,000.00万元，占93.75%；其他收入200.00万元，占6.25%。本年支出预算3,200.00万元，其中基本支出2,000.00万元，项目支出1,200.00万元。</p>
       <p>附件：<a href="tables.pdf">2025年部门预算公开表.pdf</a></p>`,
      '2025年部门预算公开',
    );
    const a = analyzeSnapshot(snapshotPageSync(disclosure, 'http://example.gov.cn/yusuan.html').snapshot);
    expect(a.attachments?.map((l) => l.text)).toEqual(['2025年部门预算公开表.pdf']);
    expect(hasOverlayContent(a)).toBe(true);

    const news = page(`<p>局长出席会议。</p><p><a href="speech.pdf">讲话全文.pdf</a></p>`, '新闻');
    const b = analyzeSnapshot(snapshotPageSync(news, 'http://example.gov.cn/news.html').snapshot);
    expect(b.attachments).toBeUndefined();
    expect(hasOverlayContent(b)).toBe(false);
  });
});
