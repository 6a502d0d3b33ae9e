import type { Action, ActionType } from '../actions';
import { actionLabels } from '../action-labels';
import { formatFigure } from '../figures';
import { figureOf } from '../policy/registry';
import { hashSeed, mulberry32, pickOne, shuffled } from './random';
import { scenarioSeed } from './scenario-facts';
import type { Scenario } from './scenario';
import type { SimState } from './state';

/**
 * Drafted replies for the action the trainee chose: one written the way the playbook asks,
 * and others with the kind of slip the reply checker catches (a link, an e-mail address, a
 * competitor's name, an order, blame). Which is which is never stored: the checker decides
 * when the trainee picks one.
 */
export interface ReplyDraft {
  text: string;
}

/** What the seller says they will do, in the buyer's language. */
const offers: Partial<Record<ActionType, (a: Action) => string>> = {
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
  'give-return-instructions': () => 'Here is how the return works: the return label and address are in your Amazon order, under Returns.',
  'refund-without-return': () => 'There is no need to send the item back: we have refunded you in full.',
  'ask-photos': () => 'Could you kindly send us a few photos of the item and the packaging? That lets us find the best solution for you.',
  'ask-details': () => 'Could you tell us a little more about what happens when you use it? That helps us find the right fix.',
  'ask-reason': () => 'May we ask why you would like to cancel? It helps us find the best option for you.',
  'ask-check-neighbours': () => 'Would you mind checking your mailbox and asking your neighbours? Parcels marked delivered often turn up there.',
  'ask-wait-until-edd': () => 'The parcel is still within its estimated delivery date, so it is on its way to you.',
  'ask-refuse-delivery': () => 'If you would rather not keep it, you are welcome to refuse the delivery, and we will refund you as soon as it is on its way back.',
  'ask-cancellation-request': () => 'Could you send us a cancellation request from your order page? We will cancel the order straight away.',
  'ask-correct-address': () => 'Could you send us the full, correct address? We will check at once whether the parcel can still be redirected.',
  'ask-claim-withdrawal': () => 'Now that this is sorted out, would you consider withdrawing the claim? Thank you very much for your understanding.',
  'ask-feedback-removal': () => 'Now that this is sorted out, would you consider removing the feedback? Thank you for giving us the chance to fix it.',
  'ask-buyer-close-case': () => 'Now that this is sorted out, would you mind closing the case? Thank you for your patience.',
  'contact-buyer-all-channels': () => 'We have tried to reach you by e-mail, text and phone, and would like to fix this for you directly.',
  'offer-numbered-choices': () => 'We can offer you two options:\n1. a replacement sent free of charge\n2. a full refund\nWhich would you prefer?',
  'give-tracking': () => 'Your tracking number is in your order details; the latest scan shows the parcel on its way to you.',
  apologize: () => 'We are truly sorry for how this has gone, and we are looking into it personally.',
  'explain-listing': () => 'The listing states the size and details of this item; we are happy to go through them with you.',
  'explain-shipping-paid': () => 'The shipping cost was already paid to the carrier when the parcel left us, so that part cannot be refunded.',
  'send-manual': () => 'We have attached the manual and a short step-by-step guide to setting it up.',
  'promise-update': () => 'We are checking with the carrier now.',
  'cancel-order': () => 'We have cancelled the order; Amazon will refund you automatically.',
  'ask-platform-address-change': () => 'Amazon customer service can change the address before the order ships; could you contact them from your order page?',
  'appeal-claim': () => 'We have sent Amazon the details of this order so they can review the claim.',
  'submit-solution-to-amazon': () => 'We have sent our proposed solution to Amazon and will follow up with you.',
  'reply-from-order-page': () => 'We are writing to you from your order page to make sure you receive this.',
};

const updateWithin = () => formatFigure(figureOf('SHIP-8', 'updateWithin'), 'en');

function offerSentence(action: Action): string {
  const compose = offers[action.type];
  if (compose) return compose(action);
  return `We are taking care of it now (${actionLabels[action.type].en.toLowerCase()}).`;
}

/** Slips that break a message rule outright (MSG-4, MSG-5, AZ-9). */
const errorSlips = (platform: Scenario['platform']): string[] => [
  'You can follow everything on our website: www.bestdeal-support.com/orders',
  'If it is easier, write to us directly at help@bestdeal-support.com.',
  ...(platform === 'amazon'
    ? ['If you prefer, we can also send the money through PayPal.', 'If you withdraw the claim, we will refund you straight away.']
    : []),
];
/** Slips in tone (MSG-6, MSG-10). */
const toneSlips = [
  'Please wait until we get back to you.',
  'You should have read the description more carefully before ordering.',
  'You must send us the order number first.',
];

export function draftsFor(scenario: Scenario, state: SimState): ReplyDraft[] {
  const action = state.pending;
  if (!action) return [];
  const random = mulberry32(hashSeed(scenarioSeed(scenario), 'drafts', state.round));
  const item = scenario.facts.order.item ?? 'order';
  const opening = state.round === 1 ? `Thank you for your message about your ${item}.` : 'Thank you for getting back to us.';
  const body = (extra: string) =>
    [
      `Hello ${scenario.buyer.name},`,
      '',
      `${opening} We are very sorry for the trouble this has caused you.`,
      '',
      `${offerSentence(action)}${extra ? ` ${extra}` : ''}`,
      '',
      `We will update you within ${updateWithin()}. If anything is unclear, you are welcome to reply to this message at any time.`,
      '',
      'Kind regards,',
      'Customer Service',
    ].join('\n');
  const drafts = [body(''), body(pickOne(random, errorSlips(scenario.platform))), body(pickOne(random, toneSlips))];
  return shuffled(random, drafts).map((text) => ({ text }));
}
