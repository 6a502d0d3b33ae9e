import { amountIn } from './money';
import { highValueLine } from './policy/money';

/**
 * "High value": the case's own word when it gives one, otherwise the price against the team's
 * line (policy/money.ts), in the order's currency. The sources name no threshold. The words for
 * it are in high-value-words.ts, so a page that only runs the rules does not load them.
 */

export interface HighValueOrder {
  price?: number;
  currency?: string;
  highValue?: boolean;
}

/** Whether an order is high value; undefined while its price or currency is not known. */
export function isHighValue(order: HighValueOrder): boolean | undefined {
  if (order.highValue !== undefined) return order.highValue;
  const line = amountIn(highValueLine, order.currency);
  return typeof order.price === 'number' && line !== undefined ? order.price > line : undefined;
}
