/**
 * proseFloodPage: a disclosure page (any page's HTML, e.g. a fixture) followed by megabytes of 说明
 * prose full of figures — totals with their 其中 parts, shares, changes on last year — for the cost
 * of reading and checking prose at scale (issue 10: "4.9 MB of prose with figures"). The arithmetic
 * of every sentence holds, so the page's own findings stay what they were.
 */
import { formatHundredths } from './money';
import { createRng } from './prng';

export interface ProseFloodOptions {
  /** approximate size of the added prose in bytes (UTF-8), default 5 MB */
  bytes?: number;
  seed?: number | string;
}

const SUBJECTS = ['一般公共预算拨款收入', '政府性基金预算拨款收入', '事业收入', '其他收入', '基本支出', '项目支出', '人员经费', '公用经费'];
const ITEMS = ['办公费', '印刷费', '水电费', '邮电费', '物业管理费', '差旅费', '维修（护）费', '会议费', '培训费', '专用材料费'];

function sentence(rng: ReturnType<typeof createRng>): string {
  const a = BigInt(rng.int(100, 900_000));
  const b = BigInt(rng.int(100, 900_000));
  const total = a + b;
  const [x, y] = [rng.pick(ITEMS), rng.pick(ITEMS)];
  switch (rng.int(0, 2)) {
    case 0:
      return `${rng.pick(SUBJECTS)}${formatHundredths(total)}万元，其中：${x}${formatHundredths(a)}万元，${y}${formatHundredths(b)}万元。`;
    case 1: {
      // a share, to one decimal place, of a total
      const pct = (Number((a * 1000n) / total) / 10).toFixed(1);
      return `${x}支出${formatHundredths(a)}万元，占${rng.pick(SUBJECTS)}的${pct}%，主要用于保障机关日常运转。`;
    }
    default:
      return `本单位按照厉行节约的要求，继续压减一般性支出，${x}与${y}的安排均较上年有所控制，具体情况见附表。`;
  }
}

export function proseFloodPage(baseHtml: string, options: ProseFloodOptions = {}): string {
  const target = options.bytes ?? 5_000_000;
  const rng = createRng(`proseFlood:${options.seed ?? 1}`);
  const out: string[] = [];
  let size = 0;
  while (size < target) {
    const p = `<p>${Array.from({ length: rng.int(3, 8) }, () => sentence(rng)).join('')}</p>\n`;
    out.push(p);
    size += Buffer.byteLength(p);
  }
  const prose = `<div class="explain"><h3>补充说明</h3>\n${out.join('')}</div>`;
  return baseHtml.includes('</body>') ? baseHtml.replace('</body>', `${prose}</body>`) : baseHtml + prose;
}
