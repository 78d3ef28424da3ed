/**
 * Names and recommended actions of the built-in segments, in English and Simplified Chinese. The
 * CLI, the exports and the UI all read them from here; the user's edited action texts override
 * the `action` per dataset.
 */
export type Lang = 'en' | 'zh-CN';

export interface SegmentText {
  name: Record<Lang, string>;
  action: Record<Lang, string>;
}

const s = (en: string, zh: string, actionEn: string, actionZh: string): SegmentText => ({
  name: { en, 'zh-CN': zh },
  action: { en: actionEn, 'zh-CN': actionZh },
});

/** The built-in schemes' segment texts, per scheme and segment id. */
export const SEGMENT_TEXT: Record<'rfm11' | 'cn8' | 'tiers' | 'custom' | 'cube', Record<string, SegmentText>> = {
  rfm11: {
    champions: s(
      'Champions',
      '冠军客户',
      'Reward them: early access to new products and loyalty perks; ask for reviews and referrals.',
      '给予回馈：新品抢先体验和会员专属权益；邀请他们评价和推荐。',
    ),
    loyal: s(
      'Loyal',
      '忠诚客户',
      'Upsell higher-value products; invite them to the loyalty programme; ask for reviews.',
      '推荐更高价值的产品；邀请加入会员计划；请他们写评价。',
    ),
    potential_loyalist: s(
      'Potential loyalist',
      '潜在忠诚客户',
      'Offer membership or a loyalty programme; recommend related products.',
      '提供会员或积分计划；推荐相关产品。',
    ),
    new_customers: s(
      'New customers',
      '新客户',
      'Onboard them well: a welcome message, early support and a reason for a second order.',
      '做好新客引导：欢迎信息、及时服务，并给出再次购买的理由。',
    ),
    promising: s(
      'Promising',
      '有潜力客户',
      'Build awareness: free trials or a small offer to encourage a second order.',
      '提升品牌认知：用试用或小额优惠促成第二次购买。',
    ),
    need_attention: s(
      'Need attention',
      '需要关注客户',
      'Limited-time offers and recommendations based on past purchases, to reactivate them.',
      '推送限时优惠和基于历史购买的推荐，重新激活。',
    ),
    about_to_sleep: s(
      'About to sleep',
      '即将沉睡客户',
      'Share popular products and discounts; reconnect before they lapse.',
      '推送热门商品和折扣，在他们流失之前重新建立联系。',
    ),
    at_risk: s(
      'At risk',
      '有流失风险客户',
      'Personal emails or calls to reconnect; renewal offers and useful resources.',
      '个性化邮件或电话回访；提供续购优惠和有用的资讯。',
    ),
    cannot_lose_them: s(
      'Cannot lose them',
      '不能失去的客户',
      'Win them back with new products or a personal offer; talk to them before a competitor does.',
      '用新品或专属优惠赢回；主动沟通，别让竞争对手抢走。',
    ),
    hibernating: s(
      'Hibernating',
      '休眠客户',
      'Offer other relevant products and special discounts; rebuild the value of the brand.',
      '推荐其他相关产品和特别折扣，重建品牌价值。',
    ),
    lost: s(
      'Lost',
      '流失客户',
      'Try a low-cost reactivation campaign; otherwise do not spend on them.',
      '尝试低成本的唤醒活动；否则不再投入。',
    ),
  },
  // RFM 8 value classes (重要/一般 × 价值/发展/保持/挽留)
  cn8: {
    important_value: s(
      'Important value',
      '重要价值客户',
      'Keep them: VIP service, priority handling and exclusive benefits.',
      '重点保持：VIP 服务、优先处理和专属权益。',
    ),
    important_development: s(
      'Important development',
      '重要发展客户',
      'Raise how often they buy: loyalty points, cross-selling, membership upgrades.',
      '提高购买频次：会员积分、交叉销售、会员升级。',
    ),
    important_retention: s(
      'Important retention',
      '重要保持客户',
      'Contact them personally: find out why they have not bought lately and keep them.',
      '主动一对一联系：了解近期未购买的原因，防止流失。',
    ),
    important_winback: s(
      'Important win-back',
      '重要挽留客户',
      'Win them back: a reactivation offer with personal follow-up; learn why they left.',
      '重点挽回：发放唤醒优惠并专人跟进，弄清流失原因。',
    ),
    general_value: s(
      'Ordinary value',
      '一般价值客户',
      'Raise spend per order: bundles, upselling, higher-value products.',
      '提高客单价：组合套餐、向上销售、推荐高价值商品。',
    ),
    general_development: s(
      'Ordinary development',
      '一般发展客户',
      'Nurture them: welcome offers and recommendations to build a buying habit.',
      '培育：新客优惠和个性化推荐，培养购买习惯。',
    ),
    general_retention: s(
      'Ordinary retention',
      '一般保持客户',
      'Low-cost reminders, points and coupons.',
      '低成本维系：提醒、积分和优惠券。',
    ),
    general_winback: s(
      'Ordinary win-back',
      '一般挽留客户',
      'Low priority: occasional low-cost campaigns only.',
      '低优先级：只做偶尔的低成本营销。',
    ),
  },
  tiers: {
    vip: s(
      'VIP',
      'VIP 客户',
      'Personal service and priority handling: a dedicated contact and exclusive offers.',
      '一对一专属服务、优先处理：专人对接和专属优惠。',
    ),
    at_risk: s(
      'At risk',
      '流失风险客户',
      'Your best customers by orders and spend who have not bought lately: contact them personally, ask what changed and give them a reason to come back before they are lost.',
      '按购买次数和金额算是最好的一批客户，但最近没有再买：主动一对一联系，问问发生了什么变化，在流失之前给他们一个回来的理由。',
    ),
    loyal: s(
      'Loyal',
      '忠诚客户',
      'Raise spend per order with bundles and premium products; reward their loyalty.',
      '通过组合销售和高端产品提高客单价；回馈他们的忠诚。',
    ),
    potential: s(
      'Potential',
      '潜力客户',
      'Turn them into repeat buyers: follow up after the purchase, membership, repeat-purchase offers.',
      '促成复购：购后跟进、会员计划、复购优惠。',
    ),
    ordinary: s(
      'Ordinary',
      '普通客户',
      'Standard service and low-cost mass marketing.',
      '标准服务和低成本的大众营销。',
    ),
  },
  custom: {
    unmatched: s(
      'Unmatched',
      '未匹配',
      'No rule matches these customers: add or widen a rule.',
      '没有规则匹配这些客户：请添加或放宽规则。',
    ),
  },
  // The customer value cube (current value × potential value × loyalty).
  cube: {
    platinum: s(
      'Platinum',
      '白金客户',
      'Keep them at all costs: personal service, privileges and priority; deepen the relationship.',
      '全力保持：提供个性化服务、特权和优先待遇，深化关系。',
    ),
    gold: s(
      'Gold',
      '黄金客户',
      'Hold on and grow: cross-sell and up-sell to raise their potential; reward their loyalty.',
      '保持并提升：通过交叉销售和向上销售挖掘潜力，回馈他们的忠诚。',
    ),
    loyal: s(
      'Loyal',
      '忠诚客户',
      'Keep the relationship at low cost; look for new needs that raise their value.',
      '低成本维持关系，寻找能提升价值的新需求。',
    ),
    potential: s(
      'Potential',
      '潜力客户',
      'Develop them: targeted offers and recommendations that turn potential into purchases.',
      '重点培养：用有针对性的优惠和推荐，把潜力变成购买。',
    ),
    easy_to_lose: s(
      'Easy to lose',
      '易流失客户',
      'Retain them now: find out what is wrong, fix it, and make a personal win-back offer.',
      '立即挽留：了解问题所在并改进，提供专属的挽回优惠。',
    ),
    short_term: s(
      'Short-term',
      '短期型客户',
      'Harvest the current value at modest cost; do not over-invest.',
      '以适度成本获取当前价值，不要过度投入。',
    ),
    least_valuable: s(
      'Least valuable',
      '最无价值客户',
      'Keep costs down: standard service only, or let them go.',
      '降低成本：只提供标准服务，或者放弃。',
    ),
    developable: s(
      'Developable',
      '可发展型客户',
      'Invest carefully and watch: a small incentive first, more if they respond.',
      '谨慎投入并观察：先给小额激励，有回应再加大投入。',
    ),
  },
};

/** The text of a built-in segment in a language, or undefined for user-defined ones (custom rules). */
export function segmentText(
  scheme: keyof typeof SEGMENT_TEXT,
  id: string,
  lang: Lang,
): { name: string; action: string } | undefined {
  const t = SEGMENT_TEXT[scheme][id];
  return t && { name: t.name[lang], action: t.action[lang] };
}
