/**
 * Generated disclosure documents for the PDF reader's tests: a 收支总表 drawn as a ruled table across
 * a page break (header repeated), with merged header cells, a label that wraps inside its cell, a
 * title and a 单位：万元 line above, running headers and page numbers, and a 说明 whose last paragraph
 * breaks across pages. Each comes with its HTML twin — the same tables as <table> elements (one per
 * page, as the PDF reader makes them) and the same prose — so a test can ask that the PDF is read into
 * the same report as the HTML page.
 */
import { A4, drawTable, PdfDocument, textWidth, type DrawCell, type DrawnCell, type PdfPage } from './pdf';

export interface SummaryDocOptions {
  /** write a 支出总计 that disagrees with its parts by this much (a string like "10.00"), as an error to find */
  wrongTotal?: string;
  /** the same for 本年支出合计, whose parts are on both pages (a finding with related cells in the other part) */
  wrongSubtotal?: string;
  /** rule the table with thin filled rectangles instead of stroked lines */
  rectRules?: boolean;
}

export interface GeneratedDoc {
  pdf: Uint8Array;
  html: string;
  /** per table part (one per page): its page and its cells as drawn (grid rows/cols of that part) */
  parts: { page: number; cells: DrawnCell[] }[];
  /** the 说明 sentence that is cut by the page break, as it must read once joined */
  sentenceAcrossPages: string;
  runningHeader: string;
}

const TITLE = '2024年部门收支总表';
const UNIT = '单位：万元';
const RUNNING = '某区某局2024年部门预算';

/** [label lines, amount] rows of each side; a label with two lines wraps inside its cell. */
const INCOME: [string[], string][] = [
  [['一、一般公共预算拨款收入'], '1,690.69'],
  [['二、政府性基金预算拨款收入'], ''],
  [['三、国有资本经营预算拨款收入'], ''],
  [['四、财政专户管理', '资金收入'], '120.00'],
  [['五、事业收入'], '50.00'],
  [['六、事业单位经营收入'], ''],
  [['七、上级补助收入'], ''],
  [['八、附属单位上缴收入'], ''],
  [['九、其他收入'], ''],
];
const SPENDING: [string, string][] = [
  ['一、一般公共服务支出', '1,000.00'],
  ['二、外交支出', ''],
  ['三、国防支出', ''],
  ['四、公共安全支出', ''],
  ['五、教育支出', ''],
  ['六、科学技术支出', ''],
  ['七、文化旅游体育与传媒支出', ''],
  ['八、社会保障和就业支出', '400.69'],
  ['九、卫生健康支出', '300.00'],
  ['十、节能环保支出', ''],
  ['十一、城乡社区支出', ''],
  ['十二、农林水支出', ''],
  ['十三、交通运输支出', ''],
  ['十四、资源勘探工业信息等支出', ''],
  ['十五、商业服务业等支出', ''],
  ['十六、金融支出', ''],
  ['十七、自然资源海洋气象等支出', ''],
  ['十八、住房保障支出', '160.00'],
  ['十九、粮油物资储备支出', ''],
  ['二十、灾害防治及应急管理支出', ''],
  ['二十一、其他支出', ''],
];
const TOTALS: [string, string, string, string][] = [
  ['本年收入合计', '1,860.69', '本年支出合计', '1,860.69'],
  ['上年结转结余', '100.00', '结转下年', '100.00'],
  ['收入总计', '1,960.69', '支出总计', '1,960.69'],
];

const COLS = [150, 75, 160, 75];
const ROW_H = 30;
const WRAP_H = 44;
const SIZE = 9;
/** body rows on the first page; the rest continue on the second under the repeated header (its first row has a figure) */
const FIRST_PAGE_ROWS = 17;

interface BodyRow { cells: DrawCell[]; height: number }

