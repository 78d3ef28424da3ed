import type { enStorage } from './en.storage.ts';

/** 存储安全（议题 9）的简体中文文字：提示横幅、备份、重新保存、重复文件。 */
export const zhCNStorage: Record<keyof typeof enStorage, string> = {
  'core.storage.full': '本设备的存储空间不足，无法保存该数据集。没有保存任何内容：请删除数据集或释放空间后再保存。',
  'core.storage.duplicateKey': '没有保存任何内容：数据中有两条键相同的记录（在“{table}”中）。已存储的数据集没有改变。',
  'core.storage.outdated':
    'Segmap 已在另一个标签页中更新：此标签页无法再写入存储。请先重新加载此标签页再继续；已存储的数据集是安全的。',
  'core.backup.notBackup': '这不是 Segmap 备份文件（.segmap）。',
  'core.backup.newerFormat': '该备份采用格式 {format}，当前版本的 Segmap 无法读取：请更新应用。',
  'core.backup.damaged': '备份文件已损坏或不完整；没有恢复任何内容。',
  'storage.unavailable':
    '此浏览器不允许 Segmap 存储数据（无痕窗口，或已关闭存储）。您可以浏览，但无法导入，因为数据无法保存。请在普通窗口中打开 Segmap 来处理您的数据。',
  'storage.wiped':
    '本设备上存储的数据集已不存在：浏览器清除了 Segmap 的存储（空间不足或清除网站数据时会这样）。如果您有备份文件，请在“数据 → 备份”中恢复。安装本应用并允许持久存储可避免这种情况。',
  'storage.wipedOk': '我知道了',
  'storage.outdated': 'Segmap 已在另一个标签页中更新。请重新加载此标签页后继续；数据没有丢失。',
  'storage.blocked': 'Segmap 正在等待其他标签页关闭，之后才能更新存储。请关闭或重新加载这些标签页。',
  'storage.reload': '重新加载',
  'storage.upgrade':
    '此版本的 Segmap 将升级数据集的存储方式（从第 {from} 版到第 {to} 版）。数据会保留；您可以先下载备份。',
  'storage.upgradeBackup': '先下载备份，再升级',
  'storage.upgradeGo': '立即升级',
  'storage.persistAdvice':
    '空间不足时，浏览器可能清除已存储的数据。请安装 Segmap（添加到主屏幕 / 安装应用）以便保留数据，并不时下载备份。',
  'storage.persistAsk': '请求保留数据',
  'backup.title': '备份',
  'backup.intro':
    '备份文件包含所有数据集及其设置、规则和拜访清单。可在另一台设备上恢复，或在浏览器清除存储后在本设备恢复。',
  'backup.export': '下载备份',
  'backup.exporting': '正在写入备份…',
  'backup.restore': '从备份文件恢复',
  'backup.preview': '恢复 {file} 将会：',
  'backup.col.dataset': '数据集',
  'backup.col.rows': '行数',
  'backup.col.customers': '客户数',
  'backup.col.action': '操作',
  'backup.add': '作为新数据集添加',
  'backup.replace': '替换“{name}”',
  'backup.skip': '跳过',
  'backup.go': '恢复',
  'backup.cancel': '取消',
  'backup.done': '已恢复 {n} 个数据集。',
  'import.notSaved': '未保存：{reason}',
  'import.saveAgain': '重新保存',
  'import.duplicate': '您已于 {date} 导入过此文件，名称为“{name}”。',
  'import.openExisting': '打开“{name}”',
  'import.importAgain': '再次导入',
};
