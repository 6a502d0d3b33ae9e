import { z } from 'zod';
import { persistedAtom } from './persisted';
import { $quizSession, newSession, sessionSchema, type QuizSession } from './quiz-session';

/**
 * Quizzes set aside with their answers, oldest first, so a quiz in progress is never lost when
 * another one starts: opening a different quiz moves the one in progress here, and opening a
 * quiz that is here takes it back, answers and place included.
 */
export const pausedQuizzesSchema = z.array(sessionSchema);

export const $pausedQuizzes = persistedAtom<QuizSession[]>({
  key: 'paused-quizzes',
  version: 1,
  schema: pausedQuizzesSchema,
  migrations: {},
  initial: [],
});

const without = (sessions: readonly QuizSession[], params: string) => sessions.filter((s) => s.params !== params);

/**
 * Makes the quiz `params` names the one in progress: its set-aside copy when there is one,
 * else a new start. A different quiz in progress is set aside first, and written before it is
 * replaced, so at every moment each quiz is kept somewhere.
 */
export function openQuiz(params: string): void {
  const active = $quizSession.get();
  if (active?.params === params) return;
  const kept = $pausedQuizzes.get().find((s) => s.params === params);
  if (active) $pausedQuizzes.set([...without($pausedQuizzes.get(), active.params), active]);
  $quizSession.set(kept ?? newSession(params));
  if (kept) $pausedQuizzes.set(without($pausedQuizzes.get(), params));
}

/** Throws a set-aside quiz away: only when the trainee asks for it. */
export function discardPaused(params: string): void {
  const paused = $pausedQuizzes.get();
  if (paused.some((s) => s.params === params)) $pausedQuizzes.set(without(paused, params));
}
