import type { enJobs } from './en.jobs.ts';

/** 任务桥（src/ui/jobs）的消息。 */
export const zhCNJobs: Record<keyof typeof enJobs, string> = {
  'core.worker.failed': '后台计算意外停止（设备内存可能不足）。已存储的数据没有改变；请重试，或重新加载页面。',
  'jobs.cancelled': '已取消。',
  'jobs.runAgain': '重新运行',
};
