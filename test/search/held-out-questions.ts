/**
 * Held-out search questions: a check of whether the handbook search generalises beyond the
 * queries it was tuned on (labelled-queries.ts).
 *
 * How and when they were written (3 December 2026): the 40 questions were written first, from
 * the playbook facts (FACTS.md), the raw Chinese and German source captures and the way buyers
 * and agents talk, without opening the handbook pages, the glossary, the synonym list, the
 * search code or its tests, and without running the search. They were committed unlabelled
 * (commit 0b656f2). Only then were the handbook pages read and each question labelled with the
 * sections that answer it; no question was changed after that. Nothing in the search was tuned
 * against this set: keep it that way, or it stops measuring anything.
 *
 * Keys are `page#section`; any one of a row's keys in the first three results counts as a hit.
 */
import { ask, type LabelledQuery } from './labelled-queries';
import { allowed, apology, az, buyerCaused, cases, cb, claim, deadlines, fb, fbRate, folders, health, inr, msg, prod, ret, rules, ship, snad, tpl } from './section-keys';

/** Whether a query holds Chinese: its language, and for the blind set's test, whether it mixes. */
export const hasChinese = (q: string) => /[\u3400-\u9fff]/.test(q);
/** A short keyword query. */
const keywords = (q: string, ...expect: string[]): LabelledQuery => ({
  q,
  lang: hasChinese(q) ? 'zh-cn' : 'en',
  expect,
});

export const freshQuestions: LabelledQuery[] = [
  // English, natural questions
  ask('customer says tracking shows delivered but theres nothing at his door, what do i tell him', ship('delivered-but-not-received'), tpl('delivered-not-received-amazon')),
  ask(
    'buyer wants to cancel but i already shipped it yesterday',
    ship('cancellation-after-shipping'),
    tpl('cancel-after-shipping-keep-with-compensation'),
    tpl('cancel-after-shipping-refuse-delivery'),
  ),
  ask('how long do I have to answer a claim before amazon just takes the money', az('respond-in-time'), az('where-the-sources-disagree'), deadlines('amazon-clocks')),
  ask('can I put our website link in a message to the customer', rules('no-email-addresses-or-links'), allowed('amazon-links-and-attachments')),
  ask(
    'the item came smashed, customer sent pics, should we send a new one or refund',
    prod('the-price-rule'),
    prod('damaged-on-arrival'),
    tpl('damaged-severe-refund-or-reship'),
  ),
  ask('bank dispute on a credit card, is it worth fighting it', cb('refund-or-dispute'), cb('at-a-glance'), cb('disputing-a-chargeback')),
  ask('guy says the charger doesnt work at all, what should i ask him', prod('it-does-not-work'), tpl('not-working-ask-details')),
  ask(
    'package stuck in transit for 2 weeks no updates and the customer is really angry',
    ship('lost-or-stuck-parcel'),
    tpl('lost-parcel-update-promise'),
    apology('upset-buyers'),
  ),
  ask('buyer says our heater burned his carpet and wants us to pay for it', claim('handling-a-claim'), claim('at-a-glance'), tpl('property-claim-contact-buyer')),
  ask('ebay buyer opened a case saying he never recieved it, what do i do', inr('at-a-glance'), inr('item-not-received'), tpl('ebay-item-not-received')),
  ask('buyer on ebay keeps swearing at us and threatening, can we report him', cases('contact-deadline-and-abusive-buyers')),
  ask(
    'customer moved house and wants the parcel sent to a different adress, it already left',
    ship('address-change'),
    tpl('address-change-possible'),
    tpl('address-change-not-possible'),
  ),
  ask('he got the blue one instead of the black one he ordered', prod('wrong-item'), tpl('wrong-item-sent')),
  ask('is it ok to ring the buyer on the phone to sort out the a to z', allowed('amazon-channel'), az('buyer-went-straight-to-amazon')),
  ask('missed a message from 2 days ago, is there a way to not get dinged for the late reply', msg('overdue-messages')),
  ask(
    'customer just changed his mind and wants to send it back, nothing wrong with it',
    prod('no-longer-wanted'),
    tpl('unwanted-discount-to-keep'),
    ret('who-pays-return-shipping'),
  ),
  // Chinese, natural questions
  ask('退货运费是谁出啊，我们退货地址是国内的', ret('who-pays-return-shipping')),
  ask('买家留了差评，过了两个月还能让他删吗', fb('feedback-time-limits')),
  ask('买家开了A-to-z说产品有问题，但我们觉得产品没问题，要不要直接退款', az('read-the-claim-first'), az('grounds-for-an-appeal'), az('product-claims')),
  ask('客户说收到的包裹里少了充电线，要补发吗', prod('missing-parts'), tpl('missing-part-generic'), tpl('missing-part-specific')),
  ask('客人说用了半年坏了要保修，东西很大很重怎么处理', prod('warranty'), tpl('warranty-large-item')),
  ask('return request 多久内必须处理，不处理会怎样', ret('answer-within-the-deadline'), health('return-dissatisfaction-rate'), ret('at-a-glance')),
  ask('可不可以跟买家说我给你退款你把A-to-z撤了', az('never-trade-a-refund')),
  ask('回复率要求是多少，24小时内没回会影响账号吗', health('response-time'), msg('reply-time')),
  ask('消息里能不能提paypal，买家问能不能用PP付款', rules('no-competitor-names')),
  ask('ebay买家多久以后可以开case，最晚多久', cases('when-a-case-can-open'), deadlines('ebay-clocks')),
  ask('ebay上跟买家来来回回聊了好几次还没解决怎么办', folders('message-rounds'), tpl('ebay-message-past-round-limit')),
  ask('ebay 的feedback 比例太低了正常是多少', fbRate('feedback-rate'), fbRate('finding-the-cause')),
  ask('已经发货了买家不要了，还要求运费也全退，怎么跟他说', ship('shipping-cost-disputes'), tpl('shipping-cost-dispute'), buyerCaused('who-pays')),
  ask('买家说颜色跟图片上的不一样，要求退款', prod('not-as-pictured-or-described'), tpl('not-as-pictured')),
  ask('发货以后能不能发个消息告诉买家已经发货了顺便感谢一下', allowed('amazon-what-you-may-send'), allowed('side-by-side'), allowed('what-this-changes')),
  ask('客户说没收到货开了A-to-z，物流显示已经妥投了，怎么申述', az('delivered-but-claimed'), az('grounds-for-an-appeal'), tpl('atoz-appeal-to-amazon')),
  // Short keyword queries, mixed
  keywords('snad partial refund ebay', snad('partial-or-full-refund'), snad('not-as-described-or-damaged'), tpl('ebay-not-as-described')),
  keywords('AZ withdraw steps', az('how-to-withdraw'), tpl('atoz-ask-withdrawal-after-solving')),
  keywords('拒绝退货 原因', ret('when-to-close')),
  keywords('apology letter', apology('parts-of-an-apology'), apology('when-to-write-one'), apology('full-example')),
  keywords('RDR return dissatisfaction', health('return-dissatisfaction-rate')),
  keywords('tracking number invalid', ship('invalid-tracking'), tpl('tracking-number-invalid')),
  keywords('未发货 取消订单', ship('cancellation-before-shipping'), tpl('cancel-before-shipping')),
  keywords('ODR 撤诉 算不算', az('how-a-claim-ends'), health('order-defect-rate')),
];
