import { hasOwn, isOneOf, isRecord } from './shape';

/**
 * Everything an agent can do on a case, in one vocabulary. Advice, scoring, the simulator
 * and the decision helper all speak it. Parameters are part of the action where the
 * playbook judges them (how much is refunded, who pays the return, which reason or ground).
 */
export const actionTypes = [
  // money
  'full-refund',
  'partial-refund',
  'refund-minus-shipping',
  'offer-gift',
  // goods
  'reship',
  'reship-part',
  'send-donor-unit',
  'reship-to-new-address',
  'suggest-local-repair',
  // returns
  'authorize-return',
  'give-return-instructions',
  'inspect-return',
  'close-return-request',
  'refund-without-return',
  'claim-lost-return',
  'relabel-and-resell',
  'dispose-or-bring-back',
  // asking the buyer
  'ask-photos',
  'ask-details',
  'ask-reason',
  'ask-check-neighbours',
  'ask-wait-until-edd',
  'ask-refuse-delivery',
  'ask-cancellation-request',
  'ask-correct-address',
  'ask-claim-withdrawal',
  'ask-feedback-removal',
  'ask-buyer-close-case',
  'contact-buyer-all-channels',
  'offer-numbered-choices',
  // telling the buyer
  'give-tracking',
  'apologize',
  'explain-listing',
  'explain-shipping-paid',
  'send-manual',
  'promise-update',
  // checking
  'check-tracking',
  'check-stock',
  'check-listing',
  'check-order-date',
  'confirm-with-product-team',
  'contact-carrier',
  'contact-logistics-team',
  'review-return-history',
  'check-return-cost',
  // platform
  'cancel-order',
  'ask-platform-address-change',
  'appeal-claim',
  'submit-solution-to-amazon',
  'request-feedback-removal',
  'contact-platform-support',
  'mark-no-response-needed',
  'reply-from-order-page',
  'update-listing',
  'wait-for-decision',
  'tie-refund-to-withdrawal',
  'escalate',
] as const;
export type ActionType = (typeof actionTypes)[number];

export const payers = ['seller', 'buyer'] as const;
/** The reasons Seller Central offers when a return request is closed without a return. */
export const closeReasons = [
  'cancelled-at-buyer-request',
  'reshipped-no-return-needed',
  'technical-issue-awaiting-reply',
  'refund-without-return',
  'already-refunded',
] as const;
/** The grounds an A-to-z appeal can stand on. */
export const appealGrounds = ['proof-of-delivery', 'edd-not-passed', 'product-fine', 'return-then-refund', 'contact-attempts'] as const;

export interface Action {
  type: ActionType;
  /** A partial refund's share of the price. */
  percent?: number;
  payer?: (typeof payers)[number];
  reason?: (typeof closeReasons)[number];
  ground?: (typeof appealGrounds)[number];
}

/** What each optional field of an action may hold; `type` is required. */
const actionFields: Record<Exclude<keyof Action, 'type'>, (value: unknown) => boolean> = {
  percent: (value) => typeof value === 'number' && value > 0 && value < 100,
  payer: isOneOf(payers),
  reason: isOneOf(closeReasons),
  ground: isOneOf(appealGrounds),
};

/** An action as the engine accepts it: a known type, known fields only, each in range (absent or undefined when optional). */
export function isAction(input: unknown): input is Action {
  if (!isRecord(input) || !isOneOf(actionTypes)(input.type)) return false;
  return Object.entries(input).every(([key, value]) => key === 'type' || (hasOwn(actionFields, key) && (value === undefined || actionFields[key](value))));
}
