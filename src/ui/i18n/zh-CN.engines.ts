import type { enEngines } from './en.engines.ts';

/** 浏览器引擎做不到的事（议题 15）的简体中文文字：无法保留或查看用量的存储。 */
export const zhCNEngines: Record<keyof typeof enEngines, string> = {
  'storage.unsupported':
    '此浏览器不显示 Segmap 占用了多少空间，也无法请求它保留数据：空间不足时它可能清除这些数据。请不时下载备份（见下方“备份”）。',
  'storage.persistAsking': '浏览器正在询问您是否允许 Segmap 保留数据：请在浏览器的提示中作答。',
  'storage.persistRefused': '浏览器拒绝了：空间不足时它仍可能清除这些数据。',
};
