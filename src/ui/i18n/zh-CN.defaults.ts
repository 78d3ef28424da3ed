import type { enDefaults } from './en.defaults.ts';

/** 简体中文：议题 16 D 部分（会误导的默认值）；merged into `zhCN`. */
export const zhCNDefaults: Record<keyof typeof enDefaults, string> = {
  'tiers.atRiskR': '流失风险：R 不高于',
  'tiers.atRiskFM': '且 FM 不低于',
  'report.orders.invoice': '订单数（按发票）',
  'report.orders.day': '订单数（按购买天数：未指定发票列）',
  'report.noPurchase': '其中 {n} 位只有退货，不在客户表中',
  'cl.trait.oneTime': '只买过一次',
  'cl.suggest.rule':
    '建议 k = {k}：在 k ≥ {minK} 且每个簇都至少包含 {share} 的客户的方案中，平均轮廓系数最高（{s}，基于 {n} 位客户）。只分两簇只是把较好和较差的客户分开，而太小的簇也无法作为可以行动的细分。惯性曲线的肘部在 k = {elbow}。',
  'cl.suggest.fallback':
    '建议 k = {k}：客户太少，没有哪个 k ≥ {minK} 能让每个簇都至少包含 {share} 的客户，因此取平均轮廓系数最高的 k（{s}，基于 {n} 位客户）。惯性曲线的肘部在 k = {elbow}。',
};
