import type { ActionType, appealGrounds, closeReasons } from './actions';
import type { AdvisedAction } from './advise';
import { message, type Message } from './message';

/**
 * The actions in words: each a message the catalogs word (`engine.action.<type>`), written as a
 * plain `{ code }` so a page that names actions loads nothing more. The details an advised action
 * carries (a percentage, who pays, a reason, a ground) are messages too, `engine.action.<detail>`.
 */
export const actionLabels: Record<ActionType, Message> = {
  'full-refund': { code: 'action.full-refund' },
  'partial-refund': { code: 'action.partial-refund' },
  'refund-minus-shipping': { code: 'action.refund-minus-shipping' },
  'offer-gift': { code: 'action.offer-gift' },
  reship: { code: 'action.reship' },
  'reship-part': { code: 'action.reship-part' },
  'send-donor-unit': { code: 'action.send-donor-unit' },
  'reship-to-new-address': { code: 'action.reship-to-new-address' },
  'suggest-local-repair': { code: 'action.suggest-local-repair' },
  'authorize-return': { code: 'action.authorize-return' },
  'give-return-instructions': { code: 'action.give-return-instructions' },
  'inspect-return': { code: 'action.inspect-return' },
  'close-return-request': { code: 'action.close-return-request' },
  'refund-without-return': { code: 'action.refund-without-return' },
  'claim-lost-return': { code: 'action.claim-lost-return' },
  'relabel-and-resell': { code: 'action.relabel-and-resell' },
  'dispose-or-bring-back': { code: 'action.dispose-or-bring-back' },
  'ask-photos': { code: 'action.ask-photos' },
  'ask-details': { code: 'action.ask-details' },
  'ask-reason': { code: 'action.ask-reason' },
  'ask-check-neighbours': { code: 'action.ask-check-neighbours' },
  'ask-wait-until-edd': { code: 'action.ask-wait-until-edd' },
  'ask-refuse-delivery': { code: 'action.ask-refuse-delivery' },
  'ask-cancellation-request': { code: 'action.ask-cancellation-request' },
  'ask-correct-address': { code: 'action.ask-correct-address' },
  'ask-claim-withdrawal': { code: 'action.ask-claim-withdrawal' },
  'ask-feedback-removal': { code: 'action.ask-feedback-removal' },
  'ask-buyer-close-case': { code: 'action.ask-buyer-close-case' },
  'contact-buyer-all-channels': { code: 'action.contact-buyer-all-channels' },
  'offer-numbered-choices': { code: 'action.offer-numbered-choices' },
  'give-tracking': { code: 'action.give-tracking' },
  apologize: { code: 'action.apologize' },
  'explain-listing': { code: 'action.explain-listing' },
  'explain-shipping-paid': { code: 'action.explain-shipping-paid' },
  'send-manual': { code: 'action.send-manual' },
  'promise-update': { code: 'action.promise-update' },
  'check-tracking': { code: 'action.check-tracking' },
  'check-stock': { code: 'action.check-stock' },
  'check-listing': { code: 'action.check-listing' },
  'check-order-date': { code: 'action.check-order-date' },
  'confirm-with-product-team': { code: 'action.confirm-with-product-team' },
  'contact-carrier': { code: 'action.contact-carrier' },
  'contact-logistics-team': { code: 'action.contact-logistics-team' },
  'review-return-history': { code: 'action.review-return-history' },
  'check-return-cost': { code: 'action.check-return-cost' },
  'cancel-order': { code: 'action.cancel-order' },
  'ask-platform-address-change': { code: 'action.ask-platform-address-change' },
  'appeal-claim': { code: 'action.appeal-claim' },
  'submit-solution-to-amazon': { code: 'action.submit-solution-to-amazon' },
  'request-feedback-removal': { code: 'action.request-feedback-removal' },
  'contact-platform-support': { code: 'action.contact-platform-support' },
  'mark-no-response-needed': { code: 'action.mark-no-response-needed' },
  'reply-from-order-page': { code: 'action.reply-from-order-page' },
  'update-listing': { code: 'action.update-listing' },
  'wait-for-decision': { code: 'action.wait-for-decision' },
  'tie-refund-to-withdrawal': { code: 'action.tie-refund-to-withdrawal' },
  escalate: { code: 'action.escalate' },
};

const reasonLabels: Record<(typeof closeReasons)[number], Message> = {
  'cancelled-at-buyer-request': { code: 'action.reason.cancelled-at-buyer-request' },
  'reshipped-no-return-needed': { code: 'action.reason.reshipped-no-return-needed' },
  'technical-issue-awaiting-reply': { code: 'action.reason.technical-issue-awaiting-reply' },
  'refund-without-return': { code: 'action.reason.refund-without-return' },
  'already-refunded': { code: 'action.reason.already-refunded' },
};

const groundLabels: Record<(typeof appealGrounds)[number], Message> = {
  'proof-of-delivery': { code: 'action.ground.proof-of-delivery' },
  'edd-not-passed': { code: 'action.ground.edd-not-passed' },
  'product-fine': { code: 'action.ground.product-fine' },
  'return-then-refund': { code: 'action.ground.return-then-refund' },
  'contact-attempts': { code: 'action.ground.contact-attempts' },
};

/** An advised action in words: "Partial refund (up to 35%)", "Appeal the claim (proof of delivery)". */
export function describeAction(action: AdvisedAction): Message {
  const details: Message[] = [];
  if (action.percentAtMost !== undefined) details.push(message('action.upTo', { percent: action.percentAtMost }));
  if (action.percentAbove !== undefined) details.push(message('action.above', { percent: action.percentAbove }));
  if (action.payer) details.push(message(`action.payer.${action.payer}`));
  if (action.reason) details.push(message('list.or', { items: action.reason.map((r) => reasonLabels[r]) }));
  if (action.ground) details.push(message('list.or', { items: action.ground.map((g) => groundLabels[g]) }));
  const name = actionLabels[action.type];
  return details.length ? message('action.withDetails', { action: name, details: message('list.details', { items: details }) }) : name;
}
