import { ruleOf } from '../engine/loaded-policy';
import type { QuizResult } from '../engine/quiz/result';
import { PASS_MARK } from '../engine/quiz/settings';
import type { Shift, ShiftReport } from '../engine/simulator';
import { shiftPassed } from './status';

/**
 * The final shift as a module check: one item per case, tested on the rules its review
 * cites, right when the case passed; the score is the day's average case score.
 */
export function shiftResult(shift: Shift, report: ShiftReport, finishedAt: string): QuizResult {
  const items = report.cases.map((c) => {
    const rules = [...new Set(c.report?.review.flatMap((r) => r.ruleIds) ?? [])];
    // A case never worked broke the first rule of the inbox: answer in time, in MSG-1's order.
    const first = rules[0] ?? 'MSG-1';
    return {
      itemId: `shift-${shift.seed}-case-${c.index}`,
      kind: 'case' as const,
      area: ruleOf(first).area,
      rules: rules.length ? rules : [first],
      correct: c.report?.passed ?? false,
    };
  });
  const score = report.averageScore ?? 0;
  return {
    quizId: `shift-${shift.seed}`,
    seed: String(shift.seed),
    score,
    passMark: PASS_MARK,
    passed: shiftPassed(report.averageScore),
    startedAt: shift.startsAt,
    finishedAt,
    items,
  };
}
