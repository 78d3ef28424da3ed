/** English text of the next best offers, replenishment and cross-sell potential (issue 17). */
export const enOffers = {
  'core.offers.reason': '{pct} % of customers who buy {a} also buy {offer} ({both} of {of}; lift {lift})',
  'core.offers.reasonPair': '{pct} % of customers who buy {a} and {b} also buy {offer} ({both} of {of}; lift {lift})',
  'core.offers.popular': '{pct} % of all customers buy {offer} ({both} of {of}): offered as one of the most bought',
  'core.offers.replenishmentRule':
    'Due when the days since the last purchase exceed {factor} × the usual gap (the median gap between purchase days), for customer × item pairs bought on at least {minDays} different days; lapsed instead, and not due, past {lapsedFactor} × the usual gap or {lapsedDays} days.',
  'core.offers.badRule':
    'The replenishment rule needs a factor above 0 and at least 2 purchase days (got {factor} and {minDays}).',
  'core.offers.badLapsed':
    'The lapsed rule needs a factor above the overdue factor {factor} and whole days of at least 1 (got {lapsedFactor} and {lapsedDays}).',
  'offers.card.title': 'Next best offers',
  'offers.card.computing': 'Computing…',
  'offers.card.noItems': 'Offers need a product, category or sub-category column: map one when you import the file.',
  'offers.card.ownsAll': 'This customer already buys every item at this level.',
  'offers.level.category': 'by category',
  'offers.level.subcategory': 'by sub-category',
  'offers.level.product': 'by product',
  'offers.level.label': 'Offers and replenishment count',
  'offers.level.option.auto': 'automatic (sub-category, else category, else product)',
  'offers.level.option.product': 'products',
  'offers.level.option.subcategory': 'sub-categories',
  'offers.level.option.category': 'categories',
  'offers.rep.title': 'Due to buy again',
  'offers.rep.needTransactions': 'Replenishment needs a saved dataset of transactions.',
  'offers.rep.factor': 'Due past this many usual gaps',
  'offers.rep.minDays': 'Least purchase days',
  'offers.rep.lapsedFactor': 'Lapsed past this many usual gaps',
  'offers.rep.lapsedDays': 'or past this many days',
  'offers.rep.counts':
    '{due} customer × item pairs due now ({customers} customers) of {regular} with a usual gap, {level}, on {day}.',
  'offers.rep.first': 'The table shows the {n} most overdue.',
  'offers.rep.lapsedCounts':
    '{lapsed} more pairs ({customers} customers) are lapsed: silent for longer than the lapsed rule, so they are a win-back, not a reorder, and are not listed as due.',
  'offers.rep.showLapsed': 'Show the {n} lapsed pairs',
  'offers.rep.lapsedTitle': 'Lapsed pairs (not due)',
  'offers.rep.firstLapsed': 'The table shows the {n} most recently lapsed.',
  'offers.rep.col.customer': 'Customer',
  'offers.rep.col.item': 'Item',
  'offers.rep.col.days': 'Purchase days',
  'offers.rep.col.gap': 'Usual gap (days)',
  'offers.rep.col.last': 'Last purchase',
  'offers.rep.daysAgo': '{d} days ago',
  'offers.rep.col.ratio': 'Gaps overdue',
  'offers.cube.axis': 'Potential value',
  'offers.cube.clv': 'Model CLV',
  'offers.cube.crossSell': 'Cross-sell potential',
  'offers.cube.formula': 'Cross-sell potential = P(buys in the next 90 days) × Σ over the 3 offers of q_r × π',
  'offers.cube.computing': 'Computing the offers and their backtest…',
  'offers.cube.q':
    'q_r = share of customers who bought their rank-r offer in the backtest ({level}; fitted up to {day}, {n} customers who bought afterwards): {q1}, {q2}, {q3} (hit at 3: {hit}; most popular items: {popular}).',
  'offers.cube.piProfit': 'π = the offer’s profit per purchase line (profit column).',
  'offers.cube.piMargin': 'π = margin {margin} × the offer’s revenue per purchase line (no profit column).',
  'offers.cube.customer': 'Customer',
  'offers.cube.termsOf': 'Terms of customer {id}',
  'offers.cube.offer': 'Offer',
  'offers.cube.result': 'P(buys in 90 days) = {p} (the CLV model); Σ q_r × π = {sum}; cross-sell potential = {cpv}.',
  'how.offers.method':
    'Next best offers: item-to-item collaborative filtering with cosine similarity (the method Amazon published in 2003). Two items are similar when the same customers buy both: sim(A, B) = customers who bought both / √(buyers of A × buyers of B). Each item keeps its 20 most similar items that at least 3 customers bought together; a customer’s score for an item they have not bought is the sum of its similarities to the items they have bought, ties going to the item more customers buy, and the list is filled up with the most popular items. It was chosen because it beat both "most popular" and the highest-confidence rule on Online Retail (hit at 3 on the last quarter: 26 % against 13 %) and it discounts items everybody buys. The reason shown is the strongest rule among the items the customer owns: the share of customers who buy A (or A and B) who also buy the offer, with the counts and the lift (that share over the share of all customers who buy the offer). Lines that are not products (postage, fees, discounts…) are left out of the model, the offers and replenishment; the Products view lists them and lets you change the list.',
  'how.offers.replenishment':
    'Replenishment: for each customer and item bought on at least the least number of purchase days, the usual gap is the median of the days between consecutive purchase days. The pair is overdue when the days since its last purchase, counted to the day after the data, exceed the factor × the usual gap. An overdue pair is lapsed, not due, when those days also exceed the lapsed factor × the usual gap or the lapsed days, whichever comes first (default 4 gaps or 365 days: four gaps is where the lifecycle calls a customer at risk, and a year of silence on an item is lost rather than due); lapsed pairs are counted and listed apart, most recently lapsed first. A rule saved before the lapsed thresholds takes these defaults (the lapsed factor at least twice the factor). Returns are not purchases.',
  'how.offers.crossSell':
    'Cross-sell potential (the telecom value model’s CPV): P(the customer buys in the next 90 days), from the CLV model, × the sum over the customer’s three offers of q_r × π. q_r is measured: the offers are fitted on all but the last quarter of the data and q_r is the share of customers who bought in that quarter who bought their rank-r offer. π is the offer’s expected profit from one purchase line: its profit divided by its purchase lines, or the margin × its revenue per line without a profit column. The cube then uses this value as its potential axis; current value and loyalty do not change.',
} as const;
