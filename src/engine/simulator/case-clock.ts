import { deadlinesFor, type Deadline, type DeadlineStatus } from '../clock';
import { toMs } from '../dates';
import type { Scenario } from './scenario';
import { knownFacts, type SimState } from './state';
import type { Policy } from '../policy/policy';

/**
 * The case clock as the case file shows it. The playbook's clock (`deadlinesFor`) only knows
 * the dates of the case; in play, the first reply settles every date the seller must meet:
 * met when it went out in time, missed when not. Scoring reads the same test (`replyMeets`),
 * so the case file and the review never disagree.
 */
export type CaseDeadlineStatus = DeadlineStatus | 'met' | 'missed';

export interface CaseDeadline extends Omit<Deadline, 'status'> {
  status: CaseDeadlineStatus;
}

/** Whether a first reply sent at `repliedAt` (if any) meets a due date. */
export const replyMeets = (deadline: Pick<Deadline, 'closesAt'>, repliedAt: string | undefined): boolean =>
  repliedAt !== undefined && toMs(repliedAt) <= toMs(deadline.closesAt);

/** The deadlines the trainee sees, at `now` (the case's own time unless a shift's day says otherwise). */
export function caseDeadlines(policy: Policy, scenario: Scenario, state: SimState, now: string = state.now): CaseDeadline[] {
  const replied = state.firstReplyAt;
  return deadlinesFor(policy, knownFacts(scenario, state), now).map((d) =>
    d.type === 'due' && replied !== undefined ? { ...d, status: replyMeets(d, replied) ? 'met' : 'missed' } : d,
  );
}
