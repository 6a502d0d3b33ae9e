import type { Action, ActionType } from '../actions';
import type { CaseKind } from '../case-kinds';
import { formatFigure } from '../figures';
import type { Policy } from '../policy/policy';
import { hashSeed, mulberry32, pickOne, shuffled } from './random';
import { scenarioSeed } from './scenario-facts';
import type { Scenario } from './scenario';
import type { SimState } from './state';
import type { Investigation } from './vocabulary';

/**
 * Drafted replies for the action the trainee chose: one written the way the playbook asks,
 * and others with the kind of slip the reply checker catches (a link, an e-mail address, a
 * competitor's name, an order, blame). Which is which is never stored: the checker decides
 * when the trainee picks one.
 */
export interface ReplyDraft {
  text: string;
}

/** What a draft may speak of: a claim or feedback the buyer could withdraw, and whose platform it is. */
interface DraftContext {
  platform: string;
  /** A claim exists that the buyer could withdraw. */
  claim: boolean;
  feedback: boolean;
}

/** Case kinds where the buyer has filed a claim. */
const claimKinds: readonly CaseKind[] = ['amazon-atoz', 'amazon-property-claim'];

const contextOf = (scenario: Scenario): DraftContext => ({
  platform: scenario.platform === 'ebay' ? 'eBay' : 'Amazon',
  claim: claimKinds.includes(scenario.facts.kind),
  feedback: scenario.facts.kind === 'amazon-feedback',
});

/** Asking for a withdrawal comes after the problem is solved, in a sentence of its own, and only where there is a claim (AZ-9). */
const askWithdrawal = 'Now that this is sorted out, would you consider withdrawing the claim? Thank you very much for your understanding.';
const askRemoval = 'Now that this is sorted out, would you consider removing the feedback? Thank you for giving us the chance to fix it.';

/** Why a return request closes, as the buyer hears it. */
const closings: Record<NonNullable<Action['reason']>, string> = {
  'cancelled-at-buyer-request': 'As you asked, the order has been cancelled, so there is nothing to send back.',
  'reshipped-no-return-needed': 'A replacement is on its way to you, so there is no need to send anything back.',
  'technical-issue-awaiting-reply': 'Before anything needs to come back, we would like to look at the technical issue with you; we look forward to your reply.',
  'refund-without-return': 'There is no need to send the item back: your money is on its way to you.',
  'already-refunded': 'Your money has already been returned to you, so there is no need to send the item back.',
};

/**
 * What the seller says they will do, in the buyer's language: one sentence for every action a
 * reply can carry (checks never reach a reply), so no draft falls back on an action's label.
 */
