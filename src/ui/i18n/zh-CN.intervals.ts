import type { enIntervals } from './en.intervals.ts';

/** 预测区间与购买时机的简体中文文字（议题 16，B 部分）。 */
export const zhCNIntervals: Record<keyof typeof enIntervals, string> = {
  'fc.title': '预测：未来 {months} 个月',
  'fc.clv': '终身价值 {value}（{level}% 区间：{low}–{high}）',
  'fc.clvPending': '终身价值 {value}（区间计算中…）',
  'fc.purchases': '购买次数 {value}（{level}% 区间：{low}–{high}）',
  'fc.pAliveEnd': '{date} 时仍活跃的概率：{value}（{level}% 区间：{low}–{high}）',
  'fc.pNone': '未来 {days} 天内不购买的概率',
  'fc.days': '{days} 天',
  'fc.daysPick': '向后天数',
  'fc.next': '预计下次购买',
  'fc.nextWindow': '{from} 至 {to}',
  'fc.nextUnknown': '未知',
  'fc.overdue': '已逾期',
  'fc.nextOwn': '依据该客户自己的购买间隔（均值 ± 离散程度）',
  'fc.nextModel': '依据模型的购买率（等待时间的中间一半）',
  'fc.meaning':
    '{level}% 区间：在 100 位有相同购买历史的客户中，约有 {level} 位会落在区间内（次数是整数，所以至少 {level} 位）。中间的数字是平均值。',
  'clv.iv.level': '区间水平',
  'clv.iv.computing': '正在计算 {level}% 区间…',
  'clv.iv.cancel': '取消',
  'clv.col.expectedIv': '购买次数 {level}% 区间',
  'clv.col.clvIv': '终身价值 {level}% 区间',
  'clv.detail.ivPurchases': '购买次数的 {level}% 区间',
  'clv.detail.ivPAliveEnd': '期末仍活跃概率的 {level}% 区间',
  'clv.detail.ivClv': '终身价值的 {level}% 区间',
  'clv.detail.pNone': '未来 30 / 60 / 90 天内不购买的概率',
  'clv.detail.next': '预计下次购买',
  'clv.totals.title': '分组合计及 {level}% 区间',
  'clv.totals.note':
    '每个合计的区间是在每次模拟中把组内所有客户加总后再取分位数得到的，而不是把各客户的区间相加（那样会宽得多）。',
  'clv.totals.by': '分组方式',
  'clv.totals.valueClass': '价值类别',
  'clv.totals.segment': '细分（{scheme}）',
  'clv.totals.group': '组',
  'clv.totals.all': '全部客户',
  'clv.totals.customers': '客户数',
  'clv.totals.purchases': '购买次数',
  'clv.totals.clv': '终身价值',
  'clv.totals.alive': '期末仍活跃',
  'clv.totals.range': '（{low}–{high}）',
  'clv.totals.noSegments': '先打开一次“细分”视图，即可按细分查看合计。',
  'how.clv.intervals':
    '区间：按拟合的不确定性抽取 100 组模型参数（对数参数服从以拟合协方差为方差的正态分布，Gamma-Gamma 模型同样处理），在每组参数下把每位客户的未来模拟一次：购买几次（按模型给出的 0、1、2…次的概率）、花多少钱（Gamma-Gamma）以及折现。购买次数区间为等尾区间：下限是累计概率首次超过 (1 − 水平)/2 的次数，上限是累计概率首次达到 1 − (1 − 水平)/2 的次数；因此每一侧至多有 (1 − 水平)/2 的概率，又因次数是整数，覆盖率至少等于该水平。终身价值和“期末仍活跃”的区间取模拟值的相同分位数。在 CDNOW 数据（39 周）上，92.8% 的客户的实际购买次数落在其 80% 区间内，97.2% 落在 95% 区间内。许多客户的区间是 0–0，或终身价值区间从 0 开始：他们最可能不再购买，而上方的平均值包含了他们购买的可能。',
  'how.clv.timing':
    '购买时机：未来 30、60 或 90 天内不购买的概率，即模型给出的这段时间内购买 0 次的概率。若客户至少有两个购买间隔，预计下次购买在上次购买之后“平均间隔 ± 间隔的离散程度”之内；否则取按模型购买率 (r + x)/(α + T) 计算的等待时间的中间一半。若这个时间窗在数据的最后一天之前就已结束，则标为“已逾期”。',
  'core.intervals.noCovariance':
    '拟合没有协方差（曲率不明确），因此区间只反映每位客户自身的随机性，不包含参数的不确定性。',
  'core.intervals.dropoutFixed':
    '数据无法识别客户流失，因此区间把流失参数固定在估计值上：区间反映购买率的不确定性和每位客户自身的随机性。',
};
