import { currencies } from '../case-choices';
import type { L10n } from '../text';
import { alsoListed, type MoneyCurrency, type MoneyTable } from './money-currencies';
import type { Figure } from './types';

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

/**
 * Above this price an item counts as high value when a case does not say. The sources name no
 * threshold ("high-value", "valuable", "expensive" in SHIP-4, SHIP-6, SHIP-9, RET-4, AZ-3): this
 * is the team's setting.
 */
const highValue = { USD: 200, GBP: 160, EUR: 180, CAD: 270, AUD: 300, JPY: 30000, MXN: 4000 } as const satisfies MoneyTable;

/** The money tables that are team settings rather than rule figures (the rules' own sit in their figures, src/engine/policy/rules/). */
export const moneyTables = { highValue } as const;

/** A money figure given per currency; its `value` is the reference amount. */
export const moneyLimit = (amounts: MoneyTable, label: L10n): Figure => ({ value: amounts[referenceCurrency], unit: 'money', currency: referenceCurrency, amounts, label });

/** The team's high-value line, read by the facts view when a case does not say whether its item is high value. */
export const highValueLine: Figure = moneyLimit(highValue, {
  en: 'price above which an item counts as high value (team setting)',
  'zh-cn': '售价高于此金额即视为高价商品（团队设定）',
});
