import type { ActionType } from '../actions';

/**
 * The simulator's own words for what a trainee can do and how a buyer can respond.
 * Actions still come from the engine's one vocabulary (../actions.ts); this file only
 * sorts them into the roles they play in a case.
 */

export const temperaments = ['calm', 'impatient', 'angry', 'vague'] as const;
export type Temperament = (typeof temperaments)[number];

/** Looking something up inside the company: answered at once, costs simulated time. */
export const investigations = [
  'check-tracking',
  'check-stock',
  'check-listing',
  'check-order-date',
  'confirm-with-product-team',
  'contact-carrier',
  'contact-logistics-team',
  'review-return-history',
  'check-return-cost',
] as const satisfies readonly ActionType[];
export type Investigation = (typeof investigations)[number];

/** Asking the buyer for information: answered by the buyer in the next message. */
export const buyerQuestions = ['ask-photos', 'ask-details', 'ask-reason', 'ask-correct-address'] as const satisfies readonly ActionType[];
export type BuyerQuestion = (typeof buyerQuestions)[number];

/** Every action that can bring a hidden fact of a scenario to light. */
export const revealers = [...investigations, ...buyerQuestions] as const;
export type Revealer = (typeof revealers)[number];

export const isInvestigation = (type: string): type is Investigation => (investigations as readonly string[]).includes(type);
export const isBuyerQuestion = (type: string): type is BuyerQuestion => (buyerQuestions as readonly string[]).includes(type);

/**
 * What a buyer does after a reply. `answers` (the buyer supplies what was asked) is the
 * engine's to decide; an authored scenario may set the others.
 */
export const reactions = ['accepts', 'answers', 'asks-more', 'goes-quiet', 'opens-claim', 'leaves-feedback'] as const;
export type Reaction = (typeof reactions)[number];
export const authoredReactions = ['accepts', 'asks-more', 'goes-quiet', 'opens-claim', 'leaves-feedback'] as const;

/** How well a round went, as the buyer feels it; computed from the rules, never authored. */
export const qualities = ['good', 'fair', 'poor'] as const;
export type Quality = (typeof qualities)[number];

/** The urgency a trainee names at triage: the status of the most pressing due deadline. */
export const urgencies = ['overdue', 'due-soon', 'open', 'none'] as const;
export type Urgency = (typeof urgencies)[number];

export const phases = ['triage', 'act', 'reply', 'closed'] as const;
export type Phase = (typeof phases)[number];

export const outcomeKinds = ['resolved', 'unresolved', 'claim', 'negative-feedback'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];