function bodyRows(opts: SummaryDocOptions): BodyRow[] {
  const rows: BodyRow[] = [];
  const n = Math.max(INCOME.length, SPENDING.length);
  for (let i = 0; i < n; i++) {
    const inc = INCOME[i];
    const sp = SPENDING[i];
    const wraps = (inc?.[0].length ?? 1) > 1;
    rows.push({
      height: wraps ? WRAP_H : ROW_H,
      cells: [{ lines: inc?.[0] ?? [''] }, { lines: [inc?.[1] ?? ''], align: 'right' }, { lines: [sp?.[0] ?? ''] }, { lines: [sp?.[1] ?? ''], align: 'right' }],
    });
  }
  for (const [a, av, b, bv] of TOTALS) {
    const by = b === '支出总计' ? opts.wrongTotal : b === '本年支出合计' ? opts.wrongSubtotal : undefined;
    const wrong = by ? addMoney(bv, by) : bv;
    rows.push({ height: ROW_H, cells: [{ lines: [a], align: 'center' }, { lines: [av], align: 'right' }, { lines: [b], align: 'center' }, { lines: [wrong], align: 'right' }] });
  }
  return rows;
}

/** "1,960.69" + "10.00" → "1,970.69" (two decimals, in cents: no float arithmetic on money) */
function addMoney(a: string, b: string): string {
  const cents = (s: string) => BigInt(s.replace(/,/g, '').replace('.', ''));
  const v = cents(a) + cents(b);
  const s = v.toString().padStart(3, '0');
  const int = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${int}.${s.slice(-2)}`;
}

const HEADER: DrawCell[][] = [
  [{ lines: ['收入'], colSpan: 2, align: 'center' }, { lines: ['支出'], colSpan: 2, align: 'center' }],
  [{ lines: ['项目'], align: 'center' }, { lines: ['预算数'], align: 'center' }, { lines: ['项目'], align: 'center' }, { lines: ['预算数'], align: 'center' }],
];

/** 说明 sections; the last paragraph is long and starts near the bottom of page 2, so it runs onto page 3. */
const NOTES: string[] = [
  '一、收支预算总体情况',
  '2024年部门收入预算1,960.69万元，其中一般公共预算拨款收入1,690.69万元，财政专户管理资金收入120.00万元，事业收入50.00万元，上年结转结余100.00万元。',
  '二、机关运行经费情况',
  '本部门机关运行经费预算用于保障机关日常办公、水电、物业管理、差旅等支出，比上年有所下降，主要原因是厉行节约、压减一般性支出。',
  '三、政府采购情况',
  '本部门政府采购预算主要用于办公设备购置和信息系统运行维护服务，全部按规定执行政府采购程序。',
  '四、预算绩效目标设置情况',
  '本部门按照全面实施预算绩效管理的要求，对项目支出全面设置绩效目标，并将绩效目标与预算同步批复下达。',
  '五、支出预算情况',
  '本年支出预算1,860.69万元，其中一般公共服务支出1,000.00万元，主要用于机关日常运转和履职保障；社会保障和就业支出400.69万元，主要用于离退休人员经费和养老保险缴费；卫生健康支出300.00万元，主要用于行政事业单位医疗；住房保障支出160.00万元，主要用于住房公积金和提租补贴。与上年相比，一般公共预算拨款收入增加20.00万元，主要原因是人员经费标准调整。本部门将严格执行预算，加强项目管理，提高财政资金使用效益，确保各项工作任务顺利完成。',
];
const NOTE_SIZE = 11;
const NOTE_LINE_CHARS = 28;
const NOTE_LEADING = 20;

function drawRunning(page: PdfPage, n: number) {
  page.text((A4.w - textWidth(RUNNING, 8)) / 2, 36, RUNNING, 8);
  const num = `- ${n} -`;
  page.text((A4.w - textWidth(num, 9)) / 2, 815, num, 9);
}

/**
 * Break a paragraph into lines at most `chars` ems wide (a figure is never cut). Width, not a count of
 * characters: a digit is half an em (textWidth), and a typesetter fills each line to the column's right
 * edge, so a line with figures holds more characters. Counting characters left lines with figures up to
 * 6 ems short of the edge, which real PDFs do only on a paragraph's last line.
 */
function breakLines(text: string, chars: number, indent: number): string[] {
  const tokens = text.match(/\d[\d,.]*|./gu) ?? [];
  const lines: string[] = [];
  let cur = '';
  let width = indent;
  for (const t of tokens) {
    const w = textWidth(t, 1);
    if (width + w > chars && cur) {
      lines.push(cur);
      cur = '';
      width = 0;
    }
    cur += t;
    width += w;
  }
  if (cur) lines.push(cur);
  return lines;
}

export function budgetSummaryDocument(opts: SummaryDocOptions = {}): GeneratedDoc {
  const doc = new PdfDocument();
  const rows = bodyRows(opts);
  const left = (A4.w - COLS.reduce((a, b) => a + b, 0)) / 2;
  const parts: GeneratedDoc['parts'] = [];

  // page 1: title, unit line, header + the first rows
  const p1 = doc.page();
  drawRunning(p1, 1);
  p1.text((A4.w - textWidth(TITLE, 16)) / 2, 80, TITLE, 16);
  const tableRight = left + COLS.reduce((a, b) => a + b, 0);
  p1.text(tableRight - textWidth(UNIT, SIZE), 106, UNIT, SIZE);
  const first = rows.slice(0, FIRST_PAGE_ROWS);
  parts.push({
    page: 1,
    cells: drawTable(p1, { x: left, y: 114, colWidths: COLS, rowHeights: [ROW_H, ROW_H, ...first.map((r) => r.height)], rows: [...HEADER, ...first.map((r) => r.cells)], size: SIZE, rectRules: opts.rectRules }),
  });

  // page 2: the header repeated, the rest of the rows, then the 说明
  const p2 = doc.page();
  drawRunning(p2, 2);
  const rest = rows.slice(FIRST_PAGE_ROWS);
  const y2 = 60;
  parts.push({
    page: 2,
    cells: drawTable(p2, { x: left, y: y2, colWidths: COLS, rowHeights: [ROW_H, ROW_H, ...rest.map((r) => r.height)], rows: [...HEADER, ...rest.map((r) => r.cells)], size: SIZE, rectRules: opts.rectRules }),
  });
  let page = p2;
  let pageNo = 2;
  let y = y2 + ROW_H * 2 + rest.reduce((a, r) => a + r.height, 0) + 40;
  page.text(left, y, '说明', 14);
  y += 30;
  const paragraphs = NOTES;
  let sentenceAcrossPages = '';
  for (const para of paragraphs) {
    const heading = /^[一二三四五六七八九十]+、/.test(para);
    const lines = heading ? [para] : breakLines(para, NOTE_LINE_CHARS, 2);
    lines.forEach((line, k) => {
      if (y > 790) {
        page = doc.page();
        drawRunning(page, ++pageNo);
        y = 70;
        if (!sentenceAcrossPages) {
          // the sentence around the break, as the reader must join it
          const before = lines.slice(0, k).join('');
          const after = lines.slice(k).join('');
          const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
          const endRel = after.search(/[。；]/);
          // both halves must be non-empty, or no sentence is cut
          if (start < before.length && endRel > 0) sentenceAcrossPages = before.slice(start) + after.slice(0, endRel + 1);
        }
      }
      // a paragraph's first line is indented two characters, as Chinese text is
      const x = left + (k === 0 && !heading ? 2 * NOTE_SIZE : 0);
      page.text(x, y, line, NOTE_SIZE);
      y += NOTE_LEADING;
    });
    y += heading ? 4 : 8;
  }
  if (!sentenceAcrossPages) throw new Error('the 说明 did not reach a page break: make it longer');

  const html = htmlTwin(rows, paragraphs);
  return { pdf: doc.bytes(), html, parts, sentenceAcrossPages, runningHeader: RUNNING };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function htmlTable(rows: DrawCell[][]): string {
  const tr = (cells: DrawCell[], header: boolean) =>
    `<tr>${cells.map((c) => `<${header ? 'th' : 'td'}${(c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : ''}>${esc(c.lines.join(''))}</${header ? 'th' : 'td'}>`).join('')}</tr>`;
  return `<table border="1">${rows.map((r, i) => tr(r, i < 2)).join('')}</table>`;
}

function htmlTwin(rows: BodyRow[], paragraphs: string[]): string {
  const first = rows.slice(0, FIRST_PAGE_ROWS).map((r) => r.cells);
  const rest = rows.slice(FIRST_PAGE_ROWS).map((r) => r.cells);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<p>${TITLE}</p>
<p>${UNIT}</p>
${htmlTable([...HEADER, ...first])}
${htmlTable([...HEADER, ...rest])}
<p>说明</p>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</body></html>`;
}
