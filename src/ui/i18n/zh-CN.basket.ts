import type { enBasket } from './en.basket.ts';

/** 商品视图“各分群买什么”面板的简体中文文字（议题 17）。 */
export const zhCNBasket: Record<keyof typeof enBasket, string> = {
  'basket.title': '各分群买什么',
  'basket.intro':
    '按当前分群方案（或你选择的某个属性的取值）：每个分群在各{level}上的购买人数、收入和利润，各项占分群收入的比例，以及相对全体客户的提升度（大于 1：这个分群花在它上面的钱占比高于全体客户）。',
  'basket.none': '打开或导入一个数据集，即可查看各分群买什么。',
  'basket.loading': '正在统计各分群买什么…',
  'basket.empty':
    '这个数据集没有商品、品类或子类列，这里无从统计。请重新导入文件，并在列对应步骤中把某一列设为“品类”“子类”“商品编号”或“商品名称”（如需按分群看利润，再对应“利润”列）。',
  'basket.level': '统计层级',
  'basket.level.category': '品类',
  'basket.level.subcategory': '子类',
  'basket.level.product': '商品',
  'basket.groupBy': '客户分组依据',
  'basket.groupBy.segments': '当前方案的分群',
  'basket.segment': '分群',
  'basket.lift': '提升度',
  'basket.heatmap.title': '各分群在各{level}上的提升度',
  'basket.heatmap.topNote': '只显示收入最高的 {shown} 个商品（共 {total} 个）；下方表格列出一个分群的全部商品。',
  'basket.tip.buyers': '购买人数：{n}',
  'basket.tip.revenue': '收入：{revenue}（占该分群的 {share}）',
  'basket.tip.profit': '利润：{profit}',
  'basket.table.pick': '下方表格显示',
  'basket.table.caption': '{segment}：按{level}看买了什么，收入从高到低',
  'basket.table.more': '收入最高的 {shown} 项（共 {total} 项）。',
  'basket.col.buyers': '购买人数',
  'basket.col.revenue': '收入',
  'basket.col.profit': '利润',
  'basket.col.share': '占分群收入',
  'basket.top.title': '该分群的热销商品',
  'basket.top.caption': '{segment}：收入最高的商品',
  'basket.top.none': '导入时对应“商品编号”或“商品名称”列，即可看到各分群的热销商品。',
  'basket.pairs.title': '买了 A 的客户也买 B',
  'basket.pairs.caption': '至少有 {min} 位相同客户都买过的{level}组合，按提升度从高到低',
  'basket.pairs.found': '显示 {found} 个组合中的 {shown} 个。',
  'basket.pairs.min': '至少同时被',
  'basket.pairs.minUnit': '位客户购买',
  'basket.pairs.none': '没有哪两项被 {min} 位或更多相同客户同时买过。调低这个数字可以看到较弱的组合。',
  'basket.col.a': '买了',
  'basket.col.b': '也买',
  'basket.col.both': '两者都买',
  'basket.col.support': '支持度',
  'basket.col.confidence': '置信度',
  'how.basket.share':
    '占比：收入(分群, 商品) ÷ 收入(分群)。收入计入参考日期之前所选层级上有商品的每一行，退货已冲减，所以每个分群的占比合计为 100 %。购买人数是该分群中至少买过一次这项的客户数。',
  'how.basket.lift':
    '提升度：占比(分群, 商品) ÷ (收入(全体, 商品) ÷ 收入(全体, 全部))。等于 1 表示这个分群花在这项上的钱占比与全体客户相同；1.5 表示多一半；0.5 表示只有一半。热力图的颜色按对数刻度，½ 与 2 离 1 一样远。',
  'how.basket.pairs':
    '组合按客户而不是订单计数：n(A) 是整个期间买过 A 的客户数，n(A∩B) 是两者都买过的客户数，N 是买过任何一项的客户数。支持度 = n(A∩B) ÷ N，置信度 = n(A∩B) ÷ n(A)，提升度 = 置信度 ÷ (n(B) ÷ N)。n(A∩B) 达到所选人数的组合才显示，按提升度、再按置信度排序。',
  'basket.exclude.title': '非商品行',
  'basket.exclude.summary': '已排除 {n} 项看起来是运费、手续费或调整的条目（{lines} 行，{revenue}）：{names}。',
  'basket.exclude.more': ' 等另外 {n} 项',
  'basket.exclude.none': '没有排除任何行：每一项都按商品计算。',
  'basket.exclude.edit': '选择要排除的条目',
  'basket.exclude.intro':
    '勾选的条目不计入本页（表格、热销商品、组合、补货提醒），也不计入客户卡片上的推荐和交叉销售潜力。按名称识别（最后一个词是 postage、carriage、shipping、fee、charge、commission、discount、manual、sample、adjustment、voucher 等，或以运费、手续费、折扣、样品等结尾），或在几乎所有编码都含数字的目录中，按 1 到 4 个字母组成的编码识别（如 POST、DOT、M）。',
  'basket.exclude.item': '{lines} 行 · {revenue}',
  'basket.exclude.listed': '你的选择',
  'basket.exclude.auto': '使用识别出的条目',
  'how.basket.excluded':
    '非商品行（运费、手续费、折扣等，见“非商品行”）在计算本页任何数字之前就已排除：分群收入、全体收入和 N 只计保留的行，所以占比在商品之间合计为 100 %，提升度是商品与商品相比。RFM 得分、分群和 CLV 仍计入所有行。',
  'basket.how.example':
    '以你的数据为例：{segment}在{item}上花了 {revenue}，占其总收入 {segmentRevenue} 的 {share}。{item}占全体收入 {total} 中的 {itemRevenue}（{itemShare}），所以提升度 = {share} ÷ {itemShare} = {lift}。',
  'basket.how.pairExample':
    '再如：买了{a}的 {ofA} 位客户中有 {both} 位也买了{b}：置信度 {confidence}；全部 {n} 位客户中有 {ofB} 位买{b}（{baseRate}），所以提升度 = {confidence} ÷ {baseRate} = {lift}；支持度 = {both} ÷ {n} = {support}。',
};
