import type { Action } from '../actions';
import type { Citation } from '../advise';
import { factLabels } from '../fact-labels';
import { formatMoney } from '../money';
import { deadlinesFor } from '../clock';
import type { Finding } from '../reply-check';
import { message, type Message, type Words } from '../message';
import type { L10n } from '../text';
import { bestDecision, bestResolution } from './best-decision';
import { bestPath } from './best-path';
import { replyMeets } from './case-clock';
import { moneyOut, refunds } from './cost-model';
import type { Decision } from './decision';
import { knowableFacts } from './knowable-facts';
import { replyNeverDos, wrongActionNeverDos, type FactsToJudge, type NeverDo } from './never-do';
import { advise, describeChoice, isClosingType, readAction, type Reading } from './playbook-reading';
import type { Scenario } from './scenario';
import { initialState, knownFacts, neededRevealers, trueFacts, type Outcome, type SimState } from './state';
import { step, type StepResult } from './step';
import { urgencies, type Revealer, type Urgency } from './vocabulary';
import { perPolicy, type Policy } from '../policy/policy';

/** An amount in both languages, as money is written everywhere ("327.80 EUR", "327.80 欧元"). */
const moneyWords = (amount: number, currency: string): L10n => ({ en: formatMoney(amount, currency, 'en'), 'zh-cn': formatMoney(amount, currency, 'zh-cn') });

/**
 * Scoring: a pure function of the scenario and the decisions taken. It replays the trace,
 * judges every choice with the rules as they stood at that moment, and compares cost and
 * account health with the best path the rules allow.
 */

export const dimensions = ['policy', 'buyer', 'cost', 'timeliness', 'health'] as const;
export type DimensionName = (typeof dimensions)[number];

/** Points each dimension is worth out of 100. A training choice, not policy. */
export const dimensionWeights: Record<DimensionName, number> = { policy: 40, buyer: 20, cost: 15, timeliness: 15, health: 10 };
export const PASS_MARK = 70;
/** Points each hint costs. */
export const HINT_COST = 5;
/** Timeliness points a check the case did not need costs. */
export const NEEDLESS_CHECK_COST = 5;
/** Account-health points each avoidable contribution costs. */
export const CONTRIBUTION_COST = 35;
/**
 * Policy points (of 100) each check or question the rules needed, and the trainee skipped,
 * costs on top of its own review line: two skipped cost more than an excellent band allows.
 */
export const SKIPPED_CHECK_COST = 15;
/**
 * The most a case scores once a never-do was committed (an action the rules call wrong, a
 * reply that breaks a message rule outright): below the pass mark, whatever else went well.
 */
export const NEVER_DO_CAP = 60;

export const bands = [
  { band: 'excellent', from: 90 },
  { band: 'pass', from: PASS_MARK },
  { band: 'near-miss', from: 50 },
  { band: 'fail', from: 0 },
] as const;
export type Band = (typeof bands)[number]['band'];

/** What a case can add to the account-health metrics beyond the playbook's answer. */
export const contributionKinds = ['late-response', 'return-dissatisfaction', 'odr', 'case-escalated', 'negative-feedback'] as const;
export type ContributionKind = (typeof contributionKinds)[number];

export interface ReviewItem {
  /** Position of the decision in the trace; absent for a step that was skipped. */
  index?: number;
  round: number;
  at: string;
  step: 'triage' | 'check' | 'resolve' | 'reply' | 'skipped-check' | 'rounds';
  /** What was chosen: an action's or a check's name, the triage, the draft. */
  chosen: Words;
  /** What the playbook says about a chosen action. */
  verdict?: Reading;
  citations: Citation[];
  ruleIds: string[];
  /** Why: the rule's reason where one applies, else the simulator's own note. */
  note: Words;
  best: Words;
  /** For a resolve step: the action named as best, if the playbook names one. */
  bestAction?: Action;
  points: number;
  max: number;
  findings?: Finding[];
}

export interface Contribution {
  kind: ContributionKind;
  ruleId: string;
}

export interface Dimension {
  score: number;
  weight: number;
  notes: Message[];
}

