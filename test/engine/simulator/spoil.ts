import { caseKinds } from '../../../src/engine/case';
import type { Action } from '../../../src/engine/actions';
import {
  bestDecision,
  bestPath,
  buyerQuestions,
  concreteAction,
  draftsFor,
  generateScenario,
  hashSeed,
  initialState,
  knownFacts,
  step,
  stepBound,
  topicsFor,
  type Decision,
  type Scenario,
  type SimState,
} from '../../../src/engine/simulator';
import { advise, judge } from '../../../src/engine/advise';
import { policy } from '../../../src/engine/loaded-policy';

/**
 * Spoiled plays for the scoring properties: the rules' best path with one never-do put in,
 * the rest played by the rules as before.
 */

/** `count` practice cases, round every kind and its topics, each from its own seed. */
export function practiceCases(count: number, salt = 'practice'): Scenario[] {
  const variants = caseKinds.flatMap((kind) => topicsFor(kind).map((topic) => ({ kind, topic })));
  return Array.from({ length: count }, (_, i) => generateScenario(policy, { seed: hashSeed(salt, i), ...variants[i % variants.length]! }));
}

/** Plays the given decisions (each must be accepted), then lets the rules finish the case. */
export function finishByRules(scenario: Scenario, prefix: readonly Decision[]): { trace: Decision[]; state: SimState } {
  let state = initialState(scenario);
  for (const d of prefix) {
    const result = step(policy, scenario, state, d);
    if (!result.accepted) throw new Error(`${scenario.id}: ${JSON.stringify(d)} was refused`);
    state = result.state;
  }
  for (let i = 0; state.phase !== 'closed' && i < stepBound(policy, scenario); i++) state = step(policy, scenario, state, bestDecision(policy, scenario, state)!).state;
  return { trace: state.trace, state };
}

/** The best path up to (not including) its decision `i`, and the state there. */
function bestUntil(scenario: Scenario, i: number): { prefix: Decision[]; state: SimState } | undefined {
  const path = bestPath(policy, scenario);
  if (i < 0 || i >= path.length) return undefined;
  let state = initialState(scenario);
  for (const d of path.slice(0, i)) state = step(policy, scenario, state, d).state;
  return { prefix: path.slice(0, i), state };
}

/** An action the rules call wrong for what is known at the best path's first resolution, if any. */
export function wrongActionAt(scenario: Scenario): { prefix: Decision[]; action: Action } | undefined {
  const at = bestUntil(
    scenario,
    bestPath(policy, scenario).findIndex((d) => d.type === 'resolve'),
  );
  if (!at) return undefined;
  const known = knownFacts(scenario, at.state);
  const action = advise(policy, known)
    .wrong.map((item) => concreteAction(item.action))
    .find((a) => judge(policy, known, a).verdict === 'wrong');
  return action && { prefix: at.prefix, action };
}

/** The best path with a wrong action for its first resolution, then the rules' best from there. */
export function withWrongAction(scenario: Scenario): { trace: Decision[]; index: number } | undefined {
  const wrong = wrongActionAt(scenario);
  if (!wrong) return undefined;
  const { trace } = finishByRules(scenario, [...wrong.prefix, { type: 'resolve', action: wrong.action }]);
  return { trace, index: wrong.prefix.length };
}

/** Sentences that each break a message rule outright, put into an otherwise good reply. */
export const neverDoSentences = {
  email: 'If anything else comes up, you can also write to us at help@brightshop-support.com.',
  link: 'Every step is explained at www.brightshop-help.com/orders as well.',
  'five-star-for-discount': 'Leave us 5-star feedback and we will send you a 10% discount code.',
  blame: 'To be fair, it is your own fault: you did not read the listing.',
} as const;
export type NeverDoSentence = keyof typeof neverDoSentences;

/** What a buyer takes badly: every never-do sentence, and an order (a matter of tone, MSG-6). */
export const affrontSentences = { ...neverDoSentences, order: 'Please wait until it arrives, and do not open the box before then.' } as const;
export type AffrontSentence = keyof typeof affrontSentences;

const isReply = (d: Decision) => d.type === 'pick-draft' || d.type === 'write-reply';
const asksBuyer = (d: Decision | undefined) => d?.type === 'resolve' && (buyerQuestions as readonly string[]).includes(d.action.type);

/**
 * The best path whose first reply (`afterClosing`: first reply that settles something rather
 * than asks the buyer) is the best draft with a sentence added, then the rules' best.
 */
export function withSpoiledReply(scenario: Scenario, sentence: AffrontSentence, afterClosing = false): { trace: Decision[]; index: number } | undefined {
  const path = bestPath(policy, scenario);
  const i = path.findIndex((d, j) => isReply(d) && !(afterClosing && asksBuyer(path[j - 1])));
  const at = bestUntil(scenario, i);
  if (!at) return undefined;
  const best = path[i]!;
  const draft = best.type === 'pick-draft' ? draftsFor(policy, scenario, at.state)[best.draft]!.text : best.type === 'write-reply' ? best.text : '';
  const text = `${draft}\n\n${affrontSentences[sentence]}`;
  const { trace } = finishByRules(scenario, [...at.prefix, { type: 'write-reply', text }]);
  return { trace, index: at.prefix.length };
}
