import type { QuizResult } from '../engine/quiz/result';
import { PASS_MARK, type QuizSettingsInput } from '../engine/quiz/settings';
import type { CourseModule } from './schema';

export { gateStatus, type GateStatus } from './gate';
export { courseStatus, resumeModule, type ModuleState, type ModuleStatus, type ProgressFacts } from './module-state';

/**
 * Where a trainee stands in the course, from their stored progress: pure, so the course
 * pages, the progress page and the tests read the same answer.
 */

/** How many questions a module check asks. A product setting: a short quiz. */
export const CHECK_QUESTIONS = 8;

/**
 * The quiz a module check is: the module's areas, a fresh seed per attempt (so a retake is a
 * new quiz, and every trainee's n-th attempt is the same one), answers shown at the end.
 */
export function checkSettings(module: Pick<CourseModule, 'id' | 'check'>, attempt: number): QuizSettingsInput | null {
  if (!('areas' in module.check)) return null;
  return { areas: module.check.areas, count: CHECK_QUESTIONS, seed: `${module.id}-${attempt}`, feedback: 'end', difficulty: 2, kinds: ['fact', 'decision', 'fix-reply'] };
}

/** The final shift passes at the course's pass mark, on the day's average case score. */
export const shiftPassed = (averageScore: number | null): boolean => averageScore !== null && averageScore >= PASS_MARK;

/** Rules missed most often across a trainee's quizzes, most missed first (ties: rule ID). */
export function mostMissed(history: readonly Pick<QuizResult, 'items'>[], limit: number): { rule: string; missed: number; asked: number }[] {
  const tally = new Map<string, { missed: number; asked: number }>();
  for (const result of history)
    for (const item of result.items)
      for (const rule of item.rules) {
        const t = tally.get(rule) ?? { missed: 0, asked: 0 };
        tally.set(rule, { missed: t.missed + (item.correct ? 0 : 1), asked: t.asked + 1 });
      }
  return [...tally]
    .map(([rule, t]) => ({ rule, ...t }))
    .filter((r) => r.missed > 0)
    .sort((a, b) => b.missed - a.missed || (a.rule < b.rule ? -1 : 1))
    .slice(0, limit);
}
