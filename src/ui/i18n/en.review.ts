/** English punctuation the UI puts between a translated label and its value (issue 15 review); merged into `en`. */
export const enReview = {
  /** After a label: "Import report: file.csv". */
  'punct.colon': ': ',
  /** Between the names of a list: "CLV, P(alive)". */
  'punct.listSep': ', ',
  /** Under the backtest scorecard when the guard withholds P(alive) (issue 16 review). */
  'backtest.pAliveWithheld':
    'The data do not identify dropout (see “Can you trust these numbers?”), so the models’ P(alive) is shown nowhere else: their AUC, Brier score and reliability points measure a P(alive) the data do not support and say nothing about who stays. The baselines’ are unaffected.',
} as const;
