/**
 * The labelled query set: what agents type mid-shift, and the sections that must come up in
 * the first three results. Keys are `page#section`; any one of a row's keys counts as a hit.
 * Written from the playbook's facts, its sources and the glossary, in agents' words — never
 * from the index — and kept apart from the synonym list (src/search/synonyms.ts).
 * `question` marks a natural question or sentence, as opposed to keywords.
 */
export interface LabelledQuery {
  q: string;
  lang: 'en' | 'zh-cn';
  expect: string[];
  question?: boolean;
}

const ship = (a: string) => `amazon/shipping-and-delivery#${a}`;
const prod = (a: string) => `amazon/product-problems#${a}`;
const ret = (a: string) => `amazon/return-requests#${a}`;
const az = (a: string) => `amazon/a-to-z-claims#${a}`;
const health = (a: string) => `amazon/account-health#${a}`;
const fb = (a: string) => `amazon/feedback#${a}`;
const write = (a: string) => `writing/message-rules#${a}`;
const apology = (a: string) => `writing/apology-letters#${a}`;
const cb = 'amazon/chargebacks#refund-or-dispute';
const inr = 'ebay/inr#item-not-received';
const snad = 'ebay/snad#not-as-described-or-damaged';
const ebayWindow = 'ebay/cases#when-a-case-can-open';

const en = (q: string, ...expect: string[]): LabelledQuery => ({ q, lang: 'en', expect });
const zh = (q: string, ...expect: string[]): LabelledQuery => ({ q, lang: 'zh-cn', expect });
/** A natural question or sentence, in English or Chinese (the page's language follows the words). */
export const ask = (q: string, ...expect: string[]): LabelledQuery => ({ q, lang: /[\u3400-\u9fff]/.test(q) ? 'zh-cn' : 'en', expect, question: true });
const tpl = (id: string) => `writing/reply-templates#template-${id}`;
const msg = (a: string) => `amazon/messages#${a}`;
const claim = (a: string) => `amazon/property-damage-claims#${a}`;
const cases = (a: string) => `ebay/cases#${a}`;
const inrS = (a: string) => `ebay/inr#${a}`;
const snadS = (a: string) => `ebay/snad#${a}`;
const folders = (a: string) => `ebay/messages-and-folders#${a}`;
const fbRate = (a: string) => `ebay/feedback-rate#${a}`;
const choices = (a: string) => `writing/numbered-choices#${a}`;
const routine = (a: string) => `start/daily-routine#${a}`;
const gloss = (a: string) => `reference/glossary#${a}`;

