import type { enGuard } from './en.guard.ts';

/** CLV 可信度检查（议题 16 A 部分）的简体中文文字：诊断、数据量表、忠诚度替代指标。 */
export const zhCNGuard: Record<keyof typeof enGuard, string> = {
  'core.clv.diag.dropoutBound':
    '数据无法识别客户流失：{param} = {value} 已触及取值范围的边界。因此不以数字显示 P(活跃)，忠诚度改用生命周期阶段。',
  'core.clv.diag.dropoutBound.do':
    '使用更长的历史数据，或按生命周期阶段判断忠诚度；加惩罚项或换时间单位在这里很少有用。',
  'core.clv.diag.dropoutSe':
    '数据无法识别客户流失：{param} = {value}，标准误为 {se}，比估计值本身还大。因此不以数字显示 P(活跃)，忠诚度改用生命周期阶段。',
  'core.clv.diag.dropoutSe.do': '使用更长的历史数据，或按生命周期阶段判断忠诚度；加惩罚项或换时间单位在这里很少有用。',
  'core.clv.diag.dropoutAlive':
    '数据无法识别客户流失：{share}% 的客户 P(活跃) ≥ 0.99。因此不以数字显示 P(活跃)，忠诚度改用生命周期阶段。',
  'core.clv.diag.dropoutAlive.do':
    '使用更长的历史数据，或按生命周期阶段判断忠诚度；加惩罚项或换时间单位在这里很少有用。',
  'core.clv.diag.oneTimeAlive':
    '{customers} 位客户（{share}%）只买过一次，而 BG/NBD 给他们每个人的 P(活跃) 都是 1：该模型只允许客户在一次重复购买之后流失。',
  'core.clv.diag.oneTimeAlive.do':
    '可与允许一次性客户流失的 MBG/NBD 或 Pareto/NBD 比较，或把他们的 P(活跃) 理解为“尚未观察到离开”。',
  'core.clv.diag.oneTime': '{customers} 位客户（{share}%）只买过一次：模型只能根据重复购买的客户推断他们的未来。',
  'core.clv.diag.oneTime.do': '对这些客户的预测不确定性较大；历史更长时，其中一部分会成为重复购买客户。',
  'core.clv.diag.spendCorrelation':
    '重复购买频次与平均消费金额相关（r = {r} > {limit}）：Gamma-Gamma 模型假设二者相互独立。',
  'core.clv.diag.spendCorrelation.do': '把预期消费金额当作粗略数字，或先按渠道等细分客户再拟合。',
  'core.clv.diag.spendQ': 'Gamma-Gamma 给出 q ≤ 1：平均消费金额不存在或不稳定，因此预期消费金额改用简单平均值。',
  'core.clv.diag.spendQ.do': '检查消费金额的异常值（批发客户或数据错误）并将其排除，或继续使用简单平均值。',
  'core.clv.diag.spendOutliers':
    '{customers} 位客户的平均消费金额超过中位数的 {factor} 倍，却占全部重复消费金额的 {share}%：他们主导了消费金额模型（是批发客户吗？）。',
  'core.clv.diag.spendOutliers.do': '核查这些客户；把批发客户和零售客户分开分析消费金额。',
  'core.clv.diag.spendFit':
    'Gamma-Gamma 消费金额拟合触及参数范围的边界或没有收敛：预期消费金额主要取决于少数消费最多的客户。',
  'core.clv.diag.spendFit.do': '检查消费金额的异常值，或把预期消费金额当作粗略数字。',
  'core.clv.diag.few.customers': '数据太少：只有 {value} 位客户，模型至少需要 {need} 位。',
  'core.clv.diag.few.customers.do': '在相信单个客户的预测之前，先加入更多客户。',
  'core.clv.diag.few.repeaters':
    '数据太少：只有 {value} 位重复购买客户，模型至少需要 {need} 位才能区分购买频率和流失。',
  'core.clv.diag.few.repeaters.do': '加入更长的历史，让更多客户再次购买，然后再相信预测结果。',
  'core.clv.diag.few.span': '数据太少：历史只有 {value}（单位：{unit}），模型至少需要 {need}。',
  'core.clv.diag.few.span.do': '加入更长的历史，或选择更短的时间单位。',
  'core.clv.diag.few.spenders':
    '消费金额模型的数据太少：只有 {value} 位客户有重复消费金额，Gamma-Gamma 至少需要 {need} 位。',
  'core.clv.diag.few.spenders.do': '在更多客户再次购买之前，把预期消费金额当作粗略数字。',
  'core.clv.diag.regular':
    '购买很有规律（依据 {customers} 位客户估计的 Erlang 阶数 ≈ {k}；泊松过程为 1）：基于泊松过程的模型会低估再次购买的客户数。',
  'core.clv.diag.regular.do': '把预期的重复购买客户数当作下限；生命周期阶段按每位客户自己的购买节奏判断，可用来对照。',
  'guard.title': '这些数字可信吗？',
  'guard.severity.serious': '严重',
  'guard.severity.warn': '注意',
  'guard.severity.info': '提示',
  'guard.do': '怎么办：',
  'guard.none': '未发现问题：数据能识别客户流失，消费金额模型的假设成立，数据量也足够。',
  'guard.meter.title': '数据够不够？',
  'guard.meter.customers': '客户数',
  'guard.meter.repeaters': '重复购买客户',
  'guard.meter.span': '历史跨度（{unit}）',
  'guard.meter.spenders': '有重复消费金额的客户',
  'guard.meter.value': '{value} · 至少需要 {need}',
  'guard.meter.ok': '足够',
  'guard.meter.short': '不足',
  'guard.regularity':
    '购买规律性：根据 {customers} 位客户最后两次购买间隔估计的 Erlang 阶数 ≈ {k}（1 = 与泊松过程一样随机；2 及以上 = 有规律）。',
  'guard.regularity.none': '购买规律性：购买过三次以上的客户太少，无法判断。',
  'guard.loyalty.model': '价值立方体和客户卡片中的忠诚度：{model} 给出的 P(活跃)。',
  'guard.loyalty.lifecycle':
    '价值立方体和客户卡片中的忠诚度：生命周期阶段（新客户和活跃客户 = 高），因为数据无法识别客户流失。',
  'guard.cube.cuts': '“高”指高于：当前价值 {c}，潜在价值 {p}；新客户和活跃客户的忠诚度为“高”。',
  'guard.card.unknown': '未知',
  'guard.card.why': '数据无法识别客户流失，模型无从判断。替代指标：生命周期阶段“{stage}”。',
  'guard.card.whyNoStage': '数据无法识别客户流失，模型无从判断。',
  'guard.measure.standIn':
    '这些数据的 P(活跃) 未知（无法识别客户流失）：改用生命周期阶段代替（新客户 1、活跃 0.75、降温 0.5、有流失风险 0.25、已流失 0）。',
  'how.clv.guard':
    '可信度检查：若某个流失参数（a、b；s、β；γ、δ）处于或接近边界，或其标准误大于估计值，或超过 90% 的客户 P(活跃) ≥ 0.99，就认为数据无法识别客户流失；此时 P(活跃) 显示为“—”，价值立方体的忠诚度改用生命周期阶段。Gamma-Gamma 模型检查三项：频次与平均消费金额的相关系数是否超过 0.3、q 是否 ≤ 1，以及异常值——每次消费超过中位数 10 倍、且合计占全部重复消费金额至少 10% 的客户。数据量表要求：100 位客户、50 位重复购买客户、半年历史（BG/BB：6 个周期）、30 位有重复消费金额的客户。规律性：若购买间隔服从 k 阶 Erlang 分布，最后两次间隔的比值 M = g₁/(g₁ + g₂) 的方差为 1/(4(2k + 1))，因此 k̂ = (1/(4 Var M) − 1)/2（Wheat 与 Morrison，1990）；k̂ ≥ 2 即视为有规律。',
  'gl.guard.oneTime.term': 'BG/NBD 下的一次性客户',
  'gl.guard.oneTime.def':
    'BG/NBD 只允许客户在一次重复购买之后流失，所以只买过一次、之后再没买过的客户根本没有“机会”离开：无论那次购买多么久远，他们的 P(活跃) 都是 1。MBG/NBD 和 Pareto/NBD 允许这类客户流失。',
  'gl.guard.oneTime.formula': 'x = 0 ⇒ P(活跃) = 1（BG/NBD）',
  'gl.guard.dropout.term': '无法识别客户流失',
  'gl.guard.dropout.def':
    '当数据中几乎看不到客户离开（历史太短、客户购买稳定）时，拟合无法区分“已经离开”和“只是还没再买”：流失参数跑到边界，或其标准误超过估计值。这时 P(活跃) 不值得以数字显示。',
  'gl.guard.dropout.formula': 'SE(a) > a，或超过 90% 的客户 P(活跃) ≥ 0.99',
  'gl.guard.regular.term': '购买规律性（Erlang 阶数）',
  'gl.guard.regular.def':
    '泊松购买的间隔是随机的；很多客户买得更有规律（例如每月一单）。Erlang 阶数 k 衡量这种规律性：1 为泊松，越大越有规律。有规律的客户比基于泊松过程的模型预期的更可靠地回来购买。',
  'gl.guard.regular.formula': 'Var(g₁/(g₁+g₂)) = 1/(4(2k+1)) ⇒ k̂ = (1/(4 Var) − 1)/2',
};
