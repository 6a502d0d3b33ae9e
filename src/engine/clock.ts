import type { CaseFacts } from './case';
import { holds, resolve } from './conditions';
import { DAY_MS, HOUR_MS, toIso, toMs } from './dates';
import { viewOf } from './facts-view';
import { readableRules } from './readable-rule';
import type { Policy } from './policy/policy';
import type { DateFact, DeadlineSpec, FigureRef } from './policy/types';
import type { L10n } from './text';

export type DeadlineStatus = 'not-yet-open' | 'open' | 'due-soon' | 'overdue' | 'closed';

export interface Deadline {
  ruleId: string;
  key: string;
  type: DeadlineSpec['type'];
  label: L10n;
  /** The case date the clock starts from, and its value. */
  from: DateFact;
  startsAt: string;
  opensAt?: string;
  closesAt: string;
  status: DeadlineStatus;
  /** Milliseconds from `now` to `closesAt`; negative once it has passed. */
  msLeft: number;
}

/** How close a due date must be to count as "due soon". A display choice, not policy. */
const DUE_SOON_MS = DAY_MS;

/** Payment usually happens when the order is placed; without a payment date, the order date stands in. */
export const dateFallback: Partial<Record<DateFact, DateFact>> = { 'order.paidAt': 'order.orderedAt' };

function dateOf(facts: CaseFacts, fact: DateFact): string | undefined {
  const value = fact.startsWith('order.') ? facts.order[fact.slice('order.'.length) as keyof CaseFacts['order']] : (facts as unknown as Record<string, unknown>)[fact];
  if (typeof value === 'string') return value;
  const stand = dateFallback[fact];
  return stand ? dateOf(facts, stand) : undefined;
}

function offsetMs(policy: Policy, ref: FigureRef, owner: string): number {
  const { value, figure } = resolve(policy, ref, owner);
  if (figure?.unit === 'hours') return value * HOUR_MS;
  if (figure?.unit === 'days') return value * DAY_MS;
  throw new Error(`deadline offset ${owner}.${ref.figure} must be in hours or days`);
}

function statusOf(spec: DeadlineSpec, now: number, opens: number | undefined, closes: number): DeadlineStatus {
  if (spec.type === 'due') return now > closes ? 'overdue' : closes - now <= DUE_SOON_MS ? 'due-soon' : 'open';
  if (opens !== undefined && now < opens) return 'not-yet-open';
  return now > closes ? 'closed' : 'open';
}

/**
 * The case clock: every deadline that applies to the case, computed from the case's own
 * dates, with its status at `now`. Sorted by when it closes.
 */
export function deadlinesFor(policy: Policy, facts: CaseFacts, now: Date | string): Deadline[] {
  const nowMs = typeof now === 'string' ? toMs(now) : now.getTime();
  const view = viewOf(policy, facts);
  const out: Deadline[] = [];
  // Readable rules: a deadline's label is shown as it is.
  for (const rule of readableRules(policy)) {
    for (const spec of rule.deadlines ?? []) {
      if (spec.when && !holds(policy, spec.when, view, rule.id)) continue;
      const start = dateOf(facts, spec.from);
      if (!start) continue;
      const startMs = toMs(start);
      const opens = spec.opens ? startMs + offsetMs(policy, spec.opens, rule.id) : undefined;
      const closes = startMs + offsetMs(policy, spec.closes, rule.id);
      out.push({
        ruleId: rule.id,
        key: spec.key,
        type: spec.type,
        label: spec.label,
        from: spec.from,
        startsAt: toIso(startMs),
        ...(opens !== undefined && { opensAt: toIso(opens) }),
        closesAt: toIso(closes),
        status: statusOf(spec, nowMs, opens, closes),
        msLeft: closes - nowMs,
      });
    }
  }
  return out.sort((a, b) => a.closesAt.localeCompare(b.closesAt));
}
