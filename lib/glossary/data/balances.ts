import type { GlossaryEntry } from '../schema';

/** Carry-overs, surpluses and the total lines that tie revenue to spending. */
export const balanceTerms: GlossaryEntry[] = [
  {
    id: 'jiezhuan-zijin',
    term: '结转资金',
    en: 'carried-over funds',
    category: 'balance',
    variants: [],
    short: {
      zh: '结转资金是项目钱到年底还没花完、下一年按原用途继续使用的资金。',
      en: 'Carried-over funds are project money not spent by year end that will be used next year for the same purpose.',
    },
    detail: {
      zh: '包括年度终了时尚未执行完毕、或因故未执行但下一年需要按原用途继续使用的资金。结转资金应在下一年用于结转项目；连续两年未用完的，要作为结余资金管理。',
      en: 'It is money for budgeted projects unfinished at year end, or not started for some reason but still needed next year for the same purpose. It must be used for that project next year; if still unspent after two years it is treated as surplus.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第四十二条' },
      { key: 'LAW-SSTL', where: '第五十条' },
    ],
    confidence: 'A',
    related: ['jieyu-zijin', 'jiezhuan-jieyu', 'shangnian-jiezhuan-jieyu'],
    check: [],
  },
  {
    id: 'jieyu-zijin',
    term: '结余资金',
    en: 'surplus funds',
    category: 'balance',
    variants: [],
    short: {
      zh: '结余资金是年度执行完后，收入扣除支出和结转资金之后剩下的钱。',
      en: 'Surplus funds are what is left after spending and carry-overs are taken from the year’s revenue.',
    },
    detail: {
      zh: '与结转资金不同，结余资金不再有原定用途；政府一般公共预算的结余资金应补充预算稳定调节基金，部门和单位的结余按财政部门规定处理。',
      en: 'Unlike carry-overs, surplus no longer has a set purpose; general-public-budget surplus goes into the stabilisation fund, and department surplus is handled as the finance department rules.',
    },
    sources: [
      { key: 'LAW-YSF', where: '第四十二条、第六十六条' },
      { key: 'LAW-SSTL', where: '第五十条' },
    ],
    confidence: 'A',
    related: ['jiezhuan-zijin', 'jiezhuan-jieyu', 'jieyu-fenpei'],
    check: [],
  },
  {
    id: 'jiezhuan-jieyu',
    term: '结转结余',
    en: 'carry-overs and surplus',
    category: 'balance',
    variants: ['结转和结余', '结转结余资金'],
    short: {
      zh: '结转结余是以前年度没花完的钱的统称，既包括要继续按原用途使用的结转，也包括已无原定用途的结余。',
      en: 'Carry-overs and surplus is the umbrella for money left from earlier years: carry-overs still tied to their purpose and surplus that no longer is.',
    },
    detail: {
      zh: '部门收支表在收入方列“上年结转结余”，在支出方列“年终结转结余”。决算中应列示结转、结余资金。',
      en: 'Department tables show "carried over from last year" on the revenue side and "carried to next year" on the spending side. Final accounts must show carry-overs and surplus.',
    },
    sources: [
      { key: 'LAW-SSTL', where: '第五十条、第八十三条' },
      { key: 'GBC-TPL' },
    ],
    confidence: 'A',
    related: ['jiezhuan-zijin', 'jieyu-zijin', 'shangnian-jiezhuan-jieyu', 'nianzhong-jiezhuan-jieyu'],
    check: [],
  },
  {
    id: 'shangnian-jiezhuan-jieyu',
    term: '上年结转结余',
    en: 'carried over from last year',
    category: 'balance',
    variants: ['上年结转', '上年结转和结余', '上年结转（结余）', '年初结转和结余', '年初结转结余', '上年结余'],
    short: {
      zh: '上年结转结余是以前年度没用完、转到今年按规定继续使用的钱。',
      en: 'Carried over from last year is money left unspent in earlier years and brought into this year to be used under the rules.',
    },
    detail: {
      zh: '它在收支总表的收入方单列，不属于“本年收入”。收入方在本年收入合计之外，还可能列有事业单位“用事业基金弥补收支差额”（有的模板写作“使用非财政拨款结余”），所以：本年收入合计 + 用事业基金弥补收支差额（或使用非财政拨款结余，表中有此栏时）+ 上年结转结余 = 收入总计。一些表（如绩效目标表）注明“不含上年结转结余”，与包含它的表比较时数字会相差正好这一块。',
      en: 'It is a separate revenue-side line, not part of this year’s revenue. Besides this year’s revenue, the revenue side may also list an institution’s "institution fund used to cover the gap" (some templates: "non-appropriation surplus used"), so: this year’s revenue + that line (where the table has it) + carried over = total revenue. Some tables (e.g. performance-target tables) note they exclude the carry-over, so comparing them with tables that include it shows a gap of exactly this amount.',
    },
    sources: [{ key: 'DOC-MCJS' }, { key: 'GBC-TPL' }, { key: 'LAW-YSF', where: '第四十二条' }],
    confidence: 'B',
    related: ['nianzhong-jiezhuan-jieyu', 'jiezhuan-jieyu', 'benian-shouru-heji', 'shouru-zongji'],
    check: [
      {
        zh: '核对：本年收入合计 + 用事业基金弥补收支差额或使用非财政拨款结余（表中有此栏时）+ 上年结转结余 = 收入总计。',
        en: 'Check: this year’s revenue + institution fund used / non-appropriation surplus used (where listed) + carried over from last year = total revenue.',
      },
      {
        zh: '两张表的项目支出相差一个上年结转结余的数额时，多半是口径不同（一张含结转，一张不含），不一定是错误。',
        en: 'If two tables’ project spending differs by exactly the carry-over, it is likely a scope difference (one includes it), not necessarily an error.',
      },
    ],
  },
  {
    id: 'nianzhong-jiezhuan-jieyu',
    term: '年终结转结余',
    en: 'carried to next year',
    category: 'balance',
    variants: ['年末结转和结余', '年终结转和结余', '年末结转结余', '结转下年'],
    short: {
      zh: '年终结转结余是今年没能按计划花完、要转到以后年度按规定使用的钱。',
      en: 'Carried to next year is money that could not be spent as planned this year and moves to later years under the rules.',
    },
    detail: {
      zh: '它在收支总表的支出方单列。决算表的支出方在本年支出合计之外还可能列有“结余分配”，所以：本年支出合计 + 结余分配（表中有此栏时）+ 年终结转结余 = 支出总计。预算表中这一栏通常为空，决算表中才常有数字。',
      en: 'It is a separate spending-side line. Final-account tables may also list "distribution of surplus" on the spending side, so: this year’s spending + distribution of surplus (where listed) + carried to next year = total spending. It is usually empty in budgets and filled in final accounts.',
    },
    sources: [{ key: 'DOC-MCJS' }, { key: 'GBC-TPL' }],
    confidence: 'B',
    related: ['shangnian-jiezhuan-jieyu', 'jiezhuan-jieyu', 'benian-zhichu-heji', 'zhichu-zongji'],
    check: [
      {
        zh: '核对：本年支出合计 + 结余分配（表中有此栏时）+ 年终结转结余 = 支出总计。',
        en: 'Check: this year’s spending + distribution of surplus (where listed) + carried to next year = total spending.',
      },
    ],
  },
  {
    id: 'jieyu-fenpei',
    term: '结余分配',
    en: 'distribution of surplus',
    category: 'balance',
    variants: [],
    short: {
      zh: '结余分配是决算支出表中的一栏，反映单位按规定对结余进行的分配。',
      en: 'Distribution of surplus is a line of final-account spending tables showing how a unit distributed its surplus under the rules.',
    },
    detail: {
      zh: '上海2024年部门决算模板在支出决算表中列有此栏。它主要与事业单位的非财政拨款结余有关。',
      en: 'The Shanghai 2024 template lists it in the spending table. It mainly concerns public institutions’ non-appropriation surplus.',
    },
    sources: [{ key: 'GBC-TPL' }],
    confidence: 'B',
    caveat: {
      zh: '分配的具体去向（如提取基金、缴纳税款）未在模板中核实。',
      en: 'Where the surplus goes (funds drawn, taxes paid) was not verified in the template.',
    },
    related: ['jieyu-zijin', 'shiye-jijin'],
    check: [],
  },
  {
    id: 'benian-shouru-heji',
    term: '本年收入合计',
    en: 'total revenue of the year',
    category: 'balance',
    variants: ['本年收入小计'],
    short: {
      zh: '本年收入合计是当年各项新收入的总和，不含上年结转结余。',
      en: 'Total revenue of the year is the sum of this year’s new revenue lines, excluding money carried over.',
    },
    detail: {
      zh: '它等于财政拨款收入、事业收入、经营收入等当年收入各行之和；再加上上年结转结余，才是收入总计。',
      en: 'It equals the sum of this year’s revenue lines (appropriations, service revenue, business revenue…); adding the carry-over gives total revenue.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'FORMS' }],
    confidence: 'B',
    related: ['shouru-zongji', 'shangnian-jiezhuan-jieyu', 'shouzhi-zongbiao'],
    check: [
      {
        zh: '本年收入合计应等于上方各收入行之和（“其中”行不计入）。',
        en: 'It should equal the revenue lines above it (not counting "of which" lines).',
      },
    ],
  },
  {
    id: 'shouru-zongji',
    term: '收入总计',
    en: 'grand total of revenue',
    category: 'balance',
    variants: [],
    short: {
      zh: '收入总计是本年收入加上上年结转结余的总数，应与支出总计相等。',
      en: 'Grand total of revenue is this year’s revenue plus carry-overs, and must equal the grand total of spending.',
    },
    detail: {
      zh: '收支总表左右两边最后一行分别是收入总计和支出总计，两者必须相等：收入总计 = 本年收入合计 + 上年结转结余。',
      en: 'The last rows of the summary table are the two grand totals, which must be equal: grand total of revenue = this year’s revenue + carried over.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'FORMS' }],
    confidence: 'B',
    related: ['zhichu-zongji', 'benian-shouru-heji', 'shangnian-jiezhuan-jieyu'],
    check: [{ zh: '核对：收入总计 = 支出总计。', en: 'Check: grand total of revenue = grand total of spending.' }],
  },
  {
    id: 'benian-zhichu-heji',
    term: '本年支出合计',
    en: 'total spending of the year',
    category: 'balance',
    variants: [],
    short: {
      zh: '本年支出合计是当年各项支出的总和，不含转入以后年度的结转结余。',
      en: 'Total spending of the year is the sum of this year’s spending, excluding what is carried to next year.',
    },
    detail: {
      zh: '收支总表的支出方可能并排几组（按功能分类、按部门经济分类、按政府经济分类），每组都应算出同一个本年支出合计。',
      en: 'The spending side of the summary table may show several blocks side by side (by function, by department economic class, by government economic class); each must reach the same total.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'FORMS' }],
    confidence: 'B',
    related: ['zhichu-zongji', 'nianzhong-jiezhuan-jieyu', 'shouzhi-zongbiao'],
    check: [
      {
        zh: '并排的各组支出分类应得到相同的本年支出合计。',
        en: 'Every side-by-side spending block should reach the same total.',
      },
    ],
  },
  {
    id: 'zhichu-zongji',
    term: '支出总计',
    en: 'grand total of spending',
    category: 'balance',
    variants: [],
    short: {
      zh: '支出总计是本年支出加上年终结转结余的总数，应与收入总计相等。',
      en: 'Grand total of spending is this year’s spending plus what is carried to next year, and must equal the grand total of revenue.',
    },
    detail: {
      zh: '支出总计 = 本年支出合计 + 年终结转结余，且与收入总计相等。',
      en: 'Grand total of spending = this year’s spending + carried to next year, equal to grand total of revenue.',
    },
    sources: [{ key: 'GBC-TPL' }, { key: 'FORMS' }],
    confidence: 'B',
    related: ['shouru-zongji', 'benian-zhichu-heji', 'nianzhong-jiezhuan-jieyu'],
    check: [{ zh: '核对：支出总计 = 收入总计。', en: 'Check: grand total of spending = grand total of revenue.' }],
  },
];