export interface ScoreReport {
  closed: boolean;
  outcome?: Outcome;
  dimensions: Record<DimensionName, Dimension>;
  hints: number;
  hintPenalty: number;
  total: number;
  passMark: number;
  passed: boolean;
  band: Band;
  bandLabel: Message;
  review: ReviewItem[];
  /** What the rules forbid outright and the trainee did; any one caps the total at `NEVER_DO_CAP`. */
  neverDo: NeverDo[];
  /** Why the total is capped, when it is. */
  capNote?: Message;
  cost: { spent: number; best: number; currency: string };
  contributions: Contribution[];
}

interface Replay {
  final: SimState;
  steps: { index: number; before: SimState; result: StepResult }[];
}

function replay(policy: Policy, scenario: Scenario, trace: readonly unknown[]): Replay {
  let state = initialState(scenario);
  const steps: Replay['steps'] = [];
  trace.forEach((decision, index) => {
    const result = step(policy, scenario, state, decision);
    if (result.accepted) steps.push({ index, before: state, result });
    state = result.state;
  });
  return { final: state, steps };
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Money out: every resolution that went out with a reply, plus what the platform takes after an escalation. */
const spentOn = (scenario: Scenario, final: SimState): number => moneyOut(final.resolutions, scenario.facts.order.price, final.outcome?.kind === 'claim');

interface DeadlineCheck {
  ruleId: string;
  label: L10n;
  met: boolean;
}

/** Deadlines the seller had to meet that were still open when the case opened, met by the first reply or not. */
function deadlinesMet(policy: Policy, scenario: Scenario, final: SimState): DeadlineCheck[] {
  const start = initialState(scenario);
  return deadlinesFor(policy, trueFacts(scenario, start), start.now)
    .filter((d) => d.type === 'due' && d.status !== 'overdue')
    .map((d) => ({ ruleId: d.ruleId, label: d.label, met: replyMeets(d, final.firstReplyAt) }));
}

/** What the case added to the account-health metrics. */
function contributionsOf(scenario: Scenario, final: SimState, deadlines: DeadlineCheck[], wrongClose: boolean): Contribution[] {
  const out: Contribution[] = [];
  const add = (kind: Contribution['kind'], ruleId: string) => {
    if (!out.some((c) => c.kind === kind)) out.push({ kind, ruleId });
  };
  const kind = scenario.facts.kind;
  const outcome = final.outcome?.kind;
  if (kind === 'amazon-message' && deadlines.some((d) => d.ruleId === 'MSG-2' && !d.met)) add('late-response', 'HEALTH-1');
  if (kind === 'amazon-return' && (deadlines.some((d) => d.ruleId === 'RET-5' && !d.met) || wrongClose || outcome === 'negative-feedback'))
    add('return-dissatisfaction', 'HEALTH-3');
  if (scenario.platform === 'amazon') {
    if (outcome === 'claim') add('odr', kind === 'amazon-chargeback' ? 'HEALTH-4-GENERAL' : 'HEALTH-4');
    if (outcome === 'negative-feedback') add('odr', 'HEALTH-4-GENERAL');
    // A claim the seller settles by refunding ends "Order refunded", which counts (AZ-5).
    if (kind === 'amazon-atoz' && outcome === 'resolved' && final.resolutions.some((a) => refunds.includes(a.type))) add('odr', 'AZ-5');
  } else {
    if (outcome === 'claim') add('case-escalated', 'EBAY-3');
    if (outcome === 'negative-feedback') add('negative-feedback', 'EBAY-1');
  }
  return out;
}

interface Raw {
  replay: Replay;
  spent: number;
  deadlines: DeadlineCheck[];
  contributions: Contribution[];
  wrongClose: boolean;
}

function raw(policy: Policy, scenario: Scenario, trace: readonly unknown[]): Raw {
  const played = replay(policy, scenario, trace);
  // Closing a return request the rules say not to close is an unreasonable rejection (HEALTH-3).
  const wrongClose = played.steps.some(({ before, result }) => {
    const decision = result.state.trace.at(-1);
    return (
      decision?.type === 'resolve' && decision.action.type === 'close-return-request' && readAction(policy, knownFacts(scenario, before), decision.action).reading === 'wrong'
    );
  });
  const deadlines = deadlinesMet(policy, scenario, played.final);
  return { replay: played, spent: spentOn(scenario, played.final), deadlines, contributions: contributionsOf(scenario, played.final, deadlines, wrongClose), wrongClose };
}

const referenceCacheOf = perPolicy(() => new WeakMap<Scenario, Raw>());
function reference(policy: Policy, scenario: Scenario): Raw {
  const referenceCache = referenceCacheOf(policy);
  let ref = referenceCache.get(scenario);
  if (!ref) referenceCache.set(scenario, (ref = raw(policy, scenario, bestPath(policy, scenario))));
  return ref;
}

/** A fact's value by its name (the catalogs word it), or as it is when it has none. */
const label = (fact: string, value: string): Message | string => factLabels[fact]?.values?.[value] ?? value;

/** A triage in words: the kind, the deadline (its label, or its key when it is none of the case's) and the urgency. */
function triageWords(policy: Policy, scenario: Scenario, state: SimState, t: { kind: string; deadline: string | null; urgency: Urgency }): Message {
  const deadline = t.deadline
    ? (deadlinesFor(policy, knownFacts(scenario, state), state.now).find((x) => `${x.ruleId}.${x.key}` === t.deadline)?.label ?? t.deadline)
    : message('sim.noDeadline');
  const urgency = urgencies.includes(t.urgency) ? message(`sim.urgency.${t.urgency}`) : t.urgency;
  return message('sim.triageChosen', { kind: label('kind', t.kind), deadline, urgency });
}

/** Rules that recommend a check or question on the case once everything is known. */
function citationsFor(policy: Policy, scenario: Scenario, by: Revealer): Citation[] {
  const start = initialState(scenario);
  return advise(policy, trueFacts(scenario, start))
    .recommended.filter((i) => i.action.type === by)
    .flatMap((i) => i.citations);
}

const factsToJudge = (policy: Policy, scenario: Scenario, state: SimState): FactsToJudge => ({
  found: knownFacts(scenario, state),
  knowable: knowableFacts(policy, scenario, state),
  truth: trueFacts(scenario, state),
});

const ruleIdsOf = (citations: Citation[]) => [...new Set(citations.map((c) => c.ruleId))];
const distinct = (citations: Citation[]) =>
  citations.filter((c, i) => citations.findIndex((o) => o.ruleId === c.ruleId && o.branch === c.branch && o.why.en === c.why.en) === i);

function reviewOf(policy: Policy, scenario: Scenario, replayed: Replay): { items: ReviewItem[]; needless: number; skippedChecks: number; neverDo: NeverDo[] } {
  const items: ReviewItem[] = [];
  const neverDo: NeverDo[] = [];
  const needed = neededRevealers(policy, scenario);
  let needless = 0;
  let skippedChecks = 0;
  let closedOnce = false;
  const skipped = (state: SimState) => {
    for (const by of needed) {
      if ((state.checks as string[]).includes(by) || (state.asked as string[]).includes(by)) continue;
      const citations = citationsFor(policy, scenario, by);
      const chosen = message('sim.nothingChosen');
      skippedChecks++;
      items.push({
        round: state.round,
        at: state.now,
        step: 'skipped-check',
        chosen,
        citations,
        ruleIds: ruleIdsOf(citations),
        note: message('sim.checkSkipped'),
        best: describeChoice({ type: by }),
        points: 0,
        max: 1,
      });
    }
  };

  for (const { index, before, result } of replayed.steps) {
    const decision = result.state.trace.at(-1)!;
    const base = { index, round: before.round, at: before.now };
    const best = bestDecision(policy, scenario, before);
    if (decision.type === 'triage') {
      const answer = best as Extract<Decision, { type: 'triage' }>;
      const points = Number(decision.kind === answer.kind) + Number(decision.deadline === answer.deadline) + Number(decision.urgency === answer.urgency);
      const ruleIds = answer.deadline ? [answer.deadline.split('.')[0]!] : [];
      items.push({
        ...base,
        step: 'triage',
        chosen: triageWords(policy, scenario, before, decision),
        citations: [],
        ruleIds,
        note: message(points === 3 ? 'sim.right' : 'sim.notRight'),
        best: triageWords(policy, scenario, before, answer),
        points,
        max: 3,
      });
    } else if (decision.type === 'check') {
      const { reading, judgement } = readAction(policy, knownFacts(scenario, before), { type: decision.check });
      const isNeeded = needed.includes(decision.check);
      neverDo.push(...wrongActionNeverDos(policy, base, 'check', { type: decision.check }, factsToJudge(policy, scenario, before)));
      const useful = isNeeded || reading === 'recommended' || reading === 'acceptable';
      if (!useful) needless++;
      // A check the rules need is often the one they recommend now, too: each reason once.
      const citations = isNeeded ? distinct([...judgement.citations, ...citationsFor(policy, scenario, decision.check)]) : judgement.citations;
      items.push({
        ...base,
        step: 'check',
        chosen: describeChoice({ type: decision.check }),
        verdict: reading,
        citations,
        ruleIds: ruleIdsOf(citations),
        note: message(isNeeded ? 'sim.checkNeeded' : useful ? 'sim.checkUseful' : 'sim.checkNeedless'),
        best: useful ? describeChoice({ type: decision.check }) : message('sim.skipCheck'),
        points: isNeeded ? 1 : 0,
        max: isNeeded ? 1 : 0,
      });
    } else if (decision.type === 'resolve') {
      if (isClosingType(decision.action.type) && !closedOnce) {
        closedOnce = true;
        skipped(before);
      }
      const read = readAction(policy, knownFacts(scenario, before), decision.action);
      const { reading, judgement } = read;
      const bestAction = bestResolution(policy, scenario, before);
      const note = judgement.citations[0]?.why ?? message(reading === 'open' ? 'sim.openCase' : 'sim.unjudgedAction');
      neverDo.push(...wrongActionNeverDos(policy, base, 'resolve', decision.action, factsToJudge(policy, scenario, before)));
      items.push({
        ...base,
        step: 'resolve',
        chosen: describeChoice(decision.action),
        verdict: reading,
        citations: judgement.citations,
        ruleIds: ruleIdsOf(judgement.citations),
        note,
        best: bestAction ? describeChoice(bestAction) : message('sim.noResolutionNamed'),
        ...(bestAction && { bestAction }),
        points: read.value * 2,
        max: 2,
      });
    } else if (decision.type === 'pick-draft' || decision.type === 'write-reply') {
      const findings = result.effects.find((e) => e.type === 'reply-checked');
      const list = findings?.type === 'reply-checked' ? findings.findings : [];
      const errors = list.some((f) => f.severity === 'error');
      const warnings = list.some((f) => f.severity === 'warning');
      neverDo.push(...replyNeverDos(base, list));
      const chosen = decision.type === 'pick-draft' ? message('sim.draft', { n: decision.draft + 1 }) : message('sim.ownReply');
      items.push({
        ...base,
        step: 'reply',
        chosen,
        citations: [],
        ruleIds: [...new Set(list.map((f) => f.ruleId))],
        note: message(errors ? 'sim.replyErrors' : warnings ? 'sim.replyWarnings' : 'sim.replyClean'),
        best: message('sim.replyBest'),
        points: errors ? 0 : warnings ? 0.5 : 1,
        max: 1,
        findings: list,
      });
    }
  }

  const final = replayed.final;
  if (final.phase === 'closed') {
    if (!closedOnce) skipped(final);
    if (scenario.platform === 'ebay') {
      const kept = final.outcome?.kind === 'resolved';
      items.push({
        round: final.round,
        at: final.now,
        step: 'rounds',
        chosen: message(kept ? 'sim.roundsKept' : 'sim.roundsBroken'),
        citations: [],
        ruleIds: ['MSG-12'],
        note: message(kept ? 'sim.roundsKept' : 'sim.roundsBroken'),
        best: message('sim.roundsBest'),
        points: kept ? 1 : 0,
        max: 1,
      });
    }
  }
  return { items, needless, skippedChecks, neverDo };
}

const outcomeScore: Record<Outcome['kind'], number> = { resolved: 100, unresolved: 40, claim: 0, 'negative-feedback': 0 };

/** The score of a played case: five dimensions, a total out of 100, a band and a review of every decision. */
export function scoreTrace(policy: Policy, scenario: Scenario, trace: readonly unknown[]): ScoreReport {
  const mine = raw(policy, scenario, trace);
  const ref = reference(policy, scenario);
  const final = mine.replay.final;
  const { items, needless, skippedChecks, neverDo } = reviewOf(policy, scenario, mine.replay);
  const price = scenario.facts.order.price;

  const earned = items.reduce((s, i) => s + i.points, 0);
  const possible = items.reduce((s, i) => s + i.max, 0);
  const skipCost = SKIPPED_CHECK_COST * skippedChecks;
  const policyScore = clamp((possible ? (100 * earned) / possible : 0) - skipCost);

  const outcome = final.outcome;
  const buyer = outcome ? outcomeScore[outcome.kind] : 0;

  const extraCost = Math.max(0, mine.spent - ref.spent);
  const cost = clamp(100 * (1 - extraCost / price));

  const met = mine.deadlines.filter((d) => d.met).length;
  const timeliness = clamp((mine.deadlines.length ? (100 * met) / mine.deadlines.length : 100) - NEEDLESS_CHECK_COST * needless);

  const extra = mine.contributions.filter((c) => !ref.contributions.some((r) => r.kind === c.kind));
  const health = clamp(100 - CONTRIBUTION_COST * extra.length);

  const currency = scenario.facts.order.currency;
  const scores: Record<DimensionName, { score: number; notes: Message[] }> = {
    policy: {
      score: policyScore,
      notes: [
        ...(items.length ? [message('sim.policyNote', { full: items.filter((i) => i.points === i.max).length, count: items.length })] : []),
        ...(skippedChecks ? [message('sim.skippedChecks', { n: skippedChecks, points: skipCost })] : []),
      ],
    },
    buyer: { score: buyer, notes: [message(`sim.outcome.${outcome?.kind ?? 'open'}`)] },
    cost: { score: cost, notes: [message('sim.costNote', { cost: moneyWords(mine.spent, currency), best: moneyWords(ref.spent, currency) })] },
    timeliness: {
      score: timeliness,
      notes: [
        ...(mine.deadlines.length ? mine.deadlines.map((d) => message(d.met ? 'sim.deadlineMet' : 'sim.deadlineMissed', { label: d.label })) : [message('sim.noDeadlines')]),
        ...(needless ? [message('sim.wastedTime', { n: needless })] : []),
      ],
    },
    health: { score: health, notes: extra.length ? extra.map((c) => message(`sim.contribution.${c.kind}`)) : [message('sim.healthClean')] },
  };

  const hintPenalty = final.hints * HINT_COST;
  const weighted = dimensions.reduce((s, d) => s + (dimensionWeights[d] * scores[d].score) / 100, 0);
  const uncapped = Math.round(clamp(weighted - hintPenalty));
  const total = neverDo.length ? Math.min(uncapped, NEVER_DO_CAP) : uncapped;
  const band = bands.find((b) => total >= b.from)!.band;
  return {
    closed: final.phase === 'closed',
    ...(outcome && { outcome }),
    dimensions: Object.fromEntries(dimensions.map((d) => [d, { score: Math.round(scores[d].score), weight: dimensionWeights[d], notes: scores[d].notes }])) as Record<
      DimensionName,
      Dimension
    >,
    hints: final.hints,
    hintPenalty,
    total,
    passMark: PASS_MARK,
    passed: total >= PASS_MARK,
    band,
    bandLabel: message(`sim.band.${band}`),
    review: items,
    neverDo,
    ...(neverDo.length > 0 && { capNote: message('sim.neverDoCap', { cap: NEVER_DO_CAP, pass: PASS_MARK }) }),
    cost: { spent: mine.spent, best: ref.spent, currency },
    contributions: mine.contributions,
  };
}
