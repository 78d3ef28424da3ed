/** English text of the Products view's shell (issue 17); its panels have their own files. */
export const enProducts = {
  'nav.products': 'Products',
  'core.basket.noItems':
    'The file has no {level} column. Map a product, category or sub-category column when you import it.',
} as const;
