/** Page chrome shared by the generated pages: a Chinese government portal's header, nav, breadcrumb, footer. */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface GovPageParts {
  site: string; // e.g. 清溪县人民政府
  title: string; // article title
  breadcrumb: string[];
  published: string; // 2026-02-10
  source: string; // 来源
  body: string; // article HTML
  bodyClass?: string;
}

const NAV = ['首页', '政务公开', '政务服务', '互动交流', '走进县情', '专题专栏'];

export function govPage(p: GovPageParts): string {
  const nav = NAV.map((n, i) => `<li${i === 1 ? ' class="on"' : ''}><a href="/${i === 0 ? '' : `col${i}/`}">${n}</a></li>`).join('');
  const crumbs = p.breadcrumb.map((c, i) => `<a href="/c${i}/">${escapeHtml(c)}</a>`).join(' &gt; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    `<meta name="SiteName" content="${escapeHtml(p.site)}">`,
    `<meta name="ArticleTitle" content="${escapeHtml(p.title)}">`,
    `<meta name="PubDate" content="${p.published} 09:30">`,
    `<title>${escapeHtml(p.title)}_${escapeHtml(p.site)}</title>`,
    '<link rel="stylesheet" href="/css/common.css">',
    '</head><body>',
    `<div class="top-bar"><div class="w1200"><span class="date">${p.published}</span><a href="/wza/">无障碍</a> | <a href="/old/">长者模式</a> | <a href="/en/">English</a></div></div>`,
    `<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="${escapeHtml(p.site)}"></a>`,
    '<form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>',
    `<div class="nav"><ul class="w1200">${nav}</ul></div>`,
    `<div class="w1200 crumb">当前位置：${crumbs}</div>`,
    `<div class="w1200 article"><h1 class="article-title">${escapeHtml(p.title)}</h1>`,
    `<div class="article-info">发布时间：${p.published}&nbsp;&nbsp;来源：${escapeHtml(p.source)}&nbsp;&nbsp;浏览次数：<span id="views"></span>&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>`,
    `<div class="${p.bodyClass ?? 'article-content'}" id="zoom">`,
    p.body,
    '</div>',
    '<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
    '</div>',
    '<div class="footer"><div class="w1200">',
    `<p>主办单位：${escapeHtml(p.site)}办公室&nbsp;&nbsp;承办单位：${escapeHtml(p.site.replace(/人民政府$/, ''))}政务服务和数据管理局</p>`,
    '<p>网站标识码：4309810001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">湘ICP备05003421号</a>&nbsp;&nbsp;<img src="/images/ga.png" alt="">湘公网安备 43098102000123号</p>',
    '<p>联系电话：0737-2221234&nbsp;&nbsp;地址：县府路1号&nbsp;&nbsp;建议使用1366×768分辨率浏览</p>',
    '</div></div>',
    '<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || [];</script>',
    '</body></html>',
    '',
  ].join('\n');
}
