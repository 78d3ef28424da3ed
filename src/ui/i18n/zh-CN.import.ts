import type { enImport } from './en.import.ts';

/** 导入加固（议题 9）的简体中文文字：跳过行数、新的清洗规则与删除原因、嗅探与导入的提示和错误。 */
export const zhCNImport: Record<keyof typeof enImport, string> = {
  'map.skipRows': '表头前要跳过的行数',
  'map.notices': '请核对以下判断',
  'map.clean.dropFuture': '删除日期晚于今天的行',
  'report.warnings': '请核对',
  'reason.tooManyFields': '字段数多于表头的列数',
  'reason.future': '日期晚于今天',
  'core.import.noCustomerColumn': '没有列被指定为客户编号。',
  'core.import.noDateColumn': '没有列被指定为日期。',
  'core.import.noAmountColumn': '请指定金额列，或同时指定数量列和单价列。',
  'core.import.noSuchColumn': '--map {role}={column}：没有这一列（现有列：{columns}）。',
  'core.import.nul': '{file} 第 {line} 行：文件含有 NUL 字节：它是二进制文件，或不是所选的编码。没有导入任何数据。',
  'core.import.decode': '{file} 第 {line} 行：第 {byte} 字节之后的内容无法按 {encoding} 解码：请选择文件的编码。',
  'core.import.undecodable':
    '无法解码的值：{count} 个（第一个在第 {line} 行）。文件可能不是检测到的编码：请选择它的编码，或将文件另存为 UTF-8。',
  'core.import.futureKept':
    '日期晚于今天的行：{count} 行（第一行：第 {line} 行，{date}）。这些行已保留，因此默认参考日期（最后一笔交易的次日）晚于今天：请用清洗规则删除它们，或设置参考日期。',
  'core.import.multilineQuote':
    '跨越多行的带引号字段：{count} 个（第一个从第 {from} 行到第 {to} 行）。请检查是否有多余的引号。',
  'core.import.dateOrderDefault': '所有日期既可按“日/月”也可按“月/日”解读；已按 {order} 读取。',
  'core.sniff.bomWins': '文件以 {bom} 字节顺序标记（BOM）开头，因此按 {bom} 读取，而不是所选的 {chosen}。',
  'core.sniff.titleRows': '已跳过表头上方的 {rows} 行（第一行：“{first}”）。如果不对，请修改“表头前要跳过的行数”。',
  'core.sniff.duplicateHeaders': '与前面的列同名的列已重命名：{names}。',
  'core.sniff.bomIgnored': '文件以 {bom} 字节顺序标记（BOM）开头，但其后的内容不是 {bom}：按所选的 {chosen} 读取。',
  'core.file.nulAt': '文件含有 NUL 字节（第一个在第 {line} 行）：它是二进制文件，不是 CSV 文本文件。',
};
