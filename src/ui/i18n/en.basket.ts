/** English text of the Products view's basket panel: what each segment buys (issue 17). */
export const enBasket = {
  'basket.title': 'What each segment buys',
  'basket.intro':
    'For each segment of the scheme in use (or each value of an attribute you choose): its buyers, revenue and profit per {level}, the share of the segment’s revenue that goes to it, and the lift against all customers (above 1: the segment spends a larger part of its money on it than customers overall).',
  'basket.none': 'Open or import a dataset to see what each segment buys.',
  'basket.loading': 'Counting what each segment buys…',
  'basket.empty':
    'This dataset has no product, category or sub-category column, so there is nothing to count here. Import the file again and, in the mapping step, give a column the role Category, Sub-category, Product ID or Product name (and Profit, for profit per segment).',
  'basket.level': 'Count by',
  'basket.level.category': 'Category',
  'basket.level.subcategory': 'Sub-category',
  'basket.level.product': 'Product',
  'basket.groupBy': 'Group customers by',
  'basket.groupBy.segments': 'Segments of the scheme in use',
  'basket.segment': 'Segment',
  'basket.lift': 'Lift',
  'basket.heatmap.title': 'Lift per segment and {level}',
  'basket.heatmap.topNote':
    'The {shown} products with the most revenue, of {total}; the table lists every product of a segment.',
  'basket.tip.buyers': 'Buyers: {n}',
  'basket.tip.revenue': 'Revenue: {revenue} ({share} of the segment)',
  'basket.tip.profit': 'Profit: {profit}',
  'basket.table.pick': 'Shown in the tables below',
  'basket.table.caption': '{segment}: what it buys, by {level}, most revenue first',
  'basket.table.more': 'The {shown} with the most revenue, of {total}.',
  'basket.col.buyers': 'Buyers',
  'basket.col.revenue': 'Revenue',
  'basket.col.profit': 'Profit',
  'basket.col.share': 'Share of segment revenue',
  'basket.top.title': 'Top products of the segment',
  'basket.top.caption': '{segment}: the products with the most revenue',
  'basket.top.none': 'Map a Product ID or Product name column at import to see each segment’s top products.',
  'basket.pairs.title': 'Customers who buy A also buy B',
  'basket.pairs.caption': 'Pairs of {level} bought by at least {min} of the same customers, highest lift first',
  'basket.pairs.found': 'Showing {shown} of {found} pairs.',
  'basket.pairs.min': 'Bought by at least',
  'basket.pairs.minUnit': 'customers',
  'basket.pairs.none':
    'No two items were bought by {min} or more of the same customers. Lower the number to see weaker pairs.',
  'basket.col.a': 'Customers who buy',
  'basket.col.b': 'also buy',
  'basket.col.both': 'Both',
  'basket.col.support': 'Support',
  'basket.col.confidence': 'Confidence',
  'how.basket.share':
    'Share: revenue(segment, item) ÷ revenue(segment). Revenues count every line with an item at the level chosen, returns netted in, before the reference date, so each segment’s shares add up to 100 %. Buyers are the segment’s customers with at least one purchase of the item.',
  'how.basket.lift':
    'Lift: share(segment, item) ÷ (revenue(all, item) ÷ revenue(all, all)). 1 means the segment spends the same part of its money on the item as all customers; 1.5 means half as much again; 0.5 half as much. The heatmap colours lift on a scale that puts ½ and 2 equally far from 1.',
  'how.basket.pairs':
    'Pairs count customers, not orders: n(A) customers bought A over the whole period, n(A∩B) bought both, N is every customer who bought any item. Support = n(A∩B) ÷ N, confidence = n(A∩B) ÷ n(A), lift = confidence ÷ (n(B) ÷ N). A pair is shown when n(A∩B) reaches the number chosen; sorted by lift, then confidence.',
  'basket.exclude.title': 'Lines that are not products',
  'basket.exclude.summary':
    'Left out: {n} items that look like postage, fees or adjustments ({lines} lines, {revenue}): {names}.',
  'basket.exclude.more': ' and {n} more',
  'basket.exclude.none': 'No line is left out: every item counts as a product.',
  'basket.exclude.edit': 'Choose what to leave out',
  'basket.exclude.intro':
    'Ticked items are left out of this page (the table, top products, pairs, who is due to buy again), of the offers on customer cards and of the cross-sell potential. Found by name (its last word is postage, carriage, shipping, fee, charge, commission, discount, manual, sample, adjustment, voucher…) or, where almost every code holds a digit, by a code of 1 to 4 letters (POST, DOT, M).',
  'basket.exclude.item': '{lines} lines · {revenue}',
  'basket.exclude.listed': 'your choice',
  'basket.exclude.auto': 'Use the items found',
  'how.basket.excluded':
    'Lines that are not products (postage, fees, discounts… see “Lines that are not products”) are left out before anything here is counted: a segment’s revenue, all revenue and N count only the kept lines, so shares add up to 100 % over products and lifts compare products with products. The RFM scores, segments and CLV still count every line.',
  'basket.how.example':
    'From your data: {segment} spent {revenue} on {item}, of its {segmentRevenue}: share {share}. {item} is {itemRevenue} of all {total} ({itemShare}), so lift = {share} ÷ {itemShare} = {lift}.',
  'basket.how.pairExample':
    'And: {both} of the {ofA} customers who buy {a} also buy {b}: confidence {confidence}; {ofB} of all {n} customers buy {b} ({baseRate}), so lift = {confidence} ÷ {baseRate} = {lift}; support = {both} ÷ {n} = {support}.',
} as const;
