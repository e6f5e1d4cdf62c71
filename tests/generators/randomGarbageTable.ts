/**
 * randomGarbageTable: deterministic garbage table markup for fuzz tests of the DOM reader and the
 * table detector. Everything a hostile or broken page can hold: rowspan/colspan of 0, negative, huge
 * or non-numeric values; unclosed and stray tags; nested tables; empty and ragged rows; random
 * unicode (emoji, RTL marks, zero-width, lone surrogates, control characters); numbers in odd formats
 * (full-width digits, (12.00), －5, "1 204.00", 1.234,56) and split across inline elements; script,
 * style, template and comments inside cells; budget words as lures (合计, 科目编码, 单位：万元).
 */
import { createRng, type Rng } from './prng';

export interface GarbageOptions {
  /** maximum nesting depth of tables inside cells (default 2) */
  maxDepth?: number;
  /** maximum rows per table (default 16; halved per nesting level) */
  maxRows?: number;
  /** maximum cells per row (default 12) */
  maxCols?: number;
}

const SPAN_VALUES = ['0', '-1', '-7', '1', '2', '3', '5', '10000', '65535', '65536', '99999999999', 'abc', '1.5', '2.9', '', ' 2 ', '２', '1e3', 'NaN', 'Infinity', '0x10', '+3', '2px', '3;', '"', '-0', '١٢'];

const ODD_NUMBERS = [
  '１２３．４５', '１，２０４．００', '(12.00)', '（12.00）', '－5', '−5', '-5.00', '1 204.00', '1\u00a0204.00', '1\u3000204.00', '1,2,3', '1.234.567,89', '1.234,56',
  '12.00%', '¥1,000', '￥ 3,185.85', '1e5', '-0', '.5', '5.', '1,204.00万元', '0.00', '0', '-', '—', '/', '3,185.85', '3，185．85', '+12', '12-', '1/2', '½', '⅓',
  '1,0000.00', '00012.30', '12.345.678', '9'.repeat(40), '0.000000001', '2025', '2080505', '20805', '208', '30101', '50201', '第1名', '12:30', '2024-01-01', '3.5万', '壹佰贰拾元整',
];

const WORDS = [
  '合计', '小计', '总计', '合  计', '科目编码', '科目名称', '单位：万元', '金额单位：元', '基本支出', '项目支出', '其中：', '一、', '（一）', '1、', '预算数', '决算数',
  '收入总计', '支出总计', '行政运行', '社会保障和就业支出', '备注', '说明', '无', '空表', '续表', '接上表',
];

const UNICODE = [
  '💰', '📊', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '\u200b', '\u200d', '\u202e反向\u202c', '\ufeff', '\ud800', '\udc00', '\u0001', '\u0007', '\u00ad', '\u3000', '\u00a0', '\t', '\n',
  'ﾊﾝｶｸ', 'ＡＢＣ', 'Ω≈ç√', 'العربية', 'עברית', '한국어', '𠀀𠀁', '〇', '𝟙𝟚𝟛', '٣٤٥', '۴۵۶', '१२३', '\u2028', '\u2029', '&', '<', '>', '"', "'",
];

const ENTITIES = ['&nbsp;', '&#12288;', '&amp;', '&lt;td&gt;', '&#xZZ;', '&#0;', '&#1114112;', '&notanentity;', '&#x5408;&#x8BA1;', '&yen;', '&#65509;', '&', '&#', '&#x;'];

