import type { enOffers } from './en.offers.ts';

/** 下一步推荐、补货提醒与交叉销售潜力的简体中文文字（议题 17）。 */
export const zhCNOffers: Record<keyof typeof enOffers, string> = {
  'core.offers.reason': '购买{a}的顾客中有 {pct}% 也购买了{offer}（{of} 人中 {both} 人；提升度 {lift}）',
  'core.offers.reasonPair': '同时购买{a}和{b}的顾客中有 {pct}% 也购买了{offer}（{of} 人中 {both} 人；提升度 {lift}）',
  'core.offers.popular': '{pct}% 的顾客购买{offer}（{of} 人中 {both} 人）：作为最畅销的商品之一推荐',
  'core.offers.replenishmentRule':
    '某位顾客至少在 {minDays} 个不同日期买过某件商品时，若距上次购买的天数超过 {factor} 倍的常规间隔（各次购买日期之间间隔的中位数），即视为该补货了；若超过 {lapsedFactor} 倍常规间隔或 {lapsedDays} 天，则视为已流失，不再算作该补货。',
  'core.offers.badRule': '补货规则要求倍数大于 0、购买天数至少为 2（当前为 {factor} 和 {minDays}）。',
  'core.offers.badLapsed':
    '流失规则要求倍数大于逾期倍数 {factor}、天数为不小于 1 的整数（当前为 {lapsedFactor} 和 {lapsedDays}）。',
  'offers.card.title': '下一步推荐',
  'offers.card.computing': '正在计算…',
  'offers.card.noItems': '推荐需要商品、品类或子类列：导入文件时请对应上其中一列。',
  'offers.card.ownsAll': '在这一层级上，该顾客已经买过所有商品。',
  'offers.level.category': '按品类',
  'offers.level.subcategory': '按子类',
  'offers.level.product': '按商品',
  'offers.level.label': '推荐与补货的统计层级',
  'offers.level.option.auto': '自动（优先子类，其次品类，再次商品）',
  'offers.level.option.product': '商品',
  'offers.level.option.subcategory': '子类',
  'offers.level.option.category': '品类',
  'offers.rep.title': '该补货了',
  'offers.rep.needTransactions': '补货提醒需要一个已保存的交易数据集。',
  'offers.rep.factor': '超过常规间隔多少倍视为该补货',
  'offers.rep.minDays': '最少购买天数',
  'offers.rep.lapsedFactor': '超过常规间隔的多少倍视为流失',
  'offers.rep.lapsedDays': '或超过多少天',
  'offers.rep.counts':
    '在 {regular} 个有常规间隔的“顾客 × 商品”组合中，有 {due} 个现在该补货（涉及 {customers} 位顾客），{level}，截至 {day}。',
  'offers.rep.first': '表中列出逾期最久的 {n} 个。',
  'offers.rep.lapsedCounts':
    '另有 {lapsed} 个组合（涉及 {customers} 位顾客）已流失：沉默时间超过流失规则，属于挽回而非补货，不列为该补货。',
  'offers.rep.showLapsed': '查看 {n} 个已流失的组合',
  'offers.rep.lapsedTitle': '已流失的组合（不算该补货）',
  'offers.rep.firstLapsed': '表中列出最近流失的 {n} 个。',
  'offers.rep.col.customer': '顾客',
  'offers.rep.col.item': '商品',
  'offers.rep.col.days': '购买天数',
  'offers.rep.col.gap': '常规间隔（天）',
  'offers.rep.col.last': '上次购买',
  'offers.rep.daysAgo': '{d} 天前',
  'offers.rep.col.ratio': '逾期倍数',
  'offers.cube.axis': '潜在价值',
  'offers.cube.clv': '模型 CLV',
  'offers.cube.crossSell': '交叉销售潜力',
  'offers.cube.formula': '交叉销售潜力 = P（未来 90 天内购买）× Σ（3 个推荐的 q_r × π）',
  'offers.cube.computing': '正在计算推荐及其回测…',
  'offers.cube.q':
    'q_r = 回测中买了第 r 个推荐的顾客占比（{level}；用 {day} 及之前的数据拟合，之后有购买的 {n} 位顾客）：{q1}、{q2}、{q3}（前 3 命中率 {hit}；最畅销商品 {popular}）。',
  'offers.cube.piProfit': 'π = 该推荐每条购买明细的利润（来自利润列）。',
  'offers.cube.piMargin': 'π = 毛利率 {margin} × 该推荐每条购买明细的收入（没有利润列）。',
  'offers.cube.customer': '顾客',
  'offers.cube.termsOf': '顾客 {id} 的各项',
  'offers.cube.offer': '推荐',
  'offers.cube.result': 'P（90 天内购买）= {p}（来自 CLV 模型）；Σ q_r × π = {sum}；交叉销售潜力 = {cpv}。',
  'how.offers.method':
    '下一步推荐：基于余弦相似度的物品协同过滤（亚马逊 2003 年公开的方法）。同一批顾客都买的两件商品就相似：sim(A, B) = 两件都买的顾客数 / √(A 的购买人数 × B 的购买人数)。每件商品保留与它最相似、且至少有 3 位顾客一起买过的 20 件商品；顾客对某件未买过商品的得分，是它与顾客已买商品的相似度之和，得分相同时购买人数多的在前，不足 3 个时用最畅销的商品补齐。选它是因为在 Online Retail 上它胜过“最畅销”和“置信度最高的规则”（最后一个季度的前 3 命中率：26% 对 13%），而且它会压低人人都买的商品。显示的理由是顾客已买商品中最强的一条规则：买 A（或 A 和 B）的顾客中也买该推荐的比例，附人数和提升度（该比例与全部顾客中购买该推荐的比例之比）。非商品行（运费、手续费、折扣等）不计入模型、推荐和补货提醒；“商品”视图列出这些条目，并可修改。',
  'how.offers.replenishment':
    '补货提醒：对每位顾客在至少“最少购买天数”个不同日期买过的每件商品，常规间隔为相邻两次购买日期之间天数的中位数。若距上次购买的天数（算到数据最后一天的次日）超过“倍数 × 常规间隔”，即视为逾期。逾期的组合若同时超过“流失倍数 × 常规间隔”或“流失天数”（以先到者为准），则视为已流失，不算该补货（默认 4 倍间隔或 365 天：4 倍间隔是生命周期中“有流失风险”的起点，一年没买某件商品就是流失而不是该补货了）；已流失的组合单独计数和列出，最近流失的在前。流失阈值出现之前保存的规则使用这些默认值（流失倍数至少为倍数的 2 倍）。退货不算购买。',
  'how.offers.crossSell':
    '交叉销售潜力（电信行业三维价值模型中的 CPV）：顾客在未来 90 天内购买的概率（来自 CLV 模型）× 该顾客 3 个推荐的 q_r × π 之和。q_r 是实测的：用除最后一个季度外的数据拟合推荐，q_r 为在该季度有购买的顾客中买了自己第 r 个推荐的比例。π 是该推荐一条购买明细的预期利润：利润除以购买明细数；没有利润列时为毛利率 × 每条明细的收入。价值立方体随后以此作为潜在价值轴；当前价值和忠诚度不变。',
};
