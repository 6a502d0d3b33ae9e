import { z } from 'zod';
import { formatIssues } from '../engine/issues';
import { dateProblem } from '../engine/dates';
import { isIsoDuration } from './iso-duration';

/**
 * What is wrong with a statement by xAPI 1.0.3 (Data, section 2.4), as `path: message` lines;
 * empty when nothing is. It covers what a record store checks before storing: exactly one
 * identifier for the actor, IRIs for verb, activity and extension keys, score bounds, the
 * duration and timestamp formats, a UUID for the ID, and no property the spec does not define.
 * The object must be an Activity: the only kind Casebook sends.
 */

const iri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/, 'expected an IRI (an absolute address such as https://…)');
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, 'expected a UUID');
const languageMap = z.record(z.string().regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as en-US'), z.string());
const extensions = z.record(iri, z.unknown());

const identifiers = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

const agent = z
  .object({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:[^\s@]+@[^\s@]+$/, 'expected mailto: and an e-mail address')
      .optional(),
    mbox_sha1sum: z
      .string()
      .regex(/^[0-9a-f]{40}$/i, 'expected a SHA-1 in hexadecimal')
      .optional(),
    openid: iri.optional(),
    account: z
      .object({ homePage: iri, name: z.string().min(1) })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((actor, ctx) => {
    const count = identifiers.filter((key) => actor[key] !== undefined).length;
    if (count !== 1) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `an Agent needs exactly one of ${identifiers.join(', ')}; found ${count}` });
  });

const activity = z
  .object({
    objectType: z.literal('Activity').optional(),
    id: iri,
    definition: z
      .object({
        name: languageMap.optional(),
        description: languageMap.optional(),
        type: iri.optional(),
        moreInfo: iri.optional(),
        extensions: extensions.optional(),
        // Interaction activities' own fields: allowed, not checked (Casebook does not send them).
        interactionType: z.unknown().optional(),
        correctResponsesPattern: z.unknown().optional(),
        choices: z.unknown().optional(),
        scale: z.unknown().optional(),
        source: z.unknown().optional(),
        target: z.unknown().optional(),
        steps: z.unknown().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const contextActivity = z.union([activity, z.array(activity)]);

const score = z
  .object({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.min !== undefined && value.max !== undefined && value.min >= value.max)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['min'], message: 'min must be below max' });
    if (value.raw !== undefined && value.min !== undefined && value.raw < value.min) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['raw'], message: 'raw is below min' });
    if (value.raw !== undefined && value.max !== undefined && value.raw > value.max) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['raw'], message: 'raw is above max' });
  });

// xAPI asks for ISO 8601; RFC 3339 (a date-time with its time zone) is the form it recommends and the one written here.
const timestamp = z.string().superRefine((value, ctx) => {
  const problem = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
    ? dateProblem(value.replace(/(\.\d{3})\d+/, '$1'))
    : 'expected an ISO 8601 date-time with a time zone, such as 2026-03-01T09:30:00.000Z';
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

const statementSchema = z
  .object({
    id: uuid,
    actor: agent,
    verb: z.object({ id: iri, display: languageMap.optional() }).strict(),
    object: activity,
    result: z
      .object({
        score: score.optional(),
        success: z.boolean().optional(),
        completion: z.boolean().optional(),
        response: z.string().optional(),
        duration: z.string().refine(isIsoDuration, 'expected an ISO 8601 duration such as PT12M30S').optional(),
        extensions: extensions.optional(),
      })
      .strict()
      .optional(),
    context: z
      .object({
        registration: uuid.optional(),
        instructor: agent.optional(),
        team: z.unknown().optional(),
        contextActivities: z
          .object({ parent: contextActivity.optional(), grouping: contextActivity.optional(), category: contextActivity.optional(), other: contextActivity.optional() })
          .strict()
          .optional(),
        revision: z.string().optional(),
        platform: z.string().optional(),
        language: z.string().optional(),
        statement: z.unknown().optional(),
        extensions: extensions.optional(),
      })
      .strict()
      .optional(),
    timestamp,
    stored: z.string().optional(),
    authority: z.unknown().optional(),
    version: z
      .string()
      .regex(/^1\.0(\.\d+)?$/, 'expected a 1.0.x version')
      .optional(),
    attachments: z.array(z.unknown()).optional(),
  })
  .strict();

export function statementProblems(statement: unknown): string[] {
  const parsed = statementSchema.safeParse(statement);
  return parsed.success ? [] : formatIssues(parsed.error);
}
