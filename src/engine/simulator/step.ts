import { toIso, toMs } from '../dates';
import { advise } from './playbook-reading';
import { actionLabels } from '../action-labels';
import { checkReply, type Finding } from '../reply-check';
import { message, type Message, type Words } from '../message';
import type { L10n } from '../text';
import { bestDecision, bestDraftIndex } from './best-decision';
import { buyerTurn } from './buyer';
import { isDecision, type DecisionType } from './decision';
import { draftsFor } from './drafts';
import { describeChoice, isClosingType, readAction } from './playbook-reading';
import { hashSeed, mulberry32 } from './random';
import { scenarioSeed } from './scenario-facts';
import type { Scenario } from './scenario';
import { MAX_HINTS_PER_ROUND, initialState, knownFacts, neededRevealers, roundLimit, trueFacts, unknownFacts, type Outcome, type SimState } from './state';
import { investigations, isBuyerQuestion, isInvestigation, type OutcomeKind, type Quality, type Reaction, type Revealer } from './vocabulary';
import type { Policy } from '../policy/policy';

/**
 * The case as a pure state machine: `step(policy, scenario, state, decision)` gives the next state
 * and the effects to show. It never throws on a bad decision: it rejects it, says why, and
 * leaves the state as it was.
 */

export type Effect =
  | { type: 'rejected'; reason: Message }
  | { type: 'clock'; from: string; to: string; minutes: number }
  /** What a check or the buyer's answer showed: the scenario's finding, or that nothing was new. */
  | { type: 'finding'; by: Revealer; text: Words; revealed: string[] }
  | { type: 'hint'; text: Message }
  | { type: 'reply-checked'; findings: Finding[] }
  | { type: 'buyer'; reaction: Reaction; says: string; line?: L10n }
  | { type: 'next-round'; round: number }
  | { type: 'closed'; outcome: Outcome };

export interface StepResult {
  state: SimState;
  effects: Effect[];
  accepted: boolean;
}

/** Simulated minutes each kind of step takes. The simulator's pacing, not policy. */
export const minutesFor = {
  triage: 5,
  resolve: 5,
  pickDraft: 5,
  writeReply: 15,
} as const;

/** How long a check usually takes, unless the scenario says otherwise. */
export const checkMinutes: Record<(typeof investigations)[number], number> = {
  'check-tracking': 5,
  'check-stock': 5,
  'check-listing': 10,
  'check-order-date': 2,
  'confirm-with-product-team': 90,
  'contact-carrier': 180,
  'contact-logistics-team': 90,
  'review-return-history': 15,
  'check-return-cost': 15,
};

/** How long the buyer takes to answer, by what they do. */
export const buyerMinutes: Record<Reaction, number> = {
  accepts: 240,
  answers: 360,
  'asks-more': 300,
  'goes-quiet': 48 * 60,
  'opens-claim': 720,
  'leaves-feedback': 720,
};

const MINUTE_MS = 60_000;

/** Decisions the trainee may take in this state; empty only once the case is closed. */
export function legalDecisionTypes(state: SimState): DecisionType[] {
  const hint: DecisionType[] = state.hintsThisRound < MAX_HINTS_PER_ROUND ? ['hint'] : [];
  switch (state.phase) {
    case 'triage':
      return ['triage'];
    case 'act':
      return [...(state.checks.length < investigations.length ? (['check'] as const) : []), 'resolve', ...hint];
    case 'reply':
      return ['pick-draft', 'write-reply', ...hint];
    case 'closed':
      return [];
  }
}

/** Checks not yet made. */
export const checksLeft = (state: SimState) => investigations.filter((c) => !state.checks.includes(c));

const reject = (state: SimState, reason: Message): StepResult => ({ state, effects: [{ type: 'rejected', reason }], accepted: false });

function advance(state: SimState, minutes: number, effects: Effect[]): SimState {
  if (minutes <= 0) return state;
  const to = toIso(toMs(state.now) + minutes * MINUTE_MS);
  effects.push({ type: 'clock', from: state.now, to, minutes });
  return { ...state, now: to };
}

