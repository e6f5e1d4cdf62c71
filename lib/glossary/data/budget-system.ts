import type { GlossaryEntry } from '../schema';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The budget system: what a budget and a final account are, the four budgets, and budget-law tools. */
export const budgetSystemTerms: GlossaryEntry[] = [
  {
    id: 'yusuan',
    term: '预算',
    en: 'budget',
    category: 'budget',
    variants: ['预算草案'],
    short: {
      zh: '预算是政府或单位事先定好、经批准的一年收支计划。',
      en: 'A budget is the approved plan of what a government or unit expects to take in and spend in a year.',
    },
    detail: {
      zh: '预算由预算收入和预算支出组成，政府的全部收支都应当纳入预算。预算经人大批准后，非经法定程序不得调整，未列入预算的不得支出。尚未经过法定程序审查批准的叫“预算草案”。预算表里的数字是“计划数”，年度结束后的实际结果要看决算。',
      en: 'A budget consists of budgeted revenue and budgeted spending, and all government revenue and spending must be in it. Once approved it can only be changed through the legal procedure, and nothing outside it may be spent. A budget not yet examined and approved is a "draft budget". Budget tables show planned figures; what actually happened is reported later in the final accounts.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第四条、第十三条' },
      { key: 'LAW-SSTL', where: '第十九条' },
    ],
    confidence: 'A',
    related: ['juesuan', 'bumen-yusuan', 'yusuan-tiaozheng', 'yusuanshu', 'si-ben-yusuan'],
    check: [
      {
        zh: '看清这是预算（计划数）还是决算（实际数），两者不能直接当作同一数字比较。',
        en: 'Tell whether the page shows a budget (plan) or final accounts (actual); the two are not the same figure.',
      },
    ],
    // a generic word inside many compounds; also skip table numbers like "预算01表"
    match: { standalone: true, notFollowedBy: DIGITS },
  },
  {
    id: 'juesuan',
    term: '决算',
    en: 'final accounts',
    category: 'budget',
    variants: ['决算草案'],
    short: {
      zh: '决算是一年结束后，预算实际执行结果的总账。',
      en: 'Final accounts are the year-end record of how the budget was actually carried out.',
    },
    detail: {
      zh: '决算在预算年度终了后编制，反映全年收入、支出和结余的实际结果；未经法定程序批准前称“决算草案”。决算要与预算对应，按预算数、调整预算数、决算数分别列出。部门决算由同级财政部门批复后公开。与预算相比：预算是年初的计划，决算是年末的实际。',
      en: 'Final accounts are drawn up after the budget year ends and show actual revenue, spending and balances; before approval they are a "draft". They must mirror the budget, listing the budgeted, adjusted and actual figures side by side. Department final accounts are published after the finance department approves them. Budget = plan at the start of the year; final accounts = result at the end.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第七十四条、第七十五条' },
      { key: 'LAW-SSTL', where: '第八十条' },
      { key: 'GBC-TPL', where: '决算表：预算数、决算数并列' },
    ],
    confidence: 'A',
    related: ['yusuan', 'bumen-juesuan', 'juesuanshu', 'tiaozheng-yusuanshu'],
    check: [
      {
        zh: '决算表常把决算数和年初预算数并列；差异较大的项目，说明中应解释原因。',
        en: 'Final-account tables often put actual figures beside the initial budget; large gaps should be explained in the narrative.',
      },
    ],
    // a generic word inside many compounds; also skip table numbers like "预算01表"
    match: { standalone: true, notFollowedBy: DIGITS },
  },
  {
    id: 'si-ben-yusuan',
    term: '四本预算',
    en: 'the four budgets',
    category: 'budget',
    variants: ['四本账'],
    short: {
      zh: '政府预算分为一般公共预算、政府性基金预算、国有资本经营预算和社会保险基金预算四本账。',
      en: 'Government budgets come in four books: the general public budget, the government-fund budget, the state-capital budget and the social-insurance-fund budget.',
    },
    detail: {
      zh: '预算法规定预算包括这四部分，各自完整、独立，但后三本要与一般公共预算相衔接。部门预算公开表通常只涉及前三本（财政拨款来自这三本），社会保险基金预算一般不在部门预算表中出现。',
      en: 'The Budget Law says a budget has these four parts, each complete and separate, with the other three linked to the general public budget. Department disclosure tables usually involve only the first three (appropriations come from them); the social-insurance-fund budget normally does not appear there.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第五条' },
      { key: 'LAW-SSTL', where: '第五条' },
    ],
    confidence: 'A',
    related: [
      'yiban-gonggong-yusuan',
      'zhengfuxing-jijin-yusuan',
      'guoyou-ziben-jingying-yusuan',
      'shehui-baoxian-jijin-yusuan',
    ],
    check: [
      {
        zh: '收支总表中来自各本预算的拨款之和应等于财政拨款合计。',
        en: 'In the summary table, appropriations from each budget should add up to total appropriations.',
      },
    ],
  },
  {
    id: 'yiban-gonggong-yusuan',
    term: '一般公共预算',
    en: 'general public budget',
    category: 'budget',
    variants: ['公共财政预算'],
    short: {
      zh: '一般公共预算是主要靠税收、用于民生、发展、安全和机关运转的那本预算。',
      en: 'The general public budget is the main, mostly tax-funded budget for public services, development, security and keeping government running.',
    },
    detail: {
      zh: '一般公共预算以税收为主体的财政收入为来源，收入还包括行政事业性收费、国有资源（资产）有偿使用收入、转移性收入等。支出按功能分为一般公共服务、公共安全、教育、科技、文化、卫生、社会保障和就业等；按经济性质分为工资福利、商品和服务、资本性支出等。部门表中的“一般公共预算拨款”就是从这本预算拨给部门的钱。',
      en: 'It is funded mainly by taxes, plus administrative fees, paid use of state resources and assets, transfers and other income. Spending is classified by function (general public services, public security, education, science, culture, health, social security and employment…) and by economic nature (wages, goods and services, capital spending…). "General public budget appropriations" in department tables come from this budget.',
    },
    sources: [{ key: 'LAW-YSF', where: '第六条、第七条、第二十七条' }],
    confidence: 'A',
    related: ['si-ben-yusuan', 'yiban-gonggong-yusuan-bokuan', 'gongneng-fenlei', 'jingji-fenlei'],
    check: [
      {
        zh: '核对（财政拨款收支总表中只看一般公共预算资金）：本年一般公共预算拨款 + 上年结转中的一般公共预算拨款 = 一般公共预算支出 + 年终结转结余中的一般公共预算拨款。所以支出合计通常不等于本年拨款，两者相差的正是结转。',
        en: 'Check (appropriations summary, general-budget money only): this year’s general-budget appropriation + its carry-over from last year = general-budget spending + its carry-over to next year. So the spending total usually differs from this year’s appropriation, by exactly the carry-overs.',
      },
    ],
  },
  {
    id: 'zhengfuxing-jijin-yusuan',
    term: '政府性基金预算',
    en: 'government-fund budget',
    category: 'budget',
    variants: ['政府性基金'],
    short: {
      zh: '政府性基金预算管的是依法向特定对象收取、专门用于特定公共事业的钱。',
      en: 'The government-fund budget covers money levied under law from specific payers and earmarked for specific public undertakings.',
    },
    detail: {
      zh: '这类资金依照法律、行政法规在一定期限内征收或筹集，按基金项目编制、以收定支、专款专用；例如国有土地使用权出让收入安排的城市建设支出。部门表中体现为“政府性基金预算拨款”。很多部门没有这类收支，此时应公开空表并说明。',
      en: 'Such money is levied or raised for a limited period under laws and regulations, budgeted fund by fund, spent only as far as it comes in, and only for its purpose, e.g. city construction paid from land-use-right sales. In department tables it appears as "government-fund appropriations". Many departments have none and must then publish the table empty with an explanation.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第九条' },
      { key: 'LAW-SSTL', where: '第十四条' },
      { key: 'GBC-JGW', where: '政府性基金预算支出表' },
    ],
    confidence: 'A',
    related: ['si-ben-yusuan', 'zhengfuxing-jijin-bokuan', 'kongbiao'],
    check: [
      {
        zh: '若本部门没有政府性基金收支，相应表格应以空表公开并写明原因。',
        en: 'If the department has no government-fund money, the table should still be published empty, with the reason.',
      },
    ],
  },
  {
    id: 'guoyou-ziben-jingying-yusuan',
    term: '国有资本经营预算',
    en: 'state-capital operating budget',
    category: 'budget',
    variants: [],
    short: {
      zh: '国有资本经营预算安排的是国有企业上交的利润、股息等国有资本收益怎么花。',
      en: 'The state-capital operating budget decides how income from state capital (profits and dividends handed in by state enterprises) is spent.',
    },
    detail: {
      zh: '收入包括国有独资企业上缴的利润、国有控股和参股公司的股息红利、国有产权转让收入、清算收入等；支出包括资本性支出、费用性支出、调入一般公共预算的资金等。这本预算按收支平衡编制、不列赤字。多数行政部门没有这类收支。',
      en: 'Revenue includes profits handed in by wholly state-owned firms, dividends from state holdings, proceeds of transferring state equity and liquidation income; spending includes capital and cost-type spending and transfers to the general public budget. It must balance, without a deficit. Most administrative departments have none of it.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十条' },
      { key: 'LAW-SSTL', where: '第十五条' },
    ],
    confidence: 'A',
    related: ['si-ben-yusuan', 'guoyou-ziben-bokuan', 'kongbiao'],
    check: [
      {
        zh: '没有这类收支时，国有资本经营预算支出表应为空表并附说明。',
        en: 'Without such money the state-capital table should be published empty with a note.',
      },
    ],
  },
  {
    id: 'shehui-baoxian-jijin-yusuan',
    term: '社会保险基金预算',
    en: 'social-insurance-fund budget',
    category: 'budget',
    variants: ['社会保障基金预算'],
    short: {
      zh: '社会保险基金预算管的是社保缴费等专门用于社会保险的钱。',
      en: 'The social-insurance-fund budget covers contributions and other money earmarked for social insurance.',
    },
    detail: {
      zh: '资金来自社会保险缴费、一般公共预算安排和其他方式筹集，专项用于社会保险，按统筹层次和险种分别编制，要求收支平衡、在精算平衡基础上可持续运行；一般公共预算可以适当补充。它通常不属于部门预算公开表的内容。',
      en: 'It is funded by social-insurance contributions, money from the general public budget and other sources, used only for social insurance, drawn up by pooling level and insurance type, and must balance on an actuarial basis; the general public budget may top it up. It is normally not part of department disclosure tables.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十一条' },
      { key: 'LAW-SSTL', where: '第三条、第十六条' },
    ],
    confidence: 'A',
    caveat: {
      zh: '有的部门收支总表把这一栏写作“社会保障基金预算资金”，看起来指同一类资金；请以本页注释为准。',
      en: 'Some department summary tables label this line "社会保障基金预算资金"; it appears to mean the same money; the page’s own notes prevail.',
    },
    related: ['si-ben-yusuan'],
    check: [],
  },
  {
    id: 'bumen-yusuan',
    term: '部门预算',
    en: 'department budget',
    category: 'budget',
    variants: ['部门综合预算', '单位预算', '部门（单位）预算'],
    short: {
      zh: '部门预算是一个政府部门及其下属单位一年全部收支的计划。',
      en: 'A department budget is the plan of all revenue and spending of one government department and its subordinate units for a year.',
    },
    detail: {
      zh: '部门预算由本部门及所属各单位的预算组成，反映一般公共预算、政府性基金预算、国有资本经营预算安排给本部门的全部资金。收入包括财政拨款收入和其他收入，支出分为基本支出和项目支出。这里的“部门”是与同级财政部门直接发生预算缴拨款关系的机关、事业单位、团体等。部门预算经财政部门批复后20日内公开。',
      en: 'It combines the budgets of the department and its units and shows all money the three budgets give the department. Revenue is appropriations plus other income; spending is basic spending plus project spending. A "department" here is any body with a direct funding relationship with the same-level finance department. It is published within 20 days after the finance department approves it.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第八条、第十四条' },
      { key: 'LAW-SSTL', where: '第四条、第五条' },
    ],
    confidence: 'A',
    related: ['yusuan', 'bumen-juesuan', 'jiben-zhichu', 'xiangmu-zhichu', 'yujuesuan-gongkai'],
    check: [
      {
        zh: '部门预算应分别列出基本支出和项目支出；功能分类应公开到项，基本支出的经济分类应公开到款。',
        en: 'A department budget must show basic and project spending separately, functional classification down to 项 and the economic classification of basic spending down to 款.',
      },
    ],
  },
  {
    id: 'bumen-juesuan',
    term: '部门决算',
    en: 'department final accounts',
    category: 'budget',
    variants: ['单位决算'],
    short: {
      zh: '部门决算是一个部门一年预算实际执行结果的报告。',
      en: 'Department final accounts report how one department actually carried out its budget for the year.',
    },
    detail: {
      zh: '部门决算由同级财政部门批复，部门在批复后20日内公开，内容与部门预算对应：收支总体、财政拨款、三公经费、机关运行经费、政府采购、国有资产和绩效评价结果等；表中通常同时列出年初预算数和决算数。',
      en: 'They are approved by the same-level finance department and published within 20 days. They mirror the budget: overall revenue and spending, appropriations, the three public expenses, running costs, procurement, state assets and performance results, usually with the initial budget beside the actual figure.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十四条、第八十条' },
      { key: 'LAW-SSTL', where: '第六条' },
      { key: 'GBC-TPL' },
      { key: 'CN-2024' },
    ],
    confidence: 'A',
    related: ['juesuan', 'bumen-yusuan', 'juesuanshu', 'nianchu-yusuanshu'],
    check: [
      {
        zh: '决算数与年初预算数差异较大的科目，说明中应给出原因。',
        en: 'Where actual and initial budget differ a lot, the narrative should give the reason.',
      },
    ],
  },
  {
    id: 'yujuesuan-gongkai',
    term: '预决算公开',
    en: 'budget and final-account disclosure',
    category: 'disclosure',
    variants: ['预算公开', '决算公开', '部门预算公开', '部门决算公开', '单位预算公开', '单位决算公开'],
    short: {
      zh: '预决算公开是指部门把批复后的预算、决算和报表向社会公布。',
      en: 'Disclosure means a department publishes its approved budget, final accounts and tables to the public.',
    },
    detail: {
      zh: '部门预算、决算及报表应在财政部门批复后20日内公开，并说明机关运行经费安排使用等重要事项；所属单位在部门批复后20日内公开。公开要完整、真实，涉及国家秘密的除外。按财政部操作规程，公开内容包括一组标准表格、情况说明和名词解释，没有数据的表也要以空表公开。',
      en: 'Department budgets, final accounts and tables must be published within 20 days after approval, explaining key items such as running costs; subordinate units publish within 20 days after the department approves theirs. Disclosure must be complete and true, state secrets excepted. Under the Ministry of Finance rules it comprises standard tables, a narrative and a glossary, and tables without data are still published empty.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第十四条' },
      { key: 'LAW-SSTL', where: '第六条' },
      { key: 'OPS-143' },
      { key: 'STD-DIR' },
    ],
    confidence: 'A',
    related: ['bumen-yusuan', 'bumen-juesuan', 'pifu', 'kongbiao', 'mingci-jieshi'],
    check: [
      {
        zh: '公开日期与批复日期相差不应超过20日。',
        en: 'The publication date should be no more than 20 days after approval.',
      },
      {
        zh: '核对规定表格是否齐全（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、基本支出表、“三公”经费表、政府性基金表等）。',
        en: 'Check that the required tables are all there (summary, revenue, spending, appropriations summary, general-budget spending, basic spending, three-public-expenses, government-fund tables…).',
      },
    ],
  },
  {
    id: 'pifu',
    term: '批复',
    en: 'approval (by the finance department)',
    category: 'budget',
    variants: [],
    short: {
      zh: '批复是财政部门正式批准并下达部门预算或决算的步骤。',
      en: 'Approval is the step in which the finance department formally approves and issues a department’s budget or final accounts.',
    },
    detail: {
      zh: '人大批准本级预算后，财政部门在20日内向各部门批复预算，部门在15日内向所属单位批复；决算同理。部门在收到批复后20日内公开预决算，所以“批复日期”是判断公开是否及时的起点。',
      en: 'After the people’s congress approves the budget, the finance department approves each department budget within 20 days and departments approve their units’ within 15 days; the same applies to final accounts. Departments publish within 20 days of approval, so the approval date is where the disclosure deadline starts.',
    },
    sources: [{ key: 'LAW-YSF', where: '第十四条、第五十二条、第八十条' }],
    confidence: 'A',
    related: ['yujuesuan-gongkai', 'bumen-yusuan'],
    check: [
      { zh: '若页面写明批复日期，可据此核对是否在20日内公开。', en: 'If the page states the approval date, check publication came within 20 days.' },
    ],
    match: { notInside: [{ text: '批复规模', reason: 'the approved size of a project or a bond issue, not the step of approving a budget' }] },
  },
  {
    id: 'yusuan-tiaozheng',
    term: '预算调整',
    en: 'budget adjustment',
    category: 'budget',
    variants: ['调整预算'],
    short: {
      zh: '预算调整是年度中途按法定程序修改已批准预算的做法。',
      en: 'A budget adjustment is a mid-year change to the approved budget, made through the legal procedure.',
    },
    detail: {
      zh: '需要增减预算总支出、调入预算稳定调节基金、调减重点支出或增加举借债务时，应编制预算调整方案并报人大常委会批准，未经批准不得调整。部门内部不同科目之间的调剂按财政部门规定办理。',
      en: 'When total spending must rise or fall, the stabilisation fund must be drawn, key spending cut or borrowing increased, an adjustment plan goes to the congress standing committee; nothing may change without approval. Shifts between headings inside a department follow finance-department rules.',
    },
    sources: [{ key: 'LAW-YSF', where: '第六十七条至第七十二条' }],
    confidence: 'A',
    related: ['yusuan', 'tiaozheng-yusuanshu', 'yubeifei'],
    check: [],
  },
  {
    id: 'yubeifei',
    term: '预备费',
    en: 'reserve fund (contingency)',
    category: 'budget',
    variants: [],
    short: {
      zh: '预备费是政府预算里预留的一笔钱，用来应对自然灾害等当年难以预见的开支。',
      en: 'The reserve fund is money set aside in a government budget for unforeseeable spending such as natural disasters.',
    },
    detail: {
      zh: '各级一般公共预算按本级一般公共预算支出额的1%至3%设置预备费。动用方案由财政部门提出、本级政府决定；突发事件需要增加支出时应先动用预备费。在支出功能分类中预备费单列为一类，部门预算表里一般为空。',
      en: 'Each general public budget sets aside 1%–3% of its spending as a reserve. The finance department proposes its use and the government decides; sudden needs are met from it first. It is a separate class in the functional classification and is usually empty in department tables.',
    },
    sources: [{ key: 'LAW-YSF', where: '第四十条、第六十四条、第六十九条' }],
    confidence: 'A',
    related: ['yusuan-tiaozheng', 'yusuan-zhouzhuanjin', 'yusuan-wending-tiaojie-jijin'],
    check: [],
  },
  {
    id: 'yusuan-zhouzhuanjin',
    term: '预算周转金',
    en: 'budget working fund',
    category: 'budget',
    variants: [],
    short: {
      zh: '预算周转金是财政部门用来调剂年内季节性收支差额的周转资金。',
      en: 'The budget working fund smooths seasonal gaps between revenue and spending within the year.',
    },
    detail: {
      zh: '经本级政府批准可设置，额度不超过本级一般公共预算支出总额的1%，由财政部门管理、不得挪作他用；年度终了可收回并补充预算稳定调节基金。',
      en: 'It may be set up with government approval, at most 1% of general-public-budget spending, is managed by the finance department and may not be diverted; at year end it may be moved into the budget stabilisation fund.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第四十一条、第六十五条' },
      { key: 'LAW-SSTL', where: '第四十九条' },
    ],
    confidence: 'A',
    related: ['yusuan-wending-tiaojie-jijin', 'yubeifei'],
    check: [],
  },
  {
    id: 'yusuan-wending-tiaojie-jijin',
    term: '预算稳定调节基金',
    en: 'budget stabilisation fund',
    category: 'budget',
    variants: [],
    short: {
      zh: '预算稳定调节基金是为弥补以后年度预算资金不足而储备的钱。',
      en: 'The budget stabilisation fund is money kept to cover shortfalls in later years’ budgets.',
    },
    detail: {
      zh: '一般公共预算的超收收入只能用于冲减赤字或补充该基金，结余资金也应补充该基金；收入短收时可以调入该基金弥补。调入该基金属于需要报批的预算调整。',
      en: 'Revenue above budget may only reduce the deficit or go into this fund, and surpluses go into it too; when revenue falls short it can be drawn. Drawing it counts as a budget adjustment needing approval.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第四十一条、第六十六条、第六十七条' },
      { key: 'LAW-SSTL', where: '第七十八条' },
    ],
    confidence: 'A',
    related: ['yusuan-zhouzhuanjin', 'yubeifei', 'yusuan-tiaozheng'],
    check: [],
  },
  {
    id: 'yusuan-niandu',
    term: '预算年度',
    en: 'budget year',
    category: 'budget',
    variants: [],
    short: {
      zh: '预算年度就是公历1月1日到12月31日。',
      en: 'The budget year runs from 1 January to 31 December.',
    },
    detail: {
      zh: '预算收支以人民币元为计算单位，按公历年度编制。公开材料中的“年度”应与文件标题一致；引用上一年的数字作比较是正常的。',
      en: 'Budgets are kept in yuan and by calendar year. The year named in notes and headings should match the document’s title; citing last year’s figures for comparison is normal.',
    },
    sources: [{ key: 'LAW-YSF', where: '第十八条、第十九条' }],
    confidence: 'A',
    related: ['yusuan', 'juesuan'],
    check: [
      {
        zh: '表注中的年份应与文件年份一致，沿用去年模板留下的旧年份是常见疏漏。',
        en: 'Years in table notes should match the document’s year; stale years left over from last year’s template are a common slip.',
      },
    ],
  },
];