const offers: Record<Exclude<ActionType, Investigation>, (a: Action, c: DraftContext) => string> = {
  'full-refund': () => 'We have issued a full refund for this order; it should reach your account shortly.',
  'partial-refund': (a) => `As an apology we would like to refund ${a.percent ?? ''}% of the price, and you are welcome to keep the item.`,
  'refund-minus-shipping': () => 'We will refund the order; the only amount kept back is the shipping cost we have already paid to the carrier.',
  'offer-gift': () => 'We would like to send you a small gift to make up for this.',
  reship: () => 'We will send you a replacement free of charge and share the new tracking number as soon as it ships.',
  'reship-part': () => 'We will send you the missing part free of charge.',
  'send-donor-unit': () => 'We will send you a spare unit so you can take the missing part from it, free of charge.',
  'reship-to-new-address': () => 'We will send a new parcel to the new address free of charge.',
  'suggest-local-repair': () => 'We can suggest a trusted repair shop near you and cover a fair part of the cost.',
  'authorize-return': (a) =>
    a.payer === 'buyer' ? 'We have authorized your return; the return shipping is at your cost.' : 'We have authorized your return, and we will cover the return shipping.',
  'give-return-instructions': (_, c) => `Here is how the return works: the return label and address are in your ${c.platform} order, under Returns.`,
  'inspect-return': () => 'As soon as the item is back with us, we will look it over and let you know the outcome straight away.',
  'close-return-request': (a) => (a.reason ? closings[a.reason] : 'We have answered your return request here, so there is nothing more you need to do for now.'),
  'refund-without-return': () => 'There is no need to send the item back: we have refunded you in full.',
  'claim-lost-return': () => 'Your return has not reached us yet; we are following it up ourselves, and there is nothing more you need to do.',
  'relabel-and-resell': () => 'Thank you for sending the item back; everything is in order on our side.',
  'dispose-or-bring-back': () => 'Thank you for sending the item back; everything is in order on our side.',
  'ask-photos': () => 'Could you kindly send us a few photos of the item and the packaging? That lets us find the best solution for you.',
  'ask-details': () => 'Could you tell us a little more about what happens when you use it? That helps us find the right fix.',
  'ask-reason': () => 'May we ask why you would like to cancel? It helps us find the best option for you.',
  'ask-check-neighbours': () => 'Would you mind checking your mailbox and asking your neighbours? Parcels marked delivered often turn up there.',
  'ask-wait-until-edd': () => 'The parcel is still within its estimated delivery date, so it is on its way to you.',
  'ask-refuse-delivery': () => 'If you would rather not keep it, you are welcome to refuse the delivery, and we will refund you as soon as it is on its way back.',
  'ask-cancellation-request': () => 'Could you send us a cancellation request from your order page? We will cancel the order straight away.',
  'ask-correct-address': () => 'Could you send us the full, correct address? We will check at once whether the parcel can still be redirected.',
  'ask-claim-withdrawal': (_, c) => (c.claim ? askWithdrawal : 'We hope everything is now in order for you. Thank you very much for your understanding.'),
  'ask-feedback-removal': () => askRemoval,
  'ask-buyer-close-case': () => 'Now that this is sorted out, would you mind closing the case? Thank you for your patience.',
  'contact-buyer-all-channels': () => 'We saw your claim on this order and would like to put things right for you directly. Could you tell us what went wrong?',
  'offer-numbered-choices': () => 'We can offer you two options:\n1. a replacement sent free of charge\n2. a full refund\nWhich would you prefer?',
  'give-tracking': () => 'Your tracking number is in your order details; the latest scan shows the parcel on its way to you.',
  apologize: () => 'We are truly sorry for how this has gone, and we are looking into it personally.',
  'explain-listing': () => 'The listing states the size and details of this item; we are happy to go through them with you.',
  'explain-shipping-paid': () => 'The shipping cost was already paid to the carrier when the parcel left us, so that part cannot be refunded.',
  'send-manual': () => 'We have attached the manual and a short step-by-step guide to setting it up.',
  'promise-update': () => 'We are checking with the carrier now.',
  'cancel-order': (_, c) => `We have cancelled the order; ${c.platform} will refund you automatically.`,
  'ask-platform-address-change': (_, c) => `${c.platform} customer service can change the address before the order ships; could you contact them from your order page?`,
  'appeal-claim': (_, c) => `We have sent ${c.platform} the details of this order so they can review the claim.`,
  'submit-solution-to-amazon': () => 'We have sent our proposed solution to Amazon and will follow up with you.',
  'request-feedback-removal': (_, c) => `We have passed the details of this order on to ${c.platform}.`,
  'contact-platform-support': (_, c) => `We have asked ${c.platform} support to look into this with us.`,
  'mark-no-response-needed': () => 'Thank you for letting us know.',
  'reply-from-order-page': () => 'We are writing to you from your order page to make sure you receive this.',
  'update-listing': () => 'Thank you for pointing this out: we are correcting the item page so the details are clear.',
  'wait-for-decision': (_, c) => `${c.platform} is reviewing this now; we will let you know as soon as there is a decision.`,
  // The draft never writes the tie itself (AZ-9): the refund, then, where there is something to withdraw, the request on its own. The action's verdict shows the mistake.
  'tie-refund-to-withdrawal': (_, c) => ['We have issued a full refund for this order.', ...(c.claim ? [askWithdrawal] : c.feedback ? [askRemoval] : [])].join(' '),
  escalate: () => 'We have passed your case to our team lead, who will look into it personally.',
};

const updateWithin = (policy: Policy) => formatFigure(policy.figureOf('SHIP-8', 'updateWithin'), 'en');

/** Slips that break a message rule outright (MSG-4, MSG-5). None ties a remedy to a withdrawal: that is never offered as a draft. */
const errorSlips = (platform: Scenario['platform']): string[] => [
  'You can follow everything on our website: www.bestdeal-support.com/orders',
  'If it is easier, write to us directly at help@bestdeal-support.com.',
  ...(platform === 'amazon' ? ['If you prefer, we can also send the money through PayPal.'] : []),
];
/** Slips in tone (MSG-6, MSG-10). */
const toneSlips = [
  'Please wait until we get back to you.',
  'You should have read the description more carefully before ordering.',
  'You must send us the order number first.',
];

export function draftsFor(policy: Policy, scenario: Scenario, state: SimState): ReplyDraft[] {
  const action = state.pending;
  if (!action) return [];
  const random = mulberry32(hashSeed(scenarioSeed(scenario), 'drafts', state.round));
  const offer = offers[action.type as keyof typeof offers]?.(action, contextOf(scenario)) ?? '';
  const item = scenario.facts.order.item ?? 'order';
  const opening = state.round === 1 ? `Thank you for your message about your ${item}.` : 'Thank you for getting back to us.';
  const body = (extra: string) =>
    [
      `Hello ${scenario.buyer.name},`,
      '',
      `${opening} We are very sorry for the trouble this has caused you.`,
      '',
      [offer, extra].filter(Boolean).join(' '),
      '',
      `We will update you within ${updateWithin(policy)}. If anything is unclear, you are welcome to reply to this message at any time.`,
      '',
      'Kind regards,',
      'Customer Service',
    ].join('\n');
  const drafts = [body(''), body(pickOne(random, errorSlips(scenario.platform))), body(pickOne(random, toneSlips))];
  return shuffled(random, drafts).map((text) => ({ text }));
}
