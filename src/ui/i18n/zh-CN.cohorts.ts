import type { enCohorts } from './en.cohorts.ts';

/** 同期群与属性交叉表视图的简体中文文字（议题 8）。 */
export const zhCNCohorts: Record<keyof typeof enCohorts, string> = {
  'core.crosstab.edges': '分段边界须为一个或多个数字，例如 0, 18, 25, 40, 60。',
  'core.crosstab.edgeOrder': '第 {at} 个分段边界须大于前一个。',
};
