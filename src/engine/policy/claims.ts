import { fixedMoney } from './money';
import type { Condition, Rule } from './types';

const page = 'amazon/property-damage-claims';

const propertyClaim: Condition = { fact: 'kind', is: 'amazon-property-claim' };
/** Compliant, insured and within the limit: Amazon pays the claim itself (CLAIM-2). */
const amazonSettles: Condition = {
  all: [
    { fact: 'compliantAndInsured', is: true },
    { fact: 'claimAmountUsd', atMost: { rule: 'CLAIM-2', figure: 'selfSettleLimit' } },
  ],
};

/** Property-damage and personal-injury claims on Amazon. */
export const claimRules: Rule[] = [
  {
    id: 'CLAIM-1',
    area: 'claims',
    platform: 'amazon',
    sources: ['001'],
    title: { en: 'Handling a property-damage or injury claim', 'zh-cn': '处理财产损失或人身伤害索赔' },
    text: {
      en: 'Read Amazon\'s claim notice closely, then contact the buyer to learn what happened. Check the order, stock and shipping records, resolve it with a refund, a replacement or another remedy, submit that solution to Amazon and follow up until the buyer is satisfied. Reply within {replyWithin}: otherwise Amazon may accept the claim, pay the buyer itself and then hold you accountable.',
      'zh-cn': '收到亚马逊的索赔通知后先仔细阅读，再联系买家了解情况。核查订单、库存和物流信息，通过退款、换货或其他方式解决，把解决方案提交给亚马逊审核，并持续跟进直到买家认可。必须在 {replyWithin}内回复，否则亚马逊可能直接受理索赔、先行赔付买家，再另行追究卖家责任。',
    },
    figures: {
      replyWithin: { value: 3, unit: 'days', label: { en: 'time to reply to a claim notice', 'zh-cn': '回复索赔通知的时限' } },
    },
    deadlines: [
      {
        key: 'reply',
        type: 'due',
        from: 'noticeReceivedAt',
        closes: { figure: 'replyWithin' },
        label: { en: 'Reply to Amazon\'s claim notice', 'zh-cn': '回复亚马逊索赔通知' },
        when: propertyClaim,
      },
    ],
    branches: [
      {
        key: 'handle-claim',
        when: propertyClaim,
        verdicts: [
          {
            action: { type: 'apologize' },
            verdict: 'recommended',
            why: {
              en: 'A courteous, sympathetic first contact keeps the buyer talking to you, not only to Amazon.',
              'zh-cn': '第一次联系态度诚恳、体谅买家，买家才愿意和你沟通，而不是只找亚马逊。',
            },
          },
          {
            action: { type: 'ask-details' },
            verdict: 'recommended',
            why: {
              en: 'You need the buyer\'s account of what happened before you can investigate or propose anything.',
              'zh-cn': '先听买家讲清事情经过，才能调查和提出方案。',
            },
          },
          {
            action: { type: 'check-tracking' },
            verdict: 'recommended',
            why: {
              en: 'The shipping record is part of the investigation, alongside the order and stock.',
              'zh-cn': '物流记录和订单、库存一样，是调查的一部分。',
            },
          },
          {
            action: { type: 'full-refund' },
            verdict: 'acceptable',
            why: {
              en: 'A refund is one of the remedies the playbook names; submit it to Amazon as your solution.',
              'zh-cn': '退款是手册列出的解决方式之一，处理后要作为解决方案提交给亚马逊。',
            },
            fits: {
              en: 'When your investigation supports the buyer\'s account and a refund settles the matter.',
              'zh-cn': '调查结果支持买家的说法，且退款就能了结此事时。',
            },
          },
          {
            action: { type: 'submit-solution-to-amazon' },
            verdict: 'recommended',
            why: {
              en: 'Amazon reviews the solution you submit; without one, it may settle the claim itself once {replyWithin} have passed.',
              'zh-cn': '亚马逊会审核你提交的方案；不提交的话，过了 {replyWithin}，亚马逊可能自行处理索赔。',
            },
          },
          {
            action: { type: 'promise-update' },
            verdict: 'recommended',
            why: {
              en: 'Following up until the buyer confirms the problem is solved is the last step of the claim.',
              'zh-cn': '持续跟进、直到买家确认问题解决，是处理索赔的最后一步。',
            },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'handling-a-claim' },
  },
  {
    id: 'CLAIM-2',
    area: 'claims',
    platform: 'amazon',
    sources: ['001'],
    title: { en: 'Claims Amazon settles for you', 'zh-cn': '由亚马逊直接赔付的索赔' },
    text: {
      en: 'If your account is compliant and you hold valid insurance, Amazon itself pays reasonable property-damage and injury claims of up to {selfSettleLimit} without recovering the money from you; such claims are more than {shareSettled} of all claims. Amazon also screens every claim and turns away unfounded, frivolous or abusive ones.',
      'zh-cn': '合规经营且持有有效保险的卖家，遇到不超过 {selfSettleLimit}的合理财产损失或人身伤害索赔，由亚马逊直接处理并赔付，不向卖家追偿；这类索赔占全部索赔的 {shareSettled} 以上。亚马逊还会甄别每一起索赔，驳回没有依据、轻率或恶意的索赔。',
    },
    figures: {
      // Amazon states this limit in US dollars on every marketplace, and claims are entered in US dollars (claimAmountUsd).
      selfSettleLimit: fixedMoney(1000, 'USD', { en: 'largest claim Amazon pays itself for a compliant, insured seller (USD)', 'zh-cn': '亚马逊为合规且有保险的卖家直接赔付的索赔金额上限（美元）' }),
      shareSettled: { value: 80, unit: 'percent', label: { en: 'share of all claims that fall within that limit', 'zh-cn': '金额在该上限内的索赔占比' } },
    },
    branches: [
      {
        key: 'amazon-settles',
        when: { all: [propertyClaim, amazonSettles] },
        verdicts: [
          {
            action: { type: 'wait-for-decision' },
            verdict: 'acceptable',
            why: {
              en: 'Amazon settles reasonable claims in this range itself and does not charge you; still acknowledge the notice within {CLAIM-1.replyWithin}.',
              'zh-cn': '这个金额范围内的合理索赔由亚马逊自行赔付，不向你收费；但仍要在 {CLAIM-1.replyWithin}内回复通知。',
            },
            fits: {
              en: 'When you are compliant and insured, the claim is within {selfSettleLimit} and the buyer has nothing more to ask of you.',
              'zh-cn': '卖家合规且有保险、索赔不超过 {selfSettleLimit}，且买家对你没有其他诉求时。',
            },
          },
        ],
      },
      {
        key: 'seller-pays',
        when: { all: [propertyClaim, { not: amazonSettles }] },
        verdicts: [
          {
            action: { type: 'wait-for-decision' },
            verdict: 'wrong',
            why: {
              en: 'Amazon only pays without charging you for compliant, insured sellers on reasonable claims up to {selfSettleLimit}. Here, waiting lets the deadline pass and Amazon may settle the claim and hold you liable.',
              'zh-cn': '只有合规且有保险的卖家、索赔不超过 {selfSettleLimit}时，亚马逊才会自行赔付且不向卖家追偿。本案不符合条件，干等只会错过时限，亚马逊可能直接赔付并追究你的责任。',
            },
          },
        ],
      },
    ],
    handbook: { page, anchor: 'claims-amazon-settles' },
  },
];
