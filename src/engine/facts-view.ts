import type { CaseFacts } from './case';
import type { MessageTopic, ReturnReason } from './case-choices';
import { platformOf } from './case-kinds';
import { DAY_MS, HOUR_MS, toMs } from './dates';
import { isHighValue } from './high-value';
import type { Policy } from './policy/policy';
import type { Scalar } from './policy/types';

/**
 * The flat view of a case that rule conditions read: the facts themselves under short
 * names, plus what follows from them (shipped? has the estimated delivery date passed?).
 */
export type FactsView = Record<string, Scalar | undefined>;

const span = (from: string | undefined, to: string | undefined, unit: number): number | undefined => (from && to ? (toMs(to) - toMs(from)) / unit : undefined);

/**
 * RET-1: a return request is handled like a buyer message. Its reason stands for the message
 * topic the product rules read, and whether the seller is at fault for the fault those rules
 * weigh ("other" maps to no topic: only the return rules speak to it).
 */
const returnTopics: Partial<Record<ReturnReason, MessageTopic>> = {
  damaged: 'damaged',
  defective: 'not-working',
  'not-as-described': 'not-as-described',
  'wrong-item': 'wrong-item',
  unwanted: 'unwanted',
};

function returnAsMessage(reason: ReturnReason, sellerAtFault: boolean): FactsView {
  return { topic: returnTopics[reason], fault: sellerAtFault ? 'seller' : 'buyer', faultConfirmed: sellerAtFault };
}

export function viewOf(policy: Policy, facts: CaseFacts): FactsView {
  const { order, tracking, asOf } = facts;
  const flat: FactsView = {};
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') flat[key] = value;
  }
  const receivedAt = 'receivedAt' in facts ? facts.receivedAt : undefined;
  return {
    ...flat,
    ...(facts.kind === 'amazon-return' && returnAsMessage(facts.reason, facts.sellerAtFault)),
    platform: platformOf(facts.kind),
    price: order.price,
    currency: order.currency,
    // The case's own word, or its price against the team's line (high-value.ts).
    highValue: isHighValue(policy, order),
    inStock: order.inStock,
    bulky: order.bulky,
    shipped: order.shippedAt !== undefined,
    tracking: tracking.state,
    carrierRecognized: tracking.carrierRecognized,
    hasTrackingNumber: tracking.number !== undefined,
    eddPassed: asOf && order.estimatedDeliveryAt ? toMs(asOf) > toMs(order.estimatedDeliveryAt) : undefined,
    hoursSinceReceived: span(receivedAt, asOf, HOUR_MS),
    daysSinceOrder: span(order.orderedAt, asOf, DAY_MS),
    daysSinceFeedback: span('feedbackLeftAt' in facts ? facts.feedbackLeftAt : undefined, asOf, DAY_MS),
    daysSinceClaim: span('claimOpenedAt' in facts ? facts.claimOpenedAt : undefined, asOf, DAY_MS),
    daysSinceReturnAuthorized: span('returnAuthorizedAt' in facts ? facts.returnAuthorizedAt : undefined, asOf, DAY_MS),
    daysSinceCaseOpened: span('caseOpenedAt' in facts ? facts.caseOpenedAt : undefined, asOf, DAY_MS),
  };
}
