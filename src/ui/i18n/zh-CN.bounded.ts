import type { enBounded } from './en.bounded.ts';

/** 周期类视图的上限与评分无差异规则的中文文本（issue 14），合并进 `zhCN`。 */
export const zhCNBounded: Record<keyof typeof enBounded, string> = {
  'core.cohorts.offsetCap.month':
    '数据从 {from} 延续到 {to}（{years} 年）。每个同期群最多跟踪 {cap} 个月：此后 {customers} 位客户的 {purchases} 行购买记录未计入表格和图表。请检查文件中是否有 9999-12-31、1900-01-01 或 0001-01-01 这类占位日期。',
  'core.cohorts.offsetCap.quarter':
    '数据从 {from} 延续到 {to}（{years} 年）。每个同期群最多跟踪 {cap} 个季度：此后 {customers} 位客户的 {purchases} 行购买记录未计入表格和图表。请检查文件中是否有 9999-12-31、1900-01-01 或 0001-01-01 这类占位日期。',
  'core.cohorts.cohortCap.month':
    '只显示最近的 {cap} 个月度同期群：更早的 {cohorts} 个同期群（{from} 至 {to}，共 {customers} 位客户）未计入表格和图表。请检查文件中是否有 1900-01-01 或 0001-01-01 这类占位日期。',
  'core.cohorts.cohortCap.quarter':
    '只显示最近的 {cap} 个季度同期群：更早的 {cohorts} 个同期群（{from} 至 {to}，共 {customers} 位客户）未计入表格和图表。请检查文件中是否有 1900-01-01 或 0001-01-01 这类占位日期。',
  'how.cohorts.cap':
    '同期群表最多覆盖十年：有客户的最近 120 个月度（40 个季度）同期群，每个最多跟踪 120 个月（40 个季度）。超出部分会在图表上方的提示中计数，绝不会悄悄丢弃：否则像 9999-12-31 这样的日期会让表格在几千年里每月多出一列。',
  'core.clv.checksSplit':
    '模型检验要求拆分点两侧各至少有 {percent}% 的数据行：校准期（{first} 至 {end}，{calibrationYears} 年）有 {rows} 行中的 {calibrationRows} 行，留出期（至 {last}，{holdoutYears} 年）有 {holdoutRows} 行。请另选校准截止日，例如 {suggest}，并检查文件中是否有 9999-12-31 或 1900-01-01 这类占位日期。',
  'core.clv.checksHoldout':
    '留出期（{end} 至 {last}，{holdoutYears} 年）比校准期（{calibrationYears} 年）长 {ratio} 倍以上：这么远的预测无法检验。请检查文件中是否有 9999-12-31 这类占位日期，或选择更晚的校准截止日。',
  'core.rfm.noSpread':
    '所有客户的{dimName}都相同（{value}），排名无法区分他们：全部 {customers} 位客户在 {dimShort} 上都得到中间等级 {grade}（共 {grades} 级），既不算好也不算差。依赖 {dimShort} 的细分在这里意义不大。',
  'bounded.dim.r': '最近购买间隔（天）',
  'bounded.dim.f': '购买频次（订单数）',
  'bounded.dim.m': '消费金额',
  'cohorts.chartCap.rows': '图表只显示 {cohorts} 个同期群中最近的 {rows} 个。',
  'cohorts.chartCap.cols.month': '图表只显示每个同期群 {offsets} 个月中的前 {cols} 个月。',
  'cohorts.chartCap.cols.quarter': '图表只显示每个同期群 {offsets} 个季度中的前 {cols} 个季度。',
  'cohorts.chartCap.table': '下方表格列出全部数据。',
};
