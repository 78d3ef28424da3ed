import type { enReview } from './en.review.ts';

/** 简体中文：标签与数值之间的标点（全角冒号，后面不加空格）；merged into `zhCN`. */
export const zhCNReview: Record<keyof typeof enReview, string> = {
  'punct.colon': '：',
  'punct.listSep': '、',
};
