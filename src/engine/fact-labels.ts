import { claimOutcomes, claimReasons, ebayMessageTopics, messageTopics, returnReasons, solutionsGiven, trackingStates } from './case-choices';
import { caseKinds, platforms } from './case-kinds';
import type { Message } from './message';
import type { MessageCode } from './message-codes';

/**
 * How each fact of the view, and each of its values, is named: messages the catalogs word
 * (src/i18n/en.ts, zh-cn.ts), `engine.fact.<fact>` for a fact and `engine.fact.<fact>.<value>`
 * for a value, but the yes/no facts' values, `engine.fact.yes` and `engine.fact.no`, which all
 * of them share. Plain messages, built from the names below so the list ships once; a test
 * holds the codes built here to `factCodes`, one for one.
 */
export interface FactLabel {
  label: Message;
  values?: Record<string, Message>;
}

const named = (fact: string, values?: readonly string[]): FactLabel => ({
  label: { code: `fact.${fact}` as MessageCode },
  ...(values && { values: Object.fromEntries(values.map((value) => [value, { code: `fact.${fact}.${value}` as MessageCode }])) }),
});

const yesNo = { true: { code: 'fact.yes' }, false: { code: 'fact.no' } } as const satisfies Record<string, Message>;
const yesNoFact = (fact: string): FactLabel => ({ label: { code: `fact.${fact}` as MessageCode }, values: yesNo });

export const factLabels: Record<string, FactLabel> = {
  kind: named('kind', caseKinds),
  platform: named('platform', platforms),
  // Amazon's message topics, then eBay's that Amazon's lack.
  topic: named('topic', [...new Set([...messageTopics, ...ebayMessageTopics])]),
  damage: named('damage', ['minor', 'severe']),
  fault: named('fault', ['seller', 'buyer', 'unclear']),
  faultConfirmed: yesNoFact('faultConfirmed'),
  missingPart: named('missingPart', ['generic', 'product-specific', 'main-item']),
  addressChangeable: yesNoFact('addressChangeable'),
  price: named('price'),
  highValue: yesNoFact('highValue'),
  inStock: yesNoFact('inStock'),
  bulky: yesNoFact('bulky'),
  shipped: yesNoFact('shipped'),
  tracking: named('tracking', trackingStates),
  carrierRecognized: yesNoFact('carrierRecognized'),
  hasTrackingNumber: yesNoFact('hasTrackingNumber'),
  eddPassed: yesNoFact('eddPassed'),
  hoursSinceReceived: named('hoursSinceReceived'),
  daysSinceOrder: named('daysSinceOrder'),
  daysSinceFeedback: named('daysSinceFeedback'),
  daysSinceClaim: named('daysSinceClaim'),
  daysSinceReturnAuthorized: named('daysSinceReturnAuthorized'),
  daysSinceCaseOpened: named('daysSinceCaseOpened'),
  buyerReachable: yesNoFact('buyerReachable'),
  reason: named('reason', [...new Set([...returnReasons, ...claimReasons])]),
  returnAddress: named('returnAddress', ['china', 'buyer-country']),
  sellerAtFault: yesNoFact('sellerAtFault'),
  solutionGiven: named('solutionGiven', solutionsGiven),
  returnAuthorizedAt: named('returnAuthorizedAt'),
  returnArrived: yesNoFact('returnArrived'),
  returnedCondition: named('returnedCondition', ['good', 'damaged']),
  sizeInListing: yesNoFact('sizeInListing'),
  evidenceProductFine: yesNoFact('evidenceProductFine'),
  filedWithoutContact: yesNoFact('filedWithoutContact'),
  outcome: named('outcome', claimOutcomes),
  claimType: named('claimType', ['property-damage', 'personal-injury']),
  claimAmountUsd: named('claimAmountUsd'),
  compliantAndInsured: yesNoFact('compliantAndInsured'),
  rating: named('rating', ['negative', 'neutral', 'positive']),
  breaksGuidelines: yesNoFact('breaksGuidelines'),
  problemSolved: yesNoFact('problemSolved'),
  site: named('site'),
  channel: named('channel', ['ebay', 'paypal']),
  roundsSoFar: named('roundsSoFar'),
  buyerAbusive: yesNoFact('buyerAbusive'),
  forwarderCanFind: yesNoFact('forwarderCanFind'),
  damaged: yesNoFact('damaged'),
  'order.orderedAt': named('order.orderedAt'),
  'order.paidAt': named('order.paidAt'),
  'order.shippedAt': named('order.shippedAt'),
  'order.estimatedDeliveryAt': named('order.estimatedDeliveryAt'),
  receivedAt: named('receivedAt'),
  claimOpenedAt: named('claimOpenedAt'),
  noticeReceivedAt: named('noticeReceivedAt'),
  disputeOpenedAt: named('disputeOpenedAt'),
  feedbackLeftAt: named('feedbackLeftAt'),
  caseOpenedAt: named('caseOpenedAt'),
  // Fields no rule reads: named for the command line's field list.
  asOf: named('asOf'),
  marketplace: named('marketplace'),
  buyerName: named('buyerName'),
  'order.id': named('order.id'),
  'order.item': named('order.item'),
  'order.currency': named('order.currency'),
  'tracking.number': named('tracking.number'),
};
