import type { Rule } from './types';
import { and, kindIs } from './when';

const page = 'amazon/return-requests';
const returnRequest = kindIs('amazon-return');
const open = and(returnRequest, { fact: 'solutionGiven', is: 'none' });

/** Amazon return requests: who pays, when to authorize, when to close, and the clock. */
export const returnRules: Rule[] = [
  {
    id: 'RET-1',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'A return request is a message', 'zh-cn': '退货请求也是买家消息' },
    text: {
      en: 'A return request arrives in the inbox like any buyer message and is answered the same way, on the same clock.',
      'zh-cn': '退货请求和普通买家消息一样进入收件箱，也按同样的方式和时限回复。',
    },
    handbook: { page, anchor: 'a-return-request-is-a-message' },
  },
  {
    id: 'RET-2',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'The four answers to a return request', 'zh-cn': '处理退货请求的四种操作' },
    text: {
      en: 'A return request can be authorized, closed (rejected), refunded from the order page, or answered by writing to the buyer.',
      'zh-cn': '退货请求可以：授权退货；关闭（拒绝）请求；在订单页面退款；或先联系买家。',
    },
    handbook: { page, anchor: 'the-four-answers' },
  },
  {
    id: 'RET-3',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Who pays return shipping', 'zh-cn': '退货运费由谁承担' },
    text: {
      en: 'If the return address is in China, the seller pays the return shipping, whatever the reason. If it is in the buyer’s country, the buyer pays, unless the seller is at fault.',
      'zh-cn': '退货地址在中国的，无论什么原因都由卖家承担退货运费。退货地址在买家所在国的，由买家承担，除非是卖家的责任。',
    },
    branches: [
      {
        key: 'china',
        when: and(returnRequest, { fact: 'returnAddress', is: 'china' }),
        verdicts: [
          { action: { type: 'authorize-return', payer: 'buyer' }, verdict: 'wrong', why: { en: 'With a return address in China the seller pays, whatever the reason.', 'zh-cn': '退货地址在中国时，无论原因如何都由卖家承担运费。' } },
        ],
      },
      {
        key: 'seller-fault',
        when: and(returnRequest, { fact: 'sellerAtFault', is: true }),
        verdicts: [
          { action: { type: 'authorize-return', payer: 'buyer' }, verdict: 'wrong', why: { en: 'The seller is at fault, so the seller pays the return.', 'zh-cn': '责任在卖家，退货运费应由卖家承担。' } },
        ],
      },
      {
        key: 'seller-pays',
        when: and(open, { any: [{ fact: 'sellerAtFault', is: true }, { fact: 'returnAddress', is: 'china' }] }),
        verdicts: [
          {
            action: { type: 'authorize-return', payer: 'seller' },
            verdict: 'recommended',
            why: { en: 'If the item has to come back, authorize the return with the postage on the seller: the buyer should not pay for the seller’s mistake or for a parcel to China.', 'zh-cn': '商品确需退回时，授权退货并由卖家承担运费：卖家的过错或寄往中国的运费，都不该让买家出。' },
            fits: { en: 'Fits when the item must come back, to inspect it or to sell it again.', 'zh-cn': '适合商品必须退回的情况，例如需要检查或可以再次销售。' },
          },
        ],
      },
      {
        key: 'local-buyer-pays',
        when: and(returnRequest, { fact: 'returnAddress', is: 'buyer-country' }, { fact: 'sellerAtFault', is: false }),
        verdicts: [
          {
            action: { type: 'authorize-return', payer: 'buyer' },
            verdict: 'recommended',
            why: { en: 'A local return address and no fault of the seller: the buyer pays the postage.', 'zh-cn': '退货地址在买家所在国且非卖家责任，由买家承担运费。' },
            fits: { en: 'Fits when the buyer still wants to send it back after hearing the other options.', 'zh-cn': '适合买家了解其他方案后仍坚持退货的情况。' },
          },
          { action: { type: 'authorize-return', payer: 'seller' }, verdict: 'acceptable', why: { en: 'Paying the postage yourself is allowed, but nothing obliges it here.', 'zh-cn': '卖家主动承担运费也可以，但此时并无此义务。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'who-pays-return-shipping' },
  },
  {
    id: 'RET-4',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Authorize a return only when it is needed', 'zh-cn': '非必要不授权退货' },
    text: {
      en: 'Do not authorize a return unless the item really has to come back. For a high-value item, check first what the return shipping costs and whether the return is worth it.',
      'zh-cn': '商品不是非退不可时，不要授权退货。高价商品要先算清退货运费，看退货是否划算。',
    },
    branches: [
      {
        key: 'high-value',
        when: and(open, { fact: 'highValue', is: true }),
        verdicts: [
          { action: { type: 'check-return-cost' }, verdict: 'recommended', why: { en: 'The return shipping can cost more than the item is worth back.', 'zh-cn': '退货运费可能比退回商品的价值还高。' } },
        ],
      },
      {
        key: 'low-value',
        when: and(open, { fact: 'highValue', is: false }),
        verdicts: [
          { action: { type: 'refund-without-return' }, verdict: 'acceptable', why: { en: 'For a low-value item, a return costs more than it brings back.', 'zh-cn': '低价商品退回来的价值抵不上退货成本。' } },
        ],
      },
      {
        key: 'low-value-china',
        when: and(open, { fact: 'highValue', is: false }, { fact: 'returnAddress', is: 'china' }),
        verdicts: [
          {
            action: { type: 'refund-without-return' },
            verdict: 'recommended',
            why: { en: 'The seller would pay the postage to China for an item worth less than it: refund and let the buyer keep it.', 'zh-cn': '寄回中国的运费由卖家出，还抵不上商品本身的价值：直接退款，商品留给买家。' },
            fits: { en: 'Fits when the buyer wants the money back rather than a discount to keep it.', 'zh-cn': '适合买家要退款、不接受折扣留下商品的情况。' },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'authorize-only-when-needed' },
  },
  {
    id: 'RET-5',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Answer every return request in time', 'zh-cn': '退货请求必须及时处理' },
    text: {
      en: 'Every valid return request must be authorized, refunded or rejected within {answerWithin}. A late answer counts against the return dissatisfaction rate.',
      'zh-cn': '每个有效的退货请求都必须在 {answerWithin}内授权、退款或拒绝。超时处理会计入退货不满意率。',
    },
    figures: {
      answerWithin: { value: 48, unit: 'hours', label: { en: 'time to answer a return request', 'zh-cn': '处理退货请求的时限' } },
    },
    branches: [
      {
        key: 'answer-in-time',
        when: open,
        verdicts: [
          { action: { type: 'wait-for-decision' }, verdict: 'wrong', why: { en: 'A return request left unanswered past its deadline counts as dissatisfied, whatever happens next: authorize, refund or reject it in time.', 'zh-cn': '退货请求超过时限没有处理，无论之后怎样都会计入退货不满意率：要按时授权、退款或拒绝。' } },
        ],
      },
      {
        key: 'already-late',
        when: and(open, { fact: 'hoursSinceReceived', above: { figure: 'answerWithin' } }),
        verdicts: [
          { action: { type: 'apologize' }, verdict: 'recommended', why: { en: 'The request is already past its deadline and counts as dissatisfied: answer it now, and say sorry for the wait.', 'zh-cn': '请求已超过处理时限，已计入退货不满意率：立即处理，并为久等致歉。' } },
        ],
      },
    ],
    deadlines: [
      {
        key: 'answer-return',
        type: 'due',
        from: 'receivedAt',
        closes: { figure: 'answerWithin' },
        when: returnRequest,
        label: { en: 'Authorize, refund or reject the return request', 'zh-cn': '授权、退款或拒绝退货请求' },
      },
    ],
    handbook: { page, anchor: 'answer-within-the-deadline' },
  },
  {
    id: 'RET-6',
    area: 'returns',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'When to close a return request', 'zh-cn': '何时可以关闭退货请求' },
    text: {
      en: 'Close (reject) a request only when a solution has already been given and nothing needs to come back. Pick the reason that says so: "cancelled at buyer’s request", "reshipped, no return needed" or "technical issue, awaiting reply". A refund without a return uses "refund without return" or "already refunded".',
      'zh-cn': '只有在已经给出解决方案、商品无需退回时，才关闭（拒绝）退货请求，并选择对应原因：“应买家要求取消”“已补发，无需退货”“技术问题，等待回复”。退款不退货时选择“退款不退货”或“已退款”。',
    },
    branches: [
      {
        key: 'no-solution-yet',
        when: open,
        verdicts: [
          { action: { type: 'close-return-request' }, verdict: 'wrong', why: { en: 'Closing a request with no solution given is an unreasonable rejection.', 'zh-cn': '没有给出任何方案就关闭请求，属于不合理拒绝。' } },
        ],
      },
      {
        key: 'cancelled',
        when: and(returnRequest, { fact: 'solutionGiven', is: 'cancelled' }),
        verdicts: [{ action: { type: 'close-return-request', reason: ['cancelled-at-buyer-request'] }, verdict: 'recommended', why: { en: 'The order was cancelled at the buyer’s request; say so.', 'zh-cn': '订单已应买家要求取消，选择对应原因。' } }],
      },
      {
        key: 'reshipped',
        when: and(returnRequest, { fact: 'solutionGiven', is: 'reshipped' }),
        verdicts: [{ action: { type: 'close-return-request', reason: ['reshipped-no-return-needed'] }, verdict: 'recommended', why: { en: 'A replacement went out; nothing needs to come back.', 'zh-cn': '已补发，商品无需退回。' } }],
      },
      {
        key: 'awaiting',
        when: and(returnRequest, { fact: 'solutionGiven', is: 'awaiting-reply' }),
        verdicts: [{ action: { type: 'close-return-request', reason: ['technical-issue-awaiting-reply'] }, verdict: 'recommended', why: { en: 'A fix is under way and you are waiting for the buyer.', 'zh-cn': '方案已在进行，正在等待买家回复。' } }],
      },
      {
        key: 'refunded',
        when: and(returnRequest, { fact: 'solutionGiven', is: ['refunded', 'refund-without-return'] }),
        verdicts: [
          { action: { type: 'close-return-request', reason: ['refund-without-return', 'already-refunded'] }, verdict: 'recommended', why: { en: 'The buyer has the money back; close with the refund reason.', 'zh-cn': '买家已拿到退款，选择退款类原因关闭。' } },
          { action: { type: 'close-return-request', reason: ['cancelled-at-buyer-request', 'reshipped-no-return-needed', 'technical-issue-awaiting-reply'] }, verdict: 'wrong', why: { en: 'The reason must match what was done: a refund.', 'zh-cn': '关闭原因必须与实际处理一致：已退款。' } },
        ],
      },
    ],
    handbook: { page, anchor: 'when-to-close' },
  },
  {
    id: 'RET-7',
    area: 'returns',
    platform: 'amazon',
    sources: ['001'],
    title: { en: 'When a return is accepted', 'zh-cn': '同意退货之后' },
    text: {
      en: 'Give the buyer a clear return address and method, and inspect the item when it arrives.',
      'zh-cn': '给买家清楚的退货地址和寄回方式，商品到货后要检查。',
    },
    branches: [
      {
        key: 'authorized',
        when: and(returnRequest, { fact: 'returnAuthorizedAt', present: true }),
        verdicts: [
          { action: { type: 'give-return-instructions' }, verdict: 'recommended', why: { en: 'A clear address and method avoid a lost or late return.', 'zh-cn': '清楚的地址和方式能避免退货丢失或延误。' } },
        ],
      },
      {
        key: 'arrived',
        when: and(returnRequest, { fact: 'returnArrived', is: true }),
        verdicts: [{ action: { type: 'inspect-return' }, verdict: 'recommended', why: { en: 'The item’s state decides whether it can be sold again.', 'zh-cn': '商品状况决定能否再次销售。' } }],
      },
    ],
    handbook: { page, anchor: 'after-accepting-a-return' },
  },
];
