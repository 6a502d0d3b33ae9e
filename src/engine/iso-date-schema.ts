import { z } from 'zod';
import { dateProblem } from './dates';

/** An ISO 8601 date or date-time, for zod schemas; the rule itself is `dateProblem` in dates.ts, which needs no zod. */
export const isoDate = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});
