/** English UI text of the backtest scorecard and the automatic model choice (issue 16); merged into `en`. */
export const enBacktest = {
  'clv.model.auto': 'Automatic (recommended)',
  'choice.title': 'Purchase model',
  'choice.auto': ' (chosen automatically)',
  'choice.pinned': ' (chosen by you)',
  'core.choice.pinned': '{model}: the model you chose.',
  'core.choice.holdout':
    '{model}: it predicted the held-out last part of the data best ({measure} of purchases per customer {score}; the others: {runners}).',
  'core.choice.holdoutTie':
    '{model}: the models predicted the held-out last part of the data equally well ({measure} of purchases per customer {score}, as {tied}); it ranked who bought again in the holdout best (AUC {auc}).',
  'core.choice.holdoutOnly':
    '{model}: the only model that could be backtested on the held-out last part of the data ({measure} of purchases per customer {score}).',
  'core.choice.aic':
    '{model}: the lowest AIC ({score}; the others: {runners}); the data allow no backtest on a holdout (too short a history, too few purchases on one side, or no purchase dates).',
  'core.backtest.pastRateWins':
    'A naive forecast beats every model here: each customer’s past rate (x / T) carried forward is better on {measures}.',
  'core.backtest.lastPeriodWins':
    'A naive forecast beats every model here: “the same as the last period of the same length” is better on {measures}.',
  'backtest.title': 'Backtest scorecard',
  'backtest.show': 'Show the backtest scorecard',
  'backtest.hide': 'Hide the backtest scorecard',
  'backtest.split':
    'Fitted on {from} to {end}, scored on the holdout {start} to {last} ({days} days): {customers} customers, {active} of them bought in the holdout.',
  'backtest.forecast': 'Forecast',
  'backtest.mae': 'MAE',
  'backtest.rmse': 'RMSE',
  'backtest.purchasesError': 'Purchases error',
  'backtest.valueError': 'Spend error',
  'backtest.auc': 'AUC',
  'backtest.brier': 'Brier',
  'backtest.gini': 'Gini',
  'backtest.best': 'lowest RMSE of the models',
  'backtest.chosen': 'in use',
  'backtest.baseline.pastRate': 'Baseline: past rate x / T',
  'backtest.baseline.lastPeriod': 'Baseline: same as last period',
  'backtest.failed': 'cannot be fitted on the calibration part: {error}',
  'backtest.lower': 'lower is better',
  'backtest.higher': 'higher is better',
  'backtest.legend':
    'MAE and RMSE: error of holdout purchases per customer. Errors in %: total predicted against total actual. AUC and Brier: P(alive) against buying in the holdout. Gini: how well predicted value ranks actual holdout value.',
  'backtest.csv': 'Export CSV',
  'backtest.png': 'Export PNG',
  'backtest.decilesOf': 'Decile chart of',
  'backtest.deciles': 'Decile calibration: predicted and actual holdout value per customer',
  'backtest.decile': 'Decile (1 = highest predicted value)',
  'backtest.meanValue': 'Mean holdout value',
  'backtest.reliability': 'Reliability: P(alive) against buying in the holdout',
  'backtest.predictedP': 'Predicted probability',
  'backtest.activeShare': 'Share who bought in the holdout',
  'backtest.diagonal': 'Perfect calibration',
  'how.clv.backtest':
    'Backtest: the models are fitted again on all but the last quarter of the data (the calibration part; the date is editable) and predict the last quarter (the holdout), which they have not seen. Each prediction is compared with what every customer then did: MAE and RMSE of purchases per customer, the % error of total purchases and of total spend (expected purchases × Gamma-Gamma spend), a decile table (customers ranked by predicted value), P(alive) against whether the customer bought in the holdout (ROC AUC, Brier score, reliability) and the normalised Gini of predicted against actual value. Two naive forecasts on the same split keep the models honest: the customer’s past rate x / T carried forward, and the same as the last period of the holdout’s length; when one of them wins, the scorecard says so. The automatic model choice takes the model with the lowest RMSE (the models predict an expected count per customer, and squared error is what an expected value minimises) and refits it on all the data; without a usable holdout it takes the lowest AIC.',
  'gl.holdout.term': 'Holdout (backtest)',
  'gl.holdout.def':
    'The last part of the data, kept back: the model learns from the earlier part (calibration) and its predictions for the holdout are compared with what really happened. A fair test of a forecast, because the model has not seen the answers.',
  'gl.holdout.formula': 'calibration = first day … split; holdout = split + 1 … last day (default: the last quarter)',
  'gl.maeRmse.term': 'MAE / RMSE',
  'gl.maeRmse.def':
    'Average error per customer of the predicted number of holdout purchases: MAE the mean absolute error, RMSE the square root of the mean squared error, which weighs large misses (heavy buyers) more.',
  'gl.maeRmse.formula': 'MAE = Σ|ŷᵢ − yᵢ| / n · RMSE = √(Σ(ŷᵢ − yᵢ)² / n)',
  'gl.auc.term': 'ROC AUC',
  'gl.auc.def':
    'How well a score separates two groups: the chance that a customer who bought in the holdout has a higher P(alive) than one who did not. 0.5 is a coin toss, 1 a perfect separation; below 0.5 the score points the wrong way.',
  'gl.auc.formula': 'AUC = P(score of a buyer > score of a non-buyer), ties count ½',
  'gl.brier.term': 'Brier score',
  'gl.brier.def':
    'The mean squared difference between a predicted probability and what happened (1 or 0). 0 is perfect; always saying 50 % gives 0.25.',
  'gl.brier.formula': 'Brier = Σ(pᵢ − oᵢ)² / n',
  'gl.normGini.term': 'Normalised Gini (of a prediction)',
  'gl.normGini.def':
    'How well predicted value ranks customers by the value they really brought in the holdout, as a share of the best possible ranking: 1 = perfect order, 0 = no better than random.',
  'gl.normGini.formula': 'Gini(actual ranked by prediction) / Gini(actual ranked by itself)',
  'gl.baselines.term': 'Naive baselines',
  'gl.baselines.def':
    'Forecasts without a model, to check that a model is worth it: each customer’s past purchase rate x / T carried forward, and “the same as the last period of the same length”. On some data they win; the scorecard then says so.',
  'gl.baselines.formula':
    'past rate: ŷ = x / T × holdout length · last period: ŷ = purchases in the last holdout-length window',
};
