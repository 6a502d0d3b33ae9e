import { currencies } from '../case-choices';
import { alsoListed, type MoneyCurrency, type MoneyTable } from './money-currencies';

export type { MoneyCurrency, MoneyTable, OrderCurrency } from './money-currencies';

/**
 * The money limits of the policy, as data. A limit is an amount of money, the same on every
 * marketplace: each is stated once in the reference currency and given in every currency as
 * a rounded amount an agent can remember (not converted at the day's rate, so it does not move
 * under the agent's feet). `moneySetOn` says when the team last set them.
 *
 * The sources give their one price line as "30 (USD or GBP)": the same number in both. We
 * read that as the authors' round figure for the two markets they sold in, not as two limits
 * (30 GBP is about a quarter more money than 30 USD). So the US dollar, which the source names
 * first and which the largest marketplace uses, is the reference, and every other currency
 * gets about the same money: 25 GBP, not 30.
 */

/** Every currency a money table gives an amount in, order currencies first. */
export const moneyCurrencies: readonly MoneyCurrency[] = [...new Set<MoneyCurrency>([...currencies, ...alsoListed])];

export const referenceCurrency = 'USD' satisfies MoneyCurrency;

/** When the team set these amounts and the working rates below. */
export const moneySetOn = '2026-12-03';

/**
 * The team's working rates per US dollar on `moneySetOn`. They set no limit: they show a figure
 * fixed in US dollars ("1,000 USD, about 150,000 JPY") and let a test hold every table row to
 * about the same money.
 */
export const perUsd: MoneyTable = { USD: 1, GBP: 0.79, EUR: 0.92, CAD: 1.38, AUD: 1.53, JPY: 150, MXN: 19 };
