import type { FactsView } from './facts-view';
import { amountIn, currencyOfFact } from './money';
import type { Policy } from './policy/policy';
import type { Condition, Figure, FigureRef, Scalar } from './policy/types';

/** The figure a reference points to, and its value as the figure states it; a bare number stands for itself. */
export function resolve(policy: Policy, ref: number | FigureRef, owner: string): { value: number; figure?: Figure } {
  if (typeof ref === 'number') return { value: ref };
  const figure = policy.figureOf(ref.rule ?? owner, ref.figure);
  return { value: figure.value, figure };
}

/**
 * A limit in a currency: a money figure's amount in it (undefined when it has none, or when the
 * currency is not known); any other figure's own value.
 */
export function resolveIn(policy: Policy, ref: number | FigureRef, owner: string, currency: string | undefined): number | undefined {
  const { value, figure } = resolve(policy, ref, owner);
  return figure ? amountIn(figure, currency) : value;
}

type Comparison = Extract<Condition, { above: unknown } | { atMost: unknown }>;

const limitRef = (condition: Comparison) => ('above' in condition ? condition.above : condition.atMost);

/** The limit a comparison reads, in the currency of the fact it compares (a price: the order's). */
const limitOf = (policy: Policy, condition: Comparison, view: FactsView, owner: string): number | undefined =>
  resolveIn(policy, limitRef(condition), owner, currencyOfFact(condition.fact, typeof view.currency === 'string' ? view.currency : undefined));

/** Whether a condition compares an amount in the order's currency with a money limit: then the currency decides too. */
function readsOrderCurrency(policy: Policy, condition: Condition, owner: string): boolean {
  if (!('above' in condition || 'atMost' in condition)) return false;
  const { figure } = resolve(policy, limitRef(condition), owner);
  return figure?.unit === 'money' && currencyOfFact(condition.fact, undefined) === undefined;
}

/** Whether a condition holds for a case. A fact that is unknown satisfies no comparison. */
export function holds(policy: Policy, condition: Condition, view: FactsView, owner: string): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(policy, c, view, owner));
  if ('any' in condition) return condition.any.some((c) => holds(policy, c, view, owner));
  if ('not' in condition) return !holds(policy, condition.not, view, owner);
  const value = view[condition.fact];
  if ('present' in condition) return (value !== undefined) === condition.present;
  if ('is' in condition) return Array.isArray(condition.is) ? condition.is.includes(value as Scalar) : value === condition.is;
  const limit = limitOf(policy, condition, view, owner);
  if (typeof value !== 'number' || limit === undefined) return false;
  return 'above' in condition ? value > limit : value <= limit;
}

/** Every fact a condition reads, for checks that each one exists in the facts view. */
export function factsRead(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsRead);
  if ('any' in condition) return condition.any.flatMap(factsRead);
  if ('not' in condition) return factsRead(condition.not);
  return [condition.fact];
}

/** The case kinds a condition can hold for, read from a `kind` test at its top; null for any. */
export function kindsOf(condition: Condition): string[] | null {
  if ('fact' in condition && condition.fact === 'kind' && 'is' in condition) return ([] as Scalar[]).concat(condition.is).map(String);
  if ('all' in condition) {
    for (const part of condition.all) {
      const kinds = kindsOf(part);
      if (kinds) return kinds;
    }
  }
  if ('any' in condition) {
    const each = condition.any.map(kindsOf);
    return each.every((k) => k) ? [...new Set(each.flat() as string[])] : null;
  }
  return null;
}

/**
 * Three-valued `holds`: true or false when the known facts settle it, undefined when the
 * answer turns on a fact in `unknown`. The forms use it to ask only what can still matter.
 */
export function settles(policy: Policy, condition: Condition, view: FactsView, unknown: ReadonlySet<string>, owner: string): boolean | undefined {
  if ('all' in condition) {
    const parts = condition.all.map((c) => settles(policy, c, view, unknown, owner));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : undefined;
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => settles(policy, c, view, unknown, owner));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : undefined;
  }
  if ('not' in condition) {
    const inner = settles(policy, condition.not, view, unknown, owner);
    return inner === undefined ? undefined : !inner;
  }
  if (unknown.has(condition.fact) || (unknown.has('currency') && readsOrderCurrency(policy, condition, owner))) return undefined;
  return holds(policy, condition, view, owner);
}
