import type { Action } from '../actions';
import { advise } from './playbook-reading';
import type { CaseFacts } from '../case';
import { deadlinesFor } from '../clock';
import { perPolicy, type Policy } from '../policy/policy';
import type { Decision } from './decision';
import { allHidden, factsWith } from './scenario-facts';
import type { Scenario } from './scenario';
import { investigations, revealers, type BuyerQuestion, type Investigation, type OutcomeKind, type Phase, type Revealer, type Urgency } from './vocabulary';

/**
 * The state of a case in play. Plain JSON, so a page can store it and resume after a
 * reload; every field follows from the scenario and the decisions in `trace`.
 */
export interface ThreadEntry {
  from: 'buyer' | 'seller';
  at: string;
  text: string;
}

export interface Outcome {
  kind: OutcomeKind;
  at: string;
  round: number;
}

export interface SimState {
  version: 1;
  phase: Phase;
  /** 1-based round of reply and buyer answer. */
  round: number;
  /** The simulated clock. */
  now: string;
  /** Indexes of the scenario's hidden facts found so far, in the order found. */
  revealed: number[];
  checks: Investigation[];
  asked: BuyerQuestion[];
  /** The resolution chosen this round, waiting for its reply. */
  pending?: Action;
  /** Resolutions that closed with something other than a question, in order. */
  resolutions: Action[];
  hintsThisRound: number;
  hints: number;
  firstReplyAt?: string;
  outcome?: Outcome;
  thread: ThreadEntry[];
  trace: Decision[];
}

/** Amazon sets no limit on rounds; after this many, the simulated buyer gives up. Not policy. */
export const AMAZON_ROUND_LIMIT = 4;
/** Hints a trainee can ask for in one round. */
export const MAX_HINTS_PER_ROUND = 2;

/** eBay: the playbook's round rule (MSG-12) is the limit. */
export function roundLimit(policy: Policy, scenario: Scenario): number {
  return scenario.platform === 'ebay' ? policy.figureOf('MSG-12', 'maxRounds').value : AMAZON_ROUND_LIMIT;
}

/** The most decisions any path through the scenario can take before the case closes. */
export function stepBound(policy: Policy, scenario: Scenario): number {
  return 1 + investigations.length + roundLimit(policy, scenario) * (2 + MAX_HINTS_PER_ROUND);
}

export function initialState(scenario: Scenario): SimState {
  return {
    version: 1,
    phase: 'triage',
    round: 1,
    now: scenario.facts.asOf!,
    revealed: [],
    checks: [],
    asked: [],
    resolutions: [],
    hintsThisRound: 0,
    hints: 0,
    thread: scenario.messages.map((m) => ({ from: 'buyer' as const, at: m.at, text: m.text })),
    trace: [],
  };
}

/** The facts as the trainee knows them now: visible ones plus what the checks revealed. */
export const knownFacts = (scenario: Scenario, state: SimState): CaseFacts => factsWith(scenario, state.revealed, state.now, state.round);

/** The facts as they really are, known or not: what the buyer and the world react to. */
export const trueFacts = (scenario: Scenario, state: SimState): CaseFacts => factsWith(scenario, allHidden(scenario), state.now, state.round);

/** Facts still hidden, as paths such as `tracking.state`, so a case file can mark them "not checked yet". */
export function unknownFacts(scenario: Scenario, state: SimState): string[] {
  const out: string[] = [];
  scenario.hidden.forEach((hidden, i) => {
    if (state.revealed.includes(i)) return;
    for (const [key, value] of Object.entries(hidden.reveals)) {
      if (value && typeof value === 'object') out.push(...Object.keys(value).map((inner) => `${key}.${inner}`));
      else out.push(key);
    }
  });
  return out;
}

export interface TriageAnswer {
  kind: CaseFacts['kind'];
  deadline: string | null;
  urgency: Urgency;
}

/** The right triage from the case clock: the first deadline the seller must meet, and its status. */
export function triageAnswer(policy: Policy, scenario: Scenario, state: SimState): TriageAnswer {
  const facts = knownFacts(scenario, state);
  const pressing = deadlinesFor(policy, facts, state.now).find((d) => d.type === 'due');
  return {
    kind: facts.kind,
    deadline: pressing ? `${pressing.ruleId}.${pressing.key}` : null,
    urgency: pressing ? (pressing.status as Urgency) : 'none',
  };
}

const neededCacheOf = perPolicy(() => new WeakMap<Scenario, Revealer[]>());

/**
 * The checks and questions the rules need on this case: those the playbook recommends once
 * everything is known, and those that reveal a fact the advice turns on.
 */
export function neededRevealers(policy: Policy, scenario: Scenario): Revealer[] {
  const neededCache = neededCacheOf(policy);
  const cached = neededCache.get(scenario);
  if (cached) return cached;
  const start = scenario.facts.asOf!;
  const full = factsWith(scenario, allHidden(scenario), start, 1);
  const advice = advise(policy, full);
  const fingerprint = (facts: CaseFacts) => {
    const a = advise(policy, facts);
    return [...a.recommended.map((i) => `+${i.key}`), ...a.wrong.map((i) => `-${i.key}`)].sort().join(' ');
  };
  const fullPrint = fingerprint(full);
  const needed = new Set<Revealer>(advice.recommended.map((i) => i.action.type).filter((t): t is Revealer => (revealers as readonly string[]).includes(t)));
  scenario.hidden.forEach((hidden, i) => {
    const without = factsWith(
      scenario,
      allHidden(scenario).filter((j) => j !== i),
      start,
      1,
    );
    if (fingerprint(without) !== fullPrint) needed.add(hidden.by);
  });
  const out = revealers.filter((r) => needed.has(r));
  neededCache.set(scenario, out);
  return out;
}
