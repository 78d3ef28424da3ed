import type { enDataworker } from './en.dataworker.ts';

/** 数据工作线程的分析消息（设置无效而无法计算时的错误）。 */
export const zhCNDataworker: Record<keyof typeof enDataworker, string> = {
  'core.rfm.cuts': '评分切分值 {cuts} 无法使用：请填写 1 到 9 个数，且每个数都大于前一个。',
  'core.segments.tiers': '价值层级的阈值必须是 1 到 5 之间的整数分。',
  'core.segments.rules': '一个方案最多可有 254 条规则，当前有 {n} 条。请删除部分规则。',
  'core.value.abcCuts': 'ABC 切分点必须是收入占比，且 0 < A < B ≤ 1（当前为 {a} 和 {b}）。',
  'core.value.pyramidCuts':
    '金字塔切分点必须是客户占比，从关键客户到普通客户依次增大，且介于 0 到 1 之间（当前为 {cuts}）。',
};
