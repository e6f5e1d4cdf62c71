/**
 * hugeNonBudgetPage: one very large data table that is not a budget table — a warehouse inventory list
 * (物资库存台账) on a government portal — for performance tests and as a negative at scale.
 * Quantities and dates only: no 科目编码, no amounts, no 合计 row, no unit declaration of money.
 */
import { escapeHtml, govPage } from './chrome';
import { createRng } from './prng';

export interface HugeNonBudgetPageOptions {
  /** data rows (default 5,000) */
  rows?: number;
  seed?: number | string;
}

const MATERIALS: [name: string, spec: string[], unit: string][] = [
  ['A4复印纸', ['70g 500张/包', '80g 500张/包'], '包'],
  ['中性笔', ['0.5mm 黑色', '0.5mm 红色', '0.38mm 蓝色'], '支'],
  ['硒鼓', ['HP 88A', 'Canon 328', 'Brother TN-2325'], '个'],
  ['医用外科口罩', ['17.5×9.5cm 50只/盒'], '盒'],
  ['防汛编织袋', ['55×95cm', '60×100cm'], '条'],
  ['救生衣', ['成人款 GB/T 32227', '儿童款'], '件'],
  ['应急照明灯', ['LED 6W', 'LED 12W 充电式'], '台'],
  ['折叠床', ['190×70cm'], '张'],
  ['棉被', ['2.0×2.3m 3kg', '1.5×2.0m 2kg'], '床'],
  ['矿泉水', ['550ml×24瓶/箱'], '箱'],
  ['方便面', ['桶装 12桶/箱'], '箱'],
  ['灭火器', ['MFZ/ABC4 干粉', 'MFZ/ABC8 干粉', 'MT/3 二氧化碳'], '具'],
  ['发电机', ['汽油 5kW', '柴油 10kW'], '台'],
  ['雨衣雨裤', ['XL 分体式', 'XXL 分体式'], '套'],
  ['抽水泵', ['QDX 1.5kW', 'QDX 3kW'], '台'],
  ['帐篷', ['12m² 单帐篷', '36m² 棉帐篷'], '顶'],
  ['消毒液', ['84消毒液 5L/桶'], '桶'],
  ['U盘', ['32G USB3.0', '64G USB3.0'], '个'],
  ['档案盒', ['A4 5cm 蓝色', 'A4 3cm 蓝色'], '个'],
  ['电池', ['5号 碱性 4粒/板', '7号 碱性 4粒/板'], '板'],
];
const WAREHOUSES = ['城东应急物资储备库', '城西中心仓库', '机关办公用品库', '高新区分库', '白沙镇储备点'];
const KEEPERS = ['张伟', '李娜', '王强', '刘洋', '陈静', '杨帆', '赵磊', '黄敏'];

export function hugeNonBudgetPage(options: HugeNonBudgetPageOptions = {}): string {
  const rows = options.rows ?? 5000;
  const rng = createRng(`hugeNonBudgetPage:${options.seed ?? 1}`);
  const head = ['序号', '物资编码', '物资名称', '规格型号', '计量单位', '期初库存', '本期入库', '本期出库', '期末库存', '存放地点', '保管员', '最近盘点日期'];
  const out: string[] = [];
  out.push('<p>为加强应急物资管理，确保物资储备账实相符，现将截至2024年第三季度末的应急物资库存台账公示如下，接受社会监督。</p>');
  out.push('<table class="inventory" border="1" cellspacing="0" cellpadding="3" width="100%">');
  out.push(`<thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>`);
  for (let i = 1; i <= rows; i++) {
    const [name, specs, unit] = rng.pick(MATERIALS);
    const open = rng.int(0, 5000);
    const inbound = rng.chance(0.4) ? rng.int(1, 2000) : 0;
    const outbound = rng.int(0, open + inbound);
    const month = rng.int(7, 9);
    const day = rng.int(1, 30);
    const code = `WZ-${rng.pick(['BG', 'YJ', 'FX', 'XF'])}-${String(rng.int(1, 99999)).padStart(5, '0')}`;
    out.push(
      `<tr><td>${i}</td><td>${code}</td><td>${escapeHtml(name)}</td><td>${escapeHtml(rng.pick(specs))}</td><td>${unit}</td>` +
        `<td>${open}</td><td>${inbound}</td><td>${outbound}</td><td>${open + inbound - outbound}</td>` +
        `<td>${rng.pick(WAREHOUSES)}</td><td>${rng.pick(KEEPERS)}</td><td>2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  out.push('<p>注：库存数量以实物盘点为准；如有疑问请致电县应急管理局物资保障股。</p>');
  return govPage({
    site: '安平县人民政府',
    title: '安平县应急物资储备库存台账（2024年第三季度）',
    breadcrumb: ['首页', '政务公开', '应急管理', '物资储备'],
    published: '2024-10-08',
    source: '安平县应急管理局',
    body: out.join('\n'),
  });
}
