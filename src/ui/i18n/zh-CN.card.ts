import type { enCard } from './en.card.ts';

/** 外勤销售客户卡片与拜访清单的简体中文文字（议题 7）。 */
export const zhCNCard: Record<keyof typeof enCard, string> = {
  'nav.card': '客户卡片',
  'card.title': '客户卡片',
  'card.find': '查找客户',
  'card.placeholder': '客户编号、地区、渠道…',
  'card.noMatch': '没有与“{q}”匹配的客户。',
  'card.tabs': '卡片或拜访清单',
  'card.segments': '所属细分与建议',
  'card.rfm': '最近消费 · 频次 · 金额',
  'card.recencyDays': '{d} 天',
  'card.order': '{n} 单',
  'card.orders': '{n} 单',
  'card.scores': '评分 R {r} · F {f} · M {m}',
  'card.clv': '终身价值（未来 {months} 个月）',
  'card.pAlive': '仍然活跃的概率',
  'card.cube': '价值类别',
  'card.noClv': '打开一次“终身价值”视图，即可显示终身价值和活跃概率。',
  'card.timeline': '历次购买',
  'card.timelineSummary': '从 {from} 到 {to} 共 {n} 个购买日',
  'card.last': '最近一次购买',
  'card.daysAgo': '距参考日 {d} 天',
  'card.next': '下一步最佳行动',
  'card.attributes': '客户信息',
  'card.close': '关闭卡片',
  'visit.title': '拜访计划',
  'how.card.search':
    '搜索时在客户编号和每个文本属性（地区、渠道……）的最新值中查找输入的文字，不区分大小写；边输入边列出最佳匹配（以该文字开头的编号优先）。',
  'how.card.values':
    'R/F/M 及其评分与“客户”视图相同，采用“客户细分”中选择的评分方式；列出客户在每种细分方案中的细分。终身价值、活跃概率和价值类别来自“终身价值”视图拟合的模型，使用其预测期、利润率和折现率。',
  'card.table.date': '日期',
  'card.table.month': '月份',
  'card.table.days': '购买天数',
  'card.table.amount': '金额',
};
