import { z } from 'zod';
import { actionSchema } from '../actions';
import { caseKinds, type CaseKind } from '../case-kinds';
import { investigations, urgencies } from './vocabulary';

/** The longest free-text reply the simulator accepts: far beyond any real message. */
export const MAX_REPLY_CHARS = 20_000;

/**
 * One thing the trainee does. A case is played as a list of these; the list (the trace) is
 * all scoring needs, and all a saved game needs to resume.
 */
export const decisionSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('triage'),
      kind: z.string().refine((k): k is CaseKind => (caseKinds as readonly string[]).includes(k), 'not a case kind'),
      /** `RULE-ID.key` of the most pressing deadline, or null when nothing is due. */
      deadline: z.string().min(1).nullable(),
      urgency: z.enum(urgencies),
    })
    .strict(),
  z.object({ type: z.literal('check'), check: z.enum(investigations) }).strict(),
  z.object({ type: z.literal('resolve'), action: actionSchema }).strict(),
  z.object({ type: z.literal('pick-draft'), draft: z.number().int().nonnegative() }).strict(),
  z
    .object({
      type: z.literal('write-reply'),
      text: z
        .string()
        .max(MAX_REPLY_CHARS, `a reply can be at most ${MAX_REPLY_CHARS} characters`)
        .refine((t) => t.trim().length > 0, 'a reply cannot be empty'),
    })
    .strict(),
  z.object({ type: z.literal('hint') }).strict(),
]);

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionType = Decision['type'];
