import { actionTypes, type ActionType } from '../actions';
import type { CaseKind } from '../case-kinds';
import { isInvestigation, type Investigation } from './vocabulary';

/**
 * What the simulator's "What do you do?" offers: the actions grouped by what they do, and for
 * each kind of case only the actions that make sense there. Checks are not here: they are
 * buttons of their own. A test holds every action a rule recommends or accepts for a kind to
 * the kind's list, so limiting the choice never hides what the playbook wants.
 */

export const actionGroups = ['answer', 'money', 'goods', 'shipping', 'claims', 'feedback', 'wrap-up'] as const;
export type ActionGroup = (typeof actionGroups)[number];

/** An action a trainee can decide on: everything but the checks. */
export type ResolutionType = Exclude<ActionType, Investigation>;

/** The group of every action a trainee can decide on. */
export const groupOfAction: Record<ResolutionType, ActionGroup> = {
  'ask-photos': 'answer',
  'ask-details': 'answer',
  'ask-reason': 'answer',
  'ask-check-neighbours': 'answer',
  'ask-wait-until-edd': 'answer',
  'ask-refuse-delivery': 'answer',
  'ask-cancellation-request': 'answer',
  'ask-correct-address': 'answer',
  'contact-buyer-all-channels': 'answer',
  'offer-numbered-choices': 'answer',
  'give-tracking': 'answer',
  apologize: 'answer',
  'explain-listing': 'answer',
  'explain-shipping-paid': 'answer',
  'send-manual': 'answer',
  'promise-update': 'answer',
  'full-refund': 'money',
  'partial-refund': 'money',
  'refund-minus-shipping': 'money',
  'offer-gift': 'money',
  'suggest-local-repair': 'money',
  'tie-refund-to-withdrawal': 'money',
  reship: 'goods',
  'reship-part': 'goods',
  'send-donor-unit': 'goods',
  'authorize-return': 'goods',
  'give-return-instructions': 'goods',
  'inspect-return': 'goods',
  'close-return-request': 'goods',
  'refund-without-return': 'goods',
  'claim-lost-return': 'goods',
  'relabel-and-resell': 'goods',
  'dispose-or-bring-back': 'goods',
  'reship-to-new-address': 'shipping',
  'cancel-order': 'shipping',
  'ask-platform-address-change': 'shipping',
  'appeal-claim': 'claims',
  'submit-solution-to-amazon': 'claims',
  'wait-for-decision': 'claims',
  'ask-claim-withdrawal': 'claims',
  'ask-buyer-close-case': 'claims',
  'contact-platform-support': 'claims',
  'request-feedback-removal': 'feedback',
  'ask-feedback-removal': 'feedback',
  escalate: 'wrap-up',
  'mark-no-response-needed': 'wrap-up',
  'reply-from-order-page': 'wrap-up',
  'update-listing': 'wrap-up',
};

/** Offered for every kind: where the playbook names nothing, the simulator's neutral answer is one of these. */
const always: ResolutionType[] = ['apologize', 'promise-update', 'escalate'];

/**
 * The actions offered per kind of case. Some the playbook calls wrong for the kind are kept
 * on purpose (a refund tied to a withdrawal, a reship where the rules say no): a trainee
 * learns to pass them by. Actions no case of the kind could call for are left out.
 */
