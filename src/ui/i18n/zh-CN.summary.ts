import type { enSummary } from './en.summary.ts';

/** 客户汇总表（议题 9）的简体中文文字：列角色、映射、报告、SQL 面板、限制。 */
export const zhCNSummary: Record<keyof typeof enSummary, string> = {
  'core.summary.noHoldout':
    '客户汇总表没有首次与最近一次购买之间的交易，无法划分校准期和检验期：如需检验模型，请导入交易明细。',
  'core.summary.noHistory':
    '客户汇总表没有首次与最近一次购买之间的交易：同期群、更早的参考日期和迁移分析都需要交易明细。',
  'core.import.summaryNeeds': '客户汇总表需要一列作为“{role}”：请在列角色中选择。',
  'core.import.summaryRepeats':
    '{file}:{line}：客户 {customer} 已有另一行不同的数据（第 {earlier} 行）：客户汇总表每个客户只能有一行。',
  'reason.badOrders': '订单数不是大于等于 1 的整数',
  'reason.badSpan': '首次购买晚于最近一次购买',
  'role.first': '首次购买日期',
  'role.orders': '订单数',
  'role.average': '平均金额（客单价）',
  'role.summary.date': '最近一次购买日期',
  'role.summary.amount': '总金额',
  'map.kind': '文件内容',
  'map.kind.transactions': '交易明细（每次购买一行）',
  'map.kind.summary': '客户汇总表（每个客户一行）',
  'map.missing.summary': '请映射客户编号、首次购买、最近一次购买、订单数和总金额（或平均金额）。',
  'map.summaryNote':
    '每行是一个客户。除同期群、随时间的迁移、更早的参考日期和检验期上的模型检验（这些需要交易明细）外，所有分析都可以在汇总表上进行。',
  'report.kind.summary': '客户汇总表：每行一个客户',
  'report.orders': '订单数（所有客户合计）',
  'summary.needsTransactions':
    '该数据集是客户汇总表：只有每个客户的首次和最近一次购买，没有其间的交易。{what}需要交易明细：请导入交易数据后查看。',
  'summary.what.cohorts': '同期群视图',
  'summary.what.migration': '随时间的细分迁移',
  'summary.what.checks': '在检验期上检验模型',
  'sql.title': '数据太大？让数据仓库先汇总',
  'sql.intro': '在存放交易数据的数据库中运行此查询，将结果导出为 CSV 后在这里导入：每个客户一行，而不是数百万条交易。',
  'sql.dialect': '数据库',
  'sql.table': '交易表',
  'sql.customer': '客户编号列',
  'sql.date': '日期列',
  'sql.amount': '金额列',
  'sql.invoice': '订单号 / 发票号列（可选）',
  'sql.copy': '复制 SQL',
  'sql.copied': '已复制',
  'sql.copyFailed': '无法复制：请选中文字后手动复制',
  'how.summary':
    '客户汇总：订单数 = 金额为正的行中不同订单号（或不同购买日）的个数；首次和最近一次购买 = 这些日期中最早和最晚的一天；总金额 = 所有金额之和（退货已冲抵）。导入后，每个客户的最近购买间隔、频率和金额与交易明细完全相同；BG/NBD 使用 x = 订单数 − 1，t_x = 最近 − 首次，T = 截止 − 首次。',
  'datasets.summary': '客户汇总表',
  'card.summaryNote': '该数据集是客户汇总表：只知道首次和最近一次购买，不知道其间的购买，因此没有时间线。',
};