const JUNK_INSIDE = [
  '<script>document.title="</td></tr>";var a=1<2;</script>',
  '<script type="text/template"><table><tr><td>合计</td><td>100.00</td></tr></table></script>',
  '<style>td{display:none} .x::after{content:"12.00"}</style>',
  '<!-- 合计 3,185.85 -->',
  '<!---->',
  '<!-->',
  '<![CDATA[ 12.00 ]]>',
  '<?xml version="1.0"?>',
  '<template><tr><td>99.99</td></tr></template>',
  '<noscript>请启用JavaScript</noscript>',
  '<svg><text>12.00</text></svg>',
  '<math><mn>12</mn></math>',
  '<img src="x" alt="12.00">',
  '<input value="3,185.85">',
  '<select><option>2024</option><option>2025</option></select>',
  '<textarea><td>1</td></textarea>',
  '<br>',
  '<hr>',
  '<p>',
  '</p>',
  '<b>',
  '</i>',
  '<div>',
  '</div>',
  '<span class="unterminated',
  '<o:p></o:p>',
  '<font face=宋体 size=2>',
  '<a href="javascript:void(0)">',
  '</td>',
  '</tr>',
  '<td>',
  '<tr>',
  '<tbody>',
  '<caption>stray caption</caption>',
  '<colgroup span="abc"><col span="0"></colgroup>',
];

function attrs(rng: Rng): string {
  let a = '';
  const n = rng.int(0, 3);
  for (let i = 0; i < n; i++) {
    const name = rng.pick(['rowspan', 'colspan', 'rowspan', 'colspan', 'ROWSPAN', 'ColSpan', 'align', 'style', 'class', 'width', 'nowrap', 'hidden', 'data-x']);
    const value = /span/i.test(name)
      ? rng.pick(SPAN_VALUES)
      : rng.pick(['right', 'center', 'display:none', 'padding-left:2em', 'text-indent:-9999px', 'x"y', '', '100%', 'mso-number-format:"\\@"']);
    const q = rng.int(0, 3);
    a += q === 0 ? ` ${name}=${value.replace(/[\s>]/g, '') || '1'}` : q === 1 ? ` ${name}='${value}'` : ` ${name}="${value.replace(/"/g, '&quot;')}"`;
  }
  return a;
}

function oddNumber(rng: Rng): string {
  if (rng.chance(0.5)) return rng.pick(ODD_NUMBERS);
  // a random number with random decoration
  const intPart = String(rng.int(0, 9_999_999));
  let s = rng.chance(0.6) ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, rng.pick([',', ' ', '，', '\u00a0', "'"])) : intPart;
  if (rng.chance(0.7)) s += rng.pick(['.', '．']) + String(rng.int(0, 99)).padStart(2, '0');
  if (rng.chance(0.2)) s = s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)); // full-width
  if (rng.chance(0.15)) s = `(${s})`;
  if (rng.chance(0.15)) s = rng.pick(['-', '－', '−', '+', '—']) + s;
  if (rng.chance(0.1)) s += rng.pick(['%', '万元', '元', ' 亿元', '*', '注']);
  return s;
}

/** split a string across inline elements at random points */
function splitRuns(rng: Rng, s: string): string {
  const chars = Array.from(s);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const n = rng.int(1, Math.max(1, Math.ceil(chars.length / 2)));
    const part = chars.slice(i, i + n).join('');
    const tag = rng.pick(['span', 'b', 'font', 'i', 'span']);
    out.push(rng.chance(0.8) ? `<${tag}${rng.chance(0.3) ? ' lang="EN-US" style="font-size:9.0pt"' : ''}>${part}</${tag}>` : part);
    i += n;
  }
  return out.join(rng.chance(0.2) ? rng.pick(['', ' ', '\n', '<wbr>', '&nbsp;']) : '');
}

function cellContent(rng: Rng, depth: number, opts: Required<GarbageOptions>): string {
  const parts: string[] = [];
  const n = rng.int(0, 3);
  for (let i = 0; i < n; i++) {
    const k = rng.int(0, 11);
    switch (k) {
      case 0:
      case 1:
        parts.push(oddNumber(rng));
        break;
      case 2:
        parts.push(splitRuns(rng, oddNumber(rng)));
        break;
      case 3:
        parts.push(rng.pick(WORDS));
        break;
      case 4: {
        let u = '';
        for (let j = rng.int(1, 6); j > 0; j--) u += rng.pick(UNICODE);
        parts.push(u);
        break;
      }
      case 5:
        parts.push(rng.pick(ENTITIES));
        break;
      case 6:
      case 7:
        parts.push(rng.pick(JUNK_INSIDE));
        break;
      case 8:
        if (depth < opts.maxDepth && rng.chance(0.3)) parts.push(table(rng, depth + 1, opts));
        else parts.push(rng.pick(WORDS));
        break;
      case 9:
        parts.push(rng.chance(0.5) ? '' : ' '.repeat(rng.int(1, 5)));
        break;
      case 10:
        parts.push(rng.chance(0.03) ? '长'.repeat(rng.int(200, 1500)) : String.fromCodePoint(rng.int(0x4e00, 0x9fff), rng.int(0x20, 0x7e)));
        break;
      default:
        parts.push(`<p class="MsoNormal"><span style="font-family:宋体">${splitRuns(rng, rng.pick(WORDS))}</span></p>`);
    }
  }
  return parts.join('');
}

