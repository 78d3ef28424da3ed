import type { enA11y } from './en.a11y.ts';

/** 图表数据表格与缩放按钮的简体中文文字（议题 7，无障碍）。 */
export const zhCNA11y: Record<keyof typeof enA11y, string> = {
  'a11y.chartTable': '以表格查看数据',
  'a11y.zoom': '缩放',
  'a11y.zoomIn': '放大',
  'a11y.zoomOut': '缩小',
  'a11y.zoomReset': '重置缩放',
  'a11y.feature': '特征',
  'a11y.range': '区间',
  'a11y.date': '日期',
  'a11y.meanOf': '{name}均值',
  'a11y.totalOf': '{name}（合计）',
  'a11y.sampled': '{title}（{total} 个时间点中的 {n} 个）',
  'a11y.histograms.caption': '{title}：各区间的客户数（相邻分箱已合并）',
  'a11y.pAlive.caption': '{title}：行为购买频次 x，列为最近购买时间 t_x（{unit}）；t_x 不可能取值处显示短横线',
  'a11y.pareto.caption': '{title}：按收入排名将客户分为 {n} 组',
};
