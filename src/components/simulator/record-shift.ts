import { shiftResult } from '../../course/shift-result';
import { shiftReport, type Shift, type ShiftState } from '../../engine/simulator';
import { recordCheck } from '../../stores/course-progress';
import { $quizHistory, recordQuiz } from '../../stores/quiz-history';

/** Records an assessed shift as the module's check, once: reloading a finished day adds no attempt. */
export function recordShiftCheck(moduleId: string, shift: Shift, state: ShiftState): void {
  const result = shiftResult(shift, shiftReport(shift, state), state.now);
  if ($quizHistory.get().some((r) => r.quizId === result.quizId && r.finishedAt === result.finishedAt)) return;
  recordQuiz(result);
  recordCheck(moduleId, result);
}
