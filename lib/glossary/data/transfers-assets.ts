import type { GlossaryEntry } from '../schema';

/** Transfers between governments, government debt, procurement and state assets. */
export const transferAndAssetTerms: GlossaryEntry[] = [
  {
    id: 'zhuanyi-zhifu',
    term: '转移支付',
    en: 'fiscal transfer payments',
    category: 'transfer',
    variants: ['财政转移支付'],
    short: {
      zh: '转移支付是上级政府拨给下级政府的钱，用来缩小地区间公共服务的差距。',
      en: 'Transfer payments are money a higher-level government gives lower-level governments, mainly to even out public services between regions.',
    },
    detail: {
      zh: '包括中央对地方、地方上级对下级的转移支付，以一般性转移支付为主体，另有专项转移支付。专项转移支付向社会公开要细化到地区和项目，一般性转移支付细化到地区。',
      en: 'It covers central-to-local and upper-to-lower local transfers, mainly general transfers, plus earmarked ones. Earmarked transfers are disclosed by region and project, general ones by region.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十六条、第三十八条' },
      { key: 'LAW-SSTL', where: '第六条' },
    ],
    confidence: 'A',
    related: ['yibanxing-zhuanyi-zhifu', 'zhuanxiang-zhuanyi-zhifu', 'zhuanyixing-shouru', 'zhuanyixing-zhichu'],
    check: [],
  },
  {
    id: 'yibanxing-zhuanyi-zhifu',
    term: '一般性转移支付',
    en: 'general transfer payments',
    category: 'transfer',
    variants: [],
    short: {
      zh: '一般性转移支付是上级给下级、用于均衡基本财力、由下级政府统筹安排使用的转移支付。',
      en: 'General transfers are money from above to even out basic fiscal capacity, which the lower government decides how to use.',
    },
    detail: {
      zh: '包括均衡性转移支付、对革命老区和民族、边疆、贫困地区的财力补助等，按国务院规定的基本标准和计算方法编制，向社会公开时细化到地区。',
      en: 'It includes equalisation transfers and fiscal support for old revolutionary bases, ethnic, border and poor areas; it is computed by State Council standards and disclosed by region.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十六条、第三十八条' },
      { key: 'LAW-SSTL', where: '第六条、第九条' },
    ],
    confidence: 'A',
    related: ['zhuanxiang-zhuanyi-zhifu', 'zhuanyi-zhifu'],
    check: [],
  },
  {
    id: 'zhuanxiang-zhuanyi-zhifu',
    term: '专项转移支付',
    en: 'earmarked (special) transfer payments',
    category: 'transfer',
    variants: [],
    short: {
      zh: '专项转移支付是上级为特定目标拨给下级、下级必须按规定用途使用的钱。',
      en: 'Earmarked transfers are money from above for set goals, which the lower government must use as specified.',
    },
    detail: {
      zh: '按法律、行政法规和国务院规定设立，分地区、分项目编制，定期评估，绩效差或依据失效的要调整或取消；市场能有效调节的事项不得设立。向社会公开要细化到地区和项目。有的部门表格注明“部门预算中不包含对市县专项转移支付”，比较时要注意口径。',
      en: 'It is set up under law, regulations and State Council rules, budgeted by region and project, reviewed periodically, and adjusted or cancelled when results are poor or its basis lapses; it may not be used where markets work. Disclosure goes down to region and project. Some department tables note that transfers to lower governments are excluded from the department budget: mind the scope when comparing.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十六条、第三十八条' },
      { key: 'LAW-SSTL', where: '第六条、第十条' },
    ],
    confidence: 'A',
    related: ['yibanxing-zhuanyi-zhifu', 'zhuanyi-zhifu', 'jixiao-mubiao'],
    check: [
      {
        zh: '看表注是否说明专项转移支付是否计入本部门预算，避免把不同口径的数字直接比较。',
        en: 'Check the notes on whether earmarked transfers are inside the department budget before comparing figures.',
      },
    ],
  },
  {
    id: 'zhuanyixing-zhichu',
    term: '转移性支出',
    en: 'transfer spending',
    category: 'transfer',
    variants: [],
    short: {
      zh: '转移性支出是本级政府上解上级、给下级的返还和转移支付、调出资金等支出。',
      en: 'Transfer spending is what a government pays up to higher levels, gives lower levels as rebates and transfers, or moves out to other budgets.',
    },
    detail: {
      zh: '包括上解上级支出、对下级的税收返还和转移支付、调出资金，以及按财政部规定列入的对无隶属关系政府的无偿援助。它在功能分类中单列为一类，部门预算表中一般为空。',
      en: 'It covers remittances upward, rebates and transfers downward, funds moved out and free aid to unrelated governments. It is a separate functional class and usually empty in department tables.',
    },
    sources: [{ key: 'LAW-SSTL', where: '第十三条' }],
    confidence: 'A',
    related: ['zhuanyixing-shouru', 'zhuanyi-zhifu'],
    check: [],
  },
  {
    id: 'yiban-zhaiquan',
    term: '一般债券',
    en: 'general bonds (local government)',
    category: 'transfer',
    variants: ['一般债务'],
    short: {
      zh: '一般债券是列入一般公共预算、用于没有收益的公益性事业的地方政府债券。',
      en: 'General bonds are local government bonds in the general public budget, for public-interest projects without their own revenue.',
    },
    detail: {
      zh: '地方政府债务分一般债务和专项债务，实行限额管理。一般债务包括一般债券和地方政府负有偿还责任的外国政府、国际经济组织贷款转贷债务；举借的债务只能用于公益性资本支出，不得用于经常性支出。',
      en: 'Local debt is general or special and kept within quotas. General debt includes general bonds and on-lent foreign-government and international loans the local government must repay; borrowing may fund only public-interest capital spending, never running costs.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第三十五条' },
      { key: 'LAW-SSTL', where: '第四十三条、第四十四条' },
    ],
    confidence: 'A',
    related: ['zhuanxiang-zhaiquan'],
    check: [],
  },
  {
    id: 'zhuanxiang-zhaiquan',
    term: '专项债券',
    en: 'special-purpose bonds (local government)',
    category: 'transfer',
    variants: ['专项债务'],
    short: {
      zh: '专项债券是列入政府性基金预算、用于有收益的公益性项目的地方政府债券。',
      en: 'Special-purpose bonds are local government bonds in the government-fund budget, for public-interest projects that earn revenue.',
    },
    detail: {
      zh: '它与一般债券共同构成地方政府债务限额；政府性基金预算的超收收入应优先用于偿还相应的专项债务。',
      en: 'Together with general bonds it makes up the local debt quota; extra government-fund revenue goes first to repaying the related special debt.',
    },
    sources: [{ key: 'LAW-SSTL', where: '第四十四条、第七十八条' }],
    confidence: 'A',
    related: ['yiban-zhaiquan', 'zhengfuxing-jijin-yusuan'],
    check: [],
  },
  {
    id: 'zhengfu-caigou',
    term: '政府采购',
    en: 'government procurement',
    category: 'assets',
    variants: ['政府采购预算', '政府采购情况'],
    short: {
      zh: '政府采购是机关、事业单位和团体组织用财政资金购买目录内或限额以上的货物、工程和服务。',
      en: 'Government procurement is buying goods, works or services with fiscal money by government bodies, public institutions and organisations, where the item is on the central catalogue or above the threshold.',
    },
    detail: {
      zh: '“采购”指以合同方式有偿取得货物、工程和服务，包括购买、租赁、委托、雇用等。政府采购情况要及时公开：预算公开采购预算总额并分货物、工程、服务；决算公开实际采购支出（按合同金额）及授予中小企业的合同金额和占比。',
      en: '"Procurement" means acquiring goods, works or services for a fee by contract: buying, leasing, commissioning or hiring. It must be disclosed promptly: budgets give the total procurement budget split into goods, works and services; final accounts give actual contract amounts and the share awarded to small and medium enterprises.',
    },
    sources: [
      { key: 'LAW-ZFCG', where: '第二条' },
      { key: 'LAW-YSF', where: '第十四条' },
      { key: 'GBC-TPL' },
      { key: 'GBC-WLJ' },
    ],
    confidence: 'A',
    related: ['guoyou-zichan-zhanyong', 'yujuesuan-gongkai'],
    check: [
      {
        zh: '核对：政府采购总额 = 货物类 + 工程类 + 服务类。',
        en: 'Check: total procurement = goods + works + services.',
      },
    ],
    // the law's title 《政府采购法》 is excluded by the book-title rule; "政府采购法" outside 《》 is still a citation
    match: { notFollowedBy: ['法'] },
  },
  {
    id: 'guoyou-zichan-zhanyong',
    term: '国有资产占用',
    en: 'state assets held and used',
    category: 'assets',
    variants: ['国有资产占用使用', '国有资产占有使用', '国有资产占用情况', '国有资产占有', '行政事业性国有资产'],
    short: {
      zh: '国有资产占用情况说明单位手里有多少用财政资金等形成的国有资产，如车辆和大额设备。',
      en: 'State assets held and used tells how much state-owned property a unit holds, such as vehicles and costly equipment.',
    },
    detail: {
      zh: '行政事业性国有资产是行政事业单位用财政资金形成、经调拨划转置换取得、或接受捐赠并确认为国有的资产等。公开时通常报告：公务用车按用途分类的数量；大额设备的台（套）数，上海模板写的是单位价值100万元以上的单项资产（车辆除外），不少地方分两档写“单位价值50万元以上通用设备、单位价值100万元以上专用设备”；预算中还有拟新增配置数。门槛以本页写法为准。',
      en: 'Administrative state assets are those a unit obtains with fiscal money, by allocation, transfer or swap, or by donation confirmed as state-owned. Disclosures usually report official cars by purpose; the number of costly items, which the Shanghai template puts at single items worth 1 million yuan or more (cars excluded) while many places use two thresholds, "general equipment worth 500,000 yuan or more per unit, special equipment worth 1 million yuan or more per unit"; and in budgets the planned new purchases. The page’s own thresholds are the ones that apply.',
    },
    sources: [
      { key: 'LAW-XZSY-ZC', where: '第二条' },
      { key: 'GBC-TPL' },
      { key: 'GBC-WLJ' },
      { key: 'OPS-143', where: '逐步公开：国有资产占用情况' },
      { key: 'FORMS', where: '部门预算说明“国有资产占用情况”：单位价值50万元以上通用设备、100万元以上专用设备' },
    ],
    confidence: 'A',
    related: ['gongwu-yongche', 'zhengfu-caigou'],
    check: [
      {
        zh: '车辆分类数之和应等于车辆总数，与“三公”经费中的购置、运行情况相呼应。',
        en: 'Cars by type should add up to the total and fit the purchase and running lines of the three public expenses.',
      },
    ],
  },
];
