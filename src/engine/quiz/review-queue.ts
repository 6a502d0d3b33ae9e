import { z } from 'zod';
import { countSchema } from '../bounded-numbers';
import { DAY_MS, toIso, toMs } from '../dates';
import { isoDate } from '../iso-date-schema';
import type { QuizResult } from './result';

/**
 * The review queue behind "Practise my weak rules": spaced repetition over rule IDs, Leitner
 * style. A rule enters when the trainee misses it and waits in box 1, due at once; each time it
 * is answered right it moves up a box and waits longer; a miss sends it back to box 1. Plain
 * JSON, so a store can keep it; `now` is always passed in.
 */

/** Days a rule waits in each box before it is due again; box 1 is due at once. A training choice, not policy. */
export const boxIntervalsDays = [0, 1, 3, 7, 21] as const;
export const TOP_BOX = boxIntervalsDays.length;

export const ruleReviewSchema = z
  .object({
    box: z.number().int().min(1).max(TOP_BOX),
    /** When the rule is next due, ISO 8601. */
    due: isoDate,
    /** Times it was missed. */
    lapses: countSchema,
    /** Times it was reviewed in a quiz, right or wrong. */
    reviews: countSchema,
    lastReviewed: isoDate,
  })
  .strict();
export type RuleReview = z.infer<typeof ruleReviewSchema>;

export const reviewQueueSchema = z
  .object({
    version: z.literal(1),
    /** Rule ID → its place in the schedule. */
    rules: z.record(z.string().min(1), ruleReviewSchema),
  })
  .strict();
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;

/** A moment as an ISO string or milliseconds since 1970. */
export type Moment = string | number;
const msOf = (now: Moment): number => (typeof now === 'number' ? now : toMs(now));

export const emptyQueue = (): ReviewQueue => ({ version: 1, rules: {} });

/** Which rules a quiz result tested, and whether every item that tested each was answered right. */
function ruleOutcomes(result: Pick<QuizResult, 'items'>): Map<string, boolean> {
  const outcomes = new Map<string, boolean>();
  for (const item of result.items) for (const rule of item.rules) outcomes.set(rule, (outcomes.get(rule) ?? true) && item.correct);
  return outcomes;
}

/** The queue after a quiz: missed rules back to box 1 and due now; rules answered right, if queued, a box up. */
export function recordResult(queue: ReviewQueue, result: Pick<QuizResult, 'items'>, now: Moment): ReviewQueue {
  const at = msOf(now);
  const rules = { ...queue.rules };
  for (const [rule, right] of ruleOutcomes(result)) {
    const entry = rules[rule];
    if (!right) {
      rules[rule] = { box: 1, due: toIso(at), lapses: (entry?.lapses ?? 0) + 1, reviews: (entry?.reviews ?? 0) + 1, lastReviewed: toIso(at) };
    } else if (entry) {
      const box = Math.min(TOP_BOX, entry.box + 1);
      rules[rule] = { ...entry, box, due: toIso(at + boxIntervalsDays[box - 1]! * DAY_MS), reviews: entry.reviews + 1, lastReviewed: toIso(at) };
    }
  }
  return { version: 1, rules };
}

/** Rules due at `now`, weakest first (lowest box), then the most overdue, then the most often missed. */
export function dueRules(queue: ReviewQueue, now: Moment, limit: number = Infinity): string[] {
  const at = msOf(now);
  return Object.entries(queue.rules)
    .filter(([, entry]) => toMs(entry.due) <= at)
    .sort(([ruleA, a], [ruleB, b]) => a.box - b.box || toMs(a.due) - toMs(b.due) || b.lapses - a.lapses || ruleA.localeCompare(ruleB))
    .slice(0, Math.max(0, limit))
    .map(([rule]) => rule);
}
