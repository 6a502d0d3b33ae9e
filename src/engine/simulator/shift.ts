import type { CaseKind } from '../case';
import { holds } from '../conditions';
import { dateProblem, toIso, toMs, HOUR_MS, DAY_MS } from '../dates';
import { viewOf } from '../facts-view';
import type { Policy } from '../policy/policy';
import { readableRuleOf } from '../readable-rule';
import type { L10n } from '../text';
import { generateScenario } from './generate';
import { hashSeed, intBetween, mulberry32, pickOne } from './random';
import type { Scenario } from './scenario';
import { initialState, type SimState } from './state';
import { play, step, type Effect } from './step';

/**
 * Shift mode: an Amazon inbox of cases arriving over a simulated working day. The trainee
 * chooses which case to open next (MSG-1 sets the order of work) and plays it; one clock
 * runs through the day. Pure, like the rest: the shift comes from a seed, the state is JSON.
 */

export const SHIFT_MIN_CASES = 8;
export const SHIFT_MAX_CASES = 15;
/** The working day: from 09:00 to 17:00 UTC. Simulator pacing, not policy. */
const DAY_START_HOUR = 9;
const DAY_HOURS = 8;

export interface ShiftCase {
  scenario: Scenario;
  arrivesAt: string;
}

export interface Shift {
  seed: number;
  startsAt: string;
  endsAt: string;
  cases: ShiftCase[];
}

export interface OrderSlip {
  opened: number;
  /** A case that was waiting and comes earlier in the order of work. */
  before: number;
}

export interface ShiftState {
  version: 1;
  now: string;
  /** When each case was opened, or null. */
  openedAt: (string | null)[];
  /** The decisions made in each case. */
  traces: unknown[][];
  current: number | null;
  slips: OrderSlip[];
  ended: boolean;
}

/** Kinds of an Amazon inbox, with topics that make the order of work matter. */
const inboxMix: { kind: CaseKind; topic?: string }[] = [
  { kind: 'amazon-message', topic: 'cancel-before-shipping' },
  { kind: 'amazon-return' },
  { kind: 'amazon-message', topic: 'where-is-my-order' },
  { kind: 'amazon-message', topic: 'damaged' },
  { kind: 'amazon-message', topic: 'cancel-after-shipping' },
  { kind: 'amazon-message' },
  { kind: 'amazon-return' },
  { kind: 'amazon-atoz' },
  { kind: 'amazon-feedback' },
];

/** Every date in a value moved by `deltaMs`; other strings stay as they are. */
function retime<T>(value: T, deltaMs: number): T {
  if (typeof value === 'string') return (dateProblem(value) === null ? toIso(toMs(value) + deltaMs).replace('.000Z', 'Z') : value) as T;
  if (Array.isArray(value)) return value.map((v) => retime(v, deltaMs)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retime(v, deltaMs)])) as T;
  return value;
}

export function generateShift(policy: Policy, seed: number): Shift {
  const random = mulberry32(hashSeed('shift', seed));
  const day = Date.UTC(2026, 2, 2) + (seed % 300) * DAY_MS;
  const startsAt = day + DAY_START_HOUR * HOUR_MS;
  const count = intBetween(random, SHIFT_MIN_CASES, SHIFT_MAX_CASES);
  const cases: ShiftCase[] = Array.from({ length: count }, (_, i) => {
    // The first two always make the order of work a choice: a cancellation and a return.
    const pick = i < 2 ? inboxMix[i]! : pickOne(random, inboxMix);
    // A third of the inbox is waiting from the night; the rest arrives during the day.
    const arrives = i < Math.ceil(count / 3) ? startsAt - intBetween(random, 1, 14) * HOUR_MS : startsAt + intBetween(random, 5, DAY_HOURS * 60 - 90) * 60_000;
    const drawn = generateScenario(policy, { seed: hashSeed(seed, i), kind: pick.kind, ...(pick.topic && { topic: pick.topic }) });
    const first = drawn.messages[0]!.at;
    const scenario = { ...retime(drawn, arrives - toMs(first)), id: `shift-${seed}-${i + 1}` };
    return { scenario, arrivesAt: toIso(arrives).replace('.000Z', 'Z') };
  }).sort((a, b) => a.arrivesAt.localeCompare(b.arrivesAt));
  return { seed, startsAt: toIso(startsAt).replace('.000Z', 'Z'), endsAt: toIso(startsAt + DAY_HOURS * HOUR_MS).replace('.000Z', 'Z'), cases };
}

export function initialShiftState(shift: Shift): ShiftState {
  return { version: 1, now: shift.startsAt, openedAt: shift.cases.map(() => null), traces: shift.cases.map(() => []), current: null, slips: [], ended: false };
}

/**
 * A case of the shift as it is played: opened at `openedAt`, so its clock starts there, and on
 * the day's one clock: the buyer's answers wait for the agent, who reads them on coming back
 * to the case, so the case and the inbox always show the same time.
 */
