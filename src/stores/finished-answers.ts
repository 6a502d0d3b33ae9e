import { z } from 'zod';
import { isoDate } from '../engine/iso-date-schema';
import { persistedAtom } from './persisted';
import { sessionAnswerSchema, type SessionAnswer } from './quiz-session';

/**
 * The answers given in the last finished quizzes, so that reopening a finished quiz's link
 * shows its result with what was chosen (the result in the quiz history keeps only right or
 * wrong). One entry per quiz, the newest attempt; oldest first; at most FINISHED_ANSWERS_LIMIT.
 */
export const FINISHED_ANSWERS_LIMIT = 30;

export const finishedAnswersSchema = z.array(
  z.object({
    quizId: z.string().min(1),
    finishedAt: isoDate,
    answers: z.record(z.string(), sessionAnswerSchema),
  }),
);

export type FinishedAnswers = z.infer<typeof finishedAnswersSchema>[number];

export const $finishedAnswers = persistedAtom<FinishedAnswers[]>({
  key: 'finished-answers',
  version: 1,
  schema: finishedAnswersSchema,
  migrations: {},
  initial: [],
});

export function recordFinishedAnswers(quizId: string, finishedAt: string, answers: Record<string, SessionAnswer>): void {
  const others = $finishedAnswers.get().filter((entry) => entry.quizId !== quizId);
  $finishedAnswers.set([...others, { quizId, finishedAt, answers }].slice(-FINISHED_ANSWERS_LIMIT));
}

/** The answers of the attempt that finished at `finishedAt`; null when they are not kept. */
export function finishedAnswersOf(quizId: string, finishedAt: string): Record<string, SessionAnswer> | null {
  return $finishedAnswers.get().find((entry) => entry.quizId === quizId && entry.finishedAt === finishedAt)?.answers ?? null;
}
