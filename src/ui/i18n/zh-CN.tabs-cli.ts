import type { enTabsCli } from './en.tabs-cli.ts';

/** 简体中文：多标签页安全（更新等待导入完成、同一文件只保存一次）。 */
export const zhCNTabsCli: Record<keyof typeof enTabsCli, string> = {
  'pwa.activeElsewhere':
    'Segmap 已在另一个标签页中更新。本标签页在重新加载之前仍运行旧版本；您的数据集和设置保持不变。',
  'pwa.waitImport': '更新将等到本标签页中的导入完成并保存后进行，届时 Segmap 会自动重新加载。',
  'pwa.waitUnsaved': '更新正在等待：本标签页中的导入尚未保存。请再次保存，之后 Segmap 会自动重新加载。',
  'pwa.notNow': '暂不更新',
  'pwa.reloadUnsaved': '不保存导入，直接重新加载',
  'storage.outdatedImport':
    'Segmap 已在另一个标签页中更新。已存储的数据集是安全的，但此标签页无法再保存：这里显示的“{file}”导入不会被保留。请重新加载此标签页，然后再次导入该文件。',
  'core.storage.saveFailed':
    '无法保存该数据集，其中任何内容都没有保留。请重新保存；如果仍然失败，请重新加载此标签页并再次导入该文件。',
  'import.notSavedYet': '尚未保存：此文件已经存储过',
  'import.saveAnyway': '另存为新的数据集',
  'import.alreadyStored': '此文件刚刚已被保存为“{name}”（在另一个标签页中）。现已打开该数据集；文件没有被重复存储。',
};
