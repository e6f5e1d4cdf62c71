import type { GlossaryEntry } from '../schema';

/** Spending concepts: basic vs project, personnel vs public, the economic classes, other spending lines. */
export const spendingTerms: GlossaryEntry[] = [
  {
    id: 'jiben-zhichu',
    term: '基本支出',
    en: 'basic expenditure',
    category: 'spending',
    variants: ['基本支出预算'],
    short: {
      zh: '基本支出是保障机构正常运转、完成日常工作所花的钱，由人员经费和公用经费组成。',
      en: 'Basic expenditure keeps an institution running and doing its routine work; it consists of personnel costs and public (office) costs.',
    },
    detail: {
      zh: '基本支出与项目支出一起构成部门的全部支出。它包括人员经费（工资福利、对个人和家庭的补助）和公用经费（办公、水电、差旅等商品和服务支出）。部门预决算必须把基本支出和项目支出分开公开，基本支出还要按经济分类公开到款。',
      en: 'Together with project spending it makes up all of a department’s spending. It includes personnel costs (wages and benefits, payments to individuals and households) and public costs (office, utilities, travel and other goods and services). Disclosures must show basic and project spending separately, and basic spending by economic class down to 款.',
    },
    sources: [
      { key: 'LAW-SSTL', where: '第五条、第六条' },
      { key: 'GBC-TPL', where: '名词解释' },
      { key: 'GBC-WLJ', where: '名词解释' },
    ],
    confidence: 'A',
    related: ['xiangmu-zhichu', 'renyuan-jingfei', 'gongyong-jingfei', 'jiben-zhichu-biao'],
    check: [
      { zh: '核对：基本支出 = 人员经费 + 公用经费。', en: 'Check: basic expenditure = personnel costs + public costs.' },
      { zh: '核对：支出合计 = 基本支出 + 项目支出（及其他支出栏）。', en: 'Check: total spending = basic + project spending (+ any other columns).' },
      {
        zh: '支出总表中的基本支出应与基本支出表的合计一致。',
        en: 'Basic spending in the spending table should match the basic-spending table’s total.',
      },
    ],
  },
  {
    id: 'renyuan-jingfei',
    term: '人员经费',
    en: 'personnel costs',
    category: 'spending',
    variants: ['人员经费支出'],
    short: {
      zh: '人员经费是花在人身上的钱，如工资、津贴、社保缴费、住房公积金和离退休费等。',
      en: 'Personnel costs are money spent on people: wages, allowances, social-insurance contributions, housing fund, pensions and the like.',
    },
    detail: {
      zh: '在基本支出中，人员经费通常对应经济分类的301工资福利支出和303对个人和家庭的补助。各地模板的划分略有出入（例如有的把少量303列入公用经费），以本页表格为准。',
      en: 'Within basic spending it usually covers economic classes 301 (wages and benefits) and 303 (payments to individuals and households). Templates differ slightly (some put a little of 303 under public costs); the page’s table prevails.',
    },
    sources: [
      { key: 'LAW-SSTL', where: '第五条' },
      { key: 'GBC-TPL' },
      { key: 'GBC-WLJ' },
    ],
    confidence: 'B',
    codes: [
      { domain: 'economic-dept', code: '301' },
      { domain: 'economic-dept', code: '303' },
    ],
    related: ['jiben-zhichu', 'gongyong-jingfei', 'gongzi-fuli-zhichu', 'dui-geren-he-jiating-de-buzhu'],
    check: [
      {
        zh: '核对：人员经费 = 工资福利支出 + 对个人和家庭的补助（按本页表头的划分）。',
        en: 'Check: personnel costs = wages and benefits + payments to individuals and households (as the page’s header splits them).',
      },
    ],
  },
  {
    id: 'gongyong-jingfei',
    term: '公用经费',
    en: 'public (office) costs',
    category: 'spending',
    variants: ['日常公用经费', '公用经费支出'],
    short: {
      zh: '公用经费是机构日常运转花在“物”上的钱，如办公、水电、差旅、会议、维修等。',
      en: 'Public costs are the running costs spent on things rather than people: office supplies, utilities, travel, meetings, repairs and the like.',
    },
    detail: {
      zh: '在基本支出中，公用经费通常对应经济分类302商品和服务支出，以及基本支出中的资本性支出（如办公设备购置）。有的模板称“日常公用经费”。机关运行经费的现行口径就是行政单位一般公共预算财政拨款基本支出中的日常公用经费。',
      en: 'Within basic spending it usually covers class 302 (goods and services) plus capital items inside basic spending (e.g. office equipment). Some templates say "daily public costs". The current definition of government running costs is exactly these daily public costs of administrative units paid from general-budget appropriations.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'GBC-WLJ' }, { key: 'LAW-SSTL', where: '第五条' }],
    confidence: 'B',
    codes: [
      { domain: 'economic-dept', code: '302' },
      { domain: 'economic-dept', code: '310' },
    ],
    related: ['jiben-zhichu', 'renyuan-jingfei', 'shangpin-he-fuwu-zhichu', 'jiguan-yunxing-jingfei'],
    check: [
      {
        zh: '公用经费与机关运行经费往往相等或接近，但各地口径不一：数字不同不一定是错误，先看本页的定义。',
        en: 'Public costs and running costs are often equal or close, but definitions vary: a difference is not necessarily an error; read the page’s definition first.',
      },
    ],
  },
  {
    id: 'xiangmu-zhichu',
    term: '项目支出',
    en: 'project expenditure',
    category: 'spending',
    variants: ['项目支出预算', '项目经费'],
    short: {
      zh: '项目支出是在基本支出之外，为完成特定工作任务或事业发展目标而花的钱。',
      en: 'Project expenditure is money spent, beyond basic expenditure, to complete specific tasks or development goals.',
    },
    detail: {
      zh: '项目支出按项目管理，实行项目库管理和入库评审，通常要设定绩效目标。部分地区把项目支出称为“专项业务经费”。项目的金额应能在项目支出表、专项资金表或绩效目标表中找到对应。',
      en: 'It is managed project by project, through a project library with appraisal before entry, and usually carries performance targets. Some places call it "special operating funds". Project amounts should be traceable in the project, special-fund or performance-target tables.',
    },
    sources: [
      { key: 'LAW-SSTL', where: '第五条、第四十一条' },
      { key: 'GBC-TPL', where: '名词解释' },
    ],
    confidence: 'A',
    related: ['jiben-zhichu', 'jixiao-mubiao', 'zhuanxiang-yewu-jingfei', 'jixiao-mubiao-biao'],
    check: [
      {
        zh: '各项目金额之和应等于项目支出合计；说明中写的项目个数应与表中一致。',
        en: 'Project amounts should add up to total project spending, and the number of projects in the narrative should match the table.',
      },
      {
        zh: '绩效目标表注明“不含上年结转结余”时，其项目金额可能比其他表少一个结转数。',
        en: 'If a performance table says it excludes carry-overs, its project total may be lower than other tables by that amount.',
      },
    ],
  },
  {
    id: 'zhuanxiang-yewu-jingfei',
    term: '专项业务经费',
    en: 'special operating funds',
    category: 'spending',
    variants: ['专项业务经费支出', '专项业务费'],
    short: {
      zh: '部分地区的表格用“专项业务经费”指基本支出以外的项目性支出。',
      en: 'Some localities’ tables use "special operating funds" for project-type spending outside basic spending.',
    },
    detail: {
      zh: '在这类表格中，它与人员经费、公用经费并列。按理它不应出现在基本支出表中；若出现，应看是否属于表格编制错误。',
      en: 'In such tables it stands beside personnel and public costs. It should not appear inside a basic-spending table; if it does, check whether the table was compiled wrongly.',
    },
    sources: [{ key: 'FORMS' }],
    confidence: 'C',
    caveat: {
      zh: '没有找到这一名称的统一定义；把它等同于项目支出是根据表格结构作出的推断，请以本页说明为准。',
      en: 'No common definition of this label was found; equating it with project spending is inferred from table layouts; the page’s own narrative prevails.',
    },
    related: ['xiangmu-zhichu', 'jiben-zhichu'],
    check: [
      {
        zh: '基本支出表中若出现专项业务经费，与人员经费、公用经费相加时要特别留意是否重复或错列。',
        en: 'If special operating funds show up in a basic-spending table, watch for double counting or misplaced columns.',
      },
    ],
  },
  {
    id: 'gongzi-fuli-zhichu',
    term: '工资福利支出',
    en: 'wages and benefits',
    category: 'spending',
    variants: ['机关工资福利支出'],
    short: {
      zh: '工资福利支出是付给在职人员的工资、津贴、奖金、社保缴费、住房公积金等。',
      en: 'Wages and benefits are pay, allowances, bonuses, social-insurance contributions and housing fund for serving staff.',
    },
    detail: {
      zh: '部门预算经济分类中编码为301（其下有30101基本工资、30102津贴补贴、30108机关事业单位基本养老保险缴费、30113住房公积金等）；政府预算经济分类中对应501“机关工资福利支出”。',
      en: 'Class 301 in the department economic classification (with 30101 basic pay, 30102 allowances, 30108 pension contributions, 30113 housing fund…); in the government economic classification it corresponds to 501.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第二十七条' },
      { key: 'GBC-TPL' },
      { key: 'MOF-DZB' },
    ],
    confidence: 'A',
    codes: [
      { domain: 'economic-dept', code: '301' },
      { domain: 'economic-gov', code: '501' },
    ],
    related: ['renyuan-jingfei', 'bumen-jingji-fenlei', 'zhengfu-jingji-fenlei'],
    check: [{ zh: '301各款之和应等于301合计。', en: 'The 301 items should add up to the 301 total.' }],
  },
  {
    id: 'shangpin-he-fuwu-zhichu',
    term: '商品和服务支出',
    en: 'goods and services',
    category: 'spending',
    variants: ['机关商品和服务支出', '一般商品和服务支出'],
    short: {
      zh: '商品和服务支出是买东西和服务的日常开支，如办公费、水电费、差旅费、会议费、维修费等。',
      en: 'Goods and services are day-to-day purchases: office costs, utilities, travel, meetings, repairs and the like.',
    },
    detail: {
      zh: '部门预算经济分类编码为302（30201办公费、30211差旅费、30215会议费、30217公务接待费、30231公务用车运行维护费等）；政府预算经济分类对应502“机关商品和服务支出”，多个部门科目合并为502的一个款（例如办公费、印刷费、邮电费、差旅费等都并入50201办公经费）。',
      en: 'Class 302 in the department classification (30201 office, 30211 travel, 30215 meetings, 30217 hospitality, 30231 vehicle running…); in the government classification it is 502, where several department items merge into one (office, printing, post, travel… all go to 50201 office expenses).',
    },
    sources: [{ key: 'LAW-YSF', where: '第二十七条' }, { key: 'GBC-TPL' }, { key: 'MOF-DZB' }],
    confidence: 'A',
    codes: [
      { domain: 'economic-dept', code: '302' },
      { domain: 'economic-gov', code: '502' },
    ],
    related: ['gongyong-jingfei', 'bumen-jingji-fenlei', 'zhengfu-jingji-fenlei'],
    check: [
      {
        zh: '按对照关系把302各款归并后，应与政府经济分类502各款的金额一致。',
        en: 'Grouping the 302 items by the crosswalk should reproduce the 502 amounts.',
      },
    ],
  },
  {
    id: 'dui-geren-he-jiating-de-buzhu',
    term: '对个人和家庭的补助',
    en: 'payments to individuals and households',
    category: 'spending',
    variants: ['对个人和家庭补助'],
    short: {
      zh: '对个人和家庭的补助是直接给个人的钱，如离退休费、抚恤金、生活补助、医疗费补助、助学金等。',
      en: 'Payments to individuals and households go directly to people: pensions, survivor benefits, living allowances, medical subsidies, student grants and so on.',
    },
    detail: {
      zh: '部门预算经济分类编码为303（其下有30301离休费、30302退休费、30307医疗费补助等）。在基本支出中一般计入人员经费。',
      en: 'Class 303 in the department classification (30301 retirement pay for pre-1949 veterans, 30302 pensions, 30307 medical subsidies…). Within basic spending it normally counts as personnel costs.',
    },
    sources: [{ key: 'GBC-TPL' }],
    confidence: 'B',
    codes: [
      { domain: 'economic-dept', code: '303' },
    ],
    related: ['renyuan-jingfei', 'bumen-jingji-fenlei'],
    check: [],
  },
  {
    id: 'zibenxing-zhichu',
    term: '资本性支出',
    en: 'capital expenditure',
    category: 'spending',
    variants: ['机关资本性支出'],
    short: {
      zh: '资本性支出是购建房屋、设备、车辆、软件等能长期使用的资产的花费。',
      en: 'Capital expenditure buys or builds long-lived assets: buildings, equipment, vehicles, software and the like.',
    },
    detail: {
      zh: '部门预算经济分类中310为资本性支出，下设房屋建筑物购建、办公设备购置、公务用车购置（31013）等款。基本建设类的资本性支出另列一类，各地表格写作“资本性支出（基本建设）”。',
      en: 'In the department classification 310 is capital spending, with items such as buildings, office equipment and official-car purchase (31013). Capital construction is listed as a separate class, printed as "资本性支出（基本建设）".',
    },
    sources: [{ key: 'LAW-YSF', where: '第二十七条' }, { key: 'GBC-TPL' }],
    confidence: 'A',
    codes: [
      { domain: 'economic-dept', code: '310' },
    ],
    related: ['gongwu-yongche-gouzhi-fei', 'bumen-jingji-fenlei'],
    check: [],
  },
  {
    id: 'shangjiao-shangji-zhichu',
    term: '上缴上级支出',
    en: 'remittances to the supervising unit',
    category: 'spending',
    variants: [],
    short: {
      zh: '上缴上级支出是单位按规定上交给上级单位的钱。',
      en: 'Remittances to the supervising unit are money a unit hands up to its parent unit under the rules.',
    },
    detail: {
      zh: '出现在支出总表和支出决算表中，与基本支出、项目支出并列；多数行政机关为空。',
      en: 'It appears in spending tables beside basic and project spending; for most government bodies it is empty.',
    },
    sources: [{ key: 'GBC-TPL' }],
    confidence: 'B',
    related: ['shangji-buzhu-shouru', 'dui-fushu-danwei-buzhu-zhichu'],
    check: [],
  },
  {
    id: 'jingying-zhichu',
    term: '经营支出',
    en: 'business spending',
    category: 'spending',
    variants: ['事业单位经营支出', '事业单位经营服务支出'],
    short: {
      zh: '经营支出是事业单位在本职业务之外开展非独立核算经营活动发生的支出。',
      en: 'Business spending is what a public institution spends on non-independently-accounted business activities outside its core work.',
    },
    detail: {
      zh: '它与“事业单位经营收入”相对应，在支出总表中单列。',
      en: 'It is the counterpart of business revenue and has its own column in spending tables.',
    },
    sources: [{ key: 'GBC-TPL' }],
    confidence: 'B',
    related: ['shiye-danwei-jingying-shouru'],
    check: [],
    match: {
      notInside: [
        { text: '国有资本经营支出', reason: 'spending of the 国有资本经营预算, not a 事业单位’s business spending' },
      ],
    },
  },
  {
    id: 'dui-fushu-danwei-buzhu-zhichu',
    term: '对附属单位补助支出',
    en: 'subsidies to affiliated units',
    category: 'spending',
    variants: ['对附属单位补助'],
    short: {
      zh: '对附属单位补助支出是单位给其附属单位的补助。',
      en: 'Subsidies to affiliated units are what a unit gives its affiliated units.',
    },
    detail: {
      zh: '出现在支出总表和支出决算表中；与“附属单位上缴收入”方向相反。',
      en: 'It appears in spending tables and runs opposite to revenue handed up by affiliated units.',
    },
    sources: [{ key: 'GBC-TPL' }],
    confidence: 'B',
    related: ['fushu-danwei-shangjiao-shouru', 'shangjiao-shangji-zhichu'],
    check: [],
  },
  {
    id: 'huiyifei',
    term: '会议费',
    en: 'meeting costs',
    category: 'spending',
    variants: [],
    short: {
      zh: '会议费是单位召开会议发生的费用。',
      en: 'Meeting costs are what a unit spends on holding meetings.',
    },
    detail: {
      zh: '部门预算经济分类为30215，对应政府预算经济分类50202。一些地区把会议费、培训费与“三公”经费放在同一张表中公开，说明中也常写明会议的次数和人数。',
      en: 'Item 30215 in the department classification, 50202 in the government one. Some places publish meeting and training costs in the same table as the three public expenses, and narratives often give the number of meetings and attendees.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'MOF-DZB' }],
    confidence: 'B',
    codes: [
      { domain: 'economic-dept', code: '30215' },
      { domain: 'economic-gov', code: '50202' },
    ],
    related: ['peixunfei', 'sangong-jingfei', 'shangpin-he-fuwu-zhichu'],
    check: [
      {
        zh: '说明中的会议费应与基本支出表（或三公及会议费表）中的会议费一致。',
        en: 'Meeting costs in the narrative should match the basic-spending (or three-public-expenses and meetings) table.',
      },
    ],
  },
  {
    id: 'peixunfei',
    term: '培训费',
    en: 'training costs',
    category: 'spending',
    variants: [],
    short: {
      zh: '培训费是单位组织或参加培训发生的费用。',
      en: 'Training costs are what a unit spends on organising or attending training.',
    },
    detail: {
      zh: '部门预算经济分类为30216，对应政府预算经济分类50203。因公出国（境）期间的培训费计入因公出国（境）费，不计入这里。',
      en: 'Item 30216 in the department classification, 50203 in the government one. Training during official trips abroad belongs to the trips-abroad line, not here.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'MOF-DZB' }],
    confidence: 'B',
    codes: [
      { domain: 'economic-dept', code: '30216' },
      { domain: 'economic-gov', code: '50203' },
    ],
    related: ['huiyifei', 'yingong-chuguo-fei'],
    check: [],
  },
  {
    id: 'zhengfu-goumai-fuwu',
    term: '政府购买服务',
    en: 'government purchase of services',
    category: 'spending',
    variants: [],
    short: {
      zh: '政府购买服务是国家机关把本职范围内、适合由市场提供的服务事项，按政府采购的方式和程序交给符合条件的供应商承担，并按服务数量和质量付费。',
      en: 'Government purchase of services is when state bodies hand service tasks within their remit that the market can provide to qualified suppliers, through government-procurement methods and procedures, and pay by the quantity and quality of service.',
    },
    detail: {
      zh: '它与政府采购不同：政府采购是国家机关、事业单位和团体组织用财政性资金采购集中采购目录以内或限额标准以上的货物、工程和服务；政府购买服务讲的是由谁来提供某项服务，采购只是它使用的方式和程序。',
      en: 'It differs from government procurement, which is state bodies, public institutions and organisations buying goods, works and services with fiscal funds inside the central catalogue or above the threshold; purchase of services is about who delivers a service, and procurement is the method it uses.',
    },
    sources: [{ key: 'LC-GMFW' }, { key: 'LAW-ZFCG', where: '第二条' }],
    confidence: 'B',
    related: ['zhengfu-caigou'],
    check: [],
  },
];