export function shiftCase(shift: Shift, state: ShiftState, index: number): Scenario {
  const { scenario } = shift.cases[index]!;
  const openedAt = state.openedAt[index] ?? state.now;
  return { ...scenario, buyerAnswers: 'at-once', facts: { ...scenario.facts, asOf: openedAt } };
}

export function caseStateIn(policy: Policy, shift: Shift, state: ShiftState, index: number): SimState {
  const scenario = shiftCase(shift, state, index);
  return play(policy, scenario, state.traces[index] ?? [], initialState(scenario)).state;
}

/** Where a case stands in the order of work (MSG-1): 0 first; cases the order does not name come last. */
export function workRank(policy: Policy, scenario: Scenario): number {
  const order = policy.ruleOf('MSG-1').workOrder ?? [];
  const view = viewOf(policy, scenario.facts);
  const at = order.findIndex((entry) => holds(policy, entry.when, view, 'MSG-1'));
  return at === -1 ? order.length : at;
}

export const workLabel = (policy: Policy, rank: number): L10n | undefined => readableRuleOf(policy, 'MSG-1').workOrder?.[rank]?.label;

export type InboxStatus = 'not-arrived' | 'waiting' | 'open' | 'closed';

export function inboxStatus(policy: Policy, shift: Shift, state: ShiftState, index: number): InboxStatus {
  if (state.openedAt[index] === null) return toMs(shift.cases[index]!.arrivesAt) <= toMs(state.now) ? 'waiting' : 'not-arrived';
  return caseStateIn(policy, shift, state, index).phase === 'closed' ? 'closed' : 'open';
}

export type ShiftResult = {
  state: ShiftState;
  accepted: boolean;
  reason?: 'not-waiting' | 'not-open' | 'case-open' | 'no-case' | 'ended' | 'nothing-to-wait-for';
  effects: Effect[];
};

const refuse = (state: ShiftState, reason: NonNullable<ShiftResult['reason']>): ShiftResult => ({ state, accepted: false, reason, effects: [] });

/** Opens a waiting case; a slip is noted when a case earlier in the order of work was waiting. */
export function openCase(policy: Policy, shift: Shift, state: ShiftState, index: number): ShiftResult {
  if (state.ended) return refuse(state, 'ended');
  if (state.current !== null) return refuse(state, 'case-open');
  if (inboxStatus(policy, shift, state, index) !== 'waiting') return refuse(state, 'not-waiting');
  const rank = workRank(policy, shift.cases[index]!.scenario);
  const earlier = shift.cases.findIndex((c, i) => i !== index && inboxStatus(policy, shift, state, i) === 'waiting' && workRank(policy, c.scenario) < rank);
  const openedAt = state.openedAt.map((at, i) => (i === index ? state.now : at));
  return {
    state: { ...state, openedAt, current: index, slips: earlier === -1 ? state.slips : [...state.slips, { opened: index, before: earlier }] },
    accepted: true,
    effects: [],
  };
}

/** One decision in the open case; the day's clock is the case's while it is open. */
export function stepShift(policy: Policy, shift: Shift, state: ShiftState, decision: unknown): ShiftResult {
  if (state.ended) return refuse(state, 'ended');
  const index = state.current;
  if (index === null) return refuse(state, 'no-case');
  const scenario = shiftCase(shift, state, index);
  const result = step(policy, scenario, caseStateIn(policy, shift, state, index), decision);
  if (!result.accepted) return { state, accepted: false, effects: result.effects };
  const traces = state.traces.map((t, i) => (i === index ? result.state.trace : t));
  const closed = result.state.phase === 'closed';
  const now = toIso(toMs(result.state.now)).replace('.000Z', 'Z');
  return { state: { ...state, traces, now, current: closed ? null : index }, accepted: true, effects: result.effects };
}

/**
 * Back to the inbox in the middle of a case: it stays open, its steps kept, and another case
 * may be opened; `resumeCase` goes on with it.
 */
export function leaveCase(state: ShiftState): ShiftState {
  return state.current === null ? state : { ...state, current: null };
}

/** Goes on with a case opened earlier and not closed; the case being worked is left as it is. */
export function resumeCase(policy: Policy, shift: Shift, state: ShiftState, index: number): ShiftResult {
  if (state.ended) return refuse(state, 'ended');
  if (inboxStatus(policy, shift, state, index) !== 'open') return refuse(state, 'not-open');
  return { state: { ...state, current: index }, accepted: true, effects: [] };
}

/** Nothing waiting: the clock jumps to the next arrival. */
export function waitForNext(shift: Shift, state: ShiftState): ShiftResult {
  if (state.ended) return refuse(state, 'ended');
  if (state.current !== null) return refuse(state, 'case-open');
  const next = shift.cases
    .map((c) => c.arrivesAt)
    .filter((at) => toMs(at) > toMs(state.now))
    .sort()[0];
  if (!next) return refuse(state, 'nothing-to-wait-for');
  return { state: { ...state, now: next }, accepted: true, effects: [] };
}

export function endShift(state: ShiftState): ShiftState {
  return { ...state, current: null, ended: true };
}
