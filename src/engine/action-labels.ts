import type { ActionType, appealGrounds, closeReasons } from './actions';
import type { AdvisedAction } from './advise';
import type { L10n, Lang } from './text';
import { aside, comma } from './punctuation';

/** Every action in words, in both languages. */
export const actionLabels: Record<ActionType, L10n> = {
  'full-refund': { en: 'Refund in full', 'zh-cn': '全额退款' },
  'partial-refund': { en: 'Partial refund', 'zh-cn': '部分退款' },
  'refund-minus-shipping': { en: 'Refund, keeping back only the real shipping cost', 'zh-cn': '退款，只扣除实际运费' },
  'offer-gift': { en: 'Offer a small gift', 'zh-cn': '赠送小礼物' },
  reship: { en: 'Reship the item', 'zh-cn': '补发商品' },
  'reship-part': { en: 'Send the missing part', 'zh-cn': '补寄缺少的配件' },
  'send-donor-unit': { en: 'Send an unsellable unit to take the part from', 'zh-cn': '寄一台不良品供买家拆取配件' },
  'reship-to-new-address': { en: 'Reship to the new address', 'zh-cn': '按新地址补发' },
  'suggest-local-repair': { en: 'Suggest a trusted local repair shop', 'zh-cn': '推荐当地可靠的维修店' },
  'authorize-return': { en: 'Authorize the return', 'zh-cn': '授权退货' },
  'give-return-instructions': { en: 'Give a clear return address and method', 'zh-cn': '提供清楚的退货地址和方式' },
  'inspect-return': { en: 'Inspect the returned item', 'zh-cn': '检查退回的商品' },
  'close-return-request': { en: 'Close the return request', 'zh-cn': '关闭退货请求' },
  'refund-without-return': { en: 'Refund without a return', 'zh-cn': '退款不退货' },
  'claim-lost-return': { en: 'Claim the missing return back from Amazon', 'zh-cn': '就未到仓的退货向亚马逊索赔' },
  'relabel-and-resell': { en: 'Have Amazon relabel and resell it', 'zh-cn': '让亚马逊重新贴标后再售' },
  'dispose-or-bring-back': { en: 'Dispose of it or bring it back via an overseas warehouse', 'zh-cn': '销毁或通过海外仓取回' },
  'ask-photos': { en: 'Ask for photos', 'zh-cn': '请买家提供照片' },
  'ask-details': { en: 'Ask what exactly is wrong', 'zh-cn': '询问具体问题' },
  'ask-reason': { en: 'Ask the reason', 'zh-cn': '询问原因' },
  'ask-check-neighbours': { en: 'Ask the buyer to check the mailbox and with neighbours', 'zh-cn': '请买家检查信箱并询问邻居' },
  'ask-wait-until-edd': { en: 'Ask the buyer to allow until the estimated delivery date', 'zh-cn': '请买家等到预计送达日' },
  'ask-refuse-delivery': { en: 'Ask the buyer to refuse the delivery', 'zh-cn': '请买家拒收包裹' },
  'ask-cancellation-request': { en: 'Ask the buyer to send a cancellation request', 'zh-cn': '请买家提交取消请求' },
  'ask-correct-address': { en: 'Ask for the correct address', 'zh-cn': '向买家确认正确地址' },
  'ask-claim-withdrawal': { en: 'Politely ask the buyer to withdraw the claim', 'zh-cn': '礼貌地请买家撤销索赔' },
  'ask-feedback-removal': { en: 'Ask the buyer to remove the feedback', 'zh-cn': '请买家移除反馈' },
  'ask-buyer-close-case': { en: 'Ask the buyer to close the case', 'zh-cn': '请买家关闭纠纷' },
  'contact-buyer-all-channels': { en: 'Write to the buyer through Buyer–Seller Messaging', 'zh-cn': '通过买家与卖家消息联系买家' },
  'offer-numbered-choices': { en: 'Offer numbered choices', 'zh-cn': '给出编号选项' },
  'give-tracking': { en: 'Give the tracking number and latest scan', 'zh-cn': '提供追踪号和最新物流信息' },
  apologize: { en: 'Apologize', 'zh-cn': '道歉' },
  'explain-listing': { en: 'Explain what the listing says', 'zh-cn': '说明 listing 中的内容' },
  'explain-shipping-paid': { en: 'Explain that the shipping was already paid for', 'zh-cn': '说明运费已实际产生' },
  'send-manual': { en: 'Send the manual or walk the buyer through it', 'zh-cn': '发送说明书或指导买家操作' },
  'promise-update': { en: 'Promise an update by a set time', 'zh-cn': '承诺在固定时间内更新进展' },
  'check-tracking': { en: 'Check the tracking', 'zh-cn': '查看物流追踪' },
  'check-stock': { en: 'Check stock', 'zh-cn': '查库存' },
  'check-listing': { en: 'Check the listing', 'zh-cn': '核对 listing' },
  'check-order-date': { en: 'Check the order date', 'zh-cn': '查下单日期' },
  'confirm-with-product-team': { en: 'Confirm with the product team', 'zh-cn': '与产品同事确认' },
  'contact-carrier': { en: 'Contact the carrier', 'zh-cn': '联系承运商' },
  'contact-logistics-team': { en: 'Ask the logistics team', 'zh-cn': '询问物流同事' },
  'review-return-history': { en: 'Review the return reason and messages', 'zh-cn': '回顾退货原因和往来消息' },
  'check-return-cost': { en: 'Check what the return shipping would cost', 'zh-cn': '核算退货运费' },
  'cancel-order': { en: 'Cancel the order as "buyer cancelled"', 'zh-cn': '以“买家取消”取消订单' },
  'ask-platform-address-change': { en: 'Have the buyer ask Amazon support to change the address', 'zh-cn': '请买家联系亚马逊客服改地址' },
  'appeal-claim': { en: 'Appeal the claim', 'zh-cn': '申诉' },
  'submit-solution-to-amazon': { en: 'Submit the solution to Amazon', 'zh-cn': '向亚马逊提交解决方案' },
  'request-feedback-removal': { en: 'Ask Amazon to remove the feedback', 'zh-cn': '请求亚马逊移除反馈' },
  'contact-platform-support': { en: 'Ask platform support to step in', 'zh-cn': '请平台客服介入' },
  'mark-no-response-needed': { en: 'Mark the message "No response needed"', 'zh-cn': '将消息标记为“无需回复”' },
  'reply-from-order-page': { en: 'Reply from the order page', 'zh-cn': '从订单页面回复' },
  'update-listing': { en: 'Fix the listing', 'zh-cn': '修改 listing' },
  'wait-for-decision': { en: 'Wait for the platform’s decision', 'zh-cn': '等待平台裁决' },
  'tie-refund-to-withdrawal': { en: 'Offer money in return for a withdrawal or a removal', 'zh-cn': '以退款换取撤销索赔或删评' },
  escalate: { en: 'Escalate to the team lead', 'zh-cn': '上报组长' },
};

