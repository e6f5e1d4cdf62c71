import type { GlossaryEntry } from '../schema';

/** How spending is classified: function vs economic nature, the two economic sets, 类/款/项 and codes. */
export const classificationTerms: GlossaryEntry[] = [
  {
    id: 'zhengfu-shouzhi-fenlei-kemu',
    term: '政府收支分类科目',
    en: 'government revenue and expenditure classification',
    category: 'classification',
    variants: ['收支分类科目', '政府收支分类'],
    short: {
      zh: '政府收支分类科目是财政部统一规定的一套收支“目录”，每一笔钱都要按它归类并编码。',
      en: 'The government classification is the Ministry of Finance’s uniform catalogue of revenue and spending headings; every amount is filed and coded by it.',
    },
    detail: {
      zh: '收入分为类、款、项、目；支出按功能分为类、款、项，按经济性质分为类、款。科目每年可能调整，名称和编码在不同年度版本间会有变化。',
      en: 'Revenue is divided into 类, 款, 项, 目; spending by function into 类, 款, 项 and by economic nature into 类, 款. The catalogue is revised from year to year, so names and codes can differ between editions.',
    },
    sources: [{ key: 'LAW-YSF', where: '第三十二条' }],
    confidence: 'A',
    related: ['gongneng-fenlei', 'jingji-fenlei', 'lei-kuan-xiang', 'kemu-bianma'],
    check: [],
  },
  {
    id: 'gongneng-fenlei',
    term: '支出功能分类',
    en: 'functional classification of expenditure',
    category: 'classification',
    variants: ['功能分类', '支出功能分类科目', '功能科目', '按功能分类', '功能分类科目'],
    short: {
      zh: '支出功能分类回答“钱用在什么事上”，比如教育、卫生健康、住房保障。',
      en: 'The functional classification answers "what the money is for": education, health, housing and so on.',
    },
    detail: {
      zh: '功能分类编码以2开头，分三级：类（3位，如210卫生健康支出）、款（5位，如21011行政事业单位医疗）、项（7位，如2101101行政单位医疗）。部门预决算必须按功能分类公开到项。它与经济分类是看同一笔钱的两个角度：功能分类看用途，经济分类看花成了什么（工资、办公费、设备……）。',
      en: 'Functional codes start with 2 and have three levels: 类 (3 digits, e.g. 210 health), 款 (5 digits, e.g. 21011), 项 (7 digits, e.g. 2101101). Department disclosures must go down to 项. It and the economic classification are two views of the same money: function says what for, economic says spent on what (wages, office costs, equipment…).',
    },
    sources: [
      { key: 'LAW-YSF', where: '第二十七条、第三十二条、第四十六条' },
      { key: 'LAW-SSTL', where: '第六条、第四十条' },
    ],
    confidence: 'A',
    related: ['jingji-fenlei', 'lei-kuan-xiang', 'kemu-bianma', 'zhengfu-shouzhi-fenlei-kemu'],
    check: [
      {
        zh: '上级科目的金额应等于其下级科目之和（类 = 各款之和，款 = 各项之和）。',
        en: 'A parent heading equals the sum of its children (类 = its 款, 款 = its 项).',
      },
      {
        zh: '功能分类编码（2开头）与经济分类编码（3或5开头）是两套体系，不能混在一起相加。',
        en: 'Functional codes (2…) and economic codes (3… or 5…) are separate systems and must not be added together.',
      },
    ],
  },
  {
    id: 'jingji-fenlei',
    term: '支出经济分类',
    en: 'economic classification of expenditure',
    category: 'classification',
    variants: ['经济分类', '支出经济分类科目', '按经济分类', '按经济性质分类', '经济分类科目'],
    short: {
      zh: '支出经济分类回答“钱花成了什么”，比如工资、办公费、差旅费、设备。',
      en: 'The economic classification answers "what the money was spent on": wages, office costs, travel, equipment and so on.',
    },
    detail: {
      zh: '经济分类分类、款两级（3位和5位编码），并有两套并行的体系：部门预算支出经济分类（3开头，如30101基本工资）用于部门表格；政府预算支出经济分类（5开头，如50101工资奖金津补贴）用于政府预算。两套之间有对照关系。部门预决算的基本支出须按经济分类公开到款。',
      en: 'It has two levels, 类 and 款 (3 and 5 digits), in two parallel sets: the department set (3…, e.g. 30101 basic pay) used in department tables and the government set (5…, e.g. 50101) used in government budgets, linked by a crosswalk. Department disclosures must show basic spending by economic class down to 款.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第二十七条、第三十二条、第四十六条' },
      { key: 'LAW-SSTL', where: '第六条、第四十条' },
      { key: 'MOF-DZB' },
    ],
    confidence: 'A',
    related: ['gongneng-fenlei', 'bumen-jingji-fenlei', 'zhengfu-jingji-fenlei', 'lei-kuan-xiang'],
    check: [
      {
        zh: '按功能分类和按经济分类统计的同一口径支出，合计应相等。',
        en: 'The same spending counted by function and by economic class must give the same total.',
      },
    ],
  },
  {
    id: 'bumen-jingji-fenlei',
    term: '部门预算支出经济分类',
    en: 'department economic classification',
    category: 'classification',
    variants: ['部门预算经济分类', '部门经济分类', '部门预算支出经济分类科目', '部门经济科目', '部门经济分类科目'],
    short: {
      zh: '部门预算支出经济分类是部门表格使用的经济分类，编码以3开头，如301工资福利支出、30201办公费。',
      en: 'The department economic classification is the one used in department tables; codes start with 3, e.g. 301 wages and benefits, 30201 office costs.',
    },
    detail: {
      zh: '主要的类有：301工资福利支出、302商品和服务支出、303对个人和家庭的补助、310资本性支出等。它的款比政府预算经济分类细，多个部门科目对应一个政府科目，例如30201办公费、30202印刷费、30207邮电费、30211差旅费都对应50201办公经费。',
      en: 'Main classes: 301 wages and benefits, 302 goods and services, 303 payments to individuals and households, 310 capital spending. Its items are finer than the government set; several map to one government item, e.g. 30201 office, 30202 printing, 30207 post and 30211 travel all map to 50201 office expenses.',
    },
    sources: [{ key: 'MOF-DZB' }, { key: 'GBC-TPL' }],
    confidence: 'B',
    related: ['zhengfu-jingji-fenlei', 'jingji-fenlei', 'gongzi-fuli-zhichu', 'shangpin-he-fuwu-zhichu'],
    check: [
      {
        zh: '把部门经济分类各款按对照关系归并后，应与政府经济分类表的各款金额一致。',
        en: 'Grouping department items by the crosswalk should reproduce the government-classification amounts.',
      },
    ],
  },
  {
    id: 'zhengfu-jingji-fenlei',
    term: '政府预算支出经济分类',
    en: 'government economic classification',
    category: 'classification',
    variants: ['政府预算经济分类', '政府经济分类', '政府预算支出经济分类科目', '政府经济科目', '政府经济分类科目'],
    short: {
      zh: '政府预算支出经济分类是政府预算使用的经济分类，编码以5开头，如501机关工资福利支出、50201办公经费。',
      en: 'The government economic classification is used in government budgets; codes start with 5, e.g. 501 wages of government bodies, 50201 office expenses.',
    },
    detail: {
      zh: '它按支出主体分得更粗：如501机关工资福利支出、502机关商品和服务支出，并区分对事业单位、对企业的补助等。部门表格有时同时列出两套编码，可以互相核对。',
      en: 'It is coarser and organised by who spends: 501 and 502 for government bodies, with separate classes for subsidies to public institutions and enterprises. Department tables sometimes print both codes side by side, which lets you cross-check.',
    },
    sources: [{ key: 'MOF-DZB' }],
    confidence: 'B',
    related: ['bumen-jingji-fenlei', 'jingji-fenlei'],
    check: [
      {
        zh: '同一张表中两套经济分类的合计应相等。',
        en: 'Totals under the two economic sets should be equal.',
      },
    ],
  },
  {
    id: 'lei-kuan-xiang',
    term: '类/款/项',
    en: 'class / item / sub-item (levels of a heading)',
    category: 'classification',
    variants: ['类款项', '类、款、项', '（类）', '（款）', '（项）', '类级', '款级', '项级', '类级科目', '款级科目', '项级科目'],
    short: {
      zh: '类、款、项是科目的三个层级，类最粗、项最细，编码分别是3位、5位和7位。',
      en: '类, 款 and 项 are the three levels of a heading, from broadest to finest, with 3-, 5- and 7-digit codes.',
    },
    detail: {
      zh: '例如：208社会保障和就业支出（类）→20805行政事业单位养老支出（款）→2080505机关事业单位基本养老保险缴费支出（项）。表格里编码有时写在一列（2080505），有时拆成“类 款 项”三列（208 05 05），有时下级只写后两位（在208下写05）。说明文字常写作“X（类）Y（款）Z（项）”。经济分类只有类和款两级。',
      en: 'E.g. 208 social security and employment (类) → 20805 pensions of government bodies and institutions (款) → 2080505 basic-pension contributions (项). Tables print the code in one column (2080505), split over three columns (208 05 05), or give only the last two digits under the parent. Narratives write "X（类）Y（款）Z（项）". The economic classification has only 类 and 款.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第三十二条、第四十六条' },
      { key: 'GBC-TPL' },
      { key: 'GBC-WLJ', where: '编制说明' },
    ],
    confidence: 'A',
    related: ['gongneng-fenlei', 'jingji-fenlei', 'kemu-bianma'],
    check: [
      {
        zh: '每一级的金额应等于其下一级之和；拆成三列的编码要拼起来再对照。',
        en: 'Each level equals the sum of the level below; join split codes before comparing.',
      },
    ],
    // bare 类/款/项 are everywhere in prose (贷款, 项目); mark them only as table header cells
    match: { wholeTextVariants: ['类', '款', '项'] },
  },
  {
    id: 'kemu-bianma',
    term: '科目编码',
    en: 'heading code',
    category: 'classification',
    variants: ['功能科目编码', '科目代码', '经济科目编码', '部门经济科目编码', '政府经济科目编码'],
    short: {
      zh: '科目编码是每个收支科目的数字代号，从编码长度和首位数字就能看出它属于哪套分类、哪一级。',
      en: 'A heading code is the number of a classification heading; its length and first digit tell which classification and level it belongs to.',
    },
    detail: {
      zh: '支出功能分类以2开头（3/5/7位），部门预算经济分类以3开头、政府预算经济分类以5开头（3/5位）。表中与科目编码同列的6位数字（如单位代码）不是分类科目。',
      en: 'Functional codes start with 2 (3/5/7 digits); department economic codes with 3 and government ones with 5 (3/5 digits). Six-digit numbers in the same column (unit codes) are not classification headings.',
    },
    sources: [{ key: 'LAW-YSF', where: '第三十二条' }, { key: 'GBC-TPL' }, { key: 'MOF-DZB' }],
    confidence: 'B',
    related: ['lei-kuan-xiang', 'gongneng-fenlei', 'jingji-fenlei'],
    check: [],
  },
  {
    id: 'xingzheng-yunxing',
    term: '行政运行',
    en: 'administrative operation (a function item)',
    category: 'classification',
    variants: [],
    short: {
      zh: '行政运行是支出功能分类中的一个项，用来记录行政单位的基本支出。',
      en: 'Administrative operation is an item of the functional classification that records an administrative unit’s basic spending.',
    },
    detail: {
      zh: '行政单位用于行政方面的支出，主要分记在“行政运行”“一般行政管理事务”和专门设置的行政管理专项项目中：有专门科目的专项支出记在专门科目；其余的基本支出统一记在“行政运行”；其他一般性的项目支出记在“一般行政管理事务”。同名的项出现在许多款下（如各部门的“××事务”款），编码因款而异。',
      en: 'Administrative units’ spending goes mainly to three kinds of items: dedicated items for specific programmes; “administrative operation”, which takes all remaining basic spending; and “general administrative affairs”, which takes other general project spending. Items of the same name exist under many sub-classes, with codes that differ by sub-class.',
    },
    sources: [{ key: 'UIA-XZYX' }, { key: 'MOF-GSFL' }],
    confidence: 'B',
    caveat: {
      zh: '以上归类规则转引自一个转述《政府收支分类科目》的词条页，未读到科目原文。',
      en: 'The rule above is taken from a page restating the classification; the classification’s own text was not read.',
    },
    related: ['yiban-xingzheng-guanli-shiwu', 'jiben-zhichu', 'gongneng-fenlei', 'lei-kuan-xiang'],
    check: [
      {
        zh: '“行政运行”项的金额通常应全部是基本支出；若它出现在项目支出表中，值得看一眼。',
        en: 'An “administrative operation” amount is normally all basic spending; if it appears in a project-spending table, take a look.',
      },
    ],
  },
  {
    id: 'yiban-xingzheng-guanli-shiwu',
    term: '一般行政管理事务',
    en: 'general administrative affairs (a function item)',
    category: 'classification',
    variants: [],
    short: {
      zh: '一般行政管理事务是支出功能分类中的一个项，用来记录行政单位没有专门科目的一般性项目支出。',
      en: 'General administrative affairs is an item of the functional classification that records an administrative unit’s general project spending that has no dedicated item.',
    },
    detail: {
      zh: '它与“行政运行”相对：行政运行记基本支出，一般行政管理事务记其他一般性的项目支出；有专门科目的专项支出记在专门科目。',
      en: 'It is the counterpart of “administrative operation”: that item takes basic spending, this one other general project spending; programmes with their own items go there.',
    },
    sources: [{ key: 'UIA-XZYX' }, { key: 'MOF-GSFL' }],
    confidence: 'B',
    caveat: {
      zh: '以上归类规则转引自一个转述《政府收支分类科目》的词条页，未读到科目原文。',
      en: 'The rule above is taken from a page restating the classification; the classification’s own text was not read.',
    },
    related: ['xingzheng-yunxing', 'xiangmu-zhichu', 'gongneng-fenlei'],
    check: [],
  },
];
