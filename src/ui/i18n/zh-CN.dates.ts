import type { enDates } from './en.dates.ts';

/** 议题 14 导入部分（真实世界的日期、编码与数字）的简体中文文字：离群日期清洗规则、新的删除原因、提示与错误。 */
export const zhCNDates: Record<keyof typeof enDates, string> = {
  'map.clean.dropOutlierDates': '剔除远离其他所有日期的行（如 9999-12-31 或 1900-01-01）',
  'map.outlierYears': '判定日期离群的空白年数',
  'map.outlierYears.help':
    '如果某个日期与容纳 99% 行的日期范围之间隔着超过这么多年、期间没有任何日期，就剔除该行；已知的“无日期”占位值（0001-01-01、1899-12-30、1900-01-01、1970-01-01、9999-12-31 等）不计入该范围。',
  'map.dateMixed':
    '“日在前”的日期（“{dayFirst}”，前几行中有 {onlyDay} 个）与“月在前”的日期（“{monthFirst}”，{onlyMonth} 个）混在一起。请选择顺序：只能按另一种顺序解读的日期会被剔除并计数。',
  'reason.outlierDate': '日期远离其他所有日期',
  'reason.amountOutOfRange': '金额超出 ±1,000,000,000,000，或不是数字',
  'customers.referenceTooEarly': '{date} 之前没有任何交易：数据从 {first} 开始。请选择更晚的参考日期。',
  'core.import.dateOrderConflict':
    '只能按{other}解读的日期：{count} 个（第一个：第 {line} 行，“{raw}”），而文件按{order}书写。这些行已作为无法识别的日期剔除。',
  'core.import.dateNeitherOrder':
    '第 {line} 行：“{raw}”既不符合“日/月/年”，也不符合“月/日/年”（此类日期共 {count} 个）。已作为无法识别的日期剔除。',
  'core.import.unreadDate':
    '没有列被指定为日期：第 {column} 列“{name}”第 {line} 行的值为“{value}”，不是 Segmap 能识别的日期（可识别的格式：{formats}）。',
  'core.sniff.unreadDate':
    '第 {column} 列“{name}”：第 {line} 行的“{value}”不是 Segmap 能识别的日期，因此没有列被当作日期（可识别的格式：{formats}）。请修正这些值，或自行指定日期列。',
  'core.sniff.fewBadBytes':
    '已按 UTF-8 读取，但有 {count} 处不是 UTF-8（第一处在第 {line} 行，字节 {byte}，可能是 Windows-1252 编码）。这些值会显示为“�”。Segmap 可读取 UTF-8、UTF-16 和 GBK/GB18030，但不支持 Windows-1252：请将文件另存为 UTF-8（Excel 中选“CSV UTF-8”），或修正这些值。',
  'core.sniff.encodingFallback':
    '文件不是 UTF-8（第 {line} 行，字节 {byte}；共 {count} 处）：已按 {encoding} 读取。如果名称显示为乱码，请选择正确的编码。',
  'core.sniff.skipPastEnd':
    '要跳过 {skip} 行，但文件只有 {rows} 行（空行不计），跳过后没有任何内容可读。请减少跳过的行数。',
  'core.sniff.skipLeavesHeader':
    '要跳过 {skip} 行，但文件只有 {rows} 行（空行不计）：跳过后只剩表头，没有数据行。请减少跳过的行数。',
  'core.rfm.referenceBeforeData':
    '{date} 早于最后一笔交易（{last}）：最近购买间隔会变成负数。请选择 {last} 或更晚的日期。',
  'report.keptOf': '保留 {kept} / {read} 行',
  'core.import.outlierKept':
    '日期远离其他所有日期的行：{count} 行（第一行：第 {line} 行，{date}）。由于日期规则已关闭，这些行被保留，各时段分析会延伸到这些日期（同期群最多显示十年）；开启该规则即可删除它们。',
  'label.trackingDate': '日期（自首次购买起按{unit}计）',
};
