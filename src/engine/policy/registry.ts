import { atozRules } from './atoz';
import { chargebackRules } from './chargebacks';
import { claimRules } from './claims';
import { ebayRules } from './ebay';
import { feedbackRules } from './feedback';
import { healthRules } from './health';
import { messageRules } from './messages';
import { productRules } from './product';
import { returnRules } from './returns';
import { shippingRules } from './shipping';
import type { Figure, Rule } from './types';

/** Every rule of the playbook, in the order of FACTS.md. */
export const rules: readonly Rule[] = [
  ...healthRules,
  ...messageRules,
  ...shippingRules,
  ...productRules,
  ...returnRules,
  ...atozRules,
  ...claimRules,
  ...chargebackRules,
  ...feedbackRules,
  ...ebayRules,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleOf(id: string): Rule {
  const rule = ruleById.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

/** A figure by its owner and name: the one way code outside the policy reads a number. */
export function figureOf(ruleId: string, name: string): Figure {
  const figure = ruleOf(ruleId).figures?.[name];
  if (!figure) throw new Error(`rule ${ruleId} has no figure "${name}"`);
  return figure;
}
