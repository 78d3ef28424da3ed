import type { enGlossary } from './en.glossary.ts';

/** 学习视图术语表的简体中文文字。 */
export const zhCNGlossary: Record<keyof typeof enGlossary, string> = {
  'gl.rfm.term': 'RFM',
  'gl.rfm.def':
    '最近消费（Recency）、消费频次（Frequency）、消费金额（Monetary）：描述客户购买行为的三个数。最近买过、经常买、花得多的客户最可能再次购买。',
  'gl.rfm.formula': 'R = 距最后一次购买的天数 · F = 订单数 · M = 累计消费额',
  'gl.score.term': '五分位评分',
  'gl.score.def':
    'R、F、M 各自排序后分成人数相等的五组，评 1–5 分，5 分最好。取值相同者得分相同，或按另外两个维度的排名拆分。',
  'gl.score.formula': '评分 = ⌈5 × 排名 / n⌉（排名 1 = 最差）',
  'gl.abc.term': 'ABC 分类',
  'gl.abc.def':
    '按收入排序客户：A 类贡献前 80% 的收入，B 类其次 15%，C 类为其余。A 类通常人数很少，即 80/20（帕累托）法则。',
  'gl.abc.formula': 'A：累计收入占比 ≤ 80% · B：≤ 95% · C：其余',
  'gl.pyramid.term': '客户金字塔',
  'gl.pyramid.def':
    '按收入排名将客户分层：前 1% 为关键客户，其次 19% 为主要客户，再 30% 为普通客户，后 50% 为小客户，按人数和收入对比。',
  'gl.pyramid.formula': '按排名分层：1% / 19% / 30% / 50%',
  'gl.gini.term': '洛伦兹曲线与基尼系数',
  'gl.gini.def':
    '洛伦兹曲线以客户占比（从小到大）为横轴、收入占比为纵轴。基尼系数是曲线与对角线之间面积的两倍：0 表示人人花得一样多，接近 1 表示一位客户贡献全部收入。',
  'gl.gini.formula': 'G = 1 − 2 × 洛伦兹曲线下的面积',
  'gl.clv.term': 'CLV（客户终身价值）',
  'gl.clv.def':
    '客户在一段时间内预期带来的利润折现到今天的值。这里按月计算：预期购买次数（BG/NBD 等模型）× 预期每次消费额（Gamma-Gamma）× 利润率。',
  'gl.clv.formula': 'CLV = Σₘ 利润率 × 消费额 × E[第 m 月购买次数] / (1 + d)^m',
  'gl.palive.term': 'P(活跃)',
  'gl.palive.def':
    '根据客户购买的次数和时间，估计其仍然活跃（没有悄悄流失）的概率。经常购买之后长期沉默会降低这个概率。',
  'gl.palive.formula': 'BG/NBD：1 / (1 + a/(b + x − 1) × ((α + T)/(α + t_x))^(r + x))',
  'gl.bgnbd.term': 'BG/NBD、Pareto/NBD',
  'gl.bgnbd.def':
    '非契约情形下的重复购买模型：客户活跃时按各自的速率购买（泊松过程，速率服从伽马分布）；客户可能在某一时刻流失（BG/NBD 在购买之后，Pareto/NBD 在任意时刻）。用最大似然法拟合。',
  'gl.bgnbd.formula': 'λ ~ Gamma(r, α) · p ~ Beta(a, b)（BG/NBD）',
  'gl.gg.term': 'Gamma-Gamma',
  'gl.gg.def':
    '每次消费额的模型：客户的预期消费额是其本人平均值与总体平均值的加权平均，购买次数越多，越相信本人的平均值。',
  'gl.gg.formula': 'E[消费额] = (1 − w) × 总体平均 + w × 本人平均，w = p x / (p x + q − 1)',
  'gl.cube.term': '客户价值立方体',
  'gl.cube.def': '当前价值、潜在价值和忠诚度各分高低，组成八类客户（白金、黄金……最无价值），每类都有相应的策略。',
  'gl.cube.formula': '高 = 高于中位数（或平均值、某个百分位数）',
  'gl.ahp.term': 'AHP（层次分析法）',
  'gl.ahp.def':
    '由两两比较得出权重：“F 比 R 重要多少？”，采用 Saaty 的 1–9 标度。权重是判断矩阵的主特征向量；综合权重沿层次逐级相乘。',
  'gl.ahp.formula': 'A w = λmax w · 综合权重 = 准则权重 × 局部权重',
  'gl.cr.term': 'CR（一致性比率）',
  'gl.cr.def': '判断之间的矛盾程度，与随机判断相比较。低于 0.1 时权重可以使用；否则请修改视图中指出的判断。',
  'gl.cr.formula': 'CI = (λmax − n) / (n − 1) · CR = CI / RI(n)',
  'gl.kmeans.term': 'k 均值',
  'gl.kmeans.def':
    '聚类方法：把每位客户分到 k 个中心中最近的一个，再把各中心移到其客户的平均位置，直到不再变化。先对特征标准化，以免金额压过天数。',
  'gl.kmeans.formula': '最小化 Σ ‖xᵢ − μ_所属类(i)‖²',
  'gl.silhouette.term': '轮廓系数',
  'gl.silhouette.def':
    '客户与所属聚类的契合程度：远比到下一个聚类更近时接近 1，处于边界时接近 0，分错时小于 0。所有客户的平均值可帮助选择 k。',
  'gl.silhouette.formula': 's = (b − a) / max(a, b)，a = 到本类的平均距离，b = 到最近的其他类',
  'gl.interval.term': '预测区间',
  'gl.interval.def':
    '客户的实际结果以给定概率（80% 或 95%）落入的范围，同时考虑模型参数的不确定性和客户自身的随机性。对于整数计数，区间为等尾区间，覆盖率至少等于给定概率。',
  'gl.interval.formula': '下限 = min{n : P(Y ≤ n) > (1 − L)/2} · 上限 = min{n : P(Y ≤ n) ≥ 1 − (1 − L)/2}',
  'gl.timing.term': '购买时机',
  'gl.timing.def':
    '下次购买何时到来：未来 N 天内不购买的概率，以及依据客户自己的购买间隔（或模型的购买率）在上次购买之后推算的时间窗；时间窗已过则为“已逾期”。',
  'gl.timing.formula': 'P(N 天内不购买) = P(Y(N) = 0 | x, t_x, T) · 时间窗 = 上次购买 + 平均间隔 ± 间隔标准差',
};
