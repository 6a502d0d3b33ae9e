import { isAssessedShift, type ModuleCheck } from '../../course/module-check';
import { shiftResult } from '../../course/shift-result';
import { shiftReport, type Shift, type ShiftState } from '../../engine/simulator';
import { recordCheck } from '../../stores/course-progress';
import { $quizHistory, recordQuiz } from '../../stores/quiz-history';
import { policy } from '../../engine/loaded-policy';

/**
 * Records an assessed shift as the module's check, once: reloading a finished day adds no
 * attempt. Only the day the module's own settings name counts; a link naming the module for
 * any other day records nothing.
 */
export function recordShiftCheck(module: ModuleCheck | undefined, shift: Shift, state: ShiftState): void {
  if (!module || !isAssessedShift(module, shift.seed)) return;
  const result = shiftResult(shift, shiftReport(policy, shift, state), state.now);
  if ($quizHistory.get().some((r) => r.quizId === result.quizId && r.finishedAt === result.finishedAt)) return;
  recordQuiz(result);
  recordCheck(module.id, result);
}
