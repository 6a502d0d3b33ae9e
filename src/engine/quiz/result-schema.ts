import { z } from 'zod';
import { dateProblem } from '../dates';
import { areas } from '../policy/types';
import { questionKinds, type QuizResult } from './result';

/**
 * The zod schema of a `QuizResult` as it is stored and as it arrives in a file: strict, so a misspelt field is a
 * problem rather than silently dropped; no transforms, so the parsed value is the value that
 * was checksummed.
 */

/** A date-time with a time zone (what `Date.toISOString()` writes), on the calendar. */
export const isoDateTime = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value) ?? (/T.*(Z|[+-]\d{2}:\d{2})$/.test(value) ? null : 'expected a date-time with a time zone, such as 2026-03-01T09:30:00Z');
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

export const ruleIdSchema = z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/, 'expected a rule ID such as RET-2');

const percent = z.number().int().min(0).max(100);

export const itemOutcomeSchema = z
  .object({
    itemId: z.string().min(1),
    kind: z.enum(questionKinds),
    area: z.enum(areas),
    rules: z.array(ruleIdSchema),
    correct: z.boolean(),
  })
  .strict();

export const quizResultSchema: z.ZodType<QuizResult> = z
  .object({
    quizId: z.string().min(1),
    seed: z.string(),
    score: percent,
    passMark: percent,
    passed: z.boolean(),
    startedAt: isoDateTime,
    finishedAt: isoDateTime,
    items: z.array(itemOutcomeSchema),
  })
  .strict()
  .superRefine((result, ctx) => {
    if (Date.parse(result.finishedAt) < Date.parse(result.startedAt))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['finishedAt'], message: 'finished before it started' });
  });
