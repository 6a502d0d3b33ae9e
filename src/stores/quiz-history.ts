import { z } from 'zod';
import type { QuizResult } from '../engine/quiz/result';
import { $courseProgress, type CourseProgress } from './course-progress';
import { percentOfFraction } from './percent-of-fraction';
import { persistedAtom } from './persisted';
import { quizResultSchema } from './schemas';

/**
 * Every finished quiz, oldest first. Only the newest QUIZ_HISTORY_LIMIT quizzes are kept so
 * storage stays small, except module results: a quiz (or shift) that a module check attempt in
 * the course progress names is kept for as long as the course progress names it, however many
 * quizzes follow, because the course result file is built from it.
 */
export const QUIZ_HISTORY_LIMIT = 200;

export const quizHistorySchema = z.array(quizResultSchema);

/** Version 1 kept the score and the pass mark as fractions 0–1. */
const quizResultV1Schema = z.object({ score: z.number().min(0).max(1), passMark: z.number().min(0).max(1) }).passthrough();

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

/** How a check attempt names its quiz result: the same quiz, finished at the same moment. */
const attemptKey = (quizId: string, at: string): string => `${quizId}\n${at}`;

/** The results the course progress names as module check attempts. */
export function moduleResultKeys(progress: CourseProgress): Set<string> {
  return new Set(Object.values(progress.modules).flatMap((m) => m.checks.flatMap((c) => (c.quizId ? [attemptKey(c.quizId, c.at)] : []))));
}

/** Every module result, and the newest `limit` other quizzes, in their order. */
export function trimHistory(history: readonly QuizResult[], moduleResults: ReadonlySet<string>, limit = QUIZ_HISTORY_LIMIT): QuizResult[] {
  const others = history.filter((r) => !moduleResults.has(attemptKey(r.quizId, r.finishedAt)));
  const dropped = new Set(others.slice(0, Math.max(0, others.length - limit)));
  return history.filter((r) => !dropped.has(r));
}

export function recordQuiz(result: QuizResult): void {
  $quizHistory.set(trimHistory([...$quizHistory.get(), result], moduleResultKeys($courseProgress.get())));
}