export const querySet: LabelledQuery[] = [
  // English, as agents write it
  en('where is my order', ship('where-is-my-order')),
  en('tracking number invalid', ship('invalid-tracking')),
  en('check stock before reship', ship('check-stock-before-reshipping')),
  en('cancel after shipping', ship('cancellation-after-shipping')),
  en('cancellation before shipping', ship('cancellation-before-shipping')),
  en('delivered but not received', ship('delivered-but-not-received')),
  en('lost parcel', ship('lost-or-stuck-parcel')),
  en('address change', ship('address-change')),
  en('shipping cost dispute', ship('shipping-cost-disputes')),
  en('long transit', ship('long-transit')),
  en('damaged on arrival', prod('damaged-on-arrival')),
  en('does not work', prod('it-does-not-work')),
  en('not as pictured', prod('not-as-pictured-or-described')),
  en('missing parts', prod('missing-parts')),
  en('wrong item', prod('wrong-item')),
  en('no longer wanted', prod('no-longer-wanted')),
  en('cannot operate manual', prod('cannot-operate')),
  en('warranty', prod('warranty')),
  en('returned goods relabel', prod('returned-goods')),
  en('who pays return shipping', ret('who-pays-return-shipping')),
  en('close return request', ret('when-to-close')),
  en('authorize return', ret('authorize-only-when-needed'), ret('after-accepting-a-return'), ret('the-four-answers')),
  en('a2z 7 days', az('respond-in-time')),
  en('A-to-z appeal', az('grounds-for-an-appeal'), az('read-the-claim-first')),
  en('withdraw claim', az('how-to-withdraw'), az('never-trade-a-refund')),
  en('proof of delivery', az('delivered-but-claimed'), az('grounds-for-an-appeal')),
  en('carrier not recognized', az('unrecognized-carrier')),
  en('incentive withdraw', az('never-trade-a-refund')),
  en('buyer went straight to amazon', az('buyer-went-straight-to-amazon')),
  en('AtoZ claim window', az('when-a-claim-can-be-filed')),
  en('ODR', health('order-defect-rate'), health('odr-target'), 'reference/glossary#odr'),
  en('order defect rate', health('order-defect-rate'), health('odr-target'), 'reference/glossary#odr'),
  en('return dissatisfaction rate', health('return-dissatisfaction-rate')),
  en('customer service dissatisfaction', health('customer-service-dissatisfaction-rate')),
  en('chargeback', cb),
  en('chargbak', cb),
  en('feedbak removal', fb('feedback-time-limits'), fb('answering-negative-feedback'), fb('removed-not-edited')),
  en('negative feedback', fb('answering-negative-feedback')),
  en('INR', inr, 'reference/glossary#inr'),
  en('item not received', inr, 'reference/glossary#inr', ship('delivered-but-not-received')),
  en('SNAD', snad, 'reference/glossary#snad'),
  en('eBay case window', ebayWindow),
  en('paypal case', ebayWindow),
  en('resolution center', 'ebay/cases#resolution-center'),
  en('feedback rate', 'ebay/feedback-rate#feedback-rate'),
  en('message rounds', 'ebay/messages-and-folders#message-rounds'),
  en('reply time', 'amazon/messages#reply-time', health('response-time')),
  en('no response needed', 'amazon/messages#overdue-messages'),
  en('email address link', write('no-email-addresses-or-links')),
  en('competitor names', write('no-competitor-names')),
  en('please wait', write('ask-never-order')),
  en('apology letter', apology('parts-of-an-apology')),
  en('angry buyer', apology('upset-buyers')),
  en('property damage claim', 'amazon/property-damage-claims#handling-a-claim'),
  en('order of work inbox', 'start/daily-routine#amazon-inbox-order'),
  // Typos
  en('warrenty', prod('warranty')),
  en('refnd without return', ret('when-to-close'), ret('authorize-only-when-needed')),
  en('apology leter', apology('parts-of-an-apology')),
  en('cancelation after shipping', ship('cancellation-after-shipping')),
  // Rule IDs, as typed
  en('PROD-1', prod('damaged-on-arrival')),
  en('prod1', prod('damaged-on-arrival')),
  en('RET-3', ret('who-pays-return-shipping')),
  en('ship4', ship('cancellation-after-shipping')),
  en('EBAY-4', ebayWindow),
  en('az11', az('buyer-went-straight-to-amazon')),
  zh('MSG-5', write('no-competitor-names')),
  // Chinese
  zh('退货运费', ret('who-pays-return-shipping')),
  zh('拒付', cb),
  zh('退单', cb),
  zh('差评', fb('answering-negative-feedback')),
  zh('未收到货', inr, ship('delivered-but-not-received'), 'reference/glossary#inr'),
  zh('描述不符', snad, prod('not-as-pictured-or-described'), 'reference/glossary#snad'),
  zh('货不对板', snad, prod('not-as-pictured-or-described'), 'reference/glossary#snad'),
  zh('订单缺陷率', health('order-defect-rate'), health('odr-target'), 'reference/glossary#odr'),
  zh('发错货', prod('wrong-item')),
  zh('缺少配件', prod('missing-parts')),
  zh('到货破损', prod('damaged-on-arrival')),
  zh('修改地址', ship('address-change')),
  zh('保修', prod('warranty')),
  zh('不会使用', prod('cannot-operate')),
  zh('撤销索赔', az('how-to-withdraw'), az('never-trade-a-refund')),
  zh('申诉的依据', az('grounds-for-an-appeal')),
  zh('发货后取消', ship('cancellation-after-shipping')),
  zh('道歉信', apology('parts-of-an-apology')),
  zh('回复时限', 'amazon/messages#reply-time'),
  zh('退货不满意率', health('return-dissatisfaction-rate')),
  // Mixed, and across languages
  zh('A-to-z 申诉', az('grounds-for-an-appeal'), az('read-the-claim-first')),
  zh('eBay 纠纷', 'ebay/cases#resolution-center', ebayWindow),
  zh('INR', inr, 'reference/glossary#inr'),
  en('退货运费', ret('who-pays-return-shipping')),
  zh('chargeback', cb),

  // Natural questions, as agents type them mid-shift (English)
  ask('buyer says not received but tracking shows delivered', ship('delivered-but-not-received'), inrS('tracking-shows-delivered'), tpl('delivered-not-received-amazon')),
  ask('how long do I have to answer a message', msg('reply-time'), health('response-time')),
  ask('how long to answer a message', msg('reply-time'), health('response-time')),
  ask('how many days do I have to respond to an a-to-z claim', az('respond-in-time')),
  ask('what happens if I do not answer the A-to-z claim in time', az('respond-in-time')),
  ask('can the buyer still file a claim after 90 days', az('when-a-claim-can-be-filed')),
  ask('should I refund right away when a claim comes in', az('read-the-claim-first'), az('at-a-glance')),
  ask('what can I use to appeal an a-to-z claim', az('grounds-for-an-appeal')),
  ask('does a withdrawn claim count against my ODR', az('how-a-claim-ends'), health('order-defect-rate')),
  ask('can I offer a refund if the buyer closes the claim', az('never-trade-a-refund')),
  ask('the buyer opened a claim without messaging us first', az('buyer-went-straight-to-amazon'), tpl('atoz-buyer-went-straight-to-amazon')),
  ask('how does the buyer withdraw the claim', az('how-to-withdraw')),
  ask('carrier is not recognised by amazon and the buyer filed a claim', az('unrecognized-carrier'), tpl('atoz-not-received-unrecognized-carrier')),
  ask('claim says item not received but it was delivered', az('delivered-but-claimed'), ship('delivered-but-not-received')),
  ask('buyer filed a claim after his return went wrong', az('claim-from-a-return')),
  ask('buyer claims the size is wrong in an a-to-z claim', az('product-claims')),
  ask(
    'customer wants to cancel but the parcel already shipped',
    ship('cancellation-after-shipping'),
    tpl('cancel-after-shipping-keep-with-compensation'),
    tpl('cancel-after-shipping-refuse-delivery'),
  ),
  ask('how much compensation can I offer if they keep the item', ship('cancellation-after-shipping'), prod('damaged-on-arrival'), prod('the-price-rule')),
  ask('buyer wants to cancel before we ship', ship('cancellation-before-shipping'), tpl('cancel-before-shipping')),
  ask('customer asks where his package is', ship('where-is-my-order'), tpl('wismo-tracking-moving')),
  ask('tracking has not updated for a week', ship('where-is-my-order'), inrS('tracking-stalled'), ship('lost-or-stuck-parcel'), tpl('wismo-tracking-not-moving')),
  ask('the tracking number does not work', ship('invalid-tracking'), tpl('tracking-number-invalid')),
  ask('can I reship without checking stock', ship('check-stock-before-reshipping')),
  ask('parcel seems lost what do I tell the buyer', ship('lost-or-stuck-parcel'), tpl('lost-parcel-update-promise'), tpl('lost-parcel-reship-or-refund')),
  ask('buyer wants to change the delivery address after shipping', ship('address-change'), tpl('address-change-possible'), tpl('address-change-not-possible')),
  ask('buyer cancelled and wants the shipping cost back too', ship('shipping-cost-disputes'), tpl('shipping-cost-dispute')),
  ask('delivery is taking very long and the buyer cannot follow it', ship('long-transit'), tpl('long-transit-latest-tracking')),
  ask('how do I avoid claims about late delivery', ship('set-delivery-expectations')),
  ask('item arrived broken what do I do', prod('damaged-on-arrival'), tpl('damaged-ask-photos')),
  ask('item arrived with a small scratch but works fine', prod('damaged-on-arrival'), tpl('damaged-minor-compensation')),
  ask('can I reship an expensive broken item', prod('damaged-on-arrival'), prod('the-price-rule')),
  ask('buyer just says it does not work', prod('it-does-not-work'), tpl('not-working-ask-details')),
  ask('the product looks different from the photos', prod('not-as-pictured-or-described'), tpl('not-as-pictured')),
  ask('the usb cable is missing from the box', prod('missing-parts'), tpl('missing-part-generic')),
  ask('we sent the wrong item to the customer', prod('wrong-item'), tpl('wrong-item-sent')),
  ask('buyer changed his mind and does not want it anymore', prod('no-longer-wanted'), tpl('unwanted-discount-to-keep')),
  ask('customer does not know how to use the product', prod('cannot-operate'), tpl('cannot-operate-manual')),
  ask('product broke after some months, is it under warranty', prod('warranty'), tpl('warranty-new-unit'), tpl('warranty-large-item')),
  ask('what happens to returned items in good condition', prod('returned-goods')),
  ask('the return never arrived at the amazon warehouse', prod('returns-that-never-arrived')),
  ask('who pays for the return label when the return address is in china', ret('who-pays-return-shipping')),
  ask('should I authorize every return request', ret('authorize-only-when-needed')),
  ask('how fast must I answer a return request', ret('answer-within-the-deadline'), health('return-dissatisfaction-rate')),
  ask('when can I close a return request', ret('when-to-close')),
  ask('what do I do after I accept a return', ret('after-accepting-a-return'), tpl('return-authorized-instructions')),
  ask('what are my options for a return request', ret('the-four-answers')),
  ask('what counts towards the return dissatisfaction rate', health('return-dissatisfaction-rate')),
  ask('what is a good ODR', health('odr-target'), health('order-defect-rate')),
  ask('how is the response time metric measured', health('response-time')),
  ask('what is the customer service dissatisfaction rate', health('customer-service-dissatisfaction-rate'), gloss('customer-service-dissatisfaction-rate')),
  ask('too many a-to-z claims can get us suspended', health('a-to-z-claim-count')),
  ask('buyer disputed the charge with his bank', cb, 'amazon/chargebacks#at-a-glance'),
  ask('should I fight a chargeback', cb, 'amazon/chargebacks#disputing-a-chargeback'),
  ask('how long does the buyer have to leave feedback', fb('feedback-time-limits')),
  ask('can the buyer edit the feedback', fb('removed-not-edited')),
  ask('when can a buyer leave feedback', fb('when-feedback-opens')),
  ask('we got a 1 star feedback what now', fb('answering-negative-feedback'), fb('at-a-glance')),
  ask('feedback is abusive, can amazon remove it', fb('asking-amazon-to-remove-it')),
  ask('how do I ask the buyer to remove negative feedback', fb('asking-the-buyer-to-remove-it'), tpl('feedback-ask-removal-once-satisfied')),
  ask('message is already older than 24 hours', msg('overdue-messages')),
  ask('can I put a link in the message', write('no-email-addresses-or-links')),
  ask('can I mention paypal in an amazon message', write('no-competitor-names')),
  ask('is it ok to tell the buyer to wait', write('ask-never-order')),
  ask('how do I write a good apology', apology('parts-of-an-apology')),
  ask('what should never be in an apology', apology('what-never-goes-in-an-apology')),
  ask('buyer is shouting at me in capitals', apology('upset-buyers')),
  ask('how should I reply to a rude buyer', apology('upset-buyers')),
  ask('which messages do I answer first', routine('amazon-inbox-order'), 'amazon/messages#at-a-glance'),
  ask('how do I offer numbered choices', write('numbered-choices'), choices('how-to-build-the-list')),
  ask('property damage claim came in, how many days to reply', claim('which-clock-applies'), claim('handling-a-claim')),
  ask('does amazon pay small property damage claims itself', claim('claims-amazon-settles')),
  ask('when can the buyer open an INR case on ebay', cases('when-a-case-can-open')),
  ask('ebay buyer says item never arrived', inrS('item-not-received'), inrS('at-a-glance'), tpl('ebay-item-not-received')),
  ask('ebay buyer says the item is not as described', snadS('not-as-described-or-damaged'), snadS('at-a-glance'), tpl('ebay-not-as-described')),
  ask('partial refund or full refund on ebay', snadS('partial-or-full-refund')),
  ask('how many messages should an ebay case take', folders('message-rounds'), tpl('ebay-message-past-round-limit')),
  ask('how many days do I have to contact the buyer after an ebay case opens', cases('contact-deadline-and-abusive-buyers')),
  ask('ebay buyer is abusive what can I do', cases('contact-deadline-and-abusive-buyers')),
  ask('what is a normal feedback rate on ebay', fbRate('feedback-rate')),
  ask('how do I get more feedback on ebay', fbRate('raising-the-rate'), fbRate('finding-the-cause')),
  ask('which ebay folder do I check first', folders('message-folders')),
  ask('what should I do at the start of my shift', routine('start-of-shift')),
  ask('how are rule ids built', 'start/citing-rules#how-rule-ids-are-built'),
  ask('what does wismo mean', ship('where-is-my-order'), tpl('wismo-tracking-moving')),
  ask('is there a german version of the templates', 'writing/reply-templates#german-versions'),
  // Typos in questions
  ask('buyer recieved wrong item', prod('wrong-item'), tpl('wrong-item-sent')),
  ask('how to apeal a claim', az('grounds-for-an-appeal')),
  ask('cancelation after shiping', ship('cancellation-after-shipping')),
  ask(
    'negativ feedbak removal',
    fb('answering-negative-feedback'),
    fb('asking-the-buyer-to-remove-it'),
    fb('asking-amazon-to-remove-it'),
    fb('feedback-time-limits'),
    fb('removed-not-edited'),
  ),
  ask('chargebak from bank', cb, 'amazon/chargebacks#at-a-glance'),
  ask('parcel was damagd in transit', prod('damaged-on-arrival'), tpl('damaged-ask-photos')),
  // Natural questions (Chinese)
  ask('A-to-z 多久内要处理', az('respond-in-time')),
  ask('可以提到PayPal吗', write('no-competitor-names')),
  ask('收到的商品和图片不一样，买家要退货', prod('not-as-pictured-or-described'), tpl('not-as-pictured')),
  ask('买家发了很生气的邮件，怎么回复', apology('upset-buyers')),
  ask('产品不工作', prod('it-does-not-work'), tpl('not-working-ask-details')),
  ask('买家没收到货', ship('delivered-but-not-received'), inrS('item-not-received'), ship('where-is-my-order'), az('delivered-but-claimed'), tpl('ebay-item-not-received')),
  ask('物流显示已签收但买家说没收到怎么办', ship('delivered-but-not-received'), inrS('tracking-shows-delivered'), tpl('delivered-not-received-amazon')),
  ask('买家消息多久要回复', msg('reply-time'), health('response-time')),
  ask('超过24小时的消息怎么处理', msg('overdue-messages')),
  ask('消息里能放链接吗', write('no-email-addresses-or-links')),
  ask('能不能让买家等一等', write('ask-never-order')),
  ask('买家要取消订单但是已经发货了', ship('cancellation-after-shipping'), tpl('cancel-after-shipping-keep-with-compensation'), tpl('cancel-after-shipping-refuse-delivery')),
  ask('还没发货买家要取消', ship('cancellation-before-shipping'), tpl('cancel-before-shipping')),
  ask('追踪号查不到怎么办', ship('invalid-tracking'), tpl('tracking-number-invalid')),
  ask('补发前要做什么', ship('check-stock-before-reshipping')),
  ask('包裹丢了怎么跟买家说', ship('lost-or-stuck-parcel'), tpl('lost-parcel-update-promise'), tpl('lost-parcel-reship-or-refund')),
  ask('发货后买家想改地址', ship('address-change'), tpl('address-change-possible'), tpl('address-change-not-possible')),
  ask('买家取消后要求退全部运费', ship('shipping-cost-disputes'), tpl('shipping-cost-dispute')),
  ask('商品到了是坏的怎么处理', prod('damaged-on-arrival'), tpl('damaged-ask-photos')),
  ask('贵的商品坏了可以补发吗', prod('damaged-on-arrival'), prod('the-price-rule')),
  ask('少了一个配件怎么办', prod('missing-parts'), tpl('missing-part-generic'), tpl('missing-part-specific')),
  ask('发错货了怎么补救', prod('wrong-item'), tpl('wrong-item-sent')),
  ask('买家不想要了想退货', prod('no-longer-wanted'), tpl('unwanted-discount-to-keep')),
  ask('买家不会用这个产品', prod('cannot-operate'), tpl('cannot-operate-manual')),
  ask('保修期内坏了怎么处理', prod('warranty'), tpl('warranty-new-unit'), tpl('warranty-large-item')),
  ask('退回的货怎么处理', prod('returned-goods')),
  ask('退货地址在中国谁付运费', ret('who-pays-return-shipping')),
  ask('退货请求要在多久内处理', ret('answer-within-the-deadline')),
  ask('什么时候可以关闭退货请求', ret('when-to-close')),
  ask('收到A-to-z索赔先做什么', az('read-the-claim-first'), az('at-a-glance')),
  ask('索赔可以申诉吗', az('grounds-for-an-appeal')),
  ask('能不能用退款换买家撤销索赔', az('never-trade-a-refund')),
  ask('买家怎么撤销索赔', az('how-to-withdraw')),
  ask('订单缺陷率要低于多少', health('odr-target'), health('order-defect-rate')),
  ask('回复时间这个指标怎么算', health('response-time')),
  ask('买家向银行拒付怎么办', cb, 'amazon/chargebacks#at-a-glance'),
  ask('买家留了差评怎么办', fb('answering-negative-feedback'), fb('at-a-glance')),
  ask('差评可以修改吗', fb('removed-not-edited')),
  ask('买家多久内可以删差评', fb('feedback-time-limits')),
  ask('道歉信要写哪几部分', apology('parts-of-an-apology')),
  ask('道歉信里不能写什么', apology('what-never-goes-in-an-apology')),
  ask('财产损害索赔几天内回复', claim('which-clock-applies'), claim('handling-a-claim')),
  ask('eBay纠纷什么时候可以开', cases('when-a-case-can-open')),
  ask('eBay 买家说没收到东西', inrS('item-not-received'), inrS('at-a-glance'), tpl('ebay-item-not-received')),
  ask('eBay 买家说东西坏了', snadS('not-as-described-or-damaged'), snadS('at-a-glance'), tpl('ebay-not-as-described')),
  ask('eBay 消息最多几轮', folders('message-rounds'), tpl('ebay-message-past-round-limit')),
  ask('eBay留评率太低怎么办', fbRate('finding-the-cause'), fbRate('raising-the-rate'), fbRate('feedback-rate')),
  ask('每天上班先做什么', routine('start-of-shift'), routine('amazon-inbox-order')),
  ask('亚马逊买家没收到货', ship('delivered-but-not-received'), ship('where-is-my-order'), az('delivered-but-claimed'), tpl('delivered-not-received-amazon')),
  // Mixed English and Chinese
  ask('ODR 怎么算', health('order-defect-rate'), health('odr-target'), gloss('odr')),
  ask('chargeback 要不要申诉', cb, 'amazon/chargebacks#disputing-a-chargeback'),
  ask('SNAD 部分退款', snadS('partial-or-full-refund'), snadS('not-as-described-or-damaged')),
  ask('INR case 几天内联系买家', cases('contact-deadline-and-abusive-buyers'), inrS('at-a-glance')),
  ask('feedback 60天', fb('feedback-time-limits')),
  ask('Seller Central 取消订单', ship('cancellation-before-shipping')),
  // Typos in Chinese queries: a wrong character
  ask('退货远费谁出', ret('who-pays-return-shipping')),
  ask('买家没收到货物流显示妥头', ship('delivered-but-not-received'), inrS('tracking-shows-delivered'), tpl('delivered-not-received-amazon')),
  // What the platforms allow, buyer-caused cases, the quick cards
  ask('can I send a shipping confirmation on amazon', 'writing/platform-messaging-rules#amazon-what-you-may-send', 'writing/platform-messaging-rules#what-this-changes'),
  ask('can I call the buyer on the phone', 'writing/platform-messaging-rules#amazon-channel'),
  ask('buyer gave the wrong address', 'start/buyer-caused-cases#wrong-address', ship('address-change')),
  ask('who pays when the parcel comes back because nobody collected it', 'start/buyer-caused-cases#who-pays', 'start/buyer-caused-cases#returned-to-sender'),
  en('quick card', 'reference/quick-card-amazon#every-limit-and-clock', 'reference/quick-card-ebay#every-limit-and-clock'),
  ask('亚马逊主动给买家发消息', 'writing/platform-messaging-rules#amazon-what-you-may-send'),
  ask('能给亚马逊买家打电话吗', 'writing/platform-messaging-rules#amazon-channel'),
  ask('买家地址填错了怎么办', 'start/buyer-caused-cases#wrong-address', ship('address-change')),
  zh('速查卡', 'reference/quick-card-amazon#every-limit-and-clock', 'reference/quick-card-ebay#every-limit-and-clock'),
];

