import { z } from 'zod';
import { isoDate } from '../engine/dates';
import { areas } from '../engine/policy/types';
import type { ItemOutcome, QuizResult } from '../engine/quiz/result';
import { questionKinds } from '../engine/quiz/settings';

/** Zod schemas for the engine's quiz types, as they are stored and imported. */

/** Percent, 0–100. */
export const percentSchema = z.number().min(0).max(100);

export const itemOutcomeSchema: z.ZodType<ItemOutcome, z.ZodTypeDef, unknown> = z.object({
  itemId: z.string().min(1),
  kind: z.enum(questionKinds),
  area: z.enum(areas),
  rules: z.array(z.string().min(1)),
  correct: z.boolean(),
});

export const quizResultSchema: z.ZodType<QuizResult, z.ZodTypeDef, unknown> = z.object({
  quizId: z.string().min(1),
  seed: z.string(),
  score: percentSchema.int(),
  passMark: percentSchema,
  passed: z.boolean(),
  startedAt: isoDate,
  finishedAt: isoDate,
  items: z.array(itemOutcomeSchema),
});
