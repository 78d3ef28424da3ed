import type { enFormats } from './en.formats.ts';

/** 议题 17 B 部分的简体中文文字：Excel、Parquet、Arrow 文件（工作表选择、格式及其错误）与按文件判定的退单规则。 */
export const zhCNFormats: Record<keyof typeof enFormats, string> = {
  'map.format': '格式',
  'map.format.xlsx': 'Excel 工作簿',
  'map.format.parquet': 'Parquet',
  'map.format.arrow': 'Arrow',
  'map.sheet': '工作表',
  'map.cancelRule': '按发票号识别退单',
  'map.cancelRule.auto': '根据文件判断',
  'map.cancelRule.C': '以“C”开头的发票号',
  'map.cancelRule.none': '不识别（都是订单）',
  'map.cancelRule.sample': '前几行的判断：{reason}',
  'report.format': '文件',
  'report.format.sheet': '{format}，工作表“{sheet}”',
  'report.cancellations': '退单',
  'report.cancellations.C': '以“C”开头的发票号（{matched} 行）',
  'report.cancellations.none': '不按发票号识别退单',
  'core.file.encrypted': '{file}：此工作簿设有密码保护。请在 Excel 中打开并取消密码，或另存为 CSV。',
  'core.file.badWorkbook':
    '{file}：无法读取此 Excel 工作簿（已损坏或不完整）。请在 Excel 中打开后重新保存，或另存为 CSV。',
  'core.file.noWorksheet': '{file}：此 Excel 工作簿中没有工作表。',
  'core.file.noSheet': '{file}：没有名为“{sheet}”的工作表（现有工作表：{sheets}）。',
  'core.file.badParquet': '{file}：无法读取此 Parquet 文件（已损坏或不完整）。请重新导出。',
  'core.file.badParquetRows': '{file}：第 {from}–{to} 行无法读取（文件已损坏）。请重新导出。',
  'core.import.parquetCodec':
    '{file}：列“{column}”使用 {codec} 压缩，Segmap 无法读取。请用 SNAPPY、ZSTD、GZIP 压缩或不压缩重新导出。',
  'core.file.badArrow': '{file}：无法读取此 Arrow 文件（已损坏或不完整）。请重新导出。',
  'core.import.arrowCodec': '{file}：此 Arrow 文件经过压缩（LZ4 或 ZSTD），Segmap 无法读取。请以不压缩的方式写出。',
  'core.import.largeWorkbook':
    '此工作簿有 {mb} MB。Excel 文件只能整体读取，耗时长、占用内存多；另存为 CSV 或 Parquet 后导入会更快。',
  'core.import.wholeWorkbook': 'Excel 工作簿需整体读取（无法流式读取）：大文件用 CSV 或 Parquet 更快。',
  'core.import.macDateSystem':
    '此工作簿使用 1904 日期系统（Mac 版 Excel 曾这样保存）：其中的日期和日期序号均按该系统读取。',
  'core.import.cancelNoC': '没有以“C”开头的发票号：不会按发票号把任何一行当作退单。',
  'core.import.cancelPrefixC':
    '{rows} 行中有 {cDigits} 行（{share}）的发票号是“C”加数字（如 {first}），其余多为纯数字发票号：这些行按退单处理。',
  'core.import.cancelPrefixNone':
    '{rows} 行中有 {cOther} 行的发票号以“C”开头但不是“C”加数字（如 {first}）：以“C”开头的发票号按订单处理，不算退单。',
  'core.import.cancelPrefixMost':
    '{rows} 行中只有 {digits} 行的发票号是纯数字，{cDigits} 行“C”加数字的发票号（如 {first}）并非少数：按订单处理，不算退单。',
  'core.import.cancelChosenC': '已选择：以“C”开头的发票号为退单（{rows} 行中有 {cRows} 行）。',
  'core.import.cancelChosenNone': '已选择：不按发票号识别退单（{rows} 行中有 {cRows} 行的发票号以“C”开头）。',
  'core.import.cancelNotRerun': '前几行与整个文件对退单规则的判断不同：请选择规则后重新导入。',
};
