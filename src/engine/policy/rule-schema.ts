import { z } from 'zod';
import { actionTypes, appealGrounds, closeReasons, payers } from '../actions';
import { moneyCurrencies, type MoneyCurrency, type MoneyTable } from './money';
import { areas, confidences, dateFacts, units, type Condition, type RuleRecord } from './types';

/**
 * The shape of a rule file (src/engine/policy/rules/<area>.yaml), checked when the rules are
 * loaded: at build time, by the command line and by the tests. The browser gets rules that
 * passed it, as JSON, and never loads zod for them. The TypeScript types stay in types.ts;
 * the last lines make the two disagree at compile time.
 */

const text = z.object({ en: z.string().min(1), 'zh-cn': z.string().min(1) }).strict();
const figureRef = z.object({ figure: z.string().min(1), rule: z.string().min(1).optional() }).strict();
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const limit = z.union([z.number(), figureRef]);

/** The shapes a condition takes, by the key that tells them apart. */
const conditionShapes = {
  all: z.object({ all: z.array(z.lazy(() => conditionSchema)).min(1) }).strict(),
  any: z.object({ any: z.array(z.lazy(() => conditionSchema)).min(1) }).strict(),
  not: z.object({ not: z.lazy(() => conditionSchema) }).strict(),
  is: z.object({ fact: z.string().min(1), is: z.union([scalar, z.array(scalar).min(1)]) }).strict(),
  above: z.object({ fact: z.string().min(1), above: limit }).strict(),
  atMost: z.object({ fact: z.string().min(1), atMost: limit }).strict(),
  present: z.object({ fact: z.string().min(1), present: z.boolean() }).strict(),
};
const shapeKeys = Object.keys(conditionShapes) as (keyof typeof conditionShapes)[];

/**
 * A condition, checked by its shape (picked by its key) so that an error names the field that
 * is wrong rather than "no shape fits".
 */
export const conditionSchema: z.ZodType<Condition> = z.unknown().superRefine((value, ctx) => {
  const key = value && typeof value === 'object' && !Array.isArray(value) ? shapeKeys.find((k) => k in value) : undefined;
  if (!key) {
    ctx.addIssue({ code: 'custom', message: 'expected a condition: all, any, not, or fact with is|above|atMost|present' });
    return;
  }
  const checked = conditionShapes[key].safeParse(value, { path: [] });
  if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue(issue as z.IssueData);
}) as unknown as z.ZodType<Condition>;

const currency = z.enum(moneyCurrencies as [MoneyCurrency, ...MoneyCurrency[]]);
/** An amount in every currency: a missing one is named by its path. */
const moneyTable = z.object(Object.fromEntries(moneyCurrencies.map((c) => [c, z.number().positive()]))).strict() as unknown as z.ZodType<MoneyTable>;
const figure = z
  .object({
    value: z.number(),
    unit: z.enum(units),
    label: text,
    currency: currency.optional(),
    amounts: moneyTable.optional(),
    seller: z.literal(true).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.unit === 'money' && !f.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'a money figure needs its currency' });
    if (f.amounts && f.currency && f.amounts[f.currency] !== f.value) ctx.addIssue({ code: 'custom', path: ['value'], message: `must equal amounts.${f.currency}` });
  });

const verdict = z
  .object({
    action: z
      .object({
        type: z.enum(actionTypes),
        percentAtMost: figureRef.optional(),
        percentAbove: figureRef.optional(),
        payer: z.enum(payers).optional(),
        reason: z.array(z.enum(closeReasons)).min(1).optional(),
        ground: z.array(z.enum(appealGrounds)).min(1).optional(),
      })
      .strict(),
    verdict: z.enum(['recommended', 'acceptable', 'wrong']),
    why: text,
    fits: text.optional(),
  })
  .strict();

const deadline = z
  .object({
    key: z.string().min(1),
    type: z.enum(['due', 'window', 'expected']),
    from: z.enum(dateFacts),
    closes: figureRef,
    opens: figureRef.optional(),
    label: text,
    when: conditionSchema.optional(),
  })
  .strict();

/** A calendar day written YYYY-MM-DD that exists (no 2026-02-30). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // the format is reported once, above
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'expected a date that exists');

const platformToday = z
  .object({
    note: text,
    confidence: z.enum(confidences),
    checked: day,
    links: z.array(z.object({ title: z.string().min(1), url: z.string().regex(/^https:\/\/[^\s]+$/, 'expected an https:// address') }).strict()).min(1),
    figures: z.record(z.string().regex(/^\w+$/), z.object({ value: z.number() }).strict()).optional(),
    forbids: z.boolean().optional(),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Z]+-\d+(?:-[A-Z]+)?$/, 'expected an ID such as AZ-4 or HEALTH-4-GENERAL'),
    area: z.enum(areas),
    platform: z.enum(['amazon', 'ebay', 'both']),
    sources: z.array(z.string().regex(/^\d{3}$/, 'expected a source number such as "002"')),
    general: z.boolean().optional(),
    title: text,
    text,
    figures: z.record(z.string().regex(/^\w+$/), figure).optional(),
    branches: z
      .array(z.object({ key: z.string().min(1), when: conditionSchema, verdicts: z.array(verdict).min(1) }).strict())
      .min(1)
      .optional(),
    deadlines: z.array(deadline).min(1).optional(),
    workOrder: z
      .array(z.object({ when: conditionSchema, label: text }).strict())
      .min(1)
      .optional(),
    handbook: z.object({ page: z.string().min(1), anchor: z.string().min(1) }).strict(),
    checked: day.optional(),
    platformToday: platformToday.optional(),
  })
  .strict();

/** A rule file: its rules, and `shared`, conditions the rules reach by YAML alias (read by no code). */
export const ruleFileSchema = z.object({ shared: z.record(z.unknown()).optional(), rules: z.array(ruleSchema).min(1) }).strict();

// The schema and the types describe the same data: a change to one alone fails `astro check`.
type Parsed = z.infer<typeof ruleSchema>;
const _schemaFitsType = (parsed: Parsed): RuleRecord => parsed;
const _typeFitsSchema = (rule: RuleRecord): Parsed => rule;
void _schemaFitsType;
void _typeFitsSchema;
