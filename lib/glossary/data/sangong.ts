import type { GlossaryEntry } from '../schema';

/** The "three public expenses", government running costs, and the kinds of units they apply to. */
export const sangongTerms: GlossaryEntry[] = [
  {
    id: 'sangong-jingfei',
    term: '“三公”经费',
    en: '"three public expenses"',
    category: 'sangong',
    variants: ['三公经费', '“三公”', '“三公”经费支出', '“三公”经费预算'],
    short: {
      zh: '“三公”经费是用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费三项的合计。',
      en: 'The "three public expenses" are official trips abroad, official cars (purchase and running) and official hospitality, paid from appropriations, added together.',
    },
    detail: {
      zh: '三项为：①因公出国（境）费；②公务用车购置及运行（维护）费，公开时要再分为购置费和运行费；③公务接待费。统计口径是财政拨款安排的部分（各地表述略有不同，见下方说明）。部门应公开“三公”经费表，并说明与上年（决算还要与预算）相比的增减及原因；决算说明通常还给出出国团组和人次、车辆购置和保有量、接待批次和人次。',
      en: 'The three are: (1) official trips abroad; (2) official cars, split into purchase and running (maintenance) costs; (3) official hospitality. Only the part paid from appropriations counts (wording varies, see below). Departments publish a three-public-expenses table and explain changes against last year (and, in final accounts, against the budget); final accounts usually also give trip groups and persons, cars bought and held, and hospitality batches and guests.',
    },
    sources: [
      { key: 'GBC-TPL', where: '名词解释' },
      { key: 'GBC-WLJ', where: '名词解释' },
      { key: 'SHIDIAN' },
      { key: 'GUIYANG' },
      { key: 'OPS-143', where: '三公经费表须分列购置费与运行费并说明增减' },
    ],
    confidence: 'B',
    caveat: {
      zh: '资金口径各地写法不同：有的写“财政拨款”，有的写“一般公共预算财政拨款”，有的说明含上年结转；车辆一项有“运行费”和“运行维护费”两种叫法。请以本页的名词解释为准。',
      en: 'The funding scope is worded differently: "appropriations", "general-public-budget appropriations", sometimes including carry-overs; the car line is called "running" or "running and maintenance". The page’s own glossary prevails.',
    },
    related: ['yingong-chuguo-fei', 'gongwu-yongche-gouzhi-ji-yunxing-fei', 'gongwu-jiedai-fei', 'sangong-biao', 'jiguan-yunxing-jingfei'],
    check: [
      {
        zh: '核对：“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费。',
        en: 'Check: total = trips abroad + official cars + hospitality.',
      },
      {
        zh: '核对：公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费。',
        en: 'Check: official cars = purchase + running.',
      },
      {
        zh: '说明文字中的三公金额应与“三公”经费表一致，表注年份应与文件年份一致。',
        en: 'Amounts in the narrative should match the table, and the year in the table note should match the document.',
      },
    ],
  },
  {
    id: 'yingong-chuguo-fei',
    term: '因公出国（境）费',
    en: 'official trips abroad (incl. Hong Kong, Macao, Taiwan)',
    category: 'sangong',
    variants: ['因公出国（境）费用', '因公出国境费', '因公出国（境）经费'],
    short: {
      zh: '因公出国（境）费是工作人员因公出国或到港澳台地区的国际旅费、住宿费、伙食费、培训费等开支。',
      en: 'Official trips abroad cover international fares, transport between foreign cities, lodging, meals, training and sundries of official travel abroad or to Hong Kong, Macao and Taiwan.',
    },
    detail: {
      zh: '它是“三公”经费的一项。经济分类表中写作“因公出国（境）费用”（部门预算经济分类30212），“三公”经费表中写作“因公出国（境）费”，指同一类支出。决算说明通常给出出国（境）团组数和人次。',
      en: 'One of the three public expenses. Economic tables print 因公出国（境）费用 (item 30212), three-expenses tables 因公出国（境）费: the same spending. Final accounts usually give the number of groups and person-trips.',
    },
    sources: [{ key: 'GBC-TPL', where: '名词解释' }, { key: 'GBC-WLJ', where: '名词解释' }, { key: 'SHIDIAN' }],
    confidence: 'B',
    codes: [{ domain: 'economic-dept', code: '30212' }],
    related: ['sangong-jingfei', 'gongwu-jiedai-fei'],
    check: [
      {
        zh: '“三公”经费表中的因公出国（境）费应与经济分类表中30212的金额一致（口径相同时）。',
        en: 'The table amount should match item 30212 in the economic tables, when both use the same scope.',
      },
    ],
  },
  {
    id: 'gongwu-yongche-gouzhi-ji-yunxing-fei',
    term: '公务用车购置及运行费',
    en: 'official cars: purchase and running',
    category: 'sangong',
    variants: ['公务用车购置及运行维护费', '公务用车购置及运行（维护）费', '公务用车购置和运行费'],
    short: {
      zh: '公务用车购置及运行费是买公务车的钱加上已有公务车的燃料、维修、保险等运行费用。',
      en: 'Official cars covers buying official vehicles plus running the ones kept: fuel, repairs, tolls, insurance and so on.',
    },
    detail: {
      zh: '它是“三公”经费的一项，公开时必须拆成“公务用车购置费”和“公务用车运行（维护）费”两项。名称有两种写法：财政部预算表多写“购置及运行费”，上海决算模板写“购置及运行维护费”，指同一项。说明中通常还给出车辆购置数和保有量。',
      en: 'One of the three public expenses; disclosure must split it into purchase and running (maintenance). Two names are in use, "购置及运行费" (budget tables) and "购置及运行维护费" (Shanghai final-account template), for the same line. Narratives usually give cars bought and held.',
    },
    sources: [
      { key: 'GBC-TPL', where: '名词解释' },
      { key: 'OPS-143', where: '三公经费表' },
      { key: 'SHIDIAN' },
    ],
    confidence: 'B',
    related: ['gongwu-yongche-gouzhi-fei', 'gongwu-yongche-yunxing-fei', 'sangong-jingfei', 'gongwu-yongche'],
    check: [
      {
        zh: '核对：公务用车购置及运行费 = 购置费 + 运行费。',
        en: 'Check: official cars = purchase + running.',
      },
    ],
  },
  {
    id: 'gongwu-yongche-gouzhi-fei',
    term: '公务用车购置费',
    en: 'official car purchase',
    category: 'sangong',
    variants: ['公务用车购置'],
    short: {
      zh: '公务用车购置费是购买公务用车的支出，含车辆购置税。',
      en: 'Official car purchase is spending on buying official vehicles, including vehicle purchase tax.',
    },
    detail: {
      zh: '部门预算经济分类为31013“公务用车购置”（属于资本性支出）。说明中应与新购车辆数对应。',
      en: 'Item 31013 in the department classification (capital spending). It should match the number of cars bought stated in the narrative.',
    },
    sources: [{ key: 'GBC-TPL', where: '名词解释' }, { key: 'SHIDIAN' }],
    confidence: 'B',
    codes: [{ domain: 'economic-dept', code: '31013' }],
    related: ['gongwu-yongche-gouzhi-ji-yunxing-fei', 'gongwu-yongche-yunxing-fei', 'zibenxing-zhichu'],
    check: [
      {
        zh: '说明中写本年不新购车辆时，购置费应为零或空。',
        en: 'If the narrative says no cars are bought, purchase should be zero or blank.',
      },
    ],
  },
  {
    id: 'gongwu-yongche-yunxing-fei',
    term: '公务用车运行费',
    en: 'official car running costs',
    category: 'sangong',
    variants: ['公务用车运行维护费', '公务用车运行（维护）费', '公车运行维护费', '公车运行费'],
    short: {
      zh: '公务用车运行费是已有公务车的燃料、维修、过路过桥、保险等费用。',
      en: 'Official car running costs are fuel, repairs, tolls, insurance and similar costs of the cars a unit keeps.',
    },
    detail: {
      zh: '部门预算经济分类为30231“公务用车运行维护费”。“运行费”与“运行维护费”两种叫法指同一项。说明中通常同时给出公务用车保有量。',
      en: 'Item 30231 "公务用车运行维护费" in the department classification; "running" and "running and maintenance" name the same thing. Narratives usually also give the number of cars held.',
    },
    sources: [{ key: 'GBC-TPL', where: '名词解释' }, { key: 'SHIDIAN' }],
    confidence: 'B',
    codes: [{ domain: 'economic-dept', code: '30231' }],
    related: ['gongwu-yongche-gouzhi-ji-yunxing-fei', 'gongwu-yongche-gouzhi-fei', 'gongwu-yongche'],
    check: [
      {
        zh: '单位公务用车保有量为零却列有运行费时，值得询问原因（例如租车或车辆改革补贴的口径）。',
        en: 'Running costs with zero cars held deserve a question (e.g. rented cars or how vehicle-reform allowances are counted).',
      },
    ],
  },
  {
    id: 'gongwu-jiedai-fei',
    term: '公务接待费',
    en: 'official hospitality',
    category: 'sangong',
    variants: ['国内公务接待费'],
    short: {
      zh: '公务接待费是单位按规定接待来访公务人员（含外宾）发生的费用。',
      en: 'Official hospitality is what a unit spends, under the rules, on receiving official visitors, including foreign guests.',
    },
    detail: {
      zh: '它是“三公”经费的一项，部门预算经济分类为30217。决算说明通常给出接待批次和人次。',
      en: 'One of the three public expenses; item 30217 in the department classification. Final accounts usually give the number of batches and guests.',
    },
    sources: [{ key: 'GBC-TPL', where: '名词解释' }, { key: 'SHIDIAN' }],
    confidence: 'B',
    codes: [{ domain: 'economic-dept', code: '30217' }],
    related: ['sangong-jingfei', 'yingong-chuguo-fei'],
    check: [
      {
        zh: '“三公”经费表中的公务接待费应与基本支出表中30217的金额对得上（口径相同时）。',
        en: 'It should match item 30217 in the basic-spending table, when both use the same scope.',
      },
    ],
  },
  {
    id: 'gongwu-yongche',
    term: '公务用车',
    en: 'official vehicles',
    category: 'assets',
    variants: ['公务用车保有量'],
    short: {
      zh: '公务用车是单位因公使用的车辆，公开材料中会按用途分类报告车辆数。',
      en: 'Official vehicles are cars a unit uses for work; disclosures report how many it holds, by purpose.',
    },
    detail: {
      zh: '国有资产占用情况中，车辆常按部级领导干部用车、主要领导干部用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、离退休干部用车、其他用车等分类；预算中还要报告拟新增配置的车辆。',
      en: 'Asset sections often classify cars as for ministerial leaders, principal leaders, confidential communications, emergency support, law enforcement, special technical use, retired cadres and other; budgets also report planned purchases.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'LAW-XZSY-ZC' }],
    confidence: 'B',
    related: ['guoyou-zichan-zhanyong', 'gongwu-yongche-gouzhi-fei', 'gongwu-yongche-yunxing-fei'],
    check: [
      {
        zh: '各类车辆数之和应等于车辆总数；新增车辆应与公务用车购置费相呼应。',
        en: 'Cars by type should add up to the total, and new cars should fit the purchase line.',
      },
    ],
  },
  {
    id: 'jiguan-yunxing-jingfei',
    term: '机关运行经费',
    en: 'government running costs',
    category: 'sangong',
    variants: ['机关（机构）运行经费', '机关运转经费'],
    short: {
      zh: '机关运行经费是保障机关日常运转的办公、水电、差旅、维修等费用，但具体口径有新旧两种说法。',
      en: 'Government running costs are the office, utilities, travel, repair and similar costs of keeping government bodies running, but two definitions are in use.',
    },
    detail: {
      zh: '预算法要求部门公开预决算时说明机关运行经费的安排和使用情况，并严格控制这类支出。现在常见的口径是：行政单位和参照公务员法管理的事业单位，用一般公共预算财政拨款安排的基本支出中的日常公用经费。较早的口径则列举具体项目：办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、取暖费、物业管理费、公务用车运行维护费及其他费用。两种口径通常得到相近但不一定相同的数字；本页名词解释采用哪一种，就按哪一种理解。没有行政或参公单位的部门会写明“无机关运行经费支出”。',
      en: 'The Budget Law requires departments to explain how running costs were arranged and used, and to keep them under tight control. The common current definition: the daily public costs within basic spending, paid from general-public-budget appropriations, of administrative units and institutions managed like the civil service. An older definition lists items instead: office and printing, post and telecom, travel, meetings, welfare, routine repairs, special materials and general equipment, utilities, heating and property management of office buildings, official-car running and other costs. The two usually give close but not identical figures; read the page by the definition its own glossary uses. Departments without such units state they have no running costs.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十四条、第三十七条' },
      { key: 'LAW-SSTL', where: '第六条' },
    ],
    confidence: 'A',
    competing: [
      {
        label: { zh: '现行口径（日常公用经费）', en: 'current definition (daily public costs)' },
        text: {
          zh: '行政单位和参公事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
          en: 'Daily public costs within basic spending of administrative units and civil-service-managed institutions, paid from general-public-budget appropriations.',
        },
        sources: [{ key: 'GBC-TPL', where: '名词解释' }, { key: 'GBC-WLJ' }, { key: 'GBC-CG' }, { key: 'GBC-JGW' }],
        confidence: 'A',
      },
      {
        label: { zh: '旧口径（列举商品和服务项目）', en: 'older definition (listed goods and services)' },
        text: {
          zh: '为保障行政单位（含参公事业单位）运行，用于购买货物和服务的各项资金，如办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、取暖费、物业管理费、公务用车运行维护费等。',
          en: 'Money used to buy goods and services that keep administrative units (incl. civil-service-managed institutions) running, such as office and printing, post, travel, meetings, welfare, repairs, materials and equipment, office utilities, heating, property management and official-car running.',
        },
        sources: [{ key: 'WZ-2023' }],
        confidence: 'B',
      },
    ],
    related: ['gongyong-jingfei', 'jigou-yunzhuan-jingfei', 'canzhao-gongwuyuan-guanli', 'sangong-jingfei', 'jiben-zhichu'],
    check: [
      {
        zh: '机关运行经费通常等于或接近基本支出中的公用经费（一般公共预算财政拨款部分）；不同时先看本页采用哪种口径，口径一致仍对不上才可能是错误。',
        en: 'Running costs usually equal or approach the public costs of basic spending (general-budget appropriations); if not, first check which definition the page uses; only a mismatch under the same definition suggests an error.',
      },
      {
        zh: '说明中与上年比较的增减额和增减率应能用两年数字算出。',
        en: 'The change against last year stated in the narrative should recompute from the two figures.',
      },
    ],
  },
  {
    id: 'jigou-yunzhuan-jingfei',
    term: '行政（事业）单位机构运转经费',
    en: 'institutional running costs (local label)',
    category: 'sangong',
    variants: ['行政事业单位机构运转经费', '机构运转经费', '单位机构运转经费', '机构运行经费'],
    short: {
      zh: '这是一些地方使用的名称，看起来指与机关运行经费类似的日常运转费用，但没有找到权威定义。',
      en: 'A label used in some places that appears to mean running costs similar to government running costs, but no authoritative definition was found.',
    },
    detail: {
      zh: '它可能用于不属于行政单位或参公单位、因而不适用“机关运行经费”口径的单位，报告其日常公用经费一类的支出。请以本页的说明或名词解释为准。',
      en: 'It may be used by units that are not administrative or civil-service-managed, and so fall outside "government running costs", to report similar daily public costs. Rely on the page’s own explanation.',
    },
    sources: [],
    confidence: 'C',
    caveat: {
      zh: '未在任何法规、模板或公开页面中找到这一名称的定义；以上只是推测，不能当作事实。',
      en: 'No definition was found in any law, template or page; the above is a guess, not a fact.',
    },
    related: ['jiguan-yunxing-jingfei', 'gongyong-jingfei'],
    check: [
      {
        zh: '若本页有名词解释，以本页定义为准，并看金额是否与公用经费一致。',
        en: 'If the page defines it, use that definition and see whether the amount fits public costs.',
      },
    ],
  },
  {
    id: 'canzhao-gongwuyuan-guanli',
    term: '参照公务员法管理的事业单位',
    en: 'public institutions managed like the civil service',
    category: 'sangong',
    variants: ['参公单位', '参照公务员法管理', '参公事业单位', '参公'],
    short: {
      zh: '参公单位是按公务员法管理人员的事业单位，在机关运行经费口径上与行政单位一样对待。',
      en: 'These are public institutions whose staff are managed under the civil-service law; for running costs they are treated like administrative units.',
    },
    detail: {
      zh: '机关运行经费的现行口径只适用于行政单位和参公事业单位；其他事业单位不计入。',
      en: 'The current definition of government running costs applies only to administrative units and these institutions; other public institutions are not counted.',
    },
    sources: [{ key: 'GBC-TPL', where: '名词解释：机关运行经费' }, { key: 'GBC-WLJ' }],
    confidence: 'B',
    related: ['jiguan-yunxing-jingfei', 'shiye-danwei'],
    check: [],
  },
  {
    id: 'shiye-danwei',
    term: '事业单位',
    en: 'public institution (shiye danwei)',
    category: 'sangong',
    variants: [],
    short: {
      zh: '事业单位是国家为公益目的举办的、从事教育科技文化卫生等活动的社会服务组织。',
      en: 'A public institution is a social-service organisation set up by the state for public-interest aims, working in education, science, culture, health and similar fields.',
    },
    detail: {
      zh: '事业单位由国家机关举办或由其他组织利用国有资产举办。它们可以有事业收入、经营收入等自有收入，因此预决算表中会出现这些栏目；行政机关一般没有。',
      en: 'They are run by state bodies or by other organisations using state assets. They may have service and business revenue of their own, which is why those lines exist in disclosure tables; government bodies usually have none.',
    },
    sources: [{ key: 'LAW-SYDJ', where: '第二条' }],
    confidence: 'A',
    related: ['shiye-shouru', 'shiye-danwei-jingying-shouru', 'canzhao-gongwuyuan-guanli', 'shiye-jijin'],
    check: [],
    match: {
      // "机关事业单位…" and "行政事业单位…" name other things (pension items, medical items)
      notPrecededBy: ['机关', '行政', '参公'],
      notInside: [
        { text: '对事业单位经常性补助', reason: 'a 政府预算支出经济分类 heading (subsidies paid to public institutions), not the institutions' },
        { text: '对事业单位资本性补助', reason: 'a 政府预算支出经济分类 heading (subsidies paid to public institutions), not the institutions' },
      ],
    },
  },
];