/** Reveals the scenario's hidden fact behind an action, if it has one. */
function reveal(scenario: Scenario, state: SimState, by: Revealer, effects: Effect[], always: boolean): SimState {
  const index = scenario.hidden.findIndex((h) => h.by === by);
  const hidden = scenario.hidden[index];
  if (!hidden || state.revealed.includes(index)) {
    if (always) effects.push({ type: 'finding', by, text: message('sim.nothingNew'), revealed: [] });
    return state;
  }
  const before = unknownFacts(scenario, state);
  const next = { ...state, revealed: [...state.revealed, index] };
  const after = new Set(unknownFacts(scenario, next));
  effects.push({ type: 'finding', by, text: hidden.finding, revealed: before.filter((f) => !after.has(f)) });
  return next;
}

export function step(policy: Policy, scenario: Scenario, state: SimState, input: unknown): StepResult {
  if (state.phase === 'closed') return reject(state, message('sim.closed'));
  if (!isDecision(input)) return reject(state, message('sim.malformed'));
  const decision = input;
  if (!legalDecisionTypes(state).includes(decision.type)) return reject(state, message(decision.type === 'hint' ? 'sim.noHintsLeft' : 'sim.notNow'));

  const effects: Effect[] = [];
  const recorded = (next: SimState): StepResult => ({ state: { ...next, trace: [...state.trace, decision] }, effects, accepted: true });

  switch (decision.type) {
    case 'triage':
      return recorded({ ...advance(state, minutesFor.triage, effects), phase: 'act' });

    case 'check': {
      if (state.checks.includes(decision.check)) return reject(state, message('sim.checkedAlready'));
      const hidden = scenario.hidden.find((h) => h.by === decision.check);
      let next = advance(state, hidden?.minutes ?? checkMinutes[decision.check], effects);
      next = reveal(scenario, { ...next, checks: [...next.checks, decision.check] }, decision.check, effects, true);
      return recorded(next);
    }

    case 'hint': {
      effects.push({ type: 'hint', text: hintText(policy, scenario, state) });
      return recorded({ ...state, hintsThisRound: state.hintsThisRound + 1, hints: state.hints + 1 });
    }

    case 'resolve': {
      const { action } = decision;
      if (isInvestigation(action.type)) return reject(state, message('sim.investigationIsCheck'));
      if (action.type === 'partial-refund' && action.percent === undefined) return reject(state, message('sim.percentNeeded'));
      return recorded({ ...advance(state, minutesFor.resolve, effects), phase: 'reply', pending: action });
    }

    case 'pick-draft':
    case 'write-reply': {
      const text = decision.type === 'pick-draft' ? draftsFor(policy, scenario, state)[decision.draft]?.text : decision.text;
      if (text === undefined) return reject(state, message('sim.noSuchDraft'));
      return recorded(answer(policy, scenario, state, text, decision.type === 'pick-draft' ? minutesFor.pickDraft : minutesFor.writeReply, effects));
    }
  }
}

const downgrade: Record<Quality, Quality> = { good: 'fair', fair: 'poor', poor: 'poor' };

