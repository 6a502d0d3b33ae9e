import { z } from 'zod';
import type { CaseFactsInput } from '../case-fields';
import { parseCaseFacts } from '../check-case-facts';
import { formatIssues } from '../issues';
import { caseProblemMessage } from '../case-problems';
import { platformOf } from '../case-kinds';
import { toMs } from '../dates';
import { isoDate } from '../iso-date-schema';
import type { Policy } from '../policy/policy';
import { mergeFacts } from './merge-facts';
import { authoredReactions, qualities, revealers, temperaments } from './vocabulary';

/**
 * A scenario: one buyer case as the trainee meets it. Authored YAML files and the generator
 * both produce this shape. It holds the facts as first seen, the facts that checks reveal,
 * the buyer and what the buyer wrote; it never says which answer is right. That comes from
 * the rules (`judge`, `advise`) every time.
 */

const l10n = z.object({ en: z.string().min(1), 'zh-cn': z.string().min(1) }).strict();

/** A fact of the case that only shows once the trainee looks: one action reveals it. */
const hiddenFact = z
  .object({
    /** The check or question that reveals it. */
    by: z.enum(revealers),
    /** A patch over the visible facts; `order` and `tracking` merge one level deep. */
    reveals: z.record(z.string(), z.unknown()),
    /** What the trainee learns, in a sentence. */
    finding: l10n,
    /** Simulated minutes the check takes, instead of the usual for its kind. */
    minutes: z
      .number()
      .int()
      .positive()
      .max(7 * 24 * 60)
      .optional(),
    /** For a question to the buyer: the buyer's answer, in English. */
    buyerSays: z.string().min(1).optional(),
  })
  .strict();

/**
 * Case facts inside a scenario, checked by the one case validator (check-case-facts.ts); each of
 * its problems becomes an issue at its path under `facts`.
 */
const caseFacts = z
  .custom<CaseFactsInput>(() => true)
  .transform((value, ctx) => {
    const read = parseCaseFacts(value);
    if (read.ok) return read.facts;
    // Fatal: the checks across the scenario below need valid facts, as they did when zod read them.
    for (const problem of read.issues) ctx.addIssue({ code: z.ZodIssueCode.custom, path: problem.path, message: caseProblemMessage(problem), fatal: true });
    return z.NEVER;
  });

const trackingEvent = z.object({ at: isoDate, status: z.string().min(1), place: z.string().min(1).optional() }).strict();

const buyerMessage = z.object({ at: isoDate, text: z.string().min(1) }).strict();

/** How the buyer responds to a round of the given quality (optionally only in one round). */
const authoredReaction = z
  .object({
    quality: z.enum(qualities),
    reaction: z.enum(authoredReactions),
    round: z.number().int().positive().optional(),
    says: z.string().min(1).optional(),
  })
  .strict()
  // A round the rules call good must be able to end well, or no path could earn full marks.
  .refine((r) => r.quality !== 'good' || r.reaction === 'accepts' || r.reaction === 'asks-more', {
    path: ['reaction'],
    message: 'after a good round the buyer may only accept or ask for more',
  });

/** More hidden facts than this would make checking every combination of them slow. */
export const MAX_HIDDEN_FACTS = 6;

const scenarioShape = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "wismo-stalled-1"'),
    title: l10n,
    difficulty: z.number().int().min(1).max(3),
    platform: z.enum(['amazon', 'ebay']),
    /** Seeds the buyer's choices; without it, the id does. */
    seed: z.number().int().nonnegative().optional(),
    buyer: z.object({ name: z.string().min(1), temperament: z.enum(temperaments) }).strict(),
    shippingMethod: z.string().min(1).optional(),
    /** The facts as the trainee first sees them. `asOf` is when the case is opened. */
    facts: caseFacts,
    hidden: z.array(hiddenFact).max(MAX_HIDDEN_FACTS).default([]),
    tracking: z.array(trackingEvent).default([]),
    /** The buyer's opening message(s), in English. */
    messages: z.array(buyerMessage).min(1),
    /** A platform notice as it would arrive: claim, return request, case, feedback. */
    notice: z.string().min(1).optional(),
    reactions: z.array(authoredReaction).default([]),
    /**
     * When the buyer's answers arrive on the case's clock: after the hours a buyer takes (the
     * default), or `at-once` in a shift, where every case runs on the day's one clock and the
     * agent reads an answer on coming back to the case.
     */
    buyerAnswers: z.enum(['later', 'at-once']).optional(),
    /**
     * Rules the case is written to teach, beyond those the rules engine finds on its own:
     * account-health rules (HEALTH-…) judge the outcome, not an action, so no facts reach them.
     */
    teaches: z.array(z.string().regex(/^[A-Z]+-\d+(?:-[A-Z]+)?$/, 'expected a rule ID such as "HEALTH-1"')).default([]),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioShape>;
