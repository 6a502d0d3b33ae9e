/**
 * The labelled query set: what agents type mid-shift, and the sections that must come up in
 * the first three results. Keys are `page#section`; any one of a row's keys counts as a hit.
 */
export interface LabelledQuery {
  q: string;
  lang: 'en' | 'zh-cn';
  expect: string[];
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
];
