import type { Rule } from './types';

/** Chargebacks: refund, or wait out the dispute. */
export const chargebackRules: Rule[] = [
  {
    id: 'CB-1',
    area: 'chargebacks',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'Chargebacks: usually just refund', 'zh-cn': '信用卡拒付：通常直接退款' },
    text: {
      en: 'When a buyer files a chargeback, refunding is usually the only practical answer: a dispute takes about {decisionAfter} to be decided. Fight it only when you have solid proof and can afford to wait that long.',
      'zh-cn': '遇到信用卡拒付，通常只能直接退款：申诉后大约要 {decisionAfter}才有结果。只有证据充分、又等得起时，才考虑申诉。',
    },
    figures: {
      decisionAfter: { value: 90, unit: 'days', label: { en: 'usual time until a chargeback dispute is decided', 'zh-cn': '拒付申诉通常出结果所需时间' } },
    },
    deadlines: [
      {
        key: 'decision',
        type: 'expected',
        from: 'disputeOpenedAt',
        closes: { figure: 'decisionAfter' },
        label: { en: 'Chargeback decision expected', 'zh-cn': '拒付结果预计公布' },
        when: { fact: 'kind', is: 'amazon-chargeback' },
      },
    ],
    branches: [
      {
        key: 'chargeback',
        when: { fact: 'kind', is: 'amazon-chargeback' },
        verdicts: [
          {
            action: { type: 'full-refund' },
            verdict: 'recommended',
            why: {
              en: 'It closes the matter now instead of after a wait of about {decisionAfter}.',
              'zh-cn': '现在就能了结，不必等上大约 {decisionAfter}。',
            },
            fits: {
              en: 'Most chargebacks, and any where your evidence is thin or the amount is small.',
              'zh-cn': '大多数拒付，尤其是证据不足或金额不大的情况。',
            },
          },
          {
            action: { type: 'wait-for-decision' },
            verdict: 'acceptable',
            why: {
              en: 'Contesting is possible, but the decision takes about {decisionAfter}.',
              'zh-cn': '可以申诉，但大约要 {decisionAfter}才有结果。',
            },
            fits: {
              en: 'When you hold strong evidence, such as proof of delivery, and the amount justifies the wait.',
              'zh-cn': '手上有充分证据（如妥投证明），且金额值得等待时。',
            },
          },
        ],
      },
    ],
    handbook: { page: 'amazon/chargebacks', anchor: 'refund-or-dispute' },
  },
];
