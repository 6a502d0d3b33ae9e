import type { Area } from '../policy/types';

/**
 * What a finished quiz leaves behind: enough for the trainee's history, the review queue,
 * a result file and xAPI statements. Plain data, no zod, so it is cheap to carry.
 */

export const questionKinds = ['fact', 'decision', 'case', 'fix-reply'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** One answered item: which rules it tested and whether the trainee got it right. */
export interface ItemOutcome {
  itemId: string;
  kind: QuestionKind;
  area: Area;
  /** Rule IDs the item tests (from the registry). */
  rules: string[];
  correct: boolean;
}

export interface QuizResult {
  /** The same settings and seed give the same quiz, and so the same ID. */
  quizId: string;
  seed: string;
  /** Percent, 0–100, rounded down. */
  score: number;
  passMark: number;
  passed: boolean;
  startedAt: string;
  finishedAt: string;
  items: ItemOutcome[];
}
