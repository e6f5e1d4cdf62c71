import { labelKey } from '../dom/text';
import type { Block, Column, TableKind } from './model';

const BY_TITLE: [RegExp, TableKind][] = [
  [/绩效自评/, '绩效自评表'],
  [/绩效目标|绩效指标/, '绩效目标表'],
  [/三公/, '三公经费表'],
  [/政府采购/, '政府采购'],
  [/机关运行经费|机构运转经费/, '机关运行经费'],
  [/政府性基金/, '政府性基金'],
  [/国有资本经营/, '国有资本经营'],
  [/财政专户/, '财政专户'],
  [/财政拨款收支总表/, '财政拨款收支总表'],
  [/收支总表|收支总体情况表|收支决算总表/, '收支总表'],
  [/收入总表|收入决算表|收入预算表/, '收入总表'],
  // a title that names 基本支出 or 一般公共预算 is that table, even when it ends in 支出预算表
  // ("一般公共预算基本支出预算表" is not the department's 支出总表)
  [/基本支出/, '一般公共预算基本支出表'],
  [/一般公共预算.*(经济分类|经济科目)/, '经济分类表'],
  [/一般公共预算.*支出/, '一般公共预算支出表'],
  [/支出总表|支出决算表|支出预算表$/, '支出总表'],
  [/经济分类|分类汇总/, '经济分类表'],
  [/项目支出|专项|项目表|项目预算/, '项目支出表'],
];

export function kindFromTitle(title: string): TableKind | null {
  const k = labelKey(title);
  if (!k) return null;
  for (const [re, kind] of BY_TITLE) if (re.test(k)) return kind;
  return null;
}

/** Recognise a standard table from its structure when its title is missing. */
export function kindFromStructure(columns: Column[], blocks: Block[]): TableKind {
  const heads = columns.map((c) => c.path.join('›')).join('|');
  const labels = blocks.flatMap((b) => b.items.map((i) => labelKey(i.rawLabel))).join('|');
  const has = (re: RegExp) => re.test(heads);
  if (has(/一级指标|绩效指标|指标值/)) return has(/得分|自评|实际完成/) ? '绩效自评表' : '绩效目标表';
  if (has(/因公出国/) && has(/公务接待/)) return '三公经费表';
  const sideBySide = blocks.filter((b) => b.amountCols.length > 0).length >= 2;
  if (sideBySide && /收入/.test(heads) && /支出/.test(heads)) {
    if (/事业收入|上级补助收入|附属单位上缴收入|事业单位经营收入/.test(labels)) return '收支总表';
    return '财政拨款收支总表';
  }
  if (has(/本年收入|上年结转/) && has(/事业收入|一般公共预算|财政拨款/) && !has(/基本支出/)) return '收入总表';
  if (has(/政府性基金/) && has(/基本支出|项目支出|人员经费/)) return '政府性基金';
  if (has(/国有资本经营/) && has(/基本支出|项目支出|人员经费/)) return '国有资本经营';
  if (has(/财政专户/) && has(/基本支出|项目支出|人员经费/)) return '财政专户';
  if (has(/基本支出/) && has(/项目支出/)) {
    if (has(/事业单位经营支出|上缴上级支出|对附属单位补助支出/)) return '支出总表';
    return '一般公共预算支出表';
  }
  if (has(/人员经费|公用经费/) && !has(/项目支出/)) return '一般公共预算基本支出表';
  if (has(/机关工资福利支出|机关商品和服务支出|工资奖金津补贴|办公费|工资津补贴|社会福利和救助|离退休费|基本工资/)) return '经济分类表';
  if (has(/专项|项目/) && has(/资金|金额|预算/)) return '项目支出表';
  return '其他预算表';
}
