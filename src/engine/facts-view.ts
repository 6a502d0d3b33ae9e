import type { CaseFacts } from './case';
import { platformOf } from './case-kinds';
import { DAY_MS, HOUR_MS, toMs } from './dates';
import type { Scalar } from './policy/types';

/**
 * The flat view of a case that rule conditions read: the facts themselves under short
 * names, plus what follows from them (shipped? has the estimated delivery date passed?).
 */
export type FactsView = Record<string, Scalar | undefined>;

const span = (from: string | undefined, to: string | undefined, unit: number): number | undefined =>
  from && to ? (toMs(to) - toMs(from)) / unit : undefined;

export function viewOf(facts: CaseFacts): FactsView {
  const { order, tracking, asOf } = facts;
  const flat: FactsView = {};
  for (const [key, value] of Object.entries(facts)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') flat[key] = value;
  }
  const receivedAt = 'receivedAt' in facts ? facts.receivedAt : undefined;
  return {
    ...flat,
    platform: platformOf(facts.kind),
    price: order.price,
    currency: order.currency,
    highValue: order.highValue,
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