function table(rng: Rng, depth: number, opts: Required<GarbageOptions>): string {
  const out: string[] = [];
  out.push(`<table${attrs(rng)}${rng.chance(0.3) ? ' border=1' : ''}>`);
  if (rng.chance(0.2)) out.push(`<caption>${cellContent(rng, depth, opts)}</caption>`);
  if (rng.chance(0.1)) out.push(`<colgroup><col span="${rng.pick(SPAN_VALUES)}"><col></colgroup>`);
  if (rng.chance(0.1)) out.push(rng.pick(['stray text in table', '合计 100.00', '<div>foster-parented</div>', '<span>12.00</span>']));
  const sections = rng.shuffle(['thead', 'tbody', 'tfoot', 'none']).slice(0, rng.int(1, 3));
  for (const section of sections) {
    const open = section !== 'none' && rng.chance(0.85);
    if (open) out.push(`<${section}${attrs(rng)}>`);
    const rows = rng.int(0, Math.max(0, opts.maxRows >> depth));
    for (let r = 0; r < rows; r++) {
      if (rng.chance(0.05)) {
        out.push(rng.pick(['<tr></tr>', '<tr>', '<tr/>', '<tr><td></td></tr>', '<tr><th></th><th></th></tr>']));
        continue;
      }
      const cols = rng.int(0, opts.maxCols);
      out.push(`<tr${attrs(rng)}>`);
      for (let c = 0; c < cols; c++) {
        const tag = rng.chance(0.15) ? 'th' : 'td';
        const close = rng.chance(0.8) ? `</${tag}>` : '';
        out.push(`<${tag}${attrs(rng)}>${cellContent(rng, depth, opts)}${close}`);
        if (rng.chance(0.01)) out.push(rng.pick(['</table>', '</tbody>', '<table>', '</body>', '<body>', '</html>']));
      }
      if (rng.chance(0.85)) out.push('</tr>');
    }
    if (open && rng.chance(0.85)) out.push(`</${section}>`);
  }
  if (rng.chance(0.9) || depth === 0) out.push('</table>');
  return out.join(rng.chance(0.3) ? '\n' : '');
}

/** One garbage <table> fragment (possibly with nested tables and stray markup). Deterministic by seed. */
export function randomGarbageTable(seed: number | string, options: GarbageOptions = {}): string {
  const opts: Required<GarbageOptions> = { maxDepth: options.maxDepth ?? 2, maxRows: options.maxRows ?? 16, maxCols: options.maxCols ?? 12 };
  const rng = createRng(`randomGarbageTable:${seed}`);
  let html = table(rng, 0, opts);
  if (rng.chance(0.02)) html += '<!-- an unclosed comment swallows the rest';
  return html;
}

/** A whole page of garbage tables between budget-looking paragraphs. Deterministic by seed. */
export function randomGarbagePage(seed: number | string, options: GarbageOptions & { tables?: number } = {}): string {
  const rng = createRng(`randomGarbagePage:${seed}`);
  const n = options.tables ?? 5;
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    body.push(rng.pick(['<p>单位：万元</p>', '<p>预算03表 支出总表</p>', '<h3>表</h3>', '', '<p style="text-align:right">金额单位：元</p>']));
    body.push(randomGarbageTable(`${seed}:${i}`, options));
  }
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>garbage ${seed}</title></head><body><div class="article-content">\n${body.join('\n')}\n</div></body></html>\n`;
}
