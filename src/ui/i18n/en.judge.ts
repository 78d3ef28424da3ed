/** English UI text of the tie rule, the CLV-without-dropout notice and the card's timing for one-time buyers (issue 16, part C); merged into `en`. */
export const enJudge = {
  'clv.totals.skew':
    '* The average lies outside the {level} % interval: in most simulations these customers buy nothing (so the interval is 0 or low), and the few who do buy raise the average.',
  'core.choice.tieAic':
    '{model}: the models predicted the held-out last part of the data equally well ({measure} of purchases per customer {score}, as {tied}); none of their fits identifies dropout, so their P(alive) cannot break the tie: with as many parameters, the lowest AIC on the calibration part decides ({aic}), and AICs within 2 of each other count as equal, when the first of BG/NBD, MBG/NBD, Pareto/NBD is taken.',
  'core.choice.tieIdentified':
    '{model}: the models predicted the held-out last part of the data equally well ({measure} of purchases per customer {score}, as {tied}); only the fits of {identified} identify dropout, and of those it ranked who bought again in the holdout best (AUC {auc}).',
  'core.clv.clvNoDropout':
    'CLV assumes no customer drops out: the data do not show who has left, so it comes from the fit without dropout and is too high for customers who have left.',
  'how.clv.tie':
    'Ties: models whose holdout RMSEs lie within 0.1 % of the best predict the holdout equally well (on data that do not identify dropout they all give the same counts). The tie is then broken by the AUC of P(alive) only among fits that identify dropout — a P(alive) the data do not identify is not shown, so it must not decide either. When none of the tied fits identifies dropout, the simpler model (fewer parameters) and then the lowest AIC on the calibration part decide — AICs less than 2 apart are no real difference (Burnham & Anderson), so then the first of BG/NBD, MBG/NBD, Pareto/NBD is taken, and an optimiser’s last digits never pick the model; the choice then hardly matters, because the tied models predict the same counts.',
  'how.clv.window':
    'Next-purchase window on the card: it starts on the reference day (the day after the data) at the earliest — a purchase expected from a day in the past that has not come is expected from now on; a window that ended before the reference day is “overdue”, with the day it was due. A customer with one purchase has no gap of their own: the card then shows the usual gap of all customers (the median of the others’ gaps) and says so.',
  'how.clv.noDropout':
    'When the data do not identify dropout: loyalty uses the lifecycle stage computed with your lifecycle settings (Over time; the CLI uses the default ones), and CLV comes from the fit without dropout — it assumes every customer keeps buying at their rate, so it is too high for customers who have left. Every place that shows CLV (the table, the value cube, the card, the visit list) says so.',
  'judge.loyalty.settings': 'The stages follow your lifecycle settings (Over time).',
  'judge.card.usualGapPopulation': 'one purchase, no gap of their own; usual gap of all customers: {d} days',
  'judge.fc.overdueBy': 'expected by {date}',
} as const;
