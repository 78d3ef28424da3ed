import type { enProducts } from './en.products.ts';

/** 商品视图外壳的简体中文文字（议题 17）。 */
export const zhCNProducts: Record<keyof typeof enProducts, string> = {
  'nav.products': '商品',
  'core.basket.noItems': '文件中没有这一层级（{level}）的列。导入时请把商品、品类或子类列对应上。',
};