/** The reply goes out, the buyer answers, and the case either closes or goes another round. */
function answer(policy: Policy, scenario: Scenario, before: SimState, text: string, minutes: number, effects: Effect[]): SimState {
  const action = before.pending!;
  let state = advance(before, minutes, effects);
  state = { ...state, firstReplyAt: state.firstReplyAt ?? state.now, thread: [...state.thread, { from: 'seller', at: state.now, text }] };
  const findings = checkReply(text, { platform: scenario.platform, caseKind: scenario.facts.kind });
  effects.push({ type: 'reply-checked', findings });

  // The buyer reacts to the world as it is, not as the trainee has found it so far.
  const facts = trueFacts(scenario, state);
  let quality = readAction(policy, facts, action).quality;
  // Tone weighs on how the offer lands; the buyer answers the rest of the reply too (buyer.ts).
  if (findings.some((f) => f.kind === 'blame' || f.kind === 'order-tone')) quality = downgrade[quality];

  const question = isBuyerQuestion(action.type) ? action.type : undefined;
  const closing = isClosingType(action.type);
  const finalRound = state.round >= roundLimit(policy, scenario);
  const turn = buyerTurn({
    scenario,
    facts,
    action,
    quality,
    findings,
    round: state.round,
    finalRound,
    askedBefore: question !== undefined && state.asked.includes(question),
    firstClosing: closing && state.resolutions.length === 0,
    random: mulberry32(hashSeed(scenarioSeed(scenario), 'buyer', state.round, state.trace.length)),
  });

  if (question && !state.asked.includes(question)) state = { ...state, asked: [...state.asked, question] };
  if (closing) state = { ...state, resolutions: [...state.resolutions, action] };
  state = advance(state, scenario.buyerAnswers === 'at-once' ? 0 : buyerMinutes[turn.reaction], effects);
  if (turn.says) state = { ...state, thread: [...state.thread, { from: 'buyer', at: state.now, text: turn.says }] };
  effects.push({ type: 'buyer', reaction: turn.reaction, says: turn.says, ...(turn.line && { line: turn.line }) });
  if (question && turn.reaction === 'answers') state = reveal(scenario, state, question, effects, false);

  const ends: Partial<Record<Reaction, OutcomeKind>> = { accepts: 'resolved', 'opens-claim': 'claim', 'leaves-feedback': 'negative-feedback' };
  let outcome = ends[turn.reaction];
  // A buyer who cannot be reached does not answer; a good resolution settles the case anyway.
  if (!outcome && !facts.buyerReachable && quality === 'good' && closing) outcome = 'resolved';
  // eBay: past the round limit (MSG-12) the buyer escalates; on Amazon the buyer gives up.
  if (!outcome && finalRound) outcome = scenario.platform === 'ebay' ? 'claim' : 'unresolved';

  const { pending: _done, ...rest } = state;
  if (outcome) {
    const closed: Outcome = { kind: outcome, at: state.now, round: state.round };
    effects.push({ type: 'closed', outcome: closed });
    return { ...rest, phase: 'closed', outcome: closed };
  }
  effects.push({ type: 'next-round', round: state.round + 1 });
  return { ...rest, phase: 'act', round: state.round + 1, hintsThisRound: 0 };
}

function hintText(policy: Policy, scenario: Scenario, state: SimState): Message {
  const level = state.hintsThisRound + 1;
  if (state.phase === 'reply') return level === 1 ? message('sim.hintReply') : message('sim.hintDraft', { n: bestDraftIndex(policy, scenario, state) + 1 });
  if (level === 1) {
    const done: string[] = [...state.checks, ...state.asked];
    const missing = neededRevealers(policy, scenario).filter((r) => !done.includes(r));
    if (missing.length)
      return message('sim.hintChecks', {
        list: message('list.semicolon', { items: missing.map((r) => actionLabels[r]) }),
      });
    return message('sim.hintRules', { list: advise(policy, knownFacts(scenario, state)).ruleIds.join(', ') || '—' });
  }
  const best = bestDecision(policy, scenario, state);
  const action = best?.type === 'resolve' ? best.action : best?.type === 'check' ? { type: best.check } : undefined;
  return action ? message('sim.hintAction', { action: describeChoice(action) }) : message('sim.noHintsLeft');
}

/** Plays a list of decisions from a state; rejected ones change nothing, as in the live game. */
export function play(policy: Policy, scenario: Scenario, decisions: readonly unknown[], from: SimState): { state: SimState; results: StepResult[] } {
  let state = from;
  const results: StepResult[] = [];
  for (const decision of decisions) {
    const result = step(policy, scenario, state, decision);
    results.push(result);
    state = result.state;
  }
  return { state, results };
}

/**
 * A saved case, resumed: the stored trace replayed from the start. Decisions that no longer
 * fit (a corrupt or outdated save) are dropped and counted, never trusted.
 */
export function resume(policy: Policy, scenario: Scenario, stored: unknown): { state: SimState; dropped: number } {
  const decisions = Array.isArray(stored) ? stored : [];
  const { state, results } = play(policy, scenario, decisions, initialState(scenario));
  return { state, dropped: results.filter((r) => !r.accepted).length + (Array.isArray(stored) ? 0 : 1) };
}
