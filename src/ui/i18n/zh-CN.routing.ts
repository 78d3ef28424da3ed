import type { enRouting } from './en.routing.ts';

/** URL 路由的简体中文文字（议题 15）：链接中无法打开的部分的说明。 */
export const zhCNRouting: Record<keyof typeof enRouting, string> = {
  'route.title': '此链接未能完整打开',
  'route.unknownView': '链接中的视图“{view}”在此版本的 Segmap 中不存在，因此显示“客户”视图。',
  'route.missingDataset':
    '链接中的数据集（编号 {id}）未保存在此设备上，因此打开的是另一个数据集。链接只记录在应用中的位置，不包含数据：请在此设备上导入或恢复这些数据后再打开。',
  'route.missingCustomer': '数据集“{dataset}”中没有客户“{customer}”。请在下方查找该客户。',
  'route.badSetting': '链接中的设置 {name} = “{value}” 无法识别，因此使用已保存的设置。',
  'route.dismiss': '关闭',
};
