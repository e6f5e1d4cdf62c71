import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Finding } from '../../report/schema';
import proseArithmetic from './prose-arithmetic';
import { docOf, fixtureDoc, FIXTURES, run, STYLES } from './testing';
import { testRule } from '../tester';

/** A page with only a 说明: the sentences given, one paragraph each. */
function page(...paragraphs: string[]) {
  return docOf(`<h1>某某局2024年部门预算公开</h1><p>一、部门收支总体情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`);
}

function check(...paragraphs: string[]) {
  const c = run(page(...paragraphs), proseArithmetic);
  for (const f of c.findings) Finding.parse(f);
  return c;
}

const brief = (c: ReturnType<typeof check>) => c.findings.map((f) => [f.severity, f.expected, f.actual, f.difference]);

describe('prose-arithmetic: 其中 lists', () => {
  it('verifies a list that adds up', () => {
    const c = check('2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出40.97万元。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(1);
  });
  it('flags parts that exceed the total, with the arithmetic and the sentence', () => {
    const s = '2024年本部门支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出41.97万元。';
    const c = check(s);
    expect(brief(c)).toEqual([['error', '583.97', '582.97', '-1.00']]);
    const f = c.findings[0]!;
    expect(f.table).toBeNull();
    expect(f.text).toBe(s);
    expect(f.unit).toBe('万元');
    expect(f.message).toContain('583.97');
  });
  it('warns when the parts fall short (the list may be partial)', () => {
    const c = check('支出预算582.97万元，其中：卫生健康支出542.00万元，住房保障支出39.97万元。');
    expect(brief(c)).toEqual([['warning', '581.97', '582.97', '1.00']]);
  });
  it('a single listed item is a subset: only checked not to exceed the total', () => {
    expect(check('支出预算582.97万元，其中：卫生健康支出542.00万元。').findings).toEqual([]);
    expect(brief(check('支出预算582.97万元，其中：卫生健康支出600.00万元。'))).toEqual([['error', '600.00', '582.97', '-17.03']]);
  });
  it('converts 亿元 and 万元 exactly, with the rounding interval of the coarse figure', () => {
    expect(check('支出1.2亿元，其中：基本支出8000.00万元，项目支出4000.00万元。').findings).toEqual([]);
    // 1.2 亿元 stands for [1.15, 1.25] 亿元: 12,300 万元 is within rounding
    expect(brief(check('支出1.2亿元，其中：基本支出8100万元，项目支出4200万元。'))).toEqual([['info', '12300', '12000', '-300']]);
    expect(brief(check('支出1.20亿元，其中：基本支出8000万元，项目支出5000万元。'))).toEqual([['error', '13000', '12000', '-1000']]);
  });
  it('reads the list across "；" inside one sentence, and a nested （其中…） list on its own', () => {
    const c = check('“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 0.00 万元，公务用车运行费 0.00 万元）, 因公出国(境)费 0.00 万元。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(2);
    const bad = check('“三公”经费预算数为 3.00 万元，其中，公务接待费 3.00 万元，公务用车购置及运行费 0.00 万元（其中，公务用车购置费 1.00 万元，公务用车运行费 0.00 万元）, 因公出国(境)费 0.00 万元。');
    expect(brief(bad)).toEqual([['error', '1.00', '0.00', '-1.00']]);
    const semi = check('政府采购预算总额 5 万元, 其中, 货物类采购预算 2 万元; 工程类采购预算 1 万元; 服务类采购预算 2 万元。');
    expect(semi.findings).toEqual([]);
    expect(semi.relations).toBe(1);
  });
  it('a bracketed 含 figure is not a part, and years and dates are not amounts', () => {
    const c = check('截至2023年12月底，本部门共有公务用车2辆，其中：执法执勤用车1辆，应急保障用车1辆。', '2024年本部门一般公共预算拨款支出582.97万元(含上级财政补助10万元),其中:卫生健康支出542.00万元,住房保障支出40.97万元。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(2);
  });
  it('targets (≥95%, 不超过) are not parts', () => {
    const c = check('项目支出68.22万元，其中：会议费不超过20万元，满意度≥95%，培训费10.00万元。');
    expect(c.findings).toEqual([]);
  });
  it('does not form a list when the total sits in another sentence', () => {
    const c = check('2024年本部门项目支出预算68.22万元。', '主要包括：其中：参保筹资工作经费 12.80 万元，医保基金监管工作经费 22.40 万元。');
    expect(c.relations).toBe(0);
  });
  it('a change amount inside a list belongs to the item before it, not to the sum', () => {
    const c = check('支出预算582.97万元，其中：卫生健康支出542.00万元，比上年增加12.00万元，住房保障支出40.97万元。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(1);
  });
});

describe('prose-arithmetic: shares', () => {
  const s = (a: string, b: string) => `2024年本部门一般公共预算拨款支出582.97万元(含上级财政补助0万元),其中:卫生健康支出542.00万元,占${a};住房保障支出40.97万元,占${b}。`;
  it('recomputes each share against the list total', () => {
    const c = check(s('92.97%', '7.03%'));
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(3);
  });
  it('flags a share outside the rounding interval', () => {
    const c = check(s('93.97%', '7.03%'));
    expect(brief(c)).toEqual([['error', '92.9722', '93.97', '0.9978']]);
    expect(c.findings[0]!.message).toContain('542.00万元 ÷ 582.97万元');
  });
  it('a share that only rounding of coarse figures explains is info', () => {
    // 542/583 = 92.97%; the interval of 542 ÷ 583 (whole 万元) reaches 93.13%: 93.1% is within rounding
    const c = check('支出583万元,其中:卫生健康支出542万元,占93.1%;住房保障支出41万元,占7.0%。');
    expect(brief(c)).toEqual([['info', '92.967', '93.1', '0.133']]);
  });
  it('never borrows the total from another sentence', () => {
    const c = check('支出预算582.97万元，其中：卫生健康支出542.00万元。', '住房保障支出40.97万元，占70.03%。');
    expect(c.findings).toEqual([]);
  });
  it('a share of an item outside any list is not checked', () => {
    expect(check('2024年基本支出514.75万元，占88.30%。').relations).toBe(0);
  });
});

describe('prose-arithmetic: changes against last year', () => {
  it('recomputes the rate from the current amount and the change', () => {
    const c = check('（一）机关运行经费：2024 年本部门机关运行经费 18.14 万元，比上年预算减少 28.86 万元，下降 61.40%，主要是人员减少。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(1);
  });
  it('handles increases (previous = current − increase)', () => {
    expect(check('会议费 12.00 万元，比上年增加 2.00 万元，增长 20.00%。').findings).toEqual([]);
    expect(brief(check('会议费 12.00 万元，比上年增加 2.00 万元，增长 16.67%。'))).toEqual([['error', '20.0000', '16.67', '-3.3300']]);
  });
  it('flags a wrong rate', () => {
    const c = check('机关运行经费 18.14 万元，比上年预算减少 28.86 万元，下降 60.40%。');
    expect(brief(c)).toEqual([['error', '61.4043', '60.40', '-1.0043']]);
    expect(c.findings[0]!.message).toContain('47.00');
  });
  it('warns when the amount and the rate point in opposite directions', () => {
    const c = check('机关运行经费 18.14 万元，比上年减少 28.86 万元，增长 61.40%。');
    expect(brief(c)).toEqual([['warning', '-61.4043', '61.40', '122.8043']]);
  });
  it('skips when the current amount is not stated right before the change', () => {
    expect(check('2024 年收入较去年减少 66.79 万元，下降10.28%。').relations).toBe(0);
    expect(check('机关运行经费 18.14 万元，主要用于办公，比上年减少 28.86 万元，下降 50.00%。').relations).toBe(0);
    expect(check('基本支出 514.75 万元，项目支出比上年减少 10 万元，下降 50%。').relations).toBe(0);
    expect(check('支出总额 100 万元。', '比上年减少 50 万元，下降 50.00%。').relations).toBe(0);
  });
});

describe('prose-arithmetic on the fixtures', () => {
  for (const style of STYLES) {
    it(`001 ${style}: 12 relations hold (lists, shares 92.97%/7.03%, 机关运行经费 −28.86 = −61.40%), no findings`, () => {
      const c = run(fixtureDoc(`${FIXTURES.f001}.${style}.html`), proseArithmetic);
      expect(c.findings).toEqual([]);
      expect(c.notRuns).toEqual([]);
      expect(c.relations).toBe(12);
    });
    it(`000 and 004 ${style}: no prose amounts to check`, () => {
      for (const f of [FIXTURES.f000, FIXTURES.f004]) {
        const c = run(fixtureDoc(`${f}.${style}.html`), proseArithmetic);
        expect(c.findings).toEqual([]);
        expect(c.relations).toBe(0);
      }
    });
  }
});

describe('prose-arithmetic: lists that cross a "；"', () => {
  it('a list that adds up before a "；" ends there', () => {
    const c = check('支出100.00万元，其中：基本支出80.00万元，项目支出20.00万元；机关运行经费10.00万元。');
    expect(c.findings).toEqual([]);
  });
  it('items after the "；" where the list closed are not shares of its total', () => {
    const c = check('支出100.00万元，其中：基本支出80.00万元，项目支出20.00万元；另有结转资金30.00万元，占50.00%。');
    expect(c.findings).toEqual([]);
  });
  it('a sum that fails only across the "；" is a warning (the list may have ended)', () => {
    const c = check('支出100.00万元，其中：基本支出80.00万元；项目支出30.00万元。');
    expect(c.findings.map((f) => [f.severity, f.cause?.id])).toEqual([['warning', 'list-end-unclear']]);
  });
  it('parts before the first "；" that already exceed the total are an error', () => {
    const c = check('支出100.00万元，其中：基本支出120.00万元；项目支出30.00万元。');
    expect(brief(c)).toEqual([['error', '120.00', '100.00', '-20.00']]);
  });
});

describe('prose-arithmetic: the base of a share', () => {
  it('checks "占总支出的" against a list of 支出', () => {
    const c = check('支出预算582.97万元，其中：卫生健康支出542.00万元，占总支出的92.97%；住房保障支出40.97万元，占总支出的7.03%。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(3);
  });
  it('a share of something other than the list total is not checked', () => {
    const c = check('基本支出514.75万元，其中：人员经费496.61万元，占一般公共预算支出的85.19%，公用经费18.14万元。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(1);
  });
});

describe('prose-arithmetic: adversarial lists', () => {
  it('the total of the next list is not a part of this one', () => {
    const c = check('全年一般公共预算收入15.63亿元，其中税收收入9.86亿元；一般公共预算支出58.67亿元，其中民生支出46.12亿元，占78.6%。');
    expect(c.findings).toEqual([]);
    expect(c.relations).toBe(3);
    expect(check('收入15.63亿元，其中税收收入9.86亿元，支出58.67亿元，其中民生支出46.12亿元。').findings).toEqual([]);
  });
  it('counts in mixed measure words do not form a list; partial lists ("等") may fall short', () => {
    expect(check('全年主动公开信息286条，其中政策文件3件、财政预决算信息94条、政府采购信息118条；公开率100%。').findings).toEqual([]);
    expect(check('支出100.00万元，其中：基本支出60.00万元，会议费10.00万元等。').findings).toEqual([]);
    expect(brief(check('支出100.00万元，其中：基本支出60.00万元，会议费50.00万元等。'))).toEqual([['error', '110.00', '100.00', '-10.00']]);
  });
});

describe('prose-arithmetic on pages that are not budgets', () => {
  for (const name of ['calendar-form', 'info-disclosure-report', 'layout', 'sports-league', 'statistics', 'timetable']) {
    it(`${name}: no findings`, () => {
      const html = readFileSync(new URL(`../../../tests/fixtures/negative/${name}.html`, import.meta.url), 'utf8');
      expect(run(docOf(html), proseArithmetic).findings).toEqual([]);
    });
  }
});

describe('prose-arithmetic: 决算 wording', () => {
  it('"与上年相比，增加 …，增长 …" in clauses of their own', () => {
    expect(check('2023年度财政拨款收入1000.00万元，与上年相比，增加100.00万元，增长11.11%。').relations).toBe(1);
    expect(brief(check('2023年度财政拨款收入1000.00万元，与上年决算数相比，增加100.00万元，增长10.00%。'))).toEqual([['error', '11.1111', '10.00', '-1.1111']]);
    // compared with 年初预算, not last year: the previous figure is not last year's
    expect(check('决算数1000.00万元，与年初预算相比，增加100.00万元，增长10.00%。').relations).toBe(0);
  });
});

// a 说明 published as the HTML page, its tables as an attachment: no table on the page
const shuoming = (...paragraphs: string[]) =>
  `<h1>某某局2026年部门预算说明</h1><p>一、收支预算总体情况</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
const SHARES = '本年收入合计1,000.00万元，其中：财政拨款收入800.00万元，占80.00%；事业收入150.00万元，占15.00%；其他收入50.00万元，占5.00%。';
const SHARES_HALF = '本年收入合计1,000.00万元,其中:财政拨款收入800.00万元,占80.00%;事业收入150.00万元,占15.00%;其他收入50.00万元,占5.00%。';

describe('prose-arithmetic on a 说明 page without tables', () => {
  it('checks shares and changes; half-width punctuation reads like full-width', () => {
    testRule(proseArithmetic, {
      valid: [
        shuoming(SHARES),
        shuoming(SHARES_HALF),
        // the change stated in a sentence of its own: last year = 1,100.00 − 100.00; 100.00 ÷ 1,000.00 = 10.00%
        shuoming('2026年部门收入1,100.00万元。同比上年度增加100.00万元，增加10.00%。'),
        shuoming('2026年部门收入1,100.00万元.同比上年度增加100.00万元,增加10.00%.'.replace(/\./g, (m, i, s) => (/\d/.test(s[i - 1]) && /\d/.test(s[i + 1]) ? m : '。'))),
      ],
      invalid: [
        // 800.00 ÷ 1,000.00 = 80.00%, the text says 70.00%
        { html: shuoming(SHARES.replace('占80.00%', '占70.00%')), findings: [{ severity: 'error', table: null, difference: '-10.0000' }] },
        { html: shuoming(SHARES_HALF.replace('占15.00%', '占16.00%')), findings: [{ severity: 'error', table: null, difference: '1.0000' }] },
        // 100.00 ÷ (1,100.00 − 100.00) = 10.00%, the text says 12.00%
        { html: shuoming('2026年部门收入1,100.00万元。同比上年度增加100.00万元，增加12.00%。'), findings: [{ severity: 'error', table: null, difference: '2.0000' }] },
      ],
    });
  });

  it('an enumeration after 包括 adds up to the total before it', () => {
    testRule(proseArithmetic, {
      valid: [shuoming('截至2018年末，债务余额184,618.67亿元，包括一般债务余额110,484.51亿元、专项债务余额74,134.16亿元，控制在批准的债务余额限额209,974.30亿元之内。')],
      invalid: [
        {
          html: shuoming('截至2018年末，债务余额184,618.67亿元，包括一般债务余额110,484.51亿元、专项债务余额75,134.16亿元，控制在批准的债务余额限额209,974.30亿元之内。'),
          findings: [{ severity: 'error', table: null, difference: '-1000.00' }],
        },
      ],
    });
  });
});
