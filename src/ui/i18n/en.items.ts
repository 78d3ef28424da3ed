/** English text of issue 17's item and profit columns: roles in the mapping step, report lines. */
export const enItems = {
  'role.product': 'Product id',
  'role.productName': 'Product name',
  'role.category': 'Category',
  'role.subcategory': 'Sub-category',
  'role.profit': 'Profit (per line)',
  'report.items.product': 'Products',
  'report.items.productName': 'Product names',
  'report.items.category': 'Categories',
  'report.items.subcategory': 'Sub-categories',
  'report.profit': 'Profit',
  'report.profit.all': 'read on every row kept',
  'report.profit.missing':
    'missing on {n} of {rows} rows kept (blank or not a number): the rows count for revenue, profit analyses leave them out',
  // A damaged stored column or backup named in the user's words (see columnWord in i18n.svelte.ts).
  'problem.column.item:product': 'product id',
  'problem.column.item:productName': 'product name',
  'problem.column.item:category': 'category',
  'problem.column.item:subcategory': 'sub-category',
  'problem.column.profit': 'profit',
  'core.import.profitUnread':
    '{count} profit values are not a number (first: line {line}, column {column}, “{raw}”): those rows are kept with no profit, so revenue analyses lose nothing and profit analyses leave them out.',
};
