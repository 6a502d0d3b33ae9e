import type { Rule } from './types';
import { and, messageAbout } from './when';

const page = 'amazon/shipping-and-delivery';
const inStock = { fact: 'inStock', is: true } as const;

/** Shipping and delivery: where is my order, cancellations, lost parcels, address changes. */
export const shippingRules: Rule[] = [
  {
    id: 'SHIP-1',
    area: 'shipping',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Where is my order?', 'zh-cn': '买家询问包裹在哪里' },
    text: {
      en: 'Look up the order date and the tracking number, then the latest scan at the carrier. If the tracking moves, tell the buyer where the parcel is and ask for a few more days. If it has stopped, give the tracking number and ask the buyer to allow until the latest estimated delivery date on the order page.',
      'zh-cn': '先查下单日期和追踪号，再看承运商的最新扫描记录。物流正常更新时，告诉买家包裹目前的位置，请对方再耐心等几天；物流停止更新时，提供追踪号，并根据下单日期请买家等到订单详情页上的最晚预计送达日。',
    },
    branches: [
      {
        key: 'look-up',
        when: messageAbout('where-is-my-order'),
        verdicts: [
          { action: { type: 'check-order-date' }, verdict: 'recommended', why: { en: 'The order date tells you which delivery window applies.', 'zh-cn': '下单日期决定适用的送达时间范围。' } },
          { action: { type: 'check-tracking' }, verdict: 'recommended', why: { en: 'The latest scan is the answer the buyer is asking for.', 'zh-cn': '最新扫描记录正是买家想知道的。' } },
        ],
      },
      {
        key: 'moving',
        when: and(messageAbout('where-is-my-order'), { fact: 'tracking', is: 'updating' }),
        verdicts: [
          { action: { type: 'give-tracking' }, verdict: 'recommended', why: { en: 'Say where the parcel is now and ask for a few more days.', 'zh-cn': '告知包裹当前位置，并请买家再等几天。' } },
        ],
      },
      {
        key: 'stalled-before-edd',
        when: and(messageAbout('where-is-my-order'), { fact: 'tracking', is: ['stalled', 'none'] }, { not: { fact: 'eddPassed', is: true } }),
        verdicts: [
          { action: { type: 'give-tracking' }, verdict: 'recommended', why: { en: 'The buyer can follow the parcel themselves.', 'zh-cn': '买家可以自己跟踪包裹。' } },
          { action: { type: 'ask-wait-until-edd' }, verdict: 'recommended', why: { en: 'The latest estimated delivery date has not passed yet, so the order is still on time.', 'zh-cn': '最晚预计送达日还没到，订单仍在正常时效内。' } },
        ],
      },
      {
        key: 'stalled-after-edd',
        when: and(messageAbout('where-is-my-order'), { fact: 'eddPassed', is: true }, { not: { fact: 'tracking', is: ['delivered', 'updating'] } }),
        verdicts: [
          { action: { type: 'ask-wait-until-edd' }, verdict: 'wrong', why: { en: 'The estimated delivery date is already behind us; asking for more patience invites a claim.', 'zh-cn': '预计送达日已过，再让买家等只会招来索赔。' } },
          { action: { type: 'contact-carrier' }, verdict: 'recommended', why: { en: 'Late and not moving: find out from the carrier what happened.', 'zh-cn': '已超时且物流不动，应向承运商查明原因。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'where-is-my-order' },
  },
  {
    id: 'SHIP-2',
    area: 'shipping',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Tracking number does not work', 'zh-cn': '追踪号无效' },
    text: {
      en: 'Ask the logistics team why the number does not work, then give the buyer a solution that fits the cause.',
      'zh-cn': '先问物流同事单号为什么查不到，再根据原因给买家相应的解决方案。',
    },
    branches: [
      {
        key: 'invalid',
        when: { any: [messageAbout('invalid-tracking'), and(messageAbout('where-is-my-order'), { fact: 'tracking', is: 'invalid' })] },
        verdicts: [
          { action: { type: 'contact-logistics-team' }, verdict: 'recommended', why: { en: 'Only the logistics team can say why the number fails.', 'zh-cn': '只有物流同事能查明单号失效的原因。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'invalid-tracking' },
  },
  {
    id: 'SHIP-3',
    area: 'shipping',
    platform: 'both',
    sources: ['000'],
    title: { en: 'Check stock before offering to reship', 'zh-cn': '补发前先查库存' },
    text: {
      en: 'Never offer a replacement before you know the item is in stock. A promise you cannot keep turns a solvable case into a claim.',
      'zh-cn': '确认有库存之前，不要向买家承诺补发。兑现不了的承诺会把本可解决的问题变成索赔。',
    },
    branches: [
      {
        key: 'reship-possible',
        when: {
          any: [
            messageAbout('damaged', 'not-working', 'lost-parcel', 'delivered-not-received', 'wrong-item', 'missing-part', 'warranty', 'address-change'),
            { fact: 'kind', is: 'ebay-inr' },
          ],
        },
        verdicts: [
          { action: { type: 'check-stock' }, verdict: 'recommended', why: { en: 'A replacement may be the answer here; know whether you have one.', 'zh-cn': '这类情况可能需要补发，先确认有没有货。' } },
        ],
      },
      {
        key: 'out-of-stock',
        when: { fact: 'inStock', is: false },
        verdicts: [
          { action: { type: 'reship' }, verdict: 'wrong', why: { en: 'The item is out of stock: a replacement cannot be sent.', 'zh-cn': '商品缺货，无法补发。' } },
          { action: { type: 'reship-to-new-address' }, verdict: 'wrong', why: { en: 'The item is out of stock: a replacement cannot be sent.', 'zh-cn': '商品缺货，无法补发。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'check-stock-before-reshipping' },
  },
  {
    id: 'SHIP-4',
    area: 'shipping',
    platform: 'amazon',
    sources: ['000', '003'],
    title: { en: 'Buyer cancels after the order shipped', 'zh-cn': '发货后买家要求取消' },
    text: {
      en: 'Two approaches are accepted. Keep the sale: offer compensation of at most {maxCompensation} of the price (about {highValueCompensation} on a high-value order) if the buyer keeps the item or gives it away. Or let it come back: ask why, ask the buyer to refuse the delivery, and refund as soon as the request arrives so no negative feedback follows.',
      'zh-cn': '有两种公认做法。保住订单：请买家收下商品（自用或转送他人），给予不超过售价 {maxCompensation} 的补偿（高价订单约 {highValueCompensation}）。或者让货退回：问清原因，请买家拒收包裹，并在收到请求后立即退款，避免差评。',
    },
    figures: {
      maxCompensation: { value: 35, unit: 'percent', label: { en: 'most compensation to keep a shipped order', 'zh-cn': '已发货订单保留时的最高补偿' } },
      highValueCompensation: { value: 10, unit: 'percent', label: { en: 'usual compensation on a high-value order', 'zh-cn': '高价订单的一般补偿比例' } },
    },
    branches: [
      {
        key: 'shipped',
        when: messageAbout('cancel-after-shipping'),
        verdicts: [
          {
            action: { type: 'ask-refuse-delivery' },
            verdict: 'recommended',
            why: { en: 'A refused parcel comes back without a return label.', 'zh-cn': '拒收的包裹会自动退回，无需退货标签。' },
            fits: { en: 'Fits when the buyer clearly does not want the item and the parcel can still be refused.', 'zh-cn': '适合买家明确不要、且包裹还能拒收的情况。' },
          },
          {
            action: { type: 'full-refund' },
            verdict: 'recommended',
            why: { en: 'Refunding as soon as the request arrives heads off negative feedback.', 'zh-cn': '一收到请求就退款，可以避免差评。' },
            fits: { en: 'Goes with asking the buyer to refuse the delivery.', 'zh-cn': '与请买家拒收配合使用。' },
          },
          { action: { type: 'ask-reason' }, verdict: 'recommended', why: { en: 'The reason tells you which approach fits.', 'zh-cn': '了解原因，才知道用哪种做法。' } },
          { action: { type: 'partial-refund', percentAbove: { figure: 'maxCompensation' } }, verdict: 'wrong', why: { en: 'More than the limit costs more than letting the parcel come back.', 'zh-cn': '超过上限的补偿比让包裹退回还贵。' } },
          { action: { type: 'cancel-order' }, verdict: 'wrong', why: { en: 'A shipped order can no longer be cancelled in Seller Central.', 'zh-cn': '已发货的订单无法在后台取消。' } },
        ],
      },
      {
        key: 'keep-it',
        when: and(messageAbout('cancel-after-shipping'), { fact: 'highValue', is: false }),
        verdicts: [
          {
            action: { type: 'partial-refund', percentAtMost: { figure: 'maxCompensation' } },
            verdict: 'recommended',
            why: { en: 'The buyer keeps the item and the order survives.', 'zh-cn': '买家留下商品，订单得以保留。' },
            fits: { en: 'Fits when the buyer might still use the item or pass it on.', 'zh-cn': '适合买家还可能自用或转送的情况。' },
          },
        ],
      },
      {
        key: 'high-value',
        when: and(messageAbout('cancel-after-shipping'), { fact: 'highValue', is: true }),
        verdicts: [
          {
            action: { type: 'partial-refund', percentAtMost: { figure: 'highValueCompensation' } },
            verdict: 'recommended',
            why: { en: 'On a high-value order a smaller share is already a generous sum.', 'zh-cn': '高价订单的较小比例已经是可观的金额。' },
            fits: { en: 'Fits when the buyer might keep a high-value item.', 'zh-cn': '适合买家可能留下高价商品的情况。' },
          },
          {
            action: { type: 'partial-refund', percentAbove: { figure: 'highValueCompensation' } },
            verdict: 'wrong',
            why: { en: 'On a high-value order the usual share is far smaller: a larger one gives away more than letting the parcel come back.', 'zh-cn': '高价订单的补偿比例通常要低得多，给多了还不如让包裹退回。' },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'cancellation-after-shipping' },
  },
  {
    id: 'SHIP-5',
    area: 'shipping',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Buyer cancels before shipping', 'zh-cn': '发货前买家要求取消' },
    text: {
      en: 'Have the buyer send a cancellation request, then cancel the order in Seller Central with the reason "buyer cancelled". Amazon refunds the buyer itself; there is nothing more to do.',
      'zh-cn': '请买家提交取消请求，然后在 Seller Central 后台取消订单，原因选“买家取消”。亚马逊会自动给买家退款，卖家无需其他操作。',
    },
    branches: [
      {
        key: 'not-shipped',
        when: and(messageAbout('cancel-before-shipping'), { fact: 'shipped', is: false }),
        verdicts: [
          { action: { type: 'ask-cancellation-request' }, verdict: 'recommended', why: { en: 'The request on record protects the account when you cancel.', 'zh-cn': '有了买家的取消请求记录，取消订单不会影响账户。' } },
          { action: { type: 'cancel-order' }, verdict: 'recommended', why: { en: 'Cancel with the reason "buyer cancelled".', 'zh-cn': '以“买家取消”为原因取消订单。' } },
          { action: { type: 'full-refund' }, verdict: 'wrong', why: { en: 'Amazon refunds a cancelled order itself; a separate refund is not needed.', 'zh-cn': '订单取消后亚马逊会自动退款，无需另行退款。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'cancellation-before-shipping' },
  },
  {
    id: 'SHIP-6',
    area: 'shipping',
    platform: 'both',
    sources: ['000', '004'],
    title: { en: 'Tracking says delivered, buyer says not received', 'zh-cn': '显示妥投但买家称未收到' },
    text: {
      en: 'Ask the buyer to look in the mailbox and ask the neighbours; on eBay also family and the post office. If the parcel is still missing and the item is cheap, refund or reship.',
      'zh-cn': '请买家检查信箱，并问问邻居；eBay 上还可以请买家问家人和当地邮局。如果仍然找不到且商品便宜，就退款或补发。',
    },
    branches: [
      {
        key: 'check-around',
        when: messageAbout('delivered-not-received'),
        verdicts: [
          { action: { type: 'ask-check-neighbours' }, verdict: 'recommended', why: { en: 'Parcels marked delivered often turn up with a neighbour or in the mailbox.', 'zh-cn': '显示妥投的包裹常常在邻居家或信箱里找到。' } },
        ],
      },
      {
        key: 'cheap',
        when: and(messageAbout('delivered-not-received'), { fact: 'highValue', is: false }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'acceptable', why: { en: 'Once the buyer has looked, a cheap item is not worth a dispute.', 'zh-cn': '买家找过之后仍没有，便宜的商品不值得纠纷。' } },
        ],
      },
      {
        key: 'cheap-in-stock',
        when: and(messageAbout('delivered-not-received'), { fact: 'highValue', is: false }, inStock),
        verdicts: [
          { action: { type: 'reship' }, verdict: 'acceptable', why: { en: 'Once the buyer has looked, a cheap replacement ends the case.', 'zh-cn': '买家找过之后仍没有，补发一件便宜商品即可结案。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'delivered-but-not-received' },
  },
  {
    id: 'SHIP-7',
    area: 'shipping',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Long transit', 'zh-cn': '运输时间过长' },
    text: {
      en: 'When the buyer cannot follow a slow parcel, apologize and send the latest tracking information.',
      'zh-cn': '包裹运输缓慢、买家无法跟踪时，先道歉，再提供最新的物流信息。',
    },
    branches: [
      {
        key: 'slow',
        when: messageAbout('long-transit'),
        verdicts: [
          { action: { type: 'apologize' }, verdict: 'recommended', why: { en: 'The wait is real even when nobody is at fault.', 'zh-cn': '即使没有人犯错，买家的等待也是真实的。' } },
          { action: { type: 'give-tracking' }, verdict: 'recommended', why: { en: 'Fresh tracking is the reassurance the buyer needs.', 'zh-cn': '最新的物流信息最能让买家安心。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'long-transit' },
  },
  {
    id: 'SHIP-8',
    area: 'shipping',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Parcel lost or stuck', 'zh-cn': '包裹丢失或滞留' },
    text: {
      en: 'Calm the buyer and listen. Promise news within a set time, for example {updateWithin}, and ask the carrier what happened. If the parcel is lost, explain and offer a reship or a refund. Never leave the buyer without news.',
      'zh-cn': '先安抚买家、耐心倾听。承诺在固定时间内（例如 {updateWithin}）给出进展，并向承运商查询原因。确认丢失后，向买家说明并提供补发或退款。不要让买家等不到消息。',
    },
    figures: {
      updateWithin: { value: 24, unit: 'hours', label: { en: 'example time frame for the next update', 'zh-cn': '下次更新的示例时限' } },
    },
    branches: [
      {
        key: 'stuck',
        when: messageAbout('lost-parcel'),
        verdicts: [
          { action: { type: 'promise-update' }, verdict: 'recommended', why: { en: 'A fixed time for the next news keeps the buyer from filing a claim.', 'zh-cn': '给出明确的下次更新时间，能避免买家去索赔。' } },
          { action: { type: 'contact-carrier' }, verdict: 'recommended', why: { en: 'Only the carrier can say where the parcel is.', 'zh-cn': '只有承运商知道包裹在哪里。' } },
        ],
      },
      {
        key: 'lost',
        when: and(messageAbout('lost-parcel'), { fact: 'tracking', is: 'lost' }),
        verdicts: [
          { action: { type: 'full-refund' }, verdict: 'recommended', why: { en: 'The parcel is gone; the buyer should not pay for it.', 'zh-cn': '包裹已丢失，不应让买家承担损失。' } },
        ],
      },
      {
        key: 'lost-in-stock',
        when: and(messageAbout('lost-parcel'), { fact: 'tracking', is: 'lost' }, inStock),
        verdicts: [
          { action: { type: 'reship' }, verdict: 'recommended', why: { en: 'A replacement gets the buyer what they ordered.', 'zh-cn': '补发能让买家拿到所购商品。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'lost-or-stuck-parcel' },
  },
  {
    id: 'SHIP-9',
    area: 'shipping',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Address change', 'zh-cn': '买家要求修改地址' },
    text: {
      en: 'Before shipping, the buyer asks Amazon support to change the address. After shipping, ask for the correct address and check with Amazon support or the carrier whether it can still change. If it cannot, explain politely. For a cheap item, consider reshipping to the new address to avoid negative feedback; for an expensive one, do not reship and explain with tact.',
      'zh-cn': '发货前，请买家联系亚马逊客服修改地址。发货后，向买家确认正确地址，并向亚马逊客服或承运商确认能否改址；不能改时礼貌说明。便宜商品可考虑按新地址补发以免差评；贵重商品不要补发，委婉解释即可。',
    },
    branches: [
      {
        key: 'before-shipping',
        when: and(messageAbout('address-change'), { fact: 'shipped', is: false }),
        verdicts: [
          { action: { type: 'ask-platform-address-change' }, verdict: 'recommended', why: { en: 'Before shipping, Amazon support changes the address.', 'zh-cn': '发货前由亚马逊客服修改地址。' } },
        ],
      },
      {
        key: 'after-shipping',
        when: and(messageAbout('address-change'), { fact: 'shipped', is: true }),
        verdicts: [
          { action: { type: 'ask-correct-address' }, verdict: 'recommended', why: { en: 'Get the exact new address before asking anyone to redirect.', 'zh-cn': '先拿到准确的新地址，再去申请改址。' } },
          { action: { type: 'contact-carrier' }, verdict: 'recommended', why: { en: 'The carrier says whether the parcel can still be redirected.', 'zh-cn': '承运商能确认包裹是否还能改址。' } },
        ],
      },
      {
        key: 'cannot-change-cheap',
        when: and(messageAbout('address-change'), { fact: 'shipped', is: true }, { fact: 'addressChangeable', is: false }, { fact: 'highValue', is: false }, inStock),
        verdicts: [
          { action: { type: 'reship-to-new-address' }, verdict: 'acceptable', why: { en: 'For a cheap item a second parcel costs less than negative feedback.', 'zh-cn': '便宜商品再寄一件，比收到差评的代价小。' } },
        ],
      },
      {
        key: 'cannot-change-expensive',
        when: and(messageAbout('address-change'), { fact: 'shipped', is: true }, { fact: 'addressChangeable', is: false }, { fact: 'highValue', is: true }),
        verdicts: [
          { action: { type: 'reship-to-new-address' }, verdict: 'wrong', why: { en: 'Too costly to send twice; explain with tact instead.', 'zh-cn': '贵重商品寄两次成本太高，应委婉解释。' } },
          { action: { type: 'apologize' }, verdict: 'recommended', why: { en: 'A polite explanation is the answer when the address can no longer change.', 'zh-cn': '地址无法修改时，礼貌的解释就是最好的答复。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'address-change' },
  },
  {
    id: 'SHIP-10',
    area: 'shipping',
    platform: 'amazon',
    sources: ['003'],
    title: { en: 'Shipping-cost disputes', 'zh-cn': '运费争议' },
    text: {
      en: 'When a buyer cancels after shipping and wants every cent back, explain that the shipping has already been paid for, and deduct only what the shipping really cost, nothing more.',
      'zh-cn': '买家发货后取消并要求全额退款时，说明运费已经实际产生，只扣除真实的运费，不多扣一分。',
    },
    branches: [
      {
        key: 'dispute',
        when: messageAbout('shipping-cost-dispute'),
        verdicts: [
          { action: { type: 'explain-shipping-paid' }, verdict: 'recommended', why: { en: 'The buyer should understand why not every cent comes back.', 'zh-cn': '让买家明白为什么不能全额退回。' } },
          { action: { type: 'refund-minus-shipping' }, verdict: 'recommended', why: { en: 'Keep back only the real shipping cost.', 'zh-cn': '只扣除实际运费。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'shipping-cost-disputes' },
  },
  {
    id: 'SHIP-11',
    area: 'shipping',
    platform: 'both',
    sources: ['002', '004'],
    title: { en: 'Set delivery expectations', 'zh-cn': '管理买家的送达预期' },
    text: {
      en: 'Choose a shipping method that suits the item, state a delivery date you can keep, and warn buyers early about delays from weather or holidays. A short shipping update after the sale prevents many A-to-z claims and bad reviews.',
      'zh-cn': '选择合适的物流方式，给出能做到的送达日期，遇到天气或节假日延误时提前告知买家。售出后主动发一条物流更新，能避免很多 A-to-z 索赔和差评。',
    },
    handbook: { page, anchor: 'set-delivery-expectations' },
  },
];
