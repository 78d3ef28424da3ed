import type { enReview } from './en.review.ts';

/** 简体中文：标签与数值之间的标点（全角冒号，后面不加空格）；merged into `zhCN`. */
export const zhCNReview: Record<keyof typeof enReview, string> = {
  'punct.colon': '：',
  'punct.listSep': '、',
  'backtest.pAliveWithheld':
    '数据无法识别客户流失（见“这些数字可信吗？”），所以其他地方都不显示模型的 P(活跃)：这里各模型的 AUC、Brier 分数和可靠性图上的点衡量的是数据并不支持的 P(活跃)，不能说明谁会留下。基准预测不受影响。',
};