const reasonLabels: Record<(typeof closeReasons)[number], L10n> = {
  'cancelled-at-buyer-request': { en: 'cancelled at buyer’s request', 'zh-cn': '应买家要求取消' },
  'reshipped-no-return-needed': { en: 'reshipped, no return needed', 'zh-cn': '已补发，无需退货' },
  'technical-issue-awaiting-reply': { en: 'technical issue, awaiting reply', 'zh-cn': '技术问题，等待回复' },
  'refund-without-return': { en: 'refund without return', 'zh-cn': '退款不退货' },
  'already-refunded': { en: 'already refunded', 'zh-cn': '已退款' },
};

const groundLabels: Record<(typeof appealGrounds)[number], L10n> = {
  'proof-of-delivery': { en: 'proof of delivery', 'zh-cn': '妥投证明' },
  'edd-not-passed': { en: 'estimated delivery date not yet passed', 'zh-cn': '未过预计送达日' },
  'product-fine': { en: 'evidence the product is fine', 'zh-cn': '商品无问题的证据' },
  'return-then-refund': { en: 'return first, refund once it is back', 'zh-cn': '先退货，收到后再退款' },
  'contact-attempts': { en: 'proof of attempts to reach the buyer', 'zh-cn': '联系买家的记录' },
};

const words = {
  upTo: { en: 'up to', 'zh-cn': '不超过' },
  above: { en: 'above', 'zh-cn': '超过' },
  payer: { en: { seller: 'seller pays the return', buyer: 'buyer pays the return' }, 'zh-cn': { seller: '卖家承担运费', buyer: '买家承担运费' } },
  or: { en: ' or ', 'zh-cn': '或' },
} as const;

/** An advised action in words: "Partial refund (up to 35%)", "Appeal the claim (proof of delivery)". */
export function describeAction(action: AdvisedAction, lang: Lang): string {
  const details: string[] = [];
  if (action.percentAtMost !== undefined) details.push(`${words.upTo[lang]} ${action.percentAtMost}%`);
  if (action.percentAbove !== undefined) details.push(`${words.above[lang]} ${action.percentAbove}%`);
  if (action.payer) details.push(words.payer[lang][action.payer]);
  if (action.reason) details.push(action.reason.map((r) => reasonLabels[r][lang]).join(words.or[lang]));
  if (action.ground) details.push(action.ground.map((g) => groundLabels[g][lang]).join(words.or[lang]));
  const name = actionLabels[action.type][lang];
  return details.length ? `${name}${aside(lang, details.join(comma(lang)))}` : name;
}