export type Scenario = z.infer<typeof scenarioShape>;
export type HiddenFact = Scenario['hidden'][number];

type Patch = Record<string, unknown>;

/** Each subset of the hidden facts, as a bit mask over their indexes. */
const subsets = (count: number): number[] => Array.from({ length: 2 ** count }, (_, mask) => mask);

/** A scenario's checks against the rules of `policy` (the rules it teaches must be among them). */
const buildScenarioSchema = (policy: Policy) =>
  scenarioShape.superRefine((scenario, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const { facts } = scenario;
    const platform = platformOf(facts.kind);
    if (scenario.platform !== platform) issue(['platform'], `must be "${platform}" for a case of kind "${facts.kind}"`);
    if (!facts.asOf) issue(['facts', 'asOf'], 'required: the moment the trainee opens the case starts the simulated clock');
    if (!facts.order.item) issue(['facts', 'order', 'item'], 'required: the trainee sees what was ordered');
    if (facts.buyerName !== undefined && facts.buyerName !== scenario.buyer.name) issue(['facts', 'buyerName'], `must match buyer.name ("${scenario.buyer.name}")`);

    const opened = facts.asOf ? toMs(facts.asOf) : Infinity;
    scenario.messages.forEach((message, i) => {
      if (toMs(message.at) > opened) issue(['messages', i, 'at'], 'cannot be after facts.asOf: the trainee reads what has arrived');
    });
    scenario.tracking.forEach((event, i) => {
      const before = scenario.tracking[i - 1];
      if (before && toMs(event.at) < toMs(before.at)) issue(['tracking', i, 'at'], `cannot be before the event above it (${before.at})`);
    });

    scenario.teaches.forEach((id, i) => {
      if (!policy.ruleById.has(id)) issue(['teaches', i], `no rule ${id} in the registry`);
    });

    const seen = new Set<string>();
    scenario.hidden.forEach((hidden, i) => {
      if (seen.has(hidden.by)) issue(['hidden', i, 'by'], `"${hidden.by}" already reveals another hidden fact; merge the two`);
      seen.add(hidden.by);
      for (const key of ['kind', 'asOf']) if (key in hidden.reveals) issue(['hidden', i, 'reveals', key], 'cannot be hidden');
      if (hidden.buyerSays && !hidden.by.startsWith('ask-')) issue(['hidden', i, 'buyerSays'], 'only a question to the buyer has a buyer answer');
    });
    // Checks can be made in any order, so every combination of revealed facts must be a valid case.
    if (scenario.hidden.length > 0 && seen.size === scenario.hidden.length) {
      for (const mask of subsets(scenario.hidden.length)) {
        const patches = scenario.hidden.filter((_, i) => mask & (1 << i)).map((h) => h.reveals);
        const result = parseCaseFacts(mergeFacts(facts as unknown as Patch, ...patches));
        if (!result.ok) {
          const which = scenario.hidden.map((h, i) => (mask & (1 << i) ? h.by : null)).filter(Boolean);
          const at = which.length === 1 ? scenario.hidden.findIndex((h) => h.by === which[0]) : undefined;
          for (const problem of result.problems)
            issue(at === undefined ? ['hidden'] : ['hidden', at, 'reveals'], `with ${which.join(' + ')} revealed, the facts are invalid: ${problem}`);
          break;
        }
      }
    }
  });

const schemas = new WeakMap<Policy, ReturnType<typeof buildScenarioSchema>>();

/** The scenario schema for a policy's rules, made once per policy. */
export function scenarioSchemaOf(policy: Policy): ReturnType<typeof buildScenarioSchema> {
  let schema = schemas.get(policy);
  if (!schema) schemas.set(policy, (schema = buildScenarioSchema(policy)));
  return schema;
}

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Every problem as `path: message`, like `parseCaseFacts`. */
export function parseScenario(policy: Policy, input: unknown): ScenarioParseResult {
  const result = scenarioSchemaOf(policy).safeParse(input);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: formatIssues(result.error) };
}
