import { toMs } from '../engine/dates';
import type { ItemOutcome } from '../engine/quiz/result';
import type { ResultFile } from './result-file';

/**
 * A quiz file and a course file seen the same way: one score, one pass, one list of items.
 * A course scores the mean of its module checks (rounded down, as a quiz score is) and is
 * passed when every module check is passed.
 */
export interface FileOutcome {
  /** The quiz ID, or the course ID. */
  id: string;
  score: number;
  passed: boolean;
  startedAt: string;
  finishedAt: string;
  items: ItemOutcome[];
}

// The dates were read through dateProblem with the rest of the file, so toMs gives a number for each.
const earliest = (dates: string[]): string => dates.reduce((a, b) => (toMs(b) < toMs(a) ? b : a));
const latest = (dates: string[]): string => dates.reduce((a, b) => (toMs(b) > toMs(a) ? b : a));

export function outcomeOf(file: ResultFile): FileOutcome {
  if (file.kind === 'quiz') {
    const { quizId, score, passed, startedAt, finishedAt, items } = file.result;
    return { id: quizId, score, passed, startedAt, finishedAt, items };
  }
  const results = file.modules.map((module) => module.result);
  return {
    id: file.courseId,
    score: Math.floor(results.reduce((sum, result) => sum + result.score, 0) / results.length),
    passed: results.every((result) => result.passed),
    startedAt: earliest(results.map((result) => result.startedAt)),
    finishedAt: latest(results.map((result) => result.finishedAt)),
    items: results.flatMap((result) => result.items),
  };
}
