import type { Condition, Rule } from './types';

const page = 'amazon/feedback';

/** Negative or neutral seller feedback on Amazon: the cases the feedback rules judge. */
const unhappyFeedback: Condition = {
  all: [
    { fact: 'kind', is: 'amazon-feedback' },
    { fact: 'rating', is: ['negative', 'neutral'] },
  ],
};

/** Seller feedback on Amazon: when it can be left and removed, and how to answer it. */
export const feedbackRules: Rule[] = [
  {
    id: 'FB-1',
    area: 'feedback',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Time limits for leaving and removing feedback', 'zh-cn': '留评与删评的时限' },
    text: {
      en: 'A buyer has {leaveWindow} to leave seller feedback and {removeWindow} to remove it. Once the removal period is over, the remove button disappears, so any request to take feedback down has to reach the buyer before then.',
      'zh-cn': '买家可在 {leaveWindow}内留下卖家反馈，并可在 {removeWindow}内自行删除。过了删除期，删除按钮就会失效，所以请买家删评一定要赶在期限之前。',
    },
    figures: {
      leaveWindow: { value: 90, unit: 'days', label: { en: 'time a buyer has to leave feedback', 'zh-cn': '买家留评期限' } },
      removeWindow: { value: 60, unit: 'days', label: { en: 'time a buyer has to remove feedback', 'zh-cn': '买家删评期限' } },
    },
    deadlines: [
      {
        key: 'leave',
        type: 'window',
        from: 'order.orderedAt',
        opens: { rule: 'FB-3', figure: 'opensAfter' },
        closes: { figure: 'leaveWindow' },
        label: { en: 'Buyer may leave feedback', 'zh-cn': '买家可留反馈' },
        when: { fact: 'kind', is: ['amazon-feedback', 'amazon-message'] },
      },
      {
        key: 'remove',
        type: 'window',
        from: 'feedbackLeftAt',
        closes: { figure: 'removeWindow' },
        label: { en: 'Buyer can still remove the feedback', 'zh-cn': '买家仍可删除反馈' },
        when: { fact: 'kind', is: 'amazon-feedback' },
      },
    ],
    branches: [
      {
        key: 'too-late-to-remove',
        when: { all: [unhappyFeedback, { fact: 'daysSinceFeedback', above: { figure: 'removeWindow' } }] },
        verdicts: [
          {
            action: { type: 'ask-feedback-removal' },
            verdict: 'wrong',
            why: {
              en: 'After {removeWindow} the buyer no longer has a remove button, so the request cannot succeed.',
              'zh-cn': '超过 {removeWindow}后买家已经没有删除按钮，请求删评不可能成功。',
            },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'feedback-time-limits' },
  },
  {
    id: 'FB-2',
    area: 'feedback',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Feedback can be removed, not edited', 'zh-cn': '反馈只能删除，不能修改' },
    text: {
      en: 'Once submitted, feedback cannot be edited: the buyer can only remove it, rating and comment together. If Amazon takes it down for breaking the guidelines, the buyer gets a one-off chance to post again; if the buyer removes it, they can never leave feedback on that order again.',
      'zh-cn': '反馈一经提交就无法修改，买家只能删除，评分和评语一起删掉。如果是亚马逊因违反规则移除的，买家还有一次重新留评的机会；如果是买家自己删除的，这笔订单就不能再留评了。',
    },
    handbook: { page, anchor: 'removed-not-edited' },
  },
  {
    id: 'FB-3',
    area: 'feedback',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'When the buyer can first leave feedback', 'zh-cn': '买家何时可以开始留评' },
    text: {
      en: 'The buyer can rate you from {opensAfter} after you confirm the order; before that the feedback link is not available. A shipping update sent in that time sets the tone for what they write.',
      'zh-cn': '卖家确认订单 {opensAfter}后，买家才能对该订单留下反馈，在此之前留评入口不可用。这段时间里给买家发一条物流通知，有助于买家留下好的评价。',
    },
    figures: {
      opensAfter: { value: 3, unit: 'days', label: { en: 'time after the order is confirmed before feedback opens', 'zh-cn': '订单确认后到可以留评的时间' } },
    },
    handbook: { page, anchor: 'when-feedback-opens' },
  },
  {
    id: 'FB-4',
    area: 'feedback',
    platform: 'amazon',
    sources: ['001'],
    title: { en: 'Answering negative or neutral feedback', 'zh-cn': '处理中差评' },
    text: {
      en: 'Answer negative or neutral feedback quickly with an apology and a solution, then actually fix the problem. Feedback that breaks Amazon\'s rules (false, abusive or unrelated to the order) can be reported to Amazon for removal. Otherwise, once the buyer is satisfied, politely ask them to remove it; change whatever caused it, and turn to Amazon support only when nothing else works.',
      'zh-cn': '收到中差评要第一时间回应：先道歉，再给出解决方案，并切实解决问题。如果评价违反亚马逊规则（内容不实、辱骂或与订单无关），可以申请亚马逊移除。否则等买家满意之后，再礼貌地请买家删除；同时改进导致差评的环节，其他办法都不奏效时再联系亚马逊客服。',
    },
    branches: [
      {
        key: 'respond',
        when: unhappyFeedback,
        verdicts: [
          {
            action: { type: 'apologize' },
            verdict: 'recommended',
            why: {
              en: 'A quick apology with a solution shows the buyer, and later shoppers, that you take the problem seriously.',
              'zh-cn': '及时道歉并给出方案，能让买家和之后看到评价的顾客感受到你的重视。',
            },
          },
          {
            action: { type: 'tie-refund-to-withdrawal' },
            verdict: 'wrong',
            why: {
              en: 'Making a refund depend on the feedback coming down is an incentive Amazon does not allow. Solve the problem first and ask only afterwards.',
              'zh-cn': '以删评作为退款条件属于亚马逊禁止的利诱行为。先把问题解决，之后再提删评。',
            },
          },
          {
            action: { type: 'contact-platform-support' },
            verdict: 'acceptable',
            why: {
              en: 'Amazon support is the last resort for feedback you cannot resolve with the buyer.',
              'zh-cn': '和买家沟通无果时，亚马逊客服是最后的求助渠道。',
            },
            fits: {
              en: 'When the buyer cannot be reached or every other step has failed.',
              'zh-cn': '联系不上买家，或其他办法都已无效时。',
            },
          },
        ],
      },
      {
        key: 'breaks-guidelines',
        when: { all: [unhappyFeedback, { fact: 'breaksGuidelines', is: true }] },
        verdicts: [
          {
            action: { type: 'request-feedback-removal' },
            verdict: 'recommended',
            why: {
              en: 'Feedback that is false, abusive or unrelated to the order breaks Amazon\'s rules, and Amazon can take it down.',
              'zh-cn': '内容不实、辱骂或与订单无关的反馈违反亚马逊规则，可由亚马逊移除。',
            },
          },
        ],
      },
      {
        key: 'solved',
        when: {
          all: [
            unhappyFeedback,
            { fact: 'problemSolved', is: true },
            // Unknown age (no "as of" date): the removal window is not known to be over.
            { not: { fact: 'daysSinceFeedback', above: { rule: 'FB-1', figure: 'removeWindow' } } },
          ],
        },
        verdicts: [
          {
            action: { type: 'ask-feedback-removal' },
            verdict: 'recommended',
            why: {
              en: 'The buyer is satisfied and can still remove the feedback: a polite request, with thanks, often works.',
              'zh-cn': '买家已满意，而且仍在删评期内：礼貌地提出请求并表示感谢，往往能成功。',
            },
          },
        ],
      },
      {
        key: 'not-solved',
        when: { all: [unhappyFeedback, { fact: 'problemSolved', is: false }] },
        verdicts: [
          {
            action: { type: 'ask-feedback-removal' },
            verdict: 'wrong',
            why: {
              en: 'Ask only once the buyer is satisfied: before that, the request reads as pressure and rarely works.',
              'zh-cn': '要等买家满意后再提：问题没解决就请求删评，买家只会觉得被施压，很少成功。',
            },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'answering-negative-feedback' },
  },
];
