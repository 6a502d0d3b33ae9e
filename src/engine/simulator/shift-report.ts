import { deadlinesFor } from '../clock';
import { replyMeets } from './case-clock';
import { message, type Message } from '../message';
import { NEVER_DO_CAP, PASS_MARK, scoreTrace, type ScoreReport } from './score';
import { caseStateIn, inboxStatus, shiftCase, type InboxStatus, type OrderSlip, type Shift, type ShiftState } from './shift';
import type { Policy } from '../policy/policy';

/**
 * The end of a shift: the day's account-health figures, from each case's trace. Apart from
 * the shift's state machine so the inbox runs without the scoring, which loads when the day ends.
 */
/** Where a case's first reply stands at the end of the day. */
export type ReplyStanding = 'in-time' | 'late' | 'no-clock' | 'not-arrived';

export interface ShiftReport {
  cases: { index: number; status: InboxStatus; report?: ScoreReport; replyDue?: string; repliedAt?: string; replyMet: boolean | null; reply: ReplyStanding }[];
  /** Cases with a reply clock answered in time, of those with one that had arrived. */
  responseInTime: { met: number; of: number };
  /** Return requests counted as dissatisfied (HEALTH-3), of those that had arrived: one left unanswered counts. */
  returnDissatisfied: { count: number; of: number };
  claimsOpened: number;
  odrContributions: number;
  costByCurrency: Record<string, number>;
  slips: OrderSlip[];
  /** The day's score: the average of the closed cases, capped at `NEVER_DO_CAP` when any case holds a never-do. */
  averageScore: number | null;
  /** Cases in which the trainee did something the rules forbid outright. */
  neverDoCases: number[];
  /** Why the day's score is capped, when it is. */
  capNote?: Message;
}

/**
 * The day's account-health dashboard. A case that arrived and was never answered counts as late
 * where a reply was due; a case that had not arrived when the day ended counts nowhere.
 */
export function shiftReport(policy: Policy, shift: Shift, state: ShiftState): ShiftReport {
  const cases = shift.cases.map((c, index) => {
    const status = inboxStatus(policy, shift, state, index);
    const scenario = shiftCase(shift, state, index);
    const sim = state.openedAt[index] === null ? null : caseStateIn(policy, shift, state, index);
    const due = deadlinesFor(policy, { ...scenario.facts, asOf: c.arrivesAt }, c.arrivesAt).find((d) => d.type === 'due' && d.from === 'receivedAt'); // the response clock: from the buyer's message
    const repliedAt = sim?.firstReplyAt;
    const arrived = status !== 'not-arrived';
    const replyMet = due && arrived ? replyMeets(due, repliedAt) : null;
    const reply: ReplyStanding = !arrived ? 'not-arrived' : replyMet === null ? 'no-clock' : replyMet ? 'in-time' : 'late';
    const report = sim && sim.trace.length ? scoreTrace(policy, scenario, sim.trace) : undefined;
    return { index, status, ...(report && { report }), ...(due && { replyDue: due.closesAt }), ...(repliedAt && { repliedAt }), replyMet, reply };
  });
  const withClock = cases.filter((c) => c.replyMet !== null);
  const returns = cases.filter((c) => c.status !== 'not-arrived' && shift.cases[c.index]!.scenario.facts.kind === 'amazon-return');
  // HEALTH-3: a return request not answered in time is dissatisfied, as is one the case's score counts so.
  const dissatisfied = returns.filter((c) => c.repliedAt === undefined || c.replyMet === false || c.report?.contributions.some((k) => k.kind === 'return-dissatisfaction'));
  const contributions = cases.flatMap((c) => c.report?.contributions ?? []);
  const costByCurrency: Record<string, number> = {};
  for (const c of cases) if (c.report) costByCurrency[c.report.cost.currency] = (costByCurrency[c.report.cost.currency] ?? 0) + c.report.cost.spent;
  const scored = cases.filter((c) => c.report?.closed);
  const average = scored.length ? Math.round(scored.reduce((s, c) => s + c.report!.total, 0) / scored.length) : null;
  // The same cap as a case's: a never-do anywhere in the day fails the day.
  const neverDoCases = cases.filter((c) => (c.report?.neverDo.length ?? 0) > 0).map((c) => c.index);
  return {
    cases,
    responseInTime: { met: withClock.filter((c) => c.replyMet).length, of: withClock.length },
    returnDissatisfied: { count: dissatisfied.length, of: returns.length },
    claimsOpened: cases.filter((c) => c.report?.outcome?.kind === 'claim').length,
    odrContributions: contributions.filter((c) => c.kind === 'odr').length,
    costByCurrency,
    slips: state.slips,
    averageScore: average !== null && neverDoCases.length ? Math.min(average, NEVER_DO_CAP) : average,
    neverDoCases,
    ...(average !== null && neverDoCases.length > 0 && { capNote: message('sim.neverDoCapDay', { cap: NEVER_DO_CAP, pass: PASS_MARK, n: neverDoCases.length }) }),
  };
}
