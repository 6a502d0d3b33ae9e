import { paramsOf, quizSettings, type QuizSettings } from '../engine/quiz/settings';
import type { CourseModule } from './schema';
import { checkSettings } from './status';
import { policy } from '../engine/loaded-policy';

/**
 * Whether a quiz or a shift is a module's check is decided by the module's own settings
 * (course.yaml), never by a link: `module=` in an address only says where the trainee came from.
 */

/** What of a module decides which quiz or shift is its check. */
export type ModuleCheck = Pick<CourseModule, 'id' | 'check'>;

/** The attempt numbers a check seed can carry (`<module>-<n>`, n from 1): digits only, no leading zero. */
const attemptPattern = /^[1-9]\d{0,8}$/;

/** Which attempt at the module's check these quiz settings are, or null when they are not its check. */
export function checkAttemptOf(module: ModuleCheck, settings: QuizSettings): number | null {
  const prefix = `${module.id}-`;
  if (!settings.seed.startsWith(prefix) || !attemptPattern.test(settings.seed.slice(prefix.length))) return null;
  const attempt = Number(settings.seed.slice(prefix.length));
  const expected = checkSettings(module, attempt);
  return expected && paramsOf(quizSettings(policy, expected)).toString() === paramsOf(settings).toString() ? attempt : null;
}

/** The module whose check these quiz settings are, if any. */
export function moduleOfQuiz<M extends ModuleCheck>(modules: readonly M[], settings: QuizSettings): M | null {
  return modules.find((m) => checkAttemptOf(m, settings) !== null) ?? null;
}

/** Whether the shift day drawn from `seed` is the module's assessed check. */
export const isAssessedShift = (module: ModuleCheck, seed: number): boolean => 'shift' in module.check && module.check.shift === seed;
