import type { Rule } from './types';

const page = 'amazon/account-health';

/** Amazon account-health metrics the after-sales team moves: response time, dissatisfaction, returns, ODR. */
export const healthRules: Rule[] = [
  {
    id: 'HEALTH-1',
    area: 'health',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Response time', 'zh-cn': '回复时效' },
    text: {
      en: 'Amazon expects more than {share} of buyer messages to get a reply within {MSG-2.replyWithin}. It measures this over the last {windowShort}, {windowMedium} and {windowLong}, each period ending {lagDays} before today, so a slow day shows up in the metric a few days later.',
      'zh-cn': '亚马逊要求超过 {share} 的买家消息在 {MSG-2.replyWithin}内得到回复。统计周期为 {windowShort}、{windowMedium}和 {windowLong}，均截至今天往前推 {lagDays}，所以某天回复慢了，要过几天才会在指标里体现。',
    },
    figures: {
      share: { value: 90, unit: 'percent', label: { en: 'share of buyer messages that must be answered in time', 'zh-cn': '须按时回复的买家消息占比' } },
      lagDays: { value: 5, unit: 'days', label: { en: 'gap between the end of a measuring period and today', 'zh-cn': '统计周期截止日距今天数' } },
      windowShort: { value: 7, unit: 'days', label: { en: 'short measuring period', 'zh-cn': '短统计周期' } },
      windowMedium: { value: 30, unit: 'days', label: { en: 'medium measuring period', 'zh-cn': '中统计周期' } },
      windowLong: { value: 60, unit: 'days', label: { en: 'long measuring period for response time', 'zh-cn': '回复时效的长统计周期' } },
    },
    handbook: { page, anchor: 'response-time' },
  },
  {
    id: 'HEALTH-2',
    area: 'health',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Customer-service dissatisfaction rate', 'zh-cn': '客服不满意率' },
    text: {
      en: 'After you reply, Amazon asks the buyer whether the answer solved the problem. The "No" votes, as a share of all "Yes" and "No" votes, must stay below {maxRate}. The rate is measured over {HEALTH-1.windowShort}, {HEALTH-1.windowMedium} and {windowLong}, each ending {HEALTH-1.lagDays} before today.',
      'zh-cn': '卖家回复后，亚马逊会问买家“是否解决了您的问题”。“否”在全部“是”和“否”投票中的占比须低于 {maxRate}。统计周期为 {HEALTH-1.windowShort}、{HEALTH-1.windowMedium}和 {windowLong}，均截至今天往前推 {HEALTH-1.lagDays}。',
    },
    figures: {
      maxRate: { value: 25, unit: 'percent', label: { en: 'highest acceptable share of "No" votes', 'zh-cn': '“否”票占比上限' } },
      windowLong: { value: 90, unit: 'days', label: { en: 'long measuring period for dissatisfaction', 'zh-cn': '不满意率的长统计周期' } },
    },
    handbook: { page, anchor: 'customer-service-dissatisfaction-rate' },
  },
  {
    id: 'HEALTH-3',
    area: 'health',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Return dissatisfaction rate', 'zh-cn': '退货不满意率' },
    text: {
      en: 'Keep the return dissatisfaction rate below {maxRate}. A valid return request counts against you when it draws negative feedback, is not authorized, refunded or rejected within {RET-5.answerWithin}, or is turned down unreasonably, meaning no refund, no authorization and no other solution inside Amazon\'s return window. Amazon has not fully spelled out the calculation and does not penalize it yet, but it may become a performance target, so work as if it already counted.',
      'zh-cn': '退货不满意率（RDR）须低于 {maxRate}。有效退货请求出现以下任一情况即计入：收到差评；超过 {RET-5.answerWithin}未授权、未退款也未拒绝；被无理拒绝，即在亚马逊退货时效内既没退款、没授权，也没给出其他方案。该指标算法尚未完全明确，目前也没有处罚，但以后可能纳入绩效考核，请按已计入来对待。',
    },
    figures: {
      maxRate: { value: 10, unit: 'percent', label: { en: 'highest acceptable return dissatisfaction rate', 'zh-cn': '退货不满意率上限' } },
    },
    handbook: { page, anchor: 'return-dissatisfaction-rate' },
  },
  {
    id: 'HEALTH-4',
    area: 'health',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Which A-to-z outcomes count in the order defect rate', 'zh-cn': '哪些 A-to-z 结果计入订单缺陷率' },
    text: {
      en: 'An A-to-z claim counts against the order defect rate (ODR) when it ends as "Order refunded" or "Granted, seller funded". A claim the buyer withdraws, or one Amazon closes in your favour, does not count. That is why a withdrawal by the buyer is worth more than a refund inside the claim.',
      'zh-cn': 'A-to-z 索赔如果以 “Order refunded”（卖家退款）或 “Granted, seller funded”（批准，卖家出资）结束，会计入订单缺陷率（ODR）；买家撤销（Withdrawn）或亚马逊判卖家胜（Closed）则不计入。所以争取买家撤销索赔，比在索赔里直接退款更划算。',
    },
    handbook: { page, anchor: 'order-defect-rate' },
  },
  {
    id: 'HEALTH-4-GENERAL',
    area: 'health',
    platform: 'amazon',
    sources: [],
    general: true,
    title: { en: 'Order defect rate: the full picture', 'zh-cn': '订单缺陷率的完整构成' },
    text: {
      en: 'Standard Amazon policy, not from the team playbook: besides A-to-z claims, the order defect rate also counts orders with negative feedback and orders with a chargeback. Amazon expects the rate to stay below {odrTarget}.',
      'zh-cn': '此条为亚马逊通用规则，并非出自团队手册：订单缺陷率除 A-to-z 索赔外，还计入收到差评的订单和发生信用卡拒付的订单。亚马逊要求该比率低于 {odrTarget}。',
    },
    figures: {
      odrTarget: { value: 1, unit: 'percent', label: { en: 'highest acceptable order defect rate', 'zh-cn': '订单缺陷率上限' } },
    },
    handbook: { page, anchor: 'odr-target' },
  },
  {
    id: 'HEALTH-5',
    area: 'health',
    platform: 'amazon',
    sources: ['002'],
    title: { en: 'Too many A-to-z claims endanger the account', 'zh-cn': 'A-to-z 索赔过多危及账号' },
    text: {
      en: 'Amazon can suspend an account that collects too many A-to-z claims, so keep their number as low as you can. Shipping updates after the sale, fast answers and fixing problems before the buyer turns to Amazon all head claims off.',
      'zh-cn': 'A-to-z 索赔太多，亚马逊可能会封号，所以要尽量把索赔数量压到最低。发货后及时给买家物流通知、快速回复、在买家找亚马逊之前把问题解决，都能减少索赔。',
    },
    handbook: { page, anchor: 'a-to-z-claim-count' },
  },
];
