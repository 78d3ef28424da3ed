/** English glossary of the Learn view: term, definition and formula per entry (see GLOSSARY). */
export const enGlossary = {
  'gl.rfm.term': 'RFM',
  'gl.rfm.def':
    'Recency, Frequency, Monetary: three numbers that describe a customer’s buying. Customers who bought recently, often and for a lot are the most likely to buy again.',
  'gl.rfm.formula': 'R = days since the last purchase · F = orders · M = total spent',
  'gl.score.term': 'Quintile scores',
  'gl.score.def':
    'Each of R, F, M ranked and cut into five groups of equal size, scored 1–5 with 5 the best. Ties share a score, or are split by rank on the other dimensions.',
  'gl.score.formula': 'score = ⌈5 × rank / n⌉ (rank 1 = worst)',
  'gl.abc.term': 'ABC classes',
  'gl.abc.def':
    'Customers sorted by revenue: A bring the first 80 % of the revenue, B the next 15 %, C the rest. Usually A are few customers: the 80/20 (Pareto) rule.',
  'gl.abc.formula': 'A: cumulative revenue share ≤ 80 % · B: ≤ 95 % · C: the rest',
  'gl.pyramid.term': 'Customer pyramid',
  'gl.pyramid.def':
    'Customers ranked by revenue in layers: the top 1 % key, the next 19 % major, the next 30 % ordinary and the bottom 50 % small customers, compared by count and by revenue.',
  'gl.pyramid.formula': 'layer by rank: 1 % / 19 % / 30 % / 50 %',
  'gl.gini.term': 'Lorenz curve and Gini',
  'gl.gini.def':
    'The Lorenz curve plots the share of revenue against the share of customers, smallest first. Gini is twice the area between it and the diagonal: 0 = everyone spends the same, near 1 = one customer brings everything.',
  'gl.gini.formula': 'G = 1 − 2 × area under the Lorenz curve',
  'gl.clv.term': 'CLV (customer lifetime value)',
  'gl.clv.def':
    'The profit a customer is expected to bring over a horizon, discounted to today. Here: expected purchases (BG/NBD or another model) × expected spend (Gamma-Gamma) × margin, month by month.',
  'gl.clv.formula': 'CLV = Σₘ margin × spend × E[purchases in month m] / (1 + d)^m',
  'gl.palive.term': 'P(alive)',
  'gl.palive.def':
    'The probability that a customer is still active (has not silently stopped), given how many times and when they bought. A long silence after frequent buying lowers it.',
  'gl.palive.formula': 'BG/NBD: 1 / (1 + a/(b + x − 1) × ((α + T)/(α + t_x))^(r + x))',
  'gl.bgnbd.term': 'BG/NBD, Pareto/NBD',
  'gl.bgnbd.def':
    'Models of repeat buying without contracts: while active, a customer buys at their own rate (Poisson, rates vary as a gamma); they may stop at some point (after a purchase for BG/NBD, at any time for Pareto/NBD). Fitted by maximum likelihood.',
  'gl.bgnbd.formula': 'λ ~ Gamma(r, α) · p ~ Beta(a, b) (BG/NBD)',
  'gl.gg.term': 'Gamma-Gamma',
  'gl.gg.def':
    'A model of the spend per purchase: a customer’s expected spend is a weighted average of their own average and the population’s, trusting their own more the more often they bought.',
  'gl.gg.formula': 'E[spend] = (1 − w) × population mean + w × own mean, w = p x / (p x + q − 1)',
  'gl.cube.term': 'Customer value cube',
  'gl.cube.def':
    'Current value, potential value and loyalty, each high or low, give eight classes (platinum, gold, … least valuable), each with its own strategy.',
  'gl.cube.formula': 'high = above the median (or mean, or a percentile)',
  'gl.ahp.term': 'AHP (analytic hierarchy process)',
  'gl.ahp.def':
    'Weights from pairwise judgements: “how much more important is F than R?” on Saaty’s 1–9 scale. The weights are the principal eigenvector of the judgement matrix; global weights multiply down the hierarchy.',
  'gl.ahp.formula': 'A w = λmax w · global weight = criterion weight × local weight',
  'gl.cr.term': 'CR (consistency ratio)',
  'gl.cr.def':
    'How contradictory the judgements are, compared with random ones. Below 0.1 the weights can be used; above, revise the judgements the view points out.',
  'gl.cr.formula': 'CI = (λmax − n) / (n − 1) · CR = CI / RI(n)',
  'gl.kmeans.term': 'k-means',
  'gl.kmeans.def':
    'Clustering: puts each customer with the nearest of k centres and moves each centre to the mean of its customers, until nothing changes. Features are scaled first so that money does not outweigh days.',
  'gl.kmeans.formula': 'minimise Σ ‖xᵢ − μ_cluster(i)‖²',
  'gl.silhouette.term': 'Silhouette',
  'gl.silhouette.def':
    'How well a customer fits their cluster: near 1 when much closer to their own cluster than to the next one, near 0 on a border, below 0 when in the wrong one. The mean over customers helps choose k.',
  'gl.silhouette.formula': 's = (b − a) / max(a, b), a = mean distance in own cluster, b = to the nearest other',
  'gl.interval.term': 'Prediction interval',
  'gl.interval.def':
    'A range that the customer’s actual result falls in with the stated chance (80 % or 95 %), taking into account both the uncertainty of the model’s parameters and the customer’s own randomness. For whole-number counts it is equal-tailed and covers at least the stated chance.',
  'gl.interval.formula': 'low = min{n : P(Y ≤ n) > (1 − L)/2} · high = min{n : P(Y ≤ n) ≥ 1 − (1 − L)/2}',
  'gl.timing.term': 'Purchase timing',
  'gl.timing.def':
    'When the next purchase is due: the chance of no purchase in the next N days, and a window after the last purchase from the customer’s own gaps (or the model’s rate); overdue when the window has passed.',
  'gl.timing.formula': 'P(none in N days) = P(Y(N) = 0 | x, t_x, T) · window = last + mean gap ± sd of gaps',
};
