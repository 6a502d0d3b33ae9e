import { amountIn } from './money';
import type { Policy } from './policy/policy';
import type { Figure, FigureRef } from './policy/types';

/**
 * "High value": the case's own word when it gives one, otherwise the price against the team's
 * line, in the order's currency. The sources name no threshold, so the line is a figure the
 * playbook leaves to the seller (team.yaml sets it); it sits with SHIP-6, the rule that states
 * it, and every rule that asks whether an item is high value reads it from there. The words for
 * it are in high-value-words.ts, so a page that only runs the rules does not load them.
 */

export const highValueRef = { rule: 'SHIP-6', figure: 'highValuePrice' } as const satisfies FigureRef;

/** The team's high-value line, as the policy holds it (with the team's settings applied). */
export const highValueLine = (policy: Policy): Figure => policy.figureOf(highValueRef.rule, highValueRef.figure);

export interface HighValueOrder {
  price?: number;
  currency?: string;
  highValue?: boolean;
}

/** Whether an order is high value; undefined while its price or currency is not known. */
export function isHighValue(policy: Policy, order: HighValueOrder): boolean | undefined {
  if (order.highValue !== undefined) return order.highValue;
  const line = amountIn(highValueLine(policy), order.currency);
  return typeof order.price === 'number' && line !== undefined ? order.price > line : undefined;
}
