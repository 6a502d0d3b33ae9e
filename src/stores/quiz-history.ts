import { z } from 'zod';
import type { QuizResult } from '../engine/quiz/result';
import { percentOfFraction } from './percent-of-fraction';
import { persistedAtom } from './persisted';
import { quizResultSchema } from './schemas';

/** Every finished quiz, oldest first; only the newest ones are kept so storage stays small. */
export const QUIZ_HISTORY_LIMIT = 200;

export const quizHistorySchema = z.array(quizResultSchema).max(QUIZ_HISTORY_LIMIT);

/** Version 1 kept the score and the pass mark as fractions 0–1. */
const quizResultV1Schema = z
  .object({ score: z.number().min(0).max(1), passMark: z.number().min(0).max(1) })
  .passthrough();

function fromV1(old: unknown): unknown {
  return z
    .array(quizResultV1Schema)
    .parse(old)
    .map((r) => ({ ...r, score: percentOfFraction(r.score), passMark: percentOfFraction(r.passMark) }));
}

export const $quizHistory = persistedAtom<QuizResult[]>({
  key: 'quiz-history',
  version: 2,
  schema: quizHistorySchema,
  migrations: { 1: fromV1 },
  initial: [],
});

export function recordQuiz(result: QuizResult): void {
  $quizHistory.set([...$quizHistory.get(), result].slice(-QUIZ_HISTORY_LIMIT));
}
