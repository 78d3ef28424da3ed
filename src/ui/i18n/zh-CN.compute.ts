import type { enCompute } from './en.compute.ts';

/** 计算任务（CLV、聚类、价值指数）在任务桥上的消息。 */
export const zhCNCompute: Record<keyof typeof enCompute, string> = {
  'core.ahp.noMeasure': '“{name}”既没有下级指标，也没有度量：请在其下添加指标，或为它选择度量。',
  'core.ahp.tooMany': '同一层最多只能两两比较 {most} 项；这一层有 {n} 项。',
};
