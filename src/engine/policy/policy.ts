import type { Figure, Rule } from './types';

/**
 * The rules an engine works from, with their lookups. Made once from the loaded rules
 * (rule-files.ts in Node; the page's rules in the browser) and handed to what reads them.
 */
export interface Policy {
  /** Every rule, in the order of FACTS.md. */
  readonly rules: readonly Rule[];
  readonly ruleById: ReadonlyMap<string, Rule>;
  /** A rule by its ID; throws on an unknown one. */
  ruleOf(id: string): Rule;
  /** A figure by its owner and name: the one way code outside the policy reads a number; throws on an unknown one. */
  figureOf(ruleId: string, name: string): Figure;
}

export function createPolicy(rules: readonly Rule[]): Policy {
  const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleOf = (id: string): Rule => {
    const rule = ruleById.get(id);
    if (!rule) throw new Error(`unknown rule ${id}`);
    return rule;
  };
  const figureOf = (ruleId: string, name: string): Figure => {
    const figure = ruleOf(ruleId).figures?.[name];
    if (!figure) throw new Error(`rule ${ruleId} has no figure "${name}"`);
    return figure;
  };
  return { rules, ruleById, ruleOf, figureOf };
}

/**
 * `make` run once per policy: for tables read from the rules (indexes, orders, schemas), which
 * were built once at load when the rules were a module's, and are now built for each policy handed in.
 */
export function perPolicy<T>(make: (policy: Policy) => T): (policy: Policy) => T {
  const made = new WeakMap<Policy, T>();
  return (policy) => {
    let value = made.get(policy);
    if (value === undefined && !made.has(policy)) made.set(policy, (value = make(policy)));
    return value as T;
  };
}
