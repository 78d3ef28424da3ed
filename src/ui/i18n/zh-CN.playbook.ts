import type { enPlaybook } from './en.playbook.ts';

/** 打法手册（每位客户一个行动及其理由）的简体中文文字（议题 18）。 */
export const zhCNPlaybook: Record<keyof typeof enPlaybook, string> = {
  'role.name': '客户姓名',
  'role.phone': '电话',
  'role.email': '邮箱',
  'role.address': '地址',
  'role.city': '城市',
  'role.region': '地区 / 销售区域',
  'card.matchesAll': '{n} 个匹配',
  'card.contacts': '联系方式',
  'plan.withContacts': '导出时包含电话、邮箱和地址',
  'how.contacts':
    '导入时对应为客户姓名、电话、邮箱、地址、城市和地区的列，是带有含义的客户属性：显示在客户卡片和拜访计划中，可被卡片搜索查到，但从不作为数值分析。它们只保存在本设备上（Segmap 不进行任何网络请求）；拜访计划导出的 CSV 含姓名和地区，只有勾选后才包含电话、邮箱和地址。',
  'play.winBack.name': '挽回',
  'play.winBack.action': '本周致电或拜访，附上专属优惠。',
  'play.visitDue.name': '到期拜访',
  'play.visitDue.action': '又到了下单的时候：现在拜访或致电。',
  'play.onboard.name': '新客引导',
  'play.onboard.action': '简短的欢迎电话，促成第二单。',
  'play.grow.name': '培养',
  'play.grow.action': '推荐他们接下来可能需要的商品。',
  'play.keepLoyal.name': '维系忠诚',
  'play.keepLoyal.action': '致谢并提供优先服务，无需折扣。',
  'play.letGo.name': '放手',
  'play.letGo.action': '不再拜访，只发自动邮件。',
  'play.keepInTouch.name': '保持联系',
  'play.keepInTouch.action': '只发通讯邮件，不拜访。',
  'core.play.reason.winBack':
    '历史价值排第 {rank} 名（共 {n} 位，{value}），状态为“{stage}”：已 {days} 天未购买，是平时间隔 {gap} 天的 {times} 倍。',
  'core.play.reason.visitDue':
    '历史价值排第 {rank} 名（共 {n} 位，{value}），已到期：平时约每 {gap} 天购买一次，上次在 {days} 天前。',
  'core.play.reason.onboard': '新客户：至今 {orders} 单，上次在 {days} 天前。',
  'core.play.reason.grow':
    '经常购买（{orders} 单，上次在 {days} 天前），但历史价值只排第 {rank} 名（共 {n} 位）：仍有提升空间。',
  'core.play.reason.growOffer':
    '经常购买（{orders} 单，上次在 {days} 天前），但历史价值只排第 {rank} 名（共 {n} 位）：推荐 {offer}。',
  'core.play.reason.keepLoyal':
    '历史价值排第 {rank} 名（共 {n} 位），{orders} 单，状态为“{stage}”：上次在 {days} 天前，平时间隔 {gap} 天。',
  'core.play.reason.letGo':
    '历史价值排第 {rank} 名（共 {n} 位）且已流失：已 {days} 天未购买，是平时间隔的 {times} 倍。',
  'core.play.reason.keepInTouch': '没有更强的打法适用：历史价值排第 {rank} 名（共 {n} 位），上次购买在 {days} 天前。',
  'core.play.reason.custom': '符合“{name}”的条件：历史价值排第 {rank} 名（共 {n} 位），上次购买在 {days} 天前。',
  'core.play.badShare': '打法 {play}：比例必须大于 0 且不超过 1（100%），当前为 {share}。',
  'play.stage.new': '新客户',
  'play.stage.active': '活跃',
  'play.stage.cooling': '降温',
  'play.stage.at_risk': '有流失风险',
  'play.stage.lapsed': '已流失',
  'play.title': '下一步最佳行动',
  'play.why': '理由：',
  'play.waiting': '正在得出建议…',
  'play.noPlay': '打法手册中没有适用于该客户的打法。',
  'play.otherViews': '其他视角：各方案的细分、价值类别',
  'play.basis': '历史价值按{basis}计；{model}。',
  'play.basis.revenue': '销售额',
  'play.basis.profit': '利润',
  'play.model.fitted': '到期与概率来自 {model} 模型',
  'play.model.none': '尚未拟合 CLV 模型：“到期”指处于降温阶段',
  'how.card.next':
    '每位客户按打法手册得出一个打法，按以下顺序检查，第一个条件全部满足的打法胜出：1. 挽回：历史价值前 20% 且处于有流失风险或已流失阶段。2. 到期拜访：前 20% 且预计的下次购买已逾期（CLV 模型的购买时间预测；未拟合模型时指降温阶段）。3. 新客引导：新客户（首次购买在生命周期设置的“新客户”天数内）。4. 培养：不在前 20%、活跃或降温、至少 2 单。5. 维系忠诚：前 20%、活跃或降温、至少 2 单。6. 放手：不在前 50% 且已流失。7. 保持联系：其余所有人。历史价值即金额（销售额；按利润口径时为利润），在全部客户中排名（并列同名次）；阶段即“动态变化”视图中的生命周期阶段。只买过一次的客户无论模型怎么说都不会被列为“维系忠诚”。理由引用了该打法所依据的事实。各方案的细分和价值类别收在“其他视角”中。',
};
