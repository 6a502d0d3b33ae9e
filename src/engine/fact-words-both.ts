import type { L10n } from './text';

/**
 * The facts' names and their values' in both languages, for the engine functions that still
 * build a sentence in both languages from them: a condition in words (condition-words.ts `describe`,
 * read by the handbook's rule pages, the command line and the quiz), a quiz item's situation
 * (quiz/situation.ts: an item's ID is a hash of its texts in both languages) and a generated
 * case's findings and subject (simulator/generate.ts). Everything else says them from the
 * catalogs (`factLabels`, fact-labels.ts, keys `engine.fact.*`); a test holds this table to the
 * catalogs word for word, so it goes when those functions return messages.
 */
export interface FactWordsBoth {
  label: L10n;
  values?: Record<string, L10n>;
}

const yesNo = { true: { en: 'yes', 'zh-cn': '是' }, false: { en: 'no', 'zh-cn': '否' } };

export const factWordsBoth: Record<string, FactWordsBoth> = {
  kind: {
    label: { en: 'case kind', 'zh-cn': '案例类型' },
    values: {
      'amazon-message': { en: 'Amazon buyer message', 'zh-cn': '亚马逊买家消息' },
      'amazon-return': { en: 'Amazon return request', 'zh-cn': '亚马逊退货请求' },
      'amazon-atoz': { en: 'A-to-z claim', 'zh-cn': 'A-to-z 索赔' },
      'amazon-property-claim': { en: 'property-damage or injury claim', 'zh-cn': '财产损失或人身伤害索赔' },
      'amazon-chargeback': { en: 'chargeback', 'zh-cn': '信用卡拒付' },
      'amazon-feedback': { en: 'seller feedback', 'zh-cn': '卖家反馈' },
      'ebay-message': { en: 'eBay member message', 'zh-cn': 'eBay 会员消息' },
      'ebay-inr': { en: 'eBay item-not-received case', 'zh-cn': 'eBay 未收到物品纠纷' },
      'ebay-snad': { en: 'eBay not-as-described case', 'zh-cn': 'eBay 描述不符纠纷' },
    },
  },
  platform: {
    label: { en: 'platform', 'zh-cn': '平台' },
    values: { amazon: { en: 'Amazon', 'zh-cn': '亚马逊' }, ebay: { en: 'eBay', 'zh-cn': 'eBay' } },
  },
  topic: {
    label: { en: 'topic', 'zh-cn': '主题' },
    values: {
      'where-is-my-order': { en: 'where is my order', 'zh-cn': '查询包裹位置' },
      'delivered-not-received': { en: 'delivered but not received', 'zh-cn': '显示妥投但未收到' },
      'invalid-tracking': { en: 'invalid tracking number', 'zh-cn': '追踪号无效' },
      'lost-parcel': { en: 'lost or stuck parcel', 'zh-cn': '包裹丢失或滞留' },
      'long-transit': { en: 'long transit', 'zh-cn': '运输时间过长' },
      'cancel-before-shipping': { en: 'cancellation before shipping', 'zh-cn': '发货前取消' },
      'cancel-after-shipping': { en: 'cancellation after shipping', 'zh-cn': '发货后取消' },
      'address-change': { en: 'address change', 'zh-cn': '修改地址' },
      damaged: { en: 'damaged on arrival', 'zh-cn': '到货破损' },
      'not-working': { en: 'does not work', 'zh-cn': '无法使用' },
      'not-as-pictured': { en: 'not as pictured', 'zh-cn': '与图片不符' },
      'not-as-described': { en: 'not as described', 'zh-cn': '与描述不符' },
      'missing-part': { en: 'missing part', 'zh-cn': '缺少配件' },
      'wrong-item': { en: 'wrong item sent', 'zh-cn': '发错货' },
      unwanted: { en: 'no longer wanted', 'zh-cn': '不想要了' },
      'cannot-operate': { en: 'cannot operate it', 'zh-cn': '不会使用' },
      warranty: { en: 'warranty', 'zh-cn': '保修' },
      'shipping-cost-dispute': { en: 'shipping-cost dispute', 'zh-cn': '运费争议' },
      invoice: { en: 'invoice', 'zh-cn': '发票' },
      cancellation: { en: 'cancellation', 'zh-cn': '取消订单' },
      other: { en: 'other', 'zh-cn': '其他' },
    },
  },
  damage: {
    label: { en: 'damage', 'zh-cn': '破损程度' },
    values: { minor: { en: 'minor, still works', 'zh-cn': '轻微，仍可使用' }, severe: { en: 'severe, does not work', 'zh-cn': '严重，无法使用' } },
  },
  fault: {
    label: { en: 'whose mistake', 'zh-cn': '责任方' },
    values: {
      seller: { en: "the seller's", 'zh-cn': '卖家' },
      buyer: { en: "the buyer's misunderstanding", 'zh-cn': '买家误解' },
      unclear: { en: 'not yet clear', 'zh-cn': '尚不清楚' },
    },
  },
  faultConfirmed: { label: { en: 'quality fault confirmed', 'zh-cn': '已确认质量问题' }, values: yesNo },
  missingPart: {
    label: { en: 'missing part', 'zh-cn': '缺少的部分' },
    values: {
      generic: { en: 'a generic accessory', 'zh-cn': '通用配件' },
      'product-specific': { en: 'a product-specific accessory', 'zh-cn': '专用配件' },
      'main-item': { en: 'the main item', 'zh-cn': '主体商品' },
    },
  },
  addressChangeable: { label: { en: 'address can still be changed', 'zh-cn': '地址仍可修改' }, values: yesNo },
  price: { label: { en: 'price (order currency)', 'zh-cn': '售价（订单币种）' } },
  highValue: { label: { en: 'high-value item', 'zh-cn': '高价商品' }, values: yesNo },
  inStock: { label: { en: 'in stock', 'zh-cn': '有库存' }, values: yesNo },
  bulky: { label: { en: 'large, heavy or costly item', 'zh-cn': '大件、重或昂贵的商品' }, values: yesNo },
  shipped: { label: { en: 'shipped', 'zh-cn': '已发货' }, values: yesNo },
  tracking: {
    label: { en: 'tracking', 'zh-cn': '物流追踪' },
    values: {
      none: { en: 'no tracking', 'zh-cn': '无追踪信息' },
      updating: { en: 'updating', 'zh-cn': '正常更新' },
      stalled: { en: 'not updating', 'zh-cn': '停止更新' },
      invalid: { en: 'invalid number', 'zh-cn': '单号无效' },
      delivered: { en: 'shows delivered', 'zh-cn': '显示妥投' },
      lost: { en: 'lost', 'zh-cn': '已丢失' },
    },
  },
  carrierRecognized: { label: { en: 'carrier recognized by Amazon', 'zh-cn': '亚马逊认可的承运商' }, values: yesNo },
  hasTrackingNumber: { label: { en: 'tracking number known', 'zh-cn': '有追踪号' }, values: yesNo },
  eddPassed: { label: { en: 'estimated delivery date passed', 'zh-cn': '已过预计送达日' }, values: yesNo },
  hoursSinceReceived: { label: { en: 'hours since the message arrived', 'zh-cn': '消息到达后的小时数' } },
  daysSinceOrder: { label: { en: 'days since the order', 'zh-cn': '下单后的天数' } },
  daysSinceFeedback: { label: { en: 'days since the feedback was left', 'zh-cn': '反馈留下后的天数' } },
  daysSinceClaim: { label: { en: 'days since the claim was opened', 'zh-cn': '索赔发起后的天数' } },
  daysSinceReturnAuthorized: { label: { en: 'days since the return was authorized', 'zh-cn': '退货授权后的天数' } },
  daysSinceCaseOpened: { label: { en: 'days since the case was opened', 'zh-cn': '纠纷开启后的天数' } },
  buyerReachable: { label: { en: 'buyer can be reached', 'zh-cn': '能联系到买家' }, values: yesNo },
  reason: {
    label: { en: 'reason', 'zh-cn': '原因' },
    values: {
      damaged: { en: 'damaged', 'zh-cn': '破损' },
      defective: { en: 'defective', 'zh-cn': '质量问题' },
      'not-as-described': { en: 'not as described', 'zh-cn': '与描述不符' },
      'wrong-item': { en: 'wrong item', 'zh-cn': '发错货' },
      unwanted: { en: 'no longer wanted', 'zh-cn': '不想要了' },
      other: { en: 'other', 'zh-cn': '其他' },
      'not-received': { en: 'not received', 'zh-cn': '未收到物品' },
      'damaged-on-arrival': { en: 'broken on arrival', 'zh-cn': '到货即损坏' },
      'broke-after-use': { en: 'broke after use', 'zh-cn': '使用后损坏' },
      size: { en: 'size', 'zh-cn': '尺寸问题' },
      'return-dispute': { en: 'grew out of a return', 'zh-cn': '由退货纠纷引起' },
    },
  },
  returnAddress: {
    label: { en: 'return address', 'zh-cn': '退货地址' },
    values: { china: { en: 'in China', 'zh-cn': '在中国' }, 'buyer-country': { en: "in the buyer's country", 'zh-cn': '在买家所在国' } },
  },
  sellerAtFault: { label: { en: 'seller at fault', 'zh-cn': '卖家责任' }, values: yesNo },
  solutionGiven: {
    label: { en: 'solution already given', 'zh-cn': '已给出的方案' },
    values: {
      none: { en: 'none', 'zh-cn': '无' },
      cancelled: { en: 'cancelled at the buyer’s request', 'zh-cn': '已应买家要求取消' },
      reshipped: { en: 'reshipped', 'zh-cn': '已补发' },
      'awaiting-reply': { en: 'awaiting the buyer’s reply', 'zh-cn': '等待买家回复' },
      refunded: { en: 'already refunded', 'zh-cn': '已退款' },
      'refund-without-return': { en: 'refund without return', 'zh-cn': '退款不退货' },
    },
  },
  returnAuthorizedAt: { label: { en: 'date the return was authorized', 'zh-cn': '退货授权日期' } },
  returnArrived: { label: { en: 'return arrived', 'zh-cn': '退货已到达' }, values: yesNo },
  returnedCondition: {
    label: { en: 'returned item', 'zh-cn': '退回商品状况' },
    values: { good: { en: 'in good shape', 'zh-cn': '完好' }, damaged: { en: 'damaged', 'zh-cn': '已损坏' } },
  },
  sizeInListing: { label: { en: 'size stated in the listing', 'zh-cn': 'listing 中写明了尺寸' }, values: yesNo },
  evidenceProductFine: { label: { en: 'evidence the product is fine', 'zh-cn': '有商品无问题的证据' }, values: yesNo },
  filedWithoutContact: { label: { en: 'claim filed without contacting the seller', 'zh-cn': '买家未联系卖家直接索赔' }, values: yesNo },
  outcome: {
    label: { en: 'claim outcome', 'zh-cn': '索赔结果' },
    values: {
      withdrawn: { en: 'withdrawn by the buyer', 'zh-cn': '买家撤销' },
      'refunded-by-seller': { en: 'order refunded by the seller', 'zh-cn': '卖家退款' },
      'granted-seller-funded': { en: 'granted, seller funded', 'zh-cn': '批准，卖家出资' },
      'closed-for-seller': { en: 'closed in the seller’s favour', 'zh-cn': '关闭，判卖家胜' },
    },
  },
  claimType: {
    label: { en: 'claim type', 'zh-cn': '索赔类型' },
    values: { 'property-damage': { en: 'property damage', 'zh-cn': '财产损失' }, 'personal-injury': { en: 'personal injury', 'zh-cn': '人身伤害' } },
  },
  claimAmountUsd: { label: { en: 'claim amount (USD)', 'zh-cn': '索赔金额（美元）' } },
  compliantAndInsured: { label: { en: 'compliant seller with valid insurance', 'zh-cn': '合规且有有效保险的卖家' }, values: yesNo },
  rating: {
    label: { en: 'rating', 'zh-cn': '评级' },
    values: { negative: { en: 'negative', 'zh-cn': '差评' }, neutral: { en: 'neutral', 'zh-cn': '中评' }, positive: { en: 'positive', 'zh-cn': '好评' } },
  },
  breaksGuidelines: { label: { en: 'breaks the feedback guidelines', 'zh-cn': '违反反馈规则' }, values: yesNo },
  problemSolved: { label: { en: 'problem solved', 'zh-cn': '问题已解决' }, values: yesNo },
  site: { label: { en: 'eBay site', 'zh-cn': 'eBay 站点' } },
  channel: {
    label: { en: 'opened through', 'zh-cn': '发起渠道' },
    values: { ebay: { en: 'eBay', 'zh-cn': 'eBay' }, paypal: { en: 'PayPal', 'zh-cn': 'PayPal' } },
  },
  roundsSoFar: { label: { en: 'message rounds so far', 'zh-cn': '已往来轮数' } },
  buyerAbusive: { label: { en: 'abusive or fraudulent buyer', 'zh-cn': '恶意或欺诈买家' }, values: yesNo },
  forwarderCanFind: { label: { en: 'forwarder can find the parcel', 'zh-cn': '货代能找到包裹' }, values: yesNo },
  damaged: { label: { en: 'arrived damaged', 'zh-cn': '到货破损' }, values: yesNo },
  'order.orderedAt': { label: { en: 'the order date', 'zh-cn': '下单日' } },
  'order.paidAt': { label: { en: 'the payment date', 'zh-cn': '付款日' } },
  'order.shippedAt': { label: { en: 'the shipping date', 'zh-cn': '发货日' } },
  'order.estimatedDeliveryAt': { label: { en: 'the estimated delivery date', 'zh-cn': '预计送达日' } },
  receivedAt: { label: { en: 'the message or request arriving', 'zh-cn': '消息或请求到达时' } },
  claimOpenedAt: { label: { en: 'the claim being opened', 'zh-cn': '索赔发起时' } },
  noticeReceivedAt: { label: { en: 'Amazon’s notice arriving', 'zh-cn': '收到亚马逊通知时' } },
  disputeOpenedAt: { label: { en: 'the dispute being opened', 'zh-cn': '拒付发起时' } },
  feedbackLeftAt: { label: { en: 'the feedback being left', 'zh-cn': '反馈留下时' } },
  caseOpenedAt: { label: { en: 'the case being opened', 'zh-cn': '纠纷开启时' } },
  // Fields no rule reads: named for the command line's field list.
  asOf: { label: { en: 'when the agent looks at the case; time-dependent facts are read from it', 'zh-cn': '处理案例的时间，与时间有关的事实据此推算' } },
  marketplace: { label: { en: 'Amazon marketplace', 'zh-cn': '亚马逊站点' } },
  buyerName: { label: { en: 'the buyer’s name, for replies', 'zh-cn': '买家姓名，用于回复' } },
  'order.id': { label: { en: 'order number', 'zh-cn': '订单号' } },
  'order.item': { label: { en: 'item', 'zh-cn': '商品' } },
  'order.currency': { label: { en: 'order currency', 'zh-cn': '订单币种' } },
  'tracking.number': { label: { en: 'tracking number', 'zh-cn': '追踪号' } },
};

/** What a case is about, in words: its kind, then its topic or reason where it has one. */
export function caseSubject(facts: Readonly<Record<string, unknown>>): L10n {
  const kind = factWordsBoth.kind?.values?.[String(facts.kind)] ?? { en: String(facts.kind), 'zh-cn': String(facts.kind) };
  const topic = factWordsBoth.topic?.values?.[String(facts.topic)] ?? factWordsBoth.reason?.values?.[String(facts.reason)];
  return topic ? { en: `${kind.en}: ${topic.en}`, 'zh-cn': `${kind['zh-cn']}：${topic['zh-cn']}` } : kind;
}
