import { isL10n, type L10n, type Lang } from '../text';
import type { RuleRecord } from './types';

/**
 * A rule as one language's reader gets it: every text (title, text, a verdict's why and fits,
 * a figure's or deadline's label) a plain string in that language. What the browser is served
 * as /policy/<lang>.json: the rule files hold both languages side by side for authors, and the
 * build splits them once.
 */
export type InLang<T> = T extends L10n ? string : T extends readonly (infer U)[] ? InLang<U>[] : T extends object ? { [K in keyof T]: InLang<T[K]> } : T;

export type RuleInLang = InLang<RuleRecord>;

function inLang(value: unknown, lang: Lang): unknown {
  if (isL10n(value)) return value[lang];
  if (Array.isArray(value)) return value.map((item) => inLang(item, lang));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLang(item, lang)]));
  return value;
}

/** The rules with every text in `lang` only. */
export const rulesInLang = (rules: readonly RuleRecord[], lang: Lang): RuleInLang[] => rules.map((rule) => inLang(rule, lang) as RuleInLang);
