import type { currencies } from '../case-choices';

/**
 * The currencies a money limit is given in, apart from the limits (money.ts) so that the rule
 * types (types.ts) can name them without importing the limits, which are built from those types.
 */

/** Currencies beyond the orders' own that the tables also give, for marketplaces the case facts do not cover yet. */
export const alsoListed = ['MXN'] as const;

export type OrderCurrency = (typeof currencies)[number];
export type MoneyCurrency = OrderCurrency | (typeof alsoListed)[number];

/** An amount in every currency; the type makes a new order currency without an amount fail to compile. */
export type MoneyTable = Readonly<Record<MoneyCurrency, number>>;
