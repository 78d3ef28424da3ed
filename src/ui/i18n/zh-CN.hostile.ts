import type { enHostile } from './en.hostile.ts';

/** 异常文件上限（议题 14）的简体中文文字：CSV 上限的错误信息，以及列很多的文件在映射步骤中的分页。 */
export const zhCNHostile: Record<keyof typeof enHostile, string> = {
  'core.csv.fieldTooLong':
    '{file}，第 {line} 行第 {column} 列：这个字段超过 {max} 字节，超出了单个字段的上限。这不是 CSV 导出文件，或者文件已损坏。',
  'core.csv.quoteTooLong':
    '{file}，第 {line} 行第 {column} 列：从这里开始的带引号字段超过 {max} 字节，超出了单个字段的上限：可能是某个引号（"）没有闭合，或者该值对交易文件来说过长。',
  'core.csv.recordTooLong':
    '{file}，第 {line} 行：这一行超过 {max} 字节（到第 {column} 列时），超出了单行的上限。是不是缺少换行？',
  'core.csv.tooManyColumns': '{file}，第 {line} 行：列数超过 {max}，超出了单行的上限。请检查分隔符，或删除用不到的列。',
  'map.columns.range': '第 {from}–{to} 列，共 {total} 列',
  'map.columns.prev': '上一页',
  'map.columns.next': '下一页',
  'map.columns.find': '查找列',
  'map.columns.none': '没有列名包含“{q}”。',
  'map.columns.mapped': '已指定：{list}',
  'map.columns.sep': '；',
  'map.columns.at': '{role}：{name}（第 {n} 列）',
  'sniff.cancel': '取消',
};
