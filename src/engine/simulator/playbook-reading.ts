import type { Action } from '../actions';
import { describeAction } from '../action-labels';
import { admits, advise as adviseFresh, judge as judgeFresh, type Advice, type AdviceItem, type AdvisedAction, type Judgement } from '../advise';
import type { Policy } from '../policy/policy';
import type { Condition } from '../policy/types';
import type { CaseFacts } from '../case';
import { message, type Message } from '../message';
import { costOf, refunds } from './cost-model';
import { isBuyerQuestion, isInvestigation, type Quality } from './vocabulary';

/**
 * How the simulator reads the playbook's advice: which of the recommended actions end a
 * case, what a verdict is worth, which concrete action stands for an advised one. No
 * verdict is made here; every one comes from `advise` and `judge`.
 */

// The same facts object is read many times in a step and in scoring; the engine's advice is
// pure, so it is kept per facts object (facts are never mutated once built).
const adviceCache = new WeakMap<Policy, WeakMap<CaseFacts, Advice>>();
const judgementCache = new WeakMap<Policy, WeakMap<CaseFacts, Map<string, Judgement>>>();

export function advise(policy: Policy, facts: CaseFacts): Advice {
  let byFacts = adviceCache.get(policy);
  if (!byFacts) adviceCache.set(policy, (byFacts = new WeakMap()));
  let advice = byFacts.get(facts);
  if (!advice) byFacts.set(facts, (advice = adviseFresh(policy, facts)));
  return advice;
}

export function judge(policy: Policy, facts: CaseFacts, action: Action): Judgement {
  let byFacts = judgementCache.get(policy);
  if (!byFacts) judgementCache.set(policy, (byFacts = new WeakMap()));
  let byAction = byFacts.get(facts);
  if (!byAction) byFacts.set(facts, (byAction = new Map()));
  const key = JSON.stringify(action);
  let judgement = byAction.get(key);
  if (!judgement) byAction.set(key, (judgement = judgeFresh(policy, facts, action)));
  return judgement;
}

/** Step between refund percentages the trainee can pick; a form granularity, not policy. */
export const PERCENT_STEP = 5;
/**
 * The percentage suggested for a partial refund where the playbook sets no limit. A
 * simulator choice for "what would have scored best", not a policy figure.
 */
export const OPENING_OFFER_PERCENT = 15;

/** An action that settles something with the buyer, rather than looking something up or asking. */
export const isClosingType = (type: string): boolean => !isInvestigation(type) && !isBuyerQuestion(type);

/** How a reply goes out (MSG-3), not what it offers: it never settles the buyer's problem. */
const deliveryActions: readonly string[] = ['reply-from-order-page', 'mark-no-response-needed'];
/**
 * Asking the buyer to undo a claim, case or feedback, or tidying the listing: these follow
 * a solution, they are not one.
 */
const followUps: readonly string[] = ['ask-buyer-close-case', 'ask-claim-withdrawal', 'ask-feedback-removal', 'update-listing'];

/**
 * Fact tests in a condition: the more a branch tests, the more specific it is to this case.
 * A stock test does not count: being in stock makes another answer possible (SHIP-3), not better.
 */
function leaves(condition: Condition): number {
  if ('all' in condition) return condition.all.reduce((n, c) => n + leaves(c), 0);
  if ('any' in condition) return condition.any.reduce((n, c) => n + leaves(c), 0);
  if ('not' in condition) return leaves(condition.not);
  return condition.fact === 'inStock' ? 0 : 1;
}

const specificity = (policy: Policy, item: AdviceItem): number =>
  Math.max(0, ...item.citations.map((c) => leaves(policy.ruleById.get(c.ruleId)?.branches?.find((b) => b.key === c.branch)?.when ?? { all: [] })));

/**
 * The actions that resolve this case: the recommended ones (else the acceptable ones) that
 * settle something, a solution before a follow-up. Empty when the playbook names no
 * resolution: then any action it does not call wrong will do.
 */
export function closingOptions(policy: Policy, facts: CaseFacts): AdviceItem[] {
  const advice = advise(policy, facts);
  const pool = (items: AdviceItem[]) => items.filter((i) => isClosingType(i.action.type) && !deliveryActions.includes(i.action.type));
  const items = pool(advice.recommended).length ? pool(advice.recommended) : pool(advice.acceptable);
  const solutions = items.filter((i) => !followUps.includes(i.action.type));
  return solutions.length ? solutions : items;
}

