import type { Condition, Rule } from './types';
import { and, kindIs } from './when';

const page = 'amazon/a-to-z-claims';
const claim = kindIs('amazon-atoz');
const notReceived = and(claim, { fact: 'reason', is: 'not-received' });
const productReasons = ['damaged-on-arrival', 'broke-after-use', 'size', 'not-as-described', 'defective'];
const productClaim = and(claim, { fact: 'reason', is: productReasons });
const proofOfDelivery = and(notReceived, { fact: 'tracking', is: 'delivered' }, { fact: 'carrierRecognized', is: true });
const beforeEdd = and(notReceived, { fact: 'eddPassed', is: false });
const productFine = and(productClaim, { fact: 'evidenceProductFine', is: true });
/** AZ-8: the listing stated the size, so the product is as sold: not the seller's fault. */
const sizeListed = and(claim, { fact: 'reason', is: 'size' }, { fact: 'sizeInListing', is: true });
/** The seller can show the claim is unfounded (AZ-4's grounds, and AZ-8's stated size). */
const sellerInTheRight: Condition = { any: [proofOfDelivery, beforeEdd, productFine, sizeListed] };
const reachable = { fact: 'buyerReachable', is: true } as const;
const unreachable = { fact: 'buyerReachable', is: false } as const;

/** A-to-z Guarantee claims: the windows, the grounds for an appeal, and how claims end. */
export const atozRules: Rule[] = [
  {
    id: 'AZ-1',
    area: 'atoz',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'When a buyer can file a claim', 'zh-cn': '买家可以发起索赔的时间' },
    text: {
      en: 'A buyer can file an A-to-z claim within {fileWithin} of the order date. After that they can still ask Amazon support to open one.',
      'zh-cn': '买家可在下单后 {fileWithin}内发起 A-to-z 索赔；超过期限，仍可请亚马逊客服为其开启。',
    },
    figures: {
      fileWithin: { value: 90, unit: 'days', label: { en: 'window to file an A-to-z claim', 'zh-cn': 'A-to-z 索赔的发起期限' } },
    },
    deadlines: [
      {
        key: 'claim-window',
        type: 'window',
        from: 'order.orderedAt',
        closes: { figure: 'fileWithin' },
        when: kindIs('amazon-message', 'amazon-return', 'amazon-atoz'),
        label: { en: 'The buyer can file an A-to-z claim', 'zh-cn': '买家可发起 A-to-z 索赔' },
      },
    ],
    handbook: { page, anchor: 'when-a-claim-can-be-filed' },
  },
  {
    id: 'AZ-2',
    area: 'atoz',
    platform: 'amazon',
    sources: ['000', '002'],
    title: { en: 'Respond to a claim in time', 'zh-cn': '按时回应索赔' },
    text: {
      en: 'Within {respondWithin} of a claim the seller must refund or appeal with information. If the seller does neither, Amazon takes the order amount from the seller’s account.',
      'zh-cn': '收到索赔后 {respondWithin}内，卖家必须退款或提交申诉信息；两者都不做，亚马逊会从卖家账户扣除订单金额。',
    },
    figures: {
      respondWithin: { value: 7, unit: 'days', label: { en: 'time to refund or appeal a claim', 'zh-cn': '回应索赔的时限' } },
    },
    deadlines: [
      {
        key: 'respond-to-claim',
        type: 'due',
        from: 'claimOpenedAt',
        closes: { figure: 'respondWithin' },
        when: claim,
        label: { en: 'Refund or appeal the claim', 'zh-cn': '退款或申诉' },
      },
    ],
    handbook: { page, anchor: 'respond-in-time' },
  },
  {
    id: 'AZ-3',
    area: 'atoz',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Read the claim before you refund', 'zh-cn': '先看索赔原因，不要急着退款' },
    text: {
      en: 'Do not panic and do not refund at once: read why the buyer filed. If the seller is in the right, appeal. If not, but the item is valuable, appeal and ask for the item back. Otherwise, refund.',
      'zh-cn': '不要慌，也不要马上退款，先看买家的索赔原因。卖家有理：申诉。卖家无理但商品贵重：申诉并要求退回商品。其他情况：退款。',
    },
    branches: [
      {
        key: 'provably-right',
        when: { any: [proofOfDelivery, productFine, sizeListed] },
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'wrong', why: { en: 'The seller can prove the claim unfounded; a refund counts against the account for nothing.', 'zh-cn': '卖家能证明索赔不成立，退款只会白白影响账户指标。' } },
        ],
      },
      {
        key: 'valuable',
        when: and(productClaim, { fact: 'highValue', is: true }, { not: sellerInTheRight }),
        verdicts: [
          { action: { type: 'appeal-claim', ground: ['return-then-refund'] }, verdict: 'recommended', why: { en: 'A valuable item should come back before the money goes out.', 'zh-cn': '贵重商品应先退回，再退款。' } },
        ],
      },
      {
        key: 'otherwise-refund',
        when: and(claim, { not: sellerInTheRight }, { not: and(productClaim, { fact: 'highValue', is: true }) }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'Without grounds to appeal, refunding within the deadline limits the damage.', 'zh-cn': '没有申诉依据时，在期限内退款能把损失降到最低。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'read-the-claim-first' },
  },
  {
    id: 'AZ-4',
    area: 'atoz',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Grounds for an appeal', 'zh-cn': '申诉的依据' },
    text: {
      en: 'An appeal stands on one of these: not received, but there is proof of delivery; not received, but the estimated delivery date has not passed; a product problem, with evidence that the product is fine; a confirmed product problem, where you give a return address and refund once the item is back.',
      'zh-cn': '可申诉的情形：称未收到货，但有妥投证明；称未收到货，但还没到预计送达日；称商品有问题，但有证据表明商品没问题；商品问题属实，则提供退货地址，收到退货后再退款。',
    },
    branches: [
      {
        key: 'before-edd',
        when: beforeEdd,
        verdicts: [{ action: { type: 'appeal-claim', ground: ['edd-not-passed'] }, verdict: 'recommended', why: { en: 'The parcel is not late yet; the claim came too early.', 'zh-cn': '包裹尚未超时，索赔为时过早。' } }],
      },
      {
        key: 'product-fine',
        when: productFine,
        verdicts: [{ action: { type: 'appeal-claim', ground: ['product-fine'] }, verdict: 'recommended', why: { en: 'The evidence shows the product is as sold.', 'zh-cn': '证据表明商品与描述一致。' } }],
      },
      {
        key: 'no-delivery-proof',
        when: and(claim, { not: proofOfDelivery }),
        verdicts: [
          { action: { type: 'appeal-claim', ground: ['proof-of-delivery'] }, verdict: 'wrong', why: { en: 'There is no delivery scan from a carrier Amazon accepts to show.', 'zh-cn': '没有亚马逊认可承运商的妥投记录可以提交。' } },
        ],
      },
      {
        key: 'edd-passed',
        when: and(claim, { not: beforeEdd }),
        verdicts: [
          { action: { type: 'appeal-claim', ground: ['edd-not-passed'] }, verdict: 'wrong', why: { en: 'This ground only holds for a parcel not yet due.', 'zh-cn': '只有包裹还没到预计送达日时，这个理由才成立。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'grounds-for-an-appeal' },
  },
  {
    id: 'AZ-5',
    area: 'atoz',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'How a claim ends, and what counts', 'zh-cn': '索赔的结果及其影响' },
    text: {
      en: 'Withdrawn by the buyer: no effect on the order defect rate. Order refunded by the seller within the response time: counts. Granted, seller funded (the seller gave up or lost): counts. Closed by Amazon in the seller’s favour: does not count.',
      'zh-cn': '买家撤销：不计入订单缺陷率。卖家在回应期内退款：计入。批准、卖家出资（卖家放弃或败诉）：计入。亚马逊判卖家胜并关闭：不计入。',
    },
    handbook: { page, anchor: 'how-a-claim-ends' },
  },
  {
    id: 'AZ-6',
    area: 'atoz',
    platform: 'amazon',
    sources: ['002'],
    title: { en: 'Not received, but tracking says delivered', 'zh-cn': '称未收到但物流显示妥投' },
    text: {
      en: 'Appeal to Amazon with the tracking number and the delivery date.',
      'zh-cn': '向亚马逊申诉，附上追踪号和妥投日期。',
    },
    branches: [
      {
        key: 'delivered',
        when: proofOfDelivery,
        verdicts: [{ action: { type: 'appeal-claim', ground: ['proof-of-delivery'] }, verdict: 'recommended', why: { en: 'The delivery scan answers the claim.', 'zh-cn': '妥投记录就是对索赔的回应。' } }],
      },
    ],
    handbook: { page, anchor: 'delivered-but-claimed' },
  },
  {
    id: 'AZ-7',
    area: 'atoz',
    platform: 'amazon',
    sources: ['002'],
    title: { en: 'Not received, with a carrier Amazon does not recognize', 'zh-cn': '称未收到且承运商不被亚马逊认可' },
    text: {
      en: 'Tracking from this carrier will not win an appeal; the only way out is the buyer withdrawing. Apologize, offer a refund or a reship, and once the buyer is satisfied, ask them to withdraw. If the buyer cannot be reached, refund on your own before the response time runs out.',
      'zh-cn': '这类承运商的物流信息无法用于申诉，唯一的出路是买家撤销索赔。先道歉，提供退款或补发，买家满意后再请其撤销。联系不上买家时，在回应期限内主动退款。',
    },
    branches: [
      {
        key: 'unrecognized',
        when: and(notReceived, { fact: 'carrierRecognized', is: false }, reachable),
        verdicts: [
          { action: { type: 'apologize' }, verdict: 'recommended', why: { en: 'Winning the buyer over is the only way this claim goes away.', 'zh-cn': '只有争取到买家谅解，索赔才能撤销。' } },
          { action: { type: 'ask-claim-withdrawal' }, verdict: 'recommended', why: { en: 'Once the buyer is satisfied, a withdrawal keeps the claim out of the order defect rate.', 'zh-cn': '买家满意后撤销索赔，就不会计入订单缺陷率。' } },
        ],
      },
      {
        key: 'unrecognized-reachable',
        when: and(notReceived, { fact: 'carrierRecognized', is: false }, reachable, { fact: 'inStock', is: true }),
        verdicts: [{ action: { type: 'reship' }, verdict: 'acceptable', why: { en: 'A replacement can satisfy the buyer enough to withdraw.', 'zh-cn': '补发可以让买家满意并撤销索赔。' } }],
      },
      {
        key: 'unreachable',
        when: and(notReceived, { fact: 'carrierRecognized', is: false }, unreachable),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'Without the buyer, refund on your own before Amazon debits you.', 'zh-cn': '联系不上买家，就在亚马逊扣款前主动退款。' } },
          { action: { type: 'appeal-claim', ground: ['proof-of-delivery'] }, verdict: 'wrong', why: { en: 'Tracking from a carrier Amazon does not recognize will not win an appeal.', 'zh-cn': '亚马逊不认可的承运商的物流记录，申诉赢不了。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'unrecognized-carrier' },
  },
  {
    id: 'AZ-8',
    area: 'atoz',
    platform: 'amazon',
    sources: ['002'],
    title: { en: 'Claims about the product', 'zh-cn': '与商品本身有关的索赔' },
    text: {
      en: 'Size: if the listing gave the size, explain that. Broken on arrival: contact the buyer, resolve it, then ask them to withdraw. Broke after use: it may be misuse, so find out how it happened.',
      'zh-cn': '尺寸问题：listing 写明了尺寸的，向买家说明。到货即损坏：联系买家解决后，再请其撤销索赔。使用后损坏：可能是使用不当，先了解经过。',
    },
    branches: [
      {
        key: 'size-listed',
        when: sizeListed,
        verdicts: [
          { action: { type: 'explain-listing' }, verdict: 'recommended', why: { en: 'The size was stated; point to it politely.', 'zh-cn': 'listing 已写明尺寸，礼貌地指出即可。' } },
          { action: { type: 'appeal-claim', ground: ['product-fine'] }, verdict: 'recommended', why: { en: 'The item is as the listing described it, so the seller is in the right: appeal with the listing’s size details.', 'zh-cn': '商品与 listing 描述一致，卖家有理：附上 listing 中的尺寸信息提出申诉。' } },
        ],
      },
      {
        key: 'broken-on-arrival',
        when: and(claim, { fact: 'reason', is: 'damaged-on-arrival' }, reachable),
        verdicts: [{ action: { type: 'ask-claim-withdrawal' }, verdict: 'recommended', why: { en: 'After the problem is solved, a withdrawal clears the claim.', 'zh-cn': '问题解决后，请买家撤销索赔。' } }],
      },
      {
        key: 'after-use',
        when: and(claim, { fact: 'reason', is: 'broke-after-use' }, reachable),
        verdicts: [{ action: { type: 'ask-details' }, verdict: 'recommended', why: { en: 'How it broke tells you whether it was misuse.', 'zh-cn': '了解损坏经过，判断是否使用不当。' } }],
      },
    ],
    handbook: { page, anchor: 'product-claims' },
  },
  {
    id: 'AZ-9',
    area: 'atoz',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Never trade a refund for a withdrawal', 'zh-cn': '不能以退款换撤诉' },
    text: {
      en: 'Never make a refund depend on the buyer withdrawing ("I refund you and you close the claim"): Amazon treats that as an incentive. Solve the problem first, then ask politely for a withdrawal, and thank the buyer.',
      'zh-cn': '不要把退款和撤销索赔挂钩（例如“我退款，你撤诉”），亚马逊会视为利诱。先解决问题，再礼貌地请买家撤销，并表示感谢。',
    },
    branches: [
      {
        key: 'no-trade',
        when: kindIs('amazon-atoz', 'amazon-feedback', 'amazon-return', 'amazon-message'),
        verdicts: [
          { action: { type: 'tie-refund-to-withdrawal' }, verdict: 'wrong', why: { en: 'Amazon treats a refund offered for a withdrawal as an incentive.', 'zh-cn': '以退款换撤诉会被亚马逊视为利诱。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'never-trade-a-refund' },
  },
  {
    id: 'AZ-10',
    area: 'atoz',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'A claim that grew out of a return', 'zh-cn': '由退货纠纷引起的索赔' },
    text: {
      en: 'Go back over the return reason and the messages, sum up why the buyer filed, then negotiate with the buyer.',
      'zh-cn': '回顾退货原因和往来消息，总结买家索赔的原因，再与买家协商。',
    },
    branches: [
      {
        key: 'from-return',
        when: and(claim, { fact: 'reason', is: 'return-dispute' }),
        verdicts: [{ action: { type: 'review-return-history' }, verdict: 'recommended', why: { en: 'The history shows what the buyer is really unhappy about.', 'zh-cn': '往来记录能看出买家真正不满的地方。' } }],
      },
    ],
    handbook: { page, anchor: 'claim-from-a-return' },
  },
  {
    id: 'AZ-11',
    area: 'atoz',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'The buyer went straight to Amazon', 'zh-cn': '买家未联系卖家直接索赔' },
    text: {
      en: 'Within {contactFrom} to {contactTo} reach the buyer by e-mail, text and phone and ask for a withdrawal. If the buyer is still unreachable after {unreachableAfter}, appeal with the reasons and proof of your attempts. A won appeal means Amazon pays the buyer, but the claim still counts in the order defect rate. This source also says that if the buyer has not answered within {debitAfter} and the seller has not appealed, Amazon takes the money from the seller and it counts too — the response time of A-to-z claims ({AZ-2.respondWithin}) is the safer clock.',
      'zh-cn': '在 {contactFrom} 到 {contactTo}内通过邮件、短信和电话联系买家，请其撤销索赔。{unreachableAfter}后仍联系不上，就提交申诉，写明原因并附上联系记录。申诉成功时由亚马逊赔付买家，但仍计入订单缺陷率。该资料还称：买家 {debitAfter}内未回复且卖家未申诉的，亚马逊从卖家账户扣款，同样计入——以 A-to-z 回应时限（{AZ-2.respondWithin}）为准更稳妥。',
    },
    figures: {
      contactFrom: { value: 2, unit: 'days', label: { en: 'earliest point to have reached the buyer', 'zh-cn': '联系买家的较早时限' } },
      contactTo: { value: 3, unit: 'days', label: { en: 'latest point to have reached the buyer', 'zh-cn': '联系买家的最晚时限' } },
      unreachableAfter: { value: 3, unit: 'days', label: { en: 'unreachable buyer: appeal after', 'zh-cn': '联系不上买家后可申诉的时间' } },
      debitAfter: { value: 14, unit: 'days', label: { en: 'no answer and no appeal: Amazon debits after', 'zh-cn': '无回复且未申诉时亚马逊扣款的时间' } },
    },
    deadlines: [
      {
        key: 'reach-the-buyer',
        type: 'due',
        from: 'claimOpenedAt',
        closes: { figure: 'contactTo' },
        when: and(claim, { fact: 'filedWithoutContact', is: true }),
        label: { en: 'Reach the buyer by e-mail, text and phone', 'zh-cn': '通过邮件、短信和电话联系买家' },
      },
    ],
    branches: [
      {
        key: 'direct',
        when: and(claim, { fact: 'filedWithoutContact', is: true }, reachable),
        verdicts: [
          { action: { type: 'contact-buyer-all-channels' }, verdict: 'recommended', why: { en: 'The buyer never wrote to you; reaching them quickly raises the chance of a withdrawal.', 'zh-cn': '买家从未联系过卖家，尽快联系上买家能提高撤诉的机会。' } },
          { action: { type: 'ask-claim-withdrawal' }, verdict: 'recommended', why: { en: 'A withdrawal is the only ending that leaves no mark on the account.', 'zh-cn': '只有买家撤销，才不会在账户上留下记录。' } },
        ],
      },
      {
        key: 'unreachable-keep-trying',
        when: and(claim, { fact: 'filedWithoutContact', is: true }, unreachable, { not: { fact: 'daysSinceClaim', above: { figure: 'unreachableAfter' } } }),
        verdicts: [
          { action: { type: 'contact-buyer-all-channels' }, verdict: 'recommended', why: { en: 'The buyer has not answered yet: keep trying, and keep a record of every attempt for a later appeal.', 'zh-cn': '买家暂时没有回复：继续联系，并保留每次联系的记录，以备日后申诉。' } },
          { action: { type: 'appeal-claim', ground: ['contact-attempts'] }, verdict: 'wrong', why: { en: 'Too early: an appeal on an unreachable buyer stands only once the buyer has stayed silent for the whole waiting period.', 'zh-cn': '为时过早：以联系不上买家为由申诉，要等买家在整个等待期内都没有回复之后。' } },
        ],
      },
      {
        key: 'unreachable',
        when: and(claim, { fact: 'filedWithoutContact', is: true }, unreachable, { fact: 'daysSinceClaim', above: { figure: 'unreachableAfter' } }),
        verdicts: [
          { action: { type: 'appeal-claim', ground: ['contact-attempts'] }, verdict: 'recommended', why: { en: 'The buyer stayed unreachable: appeal, with the reasons and proof of every attempt to reach them.', 'zh-cn': '买家一直联系不上：提出申诉，写明原因并附上每次联系的记录。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'buyer-went-straight-to-amazon' },
  },
  {
    id: 'AZ-12',
    area: 'atoz',
    platform: 'amazon',
    sources: ['002'],
    title: { en: 'How a buyer withdraws a claim', 'zh-cn': '买家如何撤销索赔' },
    text: {
      en: 'The buyer opens Your Orders, then the order details, chooses "Problem with this order?", then Withdraw claim, gives a reason and confirms.',
      'zh-cn': '买家进入“我的订单”，打开订单详情，点击“Problem with this order?”，选择“Withdraw claim”，填写原因并确认。',
    },
    handbook: { page, anchor: 'how-to-withdraw' },
  },
];