/**
 * Thirty questions written later from FACTS.md and the sources, without looking at the index
 * (held out: no ranking change was made for any of them). Not in querySet. They scored 24 of 30;
 * their misses were words the handbook does not use ('hurt', 'back and forth', 'took the money'),
 * and the brief for the everyday vocabulary (src/search/synonyms.ts) named the kind of word, so
 * this set is no longer wholly unseen: held-out-questions.ts is the one written after it.
 * `npm run bench:search` prints both rates.
 */
export const heldOutQuestions: LabelledQuery[] = [
  // English
  ask(
    'package marked as delivered but buyer found nothing at the door',
    ship('delivered-but-not-received'),
    'ebay/inr#tracking-shows-delivered',
    tpl('delivered-not-received-amazon'),
  ),
  ask('how many days after ordering can someone open an a-to-z', az('when-a-claim-can-be-filed')),
  ask('amazon took the money from our account because we missed the claim deadline', az('respond-in-time'), az('buyer-went-straight-to-amazon')),
  ask('customer says the item is smaller than the listing said and filed a claim', az('product-claims')),
  ask('buyer filed a claim and never answers our emails', az('buyer-went-straight-to-amazon'), tpl('atoz-buyer-went-straight-to-amazon')),
  ask('can we promise a refund if he closes the claim', az('never-trade-a-refund')),
  ask('return address is in the US, who covers the postage', ret('who-pays-return-shipping')),
  ask('which reason do I pick when rejecting a return we already reshipped', ret('when-to-close')),
  ask('customer got a blue one instead of the black one he ordered', prod('wrong-item'), tpl('wrong-item-sent')),
  ask('the charger cable is missing, do we send a new one', prod('missing-parts'), tpl('missing-part-generic')),
  ask('gadget stopped working after two months', prod('warranty'), prod('it-does-not-work'), tpl('warranty-new-unit'), tpl('not-working-ask-details')),
  ask('buyer ordered the wrong size by mistake and wants to send it back', prod('no-longer-wanted'), tpl('unwanted-discount-to-keep')),
  ask('is a bank dispute worth fighting', cb, 'amazon/chargebacks#disputing-a-chargeback'),
  ask('until when can the buyer take down his feedback', fb('feedback-time-limits')),
  ask('I marked lots of messages as no response needed, is that a problem', msg('overdue-messages'), gloss('no-response-needed')),
  ask('can I send the buyer our website address', write('no-email-addresses-or-links')),
  ask('ebay buyer keeps writing back and forth about the same thing', folders('message-rounds'), tpl('ebay-message-past-round-limit')),
  ask('when can a german ebay buyer open a not received case', cases('when-a-case-can-open')),
  ask('should I warn buyers about holiday shipping delays', ship('set-delivery-expectations')),
  ask('someone got hurt by our product and amazon sent a claim', claim('handling-a-claim'), claim('which-clock-applies'), claim('at-a-glance')),
  // English with typos
  ask('custmer wants to cancle the order before it ships', ship('cancellation-before-shipping'), tpl('cancel-before-shipping')),
  ask('refund or resend for a lost pakage', ship('lost-or-stuck-parcel'), tpl('lost-parcel-reship-or-refund')),
  // Chinese
  ask('买家说尺码不对，开了A-to-z', az('product-claims')),
  ask('退货45天还没到亚马逊仓库怎么办', prod('returns-that-never-arrived')),
  ask('客户说物流显示送达了但是找不到包裹', ship('delivered-but-not-received'), tpl('delivered-not-received-amazon'), 'ebay/inr#tracking-shows-delivered'),
  ask('商品有轻微划痕，补偿多少合适', prod('damaged-on-arrival'), tpl('damaged-minor-compensation')),
  ask('eBay 买家骂人还威胁给差评', cases('contact-deadline-and-abusive-buyers')),
  ask('客户退回来的东西还能再卖吗', prod('returned-goods')),
  ask('没有库存了还能给买家补发吗', ship('check-stock-before-reshipping')),
  // Mixed, and a Chinese typo
  ask('A-to-z 结果是 seller funded 算不算 ODR', az('how-a-claim-ends'), health('order-defect-rate')),
];
