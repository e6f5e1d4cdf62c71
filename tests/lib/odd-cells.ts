/**
 * Pages of tables whose cells hold every kind of markup the page reader treats differently: plain
 * text, inline wrappers, block elements (one wrapping the whole text, several, text beside them),
 * <br>, skipped elements (script, style, svg, button), nested tables, comments, spaces of every kind
 * and format characters, bold and indenting styles (on the cell and on its first element), <b>/<strong>
 * leads, rowspan/colspan values valid and not, <th>, thead/tfoot/caption, empty rows. Deterministic by
 * seed; for comparing two ways of reading the same cells (tests/lib/snapshot-identity.ts,
 * lib/snapshot/cells.test.ts).
 */
import { createRng } from '../generators/prng';

const TEXTS = ['1.00', ' 2,345.60 ', '\u3000\u3000基本支出', '\u00a0合计', '\u202E9', 'a\nb', '', '\u200b', '  ', '其中：', '\u3000 x\u3000y', '(1)', '\u200e12'];
const INLINE = ['span', 'font', 'b', 'strong', 'i', 'a', 'o:p', 'u', 'sup', 'label', 'em'];
const BLOCKS = ['p', 'div', 'h3', 'li', 'center', 'blockquote'];
const STYLES = [
  'font-weight:bold', 'FONT-WEIGHT: 700', 'font-weight:400', 'padding-left:2em', 'PADDING-LEFT:24px', 'text-indent:18pt', 'margin-left: 1cm',
  'margin-left:-3px', 'font-size:9.0pt;font-family:宋体', 'border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt', 'text-indent:2em;font-weight:600', '',
];
const SPANS = ['2', ' 3', '0', '1', 'abc', '\u30002', '-1', '99', '1000', '2.5', '+2'];

export function oddCellsPage(seed: number | string, tables = 6): string {
  const rng = createRng(`odd-cells:${seed}`);
  const text = () => rng.pick(TEXTS);
  const styleAttr = () => (rng.chance(0.4) ? ` style="${rng.pick(STYLES)}"` : '');
  const wrap = (inner: string, depth: number): string => {
    if (depth <= 0) return inner;
    switch (rng.int(0, 13)) {
      case 0: case 1: case 2: { const n = rng.pick(INLINE); return `<${n}${styleAttr()}>${wrap(inner, depth - 1)}</${n}>`; }
      case 3: case 4: case 5: { const n = rng.pick(BLOCKS); return `<${n}${styleAttr()}>${wrap(inner, depth - 1)}</${n}>`; }
      case 6: return `${text()}<p>${wrap(inner, depth - 1)}</p>`;
      case 7: return `<p>${wrap(inner, depth - 1)}</p>${text()}`;
      case 8: return `<p>${wrap(inner, depth - 1)}</p><p>${text()}</p>`;
      case 9: return `${wrap(inner, depth - 1)}<br>${rng.chance(0.5) ? text() : ''}`;
      case 10: return `${rng.pick(['<script>9.99</script>', '<style>p{}</style>', '<svg><text>7</text></svg>', '<button>ok</button>', '<!--c-->'])}${wrap(inner, depth - 1)}`;
      case 11: return `${wrap(inner, depth - 1)}<table><tr><td>${text()}</td></tr></table>`;
      case 12: return `<b>${wrap(inner, depth - 1)}</b>${rng.chance(0.5) ? text() : ''}`;
      default: return `${wrap(inner, depth - 1)}<span></span>`;
    }
  };
  const cell = () => {
    const tag = rng.chance(0.15) ? 'th' : 'td';
    const attrs = [styleAttr()];
    if (rng.chance(0.15)) attrs.push(` rowspan="${rng.pick(SPANS)}"`);
    if (rng.chance(0.15)) attrs.push(` colspan="${rng.pick(SPANS)}"`);
    if (rng.chance(0.1)) attrs.push(' class="x"');
    return `<${tag}${attrs.join('')}>${wrap(text(), rng.int(0, 4))}</${tag}>`;
  };
  const row = () => (rng.chance(0.05) ? '<tr></tr>' : `<tr>${Array.from({ length: rng.int(1, 6) }, cell).join('')}</tr>`);
  const rows = (n: number) => Array.from({ length: n }, row).join('');
  const parts: string[] = [];
  for (let t = 0; t < tables; t++) {
    parts.push(`<p>表${t}</p>`);
    const caption = rng.chance(0.3) ? `<caption>${wrap(text(), 2)}</caption>` : '';
    const head = rng.chance(0.3) ? `<thead>${rows(2)}</thead>` : '';
    const foot = rng.chance(0.2) ? `<tfoot>${rows(1)}</tfoot>` : '';
    parts.push(`<table${styleAttr()}>${caption}${foot}${head}<tbody>${rows(rng.int(2, 30))}</tbody>${rng.chance(0.3) ? rows(3) : ''}</table>`);
  }
  return `<!doctype html><html><head><title>odd cells ${seed}</title></head><body>${parts.join('\n')}</body></html>`;
}
