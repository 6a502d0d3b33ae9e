import { z } from 'zod';
import { isoDate } from '../engine/iso-date-schema';
import type { QuizResult } from '../engine/quiz/result';
import { emptyQueue, recordResult, reviewQueueSchema } from '../engine/quiz/review-queue';
import { persistedAtom } from './persisted';
import { storageNow } from './storage-setup';

/**
 * The trainee's review queue ("Practise my weak rules"). The quiz engine defines the queue and
 * how it changes; this store only keeps it, with the time of its last change.
 */

export const reviewQueueStateSchema = z.object({
  queue: reviewQueueSchema,
  /** Null for a queue carried over from version 1, which did not record it. */
  updatedAt: isoDate.nullable(),
});
export type ReviewQueueState = z.infer<typeof reviewQueueStateSchema>;

/** Version 1 stored the bare queue; version 2 wraps it with the time of its last change. */
function fromV1(old: unknown): ReviewQueueState {
  return { queue: reviewQueueSchema.parse(old), updatedAt: null };
}

export const $reviewQueue = persistedAtom<ReviewQueueState>({
  key: 'review-queue',
  version: 2,
  schema: reviewQueueStateSchema,
  migrations: { 1: fromV1 },
  initial: { queue: emptyQueue(), updatedAt: null },
});

/** A finished quiz moves the rules it tested through the queue: missed ones back to the start, right ones a box up. */
export function recordReviewResult(result: QuizResult): void {
  const now = storageNow().toISOString();
  $reviewQueue.set({ queue: recordResult($reviewQueue.get().queue, result, now), updatedAt: now });
}
