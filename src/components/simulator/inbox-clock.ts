import { toMs } from '../../engine/dates';
import { caseDeadlines, type CaseDeadlineStatus } from '../../engine/simulator/case-clock';
import { caseStateIn, shiftCase, type Shift, type ShiftState } from '../../engine/simulator/shift';
import { policy } from '../../engine/loaded-policy';

/** What the inbox shows of a case's clock: the first date the seller must meet, and how far off it is. */
export interface InboxClock {
  closesAt: string;
  status: CaseDeadlineStatus;
  /** Milliseconds from the day's clock to the deadline; negative once it has passed. */
  left: number;
}

/**
 * The inbox's deadline for a case, from the engine's case clock at the day's time: the first
 * due date (met or missed once the case is answered), or null when no clock runs on the case.
 */
export function inboxClock(shift: Shift, state: ShiftState, index: number): InboxClock | null {
  const due = caseDeadlines(policy, shiftCase(shift, state, index), caseStateIn(policy, shift, state, index), state.now)
    .filter((d) => d.type === 'due')
    .sort((a, b) => toMs(a.closesAt) - toMs(b.closesAt))[0];
  return due ? { closesAt: due.closesAt, status: due.status, left: toMs(due.closesAt) - toMs(state.now) } : null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A stretch of time as a reader takes it in at a glance, in the page's language: minutes under
 * an hour, hours under two days, days beyond; always rounded down, so it never promises more time.
 */
export function formatSpan(ms: number, locale: string): string {
  const span = Math.abs(ms);
  const [value, unit] = span < HOUR ? [Math.floor(span / MINUTE), 'minute'] : span < 2 * DAY ? [Math.floor(span / HOUR), 'hour'] : [Math.floor(span / DAY), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
