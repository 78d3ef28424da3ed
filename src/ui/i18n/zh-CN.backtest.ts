import type { enBacktest } from './en.backtest.ts';

/** 回测评分卡与自动模型选择的简体中文界面文字（issue 16），并入 `zhCN`。 */
export const zhCNBacktest: Record<keyof typeof enBacktest, string> = {
  'clv.model.auto': '自动（推荐）',
  'choice.title': '购买模型',
  'choice.auto': '（自动选择）',
  'choice.pinned': '（由您指定）',
  'core.choice.pinned': '{model}：您选定的模型。',
  'core.choice.holdout':
    '{model}：它对留出的最后一段数据预测得最准（每位客户购买次数的 {measure} 为 {score}；其余模型：{runners}）。',
  'core.choice.holdoutTie':
    '{model}：各模型对留出的最后一段数据预测得一样准（每位客户购买次数的 {measure} 为 {score}，与 {tied} 相同）；它最能区分谁在留出期再次购买（AUC {auc}）。',
  'core.choice.holdoutOnly':
    '{model}：唯一能在留出的最后一段数据上回测的模型（每位客户购买次数的 {measure} 为 {score}）。',
  'core.choice.aic':
    '{model}：AIC 最低（{score}；其余模型：{runners}）；这份数据无法在留出期上回测（历史太短、分割一侧的购买太少，或没有购买日期）。',
  'core.backtest.pastRateWins':
    '这里一个朴素预测胜过了所有模型：沿用每位客户过去的购买速率（x / T）在 {measures} 上更好。',
  'core.backtest.lastPeriodWins': '这里一个朴素预测胜过了所有模型：“与上一个同样长的时期相同”在 {measures} 上更好。',
  'backtest.title': '回测评分卡',
  'backtest.show': '显示回测评分卡',
  'backtest.hide': '隐藏回测评分卡',
  'backtest.split':
    '用 {from} 至 {end} 的数据拟合，在留出期 {start} 至 {last}（{days} 天）上评分：共 {customers} 位客户，其中 {active} 位在留出期有购买。',
  'backtest.forecast': '预测方法',
  'backtest.mae': 'MAE',
  'backtest.rmse': 'RMSE',
  'backtest.purchasesError': '购买次数误差',
  'backtest.valueError': '消费额误差',
  'backtest.auc': 'AUC',
  'backtest.brier': 'Brier',
  'backtest.gini': 'Gini',
  'backtest.best': '模型中 RMSE 最低',
  'backtest.chosen': '当前使用',
  'backtest.baseline.pastRate': '基准：过去速率 x / T',
  'backtest.baseline.lastPeriod': '基准：与上一期相同',
  'backtest.failed': '无法在校准期上拟合：{error}',
  'backtest.lower': '越低越好',
  'backtest.higher': '越高越好',
  'backtest.legend':
    'MAE 与 RMSE：每位客户留出期购买次数的误差。百分比误差：预测总量与实际总量之差。AUC 与 Brier：P(活跃) 与留出期是否购买的对照。Gini：预测价值对实际留出期价值的排序能力。',
  'backtest.csv': '导出 CSV',
  'backtest.png': '导出 PNG',
  'backtest.decilesOf': '十分位图：',
  'backtest.deciles': '十分位校准：每位客户的预测与实际留出期价值',
  'backtest.decile': '十分位（1 = 预测价值最高）',
  'backtest.meanValue': '平均留出期价值',
  'backtest.reliability': '可靠性：P(活跃) 与留出期是否购买',
  'backtest.predictedP': '预测概率',
  'backtest.activeShare': '留出期有购买的比例',
  'backtest.diagonal': '完全校准',
  'how.clv.backtest':
    '回测：模型只用除最后四分之一以外的数据（校准期，日期可修改）重新拟合，再预测它没见过的最后四分之一（留出期），并与每位客户的实际行为对照：每位客户购买次数的 MAE 与 RMSE、购买总次数与消费总额的百分比误差（期望购买次数 × Gamma-Gamma 消费额）、十分位表（按预测价值给客户排序）、P(活跃) 与客户在留出期是否购买的对照（ROC AUC、Brier 分数、可靠性图），以及预测价值相对实际价值的标准化 Gini。同一分割上的两个朴素预测用来检验模型是否值得：沿用客户过去的速率 x / T，以及“与上一个同样长的时期相同”；其中一个胜出时，评分卡会明确说明。自动模型选择取 RMSE 最低的模型（模型预测的是每位客户的期望次数，而平方误差正是期望值所最小化的损失），再用全部数据重新拟合；没有可用的留出期时取 AIC 最低的模型。',
  'gl.holdout.term': '留出期（回测）',
  'gl.holdout.def':
    '数据的最后一段先不给模型看：模型从前一段（校准期）学习，再把它对留出期的预测与实际发生的情况对照。因为模型没见过答案，这是对预测的公平检验。',
  'gl.holdout.formula': '校准期 = 第一天 … 分割日；留出期 = 分割日 + 1 … 最后一天（默认：最后四分之一）',
  'gl.maeRmse.term': 'MAE / RMSE',
  'gl.maeRmse.def':
    '每位客户留出期购买次数预测的平均误差：MAE 为平均绝对误差，RMSE 为均方误差的平方根，对大的偏差（大买家）更敏感。',
  'gl.maeRmse.formula': 'MAE = Σ|ŷᵢ − yᵢ| / n · RMSE = √(Σ(ŷᵢ − yᵢ)² / n)',
  'gl.auc.term': 'ROC AUC',
  'gl.auc.def':
    '一个分数区分两组的能力：在留出期有购买的客户，其 P(活跃) 高于没有购买的客户的概率。0.5 相当于抛硬币，1 为完全区分；低于 0.5 说明分数的方向反了。',
  'gl.auc.formula': 'AUC = P(购买者的分数 > 未购买者的分数)，相等计 ½',
  'gl.brier.term': 'Brier 分数',
  'gl.brier.def': '预测概率与实际结果（1 或 0）之差平方的平均值。0 为完美；总说 50 % 得 0.25。',
  'gl.brier.formula': 'Brier = Σ(pᵢ − oᵢ)² / n',
  'gl.normGini.term': '标准化 Gini（预测的）',
  'gl.normGini.def':
    '预测价值按客户在留出期实际带来的价值排序的能力，以最佳排序为基准：1 = 完全正确的顺序，0 = 不比随机好。',
  'gl.normGini.formula': 'Gini(按预测排序的实际值) / Gini(按自身排序的实际值)',
  'gl.baselines.term': '朴素基准',
  'gl.baselines.def':
    '不用模型的预测，用来检验模型是否值得：沿用每位客户过去的购买速率 x / T，以及“与上一个同样长的时期相同”。在某些数据上它们会胜出，评分卡届时会明确说明。',
  'gl.baselines.formula': '过去速率：ŷ = x / T × 留出期长度 · 上一期：ŷ = 最后一个留出期长度窗口内的购买次数',
};