const offered: Record<CaseKind, ResolutionType[]> = {
  'amazon-message': [
    'ask-photos',
    'ask-details',
    'ask-reason',
    'ask-check-neighbours',
    'ask-wait-until-edd',
    'ask-refuse-delivery',
    'ask-cancellation-request',
    'ask-correct-address',
    'give-tracking',
    'explain-listing',
    'explain-shipping-paid',
    'send-manual',
    'full-refund',
    'partial-refund',
    'refund-minus-shipping',
    'offer-gift',
    'suggest-local-repair',
    'tie-refund-to-withdrawal',
    'reship',
    'reship-part',
    'send-donor-unit',
    'reship-to-new-address',
    'cancel-order',
    'ask-platform-address-change',
    'mark-no-response-needed',
    'reply-from-order-page',
    'update-listing',
  ],
  'amazon-return': [
    'ask-photos',
    'ask-details',
    'ask-reason',
    'explain-listing',
    'send-manual',
    'full-refund',
    'partial-refund',
    'refund-minus-shipping',
    'offer-gift',
    'tie-refund-to-withdrawal',
    'reship',
    'authorize-return',
    'give-return-instructions',
    'inspect-return',
    'close-return-request',
    'refund-without-return',
    'claim-lost-return',
    'relabel-and-resell',
    'dispose-or-bring-back',
    'update-listing',
  ],
  'amazon-atoz': [
    'ask-photos',
    'ask-details',
    'contact-buyer-all-channels',
    'give-tracking',
    'explain-listing',
    'full-refund',
    'partial-refund',
    'tie-refund-to-withdrawal',
    'reship',
    'authorize-return',
    'appeal-claim',
    'wait-for-decision',
    'ask-claim-withdrawal',
    'contact-platform-support',
  ],
  'amazon-property-claim': [
    'ask-photos',
    'ask-details',
    'full-refund',
    'partial-refund',
    'reship',
    'submit-solution-to-amazon',
    'wait-for-decision',
    'contact-platform-support',
  ],
  'amazon-chargeback': ['give-tracking', 'full-refund', 'partial-refund', 'wait-for-decision', 'contact-platform-support'],
  'amazon-feedback': [
    'ask-details',
    'full-refund',
    'partial-refund',
    'offer-gift',
    'tie-refund-to-withdrawal',
    'contact-platform-support',
    'request-feedback-removal',
    'ask-feedback-removal',
  ],
  'ebay-message': [
    'ask-photos',
    'ask-details',
    'ask-reason',
    'ask-check-neighbours',
    'ask-wait-until-edd',
    'ask-correct-address',
    'offer-numbered-choices',
    'give-tracking',
    'explain-listing',
    'send-manual',
    'full-refund',
    'partial-refund',
    'offer-gift',
    'reship',
    'reship-part',
    'authorize-return',
    'reship-to-new-address',
    'cancel-order',
  ],
  'ebay-inr': [
    'ask-check-neighbours',
    'ask-wait-until-edd',
    'offer-numbered-choices',
    'give-tracking',
    'full-refund',
    'partial-refund',
    'reship',
    'appeal-claim',
    'wait-for-decision',
    'ask-buyer-close-case',
    'contact-platform-support',
  ],
  'ebay-snad': [
    'ask-photos',
    'ask-details',
    'offer-numbered-choices',
    'explain-listing',
    'full-refund',
    'partial-refund',
    'refund-minus-shipping',
    'reship',
    'authorize-return',
    'give-return-instructions',
    'refund-without-return',
    'appeal-claim',
    'wait-for-decision',
    'ask-buyer-close-case',
    'contact-platform-support',
  ],
};

export interface OfferedGroup {
  group: ActionGroup;
  actions: ResolutionType[];
}

/** The actions offered for a kind of case, by group, each group and action in vocabulary order. */
export function offeredActions(kind: CaseKind): OfferedGroup[] {
  const mine = new Set<ResolutionType>([...always, ...offered[kind]]);
  const inOrder = actionTypes.filter((t): t is ResolutionType => !isInvestigation(t) && mine.has(t as ResolutionType));
  return actionGroups.map((group) => ({ group, actions: inOrder.filter((t) => groupOfAction[t] === group) })).filter((g) => g.actions.length > 0);
}

/** Whether the simulator offers an action for a kind of case. */
export const isOffered = (kind: CaseKind, type: ActionType): boolean => offeredActions(kind).some((g) => (g.actions as ActionType[]).includes(type));
