import type { enItems } from './en.items.ts';

/** 简体中文：商品、品类与利润列（issue 17）的角色名称和导入报告。 */
export const zhCNItems: Record<keyof typeof enItems, string> = {
  'role.product': '商品编号',
  'role.productName': '商品名称',
  'role.category': '品类',
  'role.subcategory': '子类',
  'role.profit': '利润（每行）',
  'report.items.product': '商品数',
  'report.items.productName': '商品名称数',
  'report.items.category': '品类数',
  'report.items.subcategory': '子类数',
  'report.profit': '利润',
  'report.profit.all': '保留的每一行都已读取',
  'report.profit.missing':
    '保留的 {rows} 行中有 {n} 行缺少利润（空白或不是数字）：这些行仍计入销售额，利润分析不计入它们',
  'problem.column.item:product': '商品编号',
  'problem.column.item:productName': '商品名称',
  'problem.column.item:category': '品类',
  'problem.column.item:subcategory': '子类',
  'problem.column.profit': '利润',
  'core.import.profitUnread':
    '有 {count} 个利润值不是数字（首个：第 {line} 行第 {column} 列，“{raw}”）：这些行仍然保留，但没有利润，因此销售额分析不受影响，利润分析不计入它们。',
};
