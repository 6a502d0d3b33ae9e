import { deadlinesFor } from '../clock';
import { toMs } from '../dates';
import { scoreTrace, type ScoreReport } from './score';
import { caseStateIn, inboxStatus, shiftCase, type InboxStatus, type OrderSlip, type Shift, type ShiftState } from './shift';

/**
 * The end of a shift: the day's account-health figures, from each case's trace. Apart from
 * the shift's state machine so the inbox runs without the scoring, which loads when the day ends.
 */
export interface ShiftReport {
  cases: { index: number; status: InboxStatus; report?: ScoreReport; replyDue?: string; repliedAt?: string; replyMet: boolean | null }[];
  /** Cases with a reply clock answered in time, of those with one. */
  responseInTime: { met: number; of: number };
  returnDissatisfied: { count: number; of: number };
  claimsOpened: number;
  odrContributions: number;
  costByCurrency: Record<string, number>;
  slips: OrderSlip[];
  averageScore: number | null;
}

/** The day's account-health dashboard. A case never answered counts as late where a reply was due. */
export function shiftReport(shift: Shift, state: ShiftState): ShiftReport {
  const cases = shift.cases.map((c, index) => {
    const status = inboxStatus(shift, state, index);
    const scenario = shiftCase(shift, state, index);
    const sim = state.openedAt[index] === null ? null : caseStateIn(shift, state, index);
    const due = deadlinesFor({ ...scenario.facts, asOf: c.arrivesAt }, c.arrivesAt).find((d) => d.type === 'due' && d.from === 'receivedAt'); // the response clock: from the buyer's message
    const repliedAt = sim?.firstReplyAt;
    const replyMet = due ? repliedAt !== undefined && toMs(repliedAt) <= toMs(due.closesAt) : null;
    const report = sim && sim.trace.length ? scoreTrace(scenario, sim.trace) : undefined;
    return { index, status, ...(report && { report }), ...(due && { replyDue: due.closesAt }), ...(repliedAt && { repliedAt }), replyMet };
  });
  const withClock = cases.filter((c) => c.replyMet !== null);
  const returns = shift.cases.filter((c) => c.scenario.facts.kind === 'amazon-return').length;
  const contributions = cases.flatMap((c) => c.report?.contributions ?? []);
  const costByCurrency: Record<string, number> = {};
  for (const c of cases) if (c.report) costByCurrency[c.report.cost.currency] = (costByCurrency[c.report.cost.currency] ?? 0) + c.report.cost.spent;
  const scored = cases.filter((c) => c.report?.closed);
  return {
    cases,
    responseInTime: { met: withClock.filter((c) => c.replyMet).length, of: withClock.length },
    returnDissatisfied: { count: contributions.filter((c) => c.kind === 'return-dissatisfaction').length, of: returns },
    claimsOpened: cases.filter((c) => c.report?.outcome?.kind === 'claim').length,
    odrContributions: contributions.filter((c) => c.kind === 'odr').length,
    costByCurrency,
    slips: state.slips,
    averageScore: scored.length ? Math.round(scored.reduce((s, c) => s + c.report!.total, 0) / scored.length) : null,
  };
}
