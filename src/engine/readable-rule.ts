import { fillFiguresFrom, policyFigures, type FigureSource } from './figures';
import type { Policy } from './policy/policy';
import type { Rule } from './policy/types';
import { isL10n, type Lang } from './text';

/**
 * A rule as a reader sees it: every text it holds (title, text, each branch's `why` and
 * `fits`, each deadline's and work order's label, each figure's label, and any text added
 * later) with its figure placeholders filled, in both languages. Everything that shows rule
 * words reads them from here (advice, the case clock, the shift's order of work, the handbook,
 * the search index, the quiz, the command line), so no `{name}` reaches a reader. The policy
 * keeps the templates: the audit reads them, and pages carry them as data for their islands.
 */

/** A copy of `value` with every text in it filled; `where` is its path in the rule, for the error. */
function filledIn<T>(value: T, fill: (text: string, lang: Lang, where: string) => string, where: string): T {
  if (isL10n(value)) return { en: fill(value.en, 'en', `${where} (en)`), 'zh-cn': fill(value['zh-cn'], 'zh-cn', `${where} (zh-cn)`) } as T;
  if (Array.isArray(value)) return value.map((item, i) => filledIn(item, fill, `${where}[${i}]`)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, filledIn(item, fill, where ? `${where}.${key}` : key)])) as T;
  return value;
}

/**
 * `value` (a rule, or any part of one) with every text in it filled from `figures`, `owner`'s
 * for a bare `{name}`; `where` is its place in the rule, for the error. Money is shown in
 * `currency` when given (a case's), otherwise in every currency. The site checks fill a page's
 * own copy of the rules with it (src/build/placeholder-check.ts).
 */
export const fillRuleTexts = <T>(value: T, owner: string, figures: FigureSource, where = '', currency?: string): T =>
  filledIn(value, (text, lang, at) => fillFiguresFrom(figures, text, owner, lang, at, currency), where);

/** Readable rules, per policy (a `{RULE-ID.name}` reads that policy's figures), by the currency their money is shown in ('' for none). */
const filled = new WeakMap<Policy, Map<string, WeakMap<Rule, Rule>>>();

/**
 * The rule with its texts filled, money in `currency` when a case's is known. `{name}` reads
 * the rule's own figures, `{RULE-ID.name}` the policy's; an unknown placeholder throws, naming
 * the rule, the field and the placeholder.
 */
export function readableRule(policy: Policy, rule: Rule, currency?: string): Rule {
  let byCurrency = filled.get(policy);
  if (!byCurrency) filled.set(policy, (byCurrency = new Map()));
  let cache = byCurrency.get(currency ?? '');
  if (!cache) byCurrency.set(currency ?? '', (cache = new WeakMap()));
  const known = cache.get(rule);
  if (known) return known;
  const others = policyFigures(policy);
  const figures: FigureSource = (ruleId, name) => (ruleId === rule.id ? rule.figures?.[name] : others(ruleId, name));
  const readable = fillRuleTexts(rule, rule.id, figures, '', currency);
  cache.set(rule, readable);
  return readable;
}

export const readableRuleOf = (policy: Policy, id: string, currency?: string): Rule => readableRule(policy, policy.ruleOf(id), currency);

const all = new WeakMap<Policy, Map<string, readonly Rule[]>>();

/** Every rule of the policy, readable (money in `currency` when given), in playbook order. */
export function readableRules(policy: Policy, currency?: string): readonly Rule[] {
  let byCurrency = all.get(policy);
  if (!byCurrency) all.set(policy, (byCurrency = new Map()));
  const known = byCurrency.get(currency ?? '');
  if (known) return known;
  const readable = policy.rules.map((rule) => readableRule(policy, rule, currency));
  byCurrency.set(currency ?? '', readable);
  return readable;
}
