import { z } from 'zod';
import { formatIssues } from '../issues';
import type { Policy } from '../policy/policy';
import { areas } from '../policy/types';
import { questionKinds } from './result';

export { questionKinds };

/**
 * What a quiz is made of, and the quiz link that carries it: the same settings, seed
 * included, give every trainee of a cohort the same quiz.
 */

/** The course's pass mark for a module check, in percent. A product setting, not policy. */
export const PASS_MARK = 80;

export const quizPlatforms = ['amazon', 'ebay', 'both'] as const;
export const feedbackModes = ['each', 'end'] as const;

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 40;
/** A quiz longer than three hours is a mistake in the link, not a setting. */
export const MAX_TIME_LIMIT_MINUTES = 180;
const MAX_SEED_LENGTH = 64;

const noRepeats = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** The settings a quiz link may carry, its focus rules checked against the rules of `policy`. */
const buildSettingsSchema = (policy: Policy) =>
  z
    .object({
      /** Empty: every area. */
      areas: z.array(z.enum(areas)).refine(noRepeats, 'an area is listed twice').default([]),
      platform: z.enum(quizPlatforms).default('both'),
      count: z.number().int().min(MIN_QUESTIONS).max(MAX_QUESTIONS).default(10),
      difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
      timeLimitMinutes: z.number().int().min(1).max(MAX_TIME_LIMIT_MINUTES).optional(),
      feedback: z.enum(feedbackModes).default('end'),
      /** Letters, digits, '-' and '_': it travels in a link. */
      seed: z
        .string()
        .min(1)
        .max(MAX_SEED_LENGTH)
        .regex(/^[A-Za-z0-9_-]+$/, 'use only letters, digits, "-" and "_"'),
      /** Absent: every kind. */
      kinds: z.array(z.enum(questionKinds)).min(1).refine(noRepeats, 'a kind is listed twice').optional(),
      /** Rule IDs to practise ("Practise my weak rules"): only items that test one of them. */
      focusRules: z
        .array(z.string())
        .min(1)
        .refine(noRepeats, 'a rule is listed twice')
        .superRefine((ids, ctx) => {
          for (const id of ids) if (!policy.ruleById.has(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unknown rule "${id}"` });
        })
        .optional(),
    })
    .strict();

const schemas = new WeakMap<Policy, ReturnType<typeof buildSettingsSchema>>();

/** The quiz settings schema for a policy's rules, made once per policy. */
export function quizSettingsSchemaOf(policy: Policy): ReturnType<typeof buildSettingsSchema> {
  let schema = schemas.get(policy);
  if (!schema) schemas.set(policy, (schema = buildSettingsSchema(policy)));
  return schema;
}

export type QuizSettings = z.infer<ReturnType<typeof buildSettingsSchema>>;
export type QuizSettingsInput = z.input<ReturnType<typeof buildSettingsSchema>>;

/** The names settings have in a quiz link. */
const paramNames = {
  areas: 'areas',
  platform: 'platform',
  count: 'count',
  difficulty: 'difficulty',
  timeLimitMinutes: 'time',
  feedback: 'feedback',
  seed: 'seed',
  kinds: 'kinds',
  focusRules: 'focus',
} as const satisfies Record<keyof QuizSettings, string>;

const listParams: readonly string[] = [paramNames.areas, paramNames.kinds, paramNames.focusRules];
const numberParams: readonly string[] = [paramNames.count, paramNames.difficulty, paramNames.timeLimitMinutes];
const settingOfParam = new Map<string, string>(Object.entries(paramNames).map(([setting, param]) => [param, setting]));

/**
 * What is wrong with one parameter of a quiz link: its name as the link gives it (`areas.1` for
 * a list's second item), a code a page says in its own language, and zod's words, for people
 * who read the link itself.
 */
export interface QuizLinkProblem {
  param: string;
  code: 'unknown-parameter' | 'repeated' | 'missing' | 'invalid';
  detail: string;
}

/**
 * Settings from a quiz link. Every problem is listed (`count`, `seed` missing …), and an
 * unknown parameter is one too, so a typo such as `cout=` never silently gives another quiz.
 */
export function settingsFromParams(policy: Policy, params: URLSearchParams): { settings: QuizSettings } | { problems: QuizLinkProblem[] } {
  const problems: QuizLinkProblem[] = [];
  const raw: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [param, value] of params) {
    const setting = settingOfParam.get(param);
    if (!setting) {
      problems.push({ param, code: 'unknown-parameter', detail: 'unknown parameter' });
      continue;
    }
    if (seen.has(param)) {
      problems.push({ param, code: 'repeated', detail: 'given more than once' });
      continue;
    }
    seen.add(param);
    if (listParams.includes(param)) raw[setting] = value === '' ? [] : value.split(',');
    else if (numberParams.includes(param)) raw[setting] = /^\d+$/.test(value) ? Number(value) : value;
    else raw[setting] = value;
  }
  // An empty list in a link means "not set", except for areas, where empty already means all.
  for (const setting of ['kinds', 'focusRules'] as const) if (Array.isArray(raw[setting]) && (raw[setting] as unknown[]).length === 0) delete raw[setting];
  const parsed = quizSettingsSchemaOf(policy).safeParse(raw);
  if (!parsed.success) {
    // Issues name the setting; the link names the parameter.
    for (const issue of parsed.error.issues) {
      const [setting = '', ...index] = issue.path.map(String);
      const param = [paramNames[setting as keyof QuizSettings] ?? setting, ...index].join('.');
      const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
      problems.push({ param, code: missing ? 'missing' : 'invalid', detail: issue.message });
    }
  }
  if (problems.length || !parsed.success) return { problems };
  return { settings: parsed.data };
}

/** The quiz link's parameters for settings; `settingsFromParams(policy, paramsOf(s))` gives `s` back. */
export function paramsOf(settings: QuizSettings): URLSearchParams {
  const params = new URLSearchParams();
  params.set(paramNames.seed, settings.seed);
  params.set(paramNames.count, String(settings.count));
  params.set(paramNames.difficulty, String(settings.difficulty));
  params.set(paramNames.platform, settings.platform);
  params.set(paramNames.feedback, settings.feedback);
  if (settings.areas.length) params.set(paramNames.areas, settings.areas.join(','));
  if (settings.timeLimitMinutes !== undefined) params.set(paramNames.timeLimitMinutes, String(settings.timeLimitMinutes));
  if (settings.kinds) params.set(paramNames.kinds, settings.kinds.join(','));
  if (settings.focusRules) params.set(paramNames.focusRules, settings.focusRules.join(','));
  return params;
}

/** Settings with the defaults filled in; throws on settings the schema rejects. */
export function quizSettings(policy: Policy, input: QuizSettingsInput): QuizSettings {
  const parsed = quizSettingsSchemaOf(policy).safeParse(input);
  if (!parsed.success) throw new RangeError(`invalid quiz settings: ${formatIssues(parsed.error).join('; ')}`);
  return parsed.data;
}
