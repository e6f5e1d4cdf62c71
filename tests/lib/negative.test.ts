/**
 * Pages that hold tables but no budget table: nothing may be reported as a budget table, and no
 * finding may be raised. Runs over every page in tests/fixtures/negative/, the generated
 * hugeNonBudgetPage, and a few hand-made look-alikes of common government-portal tables.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSnapshot, runRules } from '../../lib/analyze';
import { buildDocumentModel } from '../../lib/document';
import { PageAnalysis } from '../../lib/report/schema';
import { hugeNonBudgetPage } from '../generators';
import { ROOT, page, snapshotHtml, tableHtml } from './helpers';

const NEG_DIR = join(ROOT, 'tests', 'fixtures', 'negative');
const files = (() => {
  try {
    return readdirSync(NEG_DIR).filter((f) => /\.html?$/i.test(f)).sort();
  } catch {
    return [];
  }
})();

function expectNoBudget(html: string, what: string) {
  const snap = snapshotHtml(html, `file://${what}`);
  const doc = buildDocumentModel(snap);
  expect(doc.tables.map((t) => `#${t.index} ${t.kind} "${t.title}" (score ${t.score}: ${t.reasons.join('; ')})`), what).toEqual([]);
  const a = analyzeSnapshot(snap);
  expect(() => PageAnalysis.parse(a)).not.toThrow();
  expect(a.report.tables, what).toEqual([]);
  expect(a.report.findings, what).toEqual([]);
  expect(a.summary.tables).toBe(0);
  expect(a.amounts).toEqual([]);
  // every rule run on the page directly (as on a page read as a disclosure: prose rules need no table)
  // neither crashes (strict in tests) nor raises an error or warning
  const c = runRules(doc);
  expect(c.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`), what).toEqual([]);
  return snap;
}

/** Hand-made look-alikes: numbers, 合计 rows, codes and dates, but no budget. */
const LOOKALIKES: Record<string, string> = {
  'staff directory': page(
    '<p>机关科室联系方式</p>' +
      tableHtml([
        ['序号', '科室', '负责人', '办公电话', '房间号'],
        ['1', '办公室', '张伟', '0736-2612345', '301'],
        ['2', '财务科', '李娜', '0736-2612346', '302'],
        ['3', '基金监管科', '王强', '0736-2612347', '305'],
        ['4', '待遇保障科', '刘洋', '0736-2612348', '306'],
      ]),
    '联系我们',
  ),
  'population statistics with 合计 (persons, not money)': page(
    '<p>2023年末各乡镇户籍人口统计（单位：人）</p>' +
      tableHtml([
        ['乡镇', '户数', '男', '女', '合计'],
        ['城关镇', '12,034', '20,118', '19,876', '39,994'],
        ['白沙镇', '5,210', '8,011', '7,902', '15,913'],
        ['黄金镇', '3,188', '5,420', '5,301', '10,721'],
        ['合计', '20,432', '33,549', '33,079', '66,628'],
      ]),
    '人口统计',
  ),
  // money, totals and one budget word (收入), but no budget structure: no standard title, no
  // classification codes, no second budget word
  'ticket takings of a sports meet (one budget word, money, totals)': page(
    '<p>县第十届运动会各场馆门票收入</p>' +
      tableHtml([
        ['场馆', '场次', '观众人次', '门票收入（元）'],
        ['体育馆', '12', '8,460', '42,300.00'],
        ['游泳馆', '8', '3,120', '15,600.00'],
        ['田径场', '10', '9,900', '29,700.00'],
        ['合计', '30', '21,480', '87,600.00'],
      ]),
    '赛事动态',
  ),
  'meeting schedule': page(
    '<p>2024年第一季度会议安排</p>' +
      tableHtml([
        ['日期', '时间', '会议名称', '地点', '参会人员'],
        ['2024-01-08', '09:00', '全局工作会议', '三楼会议室', '全体干部职工'],
        ['2024-02-19', '14:30', '党风廉政建设会议', '五楼会议室', '班子成员'],
        ['2024-03-11', '09:30', '基金监管专题会', '三楼会议室', '各科室负责人'],
      ]),
    '会议安排',
  ),
  'layout table around an article': page(
    '<table width="100%"><tr><td><p>当前位置：首页 &gt; 政务公开 &gt; 通知公告</p></td></tr><tr><td><h1>关于开展2024年医保政策宣传月活动的通知</h1><p>各县市区医疗保障局：为进一步提高医保政策知晓率，定于2024年4月开展宣传月活动。</p><p>2024年3月20日</p></td></tr></table>',
    '通知公告',
  ),
  'exam scores': page(
    '<p>2024年公开招聘工作人员笔试成绩</p>' +
      tableHtml([
        ['准考证号', '姓名', '笔试成绩', '面试成绩', '综合成绩', '排名'],
        ['20240101', '考生甲', '78.50', '85.20', '81.85', '1'],
        ['20240102', '考生乙', '76.00', '84.60', '80.30', '2'],
        ['20240103', '考生丙', '80.00', '79.40', '79.70', '3'],
      ]),
    '成绩公示',
  ),
};

describe('negative pages: no budget table reported', () => {
  it('the negative fixture directory is readable', () => {
    expect(Array.isArray(files)).toBe(true);
  });

  for (const f of files) {
    it(`tests/fixtures/negative/${f}`, () => {
      expectNoBudget(readFileSync(join(NEG_DIR, f), 'utf8'), f);
    });
  }

  it('hugeNonBudgetPage (5,000-row inventory list)', () => {
    const snap = expectNoBudget(hugeNonBudgetPage({ rows: 5000, seed: 1 }), 'hugeNonBudgetPage');
    expect(snap.tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThanOrEqual(5000);
  });

  it('hugeNonBudgetPage, other seeds and sizes', () => {
    for (const [rows, seed] of [[10, 2], [200, 3], [1500, 4]] as const) expectNoBudget(hugeNonBudgetPage({ rows, seed }), `hugeNonBudgetPage(${rows}, ${seed})`);
  });

  for (const [name, html] of Object.entries(LOOKALIKES)) {
    it(`look-alike: ${name}`, () => {
      expectNoBudget(html, name);
    });
  }
});