/** The verdict on an action, with "nothing named" told apart from "not what the playbook names". */
export type Reading = Judgement['verdict'] | 'open';

export interface ActionReading {
  reading: Reading;
  judgement: Judgement;
  /** Share of the policy points the action earns. */
  value: number;
  /** How the buyer experiences it, before the wording of the reply is counted. */
  quality: Quality;
}

const ACCEPTABLE_VALUE = 0.6;
const UNNAMED_VALUE = 0.2;

export function readAction(policy: Policy, facts: CaseFacts, action: Action): ActionReading {
  const judgement = judge(policy, facts, action);
  const read = (reading: Reading, value: number, quality: Quality): ActionReading => ({ reading, judgement, value, quality });
  if (judgement.verdict === 'wrong') return read('wrong', 0, 'poor');
  if (!isClosingType(action.type))
    return judgement.verdict === 'recommended'
      ? read('recommended', 1, 'good')
      : read(judgement.verdict, judgement.verdict === 'acceptable' ? ACCEPTABLE_VALUE : UNNAMED_VALUE, judgement.verdict === 'acceptable' ? 'fair' : 'poor');
  const options = closingOptions(policy, facts);
  if (judgement.verdict === 'unjudged') return options.length === 0 ? read('open', 1, 'good') : read('unjudged', UNNAMED_VALUE, 'poor');
  if (options.some((item) => admits(item.action, action))) return read(judgement.verdict, 1, 'good');
  if (deliveryActions.includes(action.type)) return read(judgement.verdict, judgement.verdict === 'recommended' ? 1 : ACCEPTABLE_VALUE, 'fair');
  // A follow-up before any solution, or an acceptable action where a better one is named.
  return read(judgement.verdict, judgement.verdict === 'recommended' ? 1 : ACCEPTABLE_VALUE, 'fair');
}

/** A concrete action that an advised one admits: its limit as the percentage, its first reason or ground. */
export function concreteAction(advised: AdvisedAction): Action {
  const action: Action = { type: advised.type };
  if (advised.type === 'partial-refund') {
    action.percent = advised.percentAtMost ?? (advised.percentAbove !== undefined ? Math.min(advised.percentAbove + PERCENT_STEP, 100 - PERCENT_STEP) : OPENING_OFFER_PERCENT);
  }
  if (advised.payer) action.payer = advised.payer;
  if (advised.reason?.[0]) action.reason = advised.reason[0];
  if (advised.ground?.[0]) action.ground = advised.ground[0];
  return action;
}

/**
 * The closing action to show as best: from the most specific rule branch (as a rules
 * engine lets the most specific rule win), then cheapest for the seller, then one that
 * keeps an A-to-z claim out of the defect rate, then in playbook order.
 */
export function bestClosing(policy: Policy, facts: CaseFacts): Action {
  const options = closingOptions(policy, facts)
    .map((item, order) => ({ item, order, action: concreteAction(item.action) }))
    .filter(({ item, action }) => admits(item.action, action) && judge(policy, facts, action).verdict === item.verdict);
  if (options.length === 0) return neutralAction(policy, facts);
  const claimRefund = (a: Action) => (facts.kind === 'amazon-atoz' && refunds.includes(a.type) ? 1 : 0);
  options.sort(
    (a, b) =>
      specificity(policy, b.item) - specificity(policy, a.item) ||
      costOf(a.action, facts.order.price) - costOf(b.action, facts.order.price) ||
      claimRefund(a.action) - claimRefund(b.action) ||
      a.order - b.order,
  );
  return options[0]!.action;
}

/** Where the playbook names no resolution: a courteous step it does not call wrong. */
function neutralAction(policy: Policy, facts: CaseFacts): Action {
  for (const type of ['apologize', 'promise-update', 'offer-numbered-choices', 'escalate'] as const) {
    if (judge(policy, facts, { type }).verdict !== 'wrong') return { type };
  }
  return { type: 'escalate' };
}

/** A concrete action in words: "Partial refund (20%)", "Appeal the claim (proof of delivery)". */
export function describeChoice(action: Action): Message {
  const advised: AdvisedAction = {
    type: action.type,
    ...(action.payer && { payer: action.payer }),
    ...(action.reason && { reason: [action.reason] }),
    ...(action.ground && { ground: [action.ground] }),
  };
  const named = describeAction(advised);
  return action.percent !== undefined ? message('action.withPercent', { action: named, percent: action.percent }) : named;
}
