import { moneyCurrencies, perUsd, type MoneyCurrency } from './policy/money';
import type { Figure } from './policy/types';
import type { L10n, Lang } from './text';

/**
 * Money as a reader sees it, and a money figure in a case's currency. One form everywhere:
 * the amount grouped for the language, then the currency ("4,500 JPY", "4,500 日元").
 */

/** The Intl locale of a language (a code, not words: kept out of the engine's texts). */
const localeOf = (lang: Lang): string => (lang === 'en' ? 'en-US' : 'zh-CN');

const currencyNames: Record<MoneyCurrency, L10n> = {
  USD: { en: 'USD', 'zh-cn': '美元' },
  GBP: { en: 'GBP', 'zh-cn': '英镑' },
  EUR: { en: 'EUR', 'zh-cn': '欧元' },
  CAD: { en: 'CAD', 'zh-cn': '加元' },
  AUD: { en: 'AUD', 'zh-cn': '澳元' },
  JPY: { en: 'JPY', 'zh-cn': '日元' },
  MXN: { en: 'MXN', 'zh-cn': '墨西哥比索' },
};

const about: L10n = { en: 'about', 'zh-cn': '约' };

const isMoneyCurrency = (currency: string): currency is MoneyCurrency => (moneyCurrencies as readonly string[]).includes(currency);

/** An amount with its currency: whole amounts without decimals, others with two ("42.90 EUR"). */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return `${number} ${isMoneyCurrency(currency) ? currencyNames[currency][lang] : currency}`;
}

/** Two significant digits: a converted amount is only ever "about". */
const roughly = (n: number): number => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) - 1);
  return Math.round(n / step) * step;
};

/**
 * A money figure's amount in a currency: from its table, or its own value when it is fixed in
 * that currency; undefined when it has none (a figure fixed in US dollars is never compared
 * with a price in yen).
 */
export function amountIn(figure: Figure, currency: string | undefined): number | undefined {
  if (figure.unit !== 'money') return figure.value;
  if (currency === undefined) return undefined;
  if (figure.amounts) return isMoneyCurrency(currency) ? figure.amounts[currency] : undefined;
  return currency === (figure.currency ?? currency) ? figure.value : undefined;
}

/**
 * A money figure for a reader: in the case's currency when one is known ("4,500 JPY"; a figure
 * fixed in another currency with its rough equivalent, "1,000 USD (about 150,000 JPY)"), and
 * where none is, every currency of its table ("30 USD / 25 GBP / … / 4,500 JPY").
 */
export function formatMoneyFigure(figure: Figure, lang: Lang, currency?: string): string {
  if (figure.amounts) {
    const amounts = figure.amounts;
    const inCase = currency === undefined ? undefined : amountIn(figure, currency);
    if (inCase !== undefined) return formatMoney(inCase, currency!, lang);
    return moneyCurrencies.map((c) => formatMoney(amounts[c], c, lang)).join(' / ');
  }
  const own = figure.currency ?? 'USD';
  const stated = formatMoney(figure.value, own, lang);
  if (currency === undefined || currency === own || !isMoneyCurrency(currency)) return stated;
  const converted = formatMoney(roughly((figure.value / perUsd[own]) * perUsd[currency]), currency, lang);
  return lang === 'en' ? `${stated} (${about.en} ${converted})` : `${stated}（${about['zh-cn']} ${converted}）`;
}

/** The currency a money fact of the facts view is in: a fixed one by its nature, otherwise the order's. */
const fixedCurrencyFacts: Readonly<Record<string, MoneyCurrency>> = { claimAmountUsd: 'USD' };

export const currencyOfFact = (fact: string, orderCurrency: string | undefined): string | undefined => fixedCurrencyFacts[fact] ?? orderCurrency;
