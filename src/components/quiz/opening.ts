import type { QuizSession } from '../../stores/quiz-session';
import { sameQuiz } from './quiz-link';

/**
 * What opening a quiz link does, given the quizzes under way. A quiz in progress is never
 * replaced without asking: the same quiz resumes; a different one means asking the trainee.
 * With none in progress, a quiz set aside earlier comes back with its answers, else a new one starts.
 * `params` is the settings string as stored, so the stores find the very session.
 */
export type Opening = { kind: 'resume'; params: string } | { kind: 'ask'; active: QuizSession } | { kind: 'restore'; params: string } | { kind: 'start'; params: string };

export function planOpening(active: QuizSession | null, paused: readonly QuizSession[], wanted: string): Opening {
  if (active) return sameQuiz(active.params, wanted) ? { kind: 'resume', params: active.params } : { kind: 'ask', active };
  const kept = paused.find((s) => sameQuiz(s.params, wanted));
  return kept ? { kind: 'restore', params: kept.params } : { kind: 'start', params: wanted };
}
