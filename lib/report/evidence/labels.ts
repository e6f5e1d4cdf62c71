import type { Severity } from '../schema';

/** Chinese first, English second: the labels of the report. */
export const SEVERITY_LABEL: Record<Severity, [string, string]> = {
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  info: ['提示', 'info'],
};

export const ROLE_LABEL: Record<string, [string, string]> = {
  total: ['合计', 'total'],
  part: ['组成项', 'part'],
  subset: ['其中项', 'subset'],
  compare: ['对照', 'compared'],
  other: ['其他', 'other'],
  cited: ['引用', 'cited'],
};

export const bi = ([zh, en]: [string, string]) => `${zh} / ${en}`;

/** "[r,c]" as the CLI and the JSON contract write a cell. */
export const cellName = ([r, c]: readonly [number, number]) => `[${r},${c}]`;
