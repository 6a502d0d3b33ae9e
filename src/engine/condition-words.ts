import { resolve } from './conditions';
import { factWordsBoth } from './fact-words-both';
import { formatFigure } from './figures';
import { currencyOfFact } from './money';
import type { Policy } from './policy/policy';
import type { Condition, Scalar } from './policy/types';
import { bracketed } from './punctuation';
import type { Lang } from './text';

/*
 * Apart from conditions.ts, which the forms and the clock run, so that a page that never says a
 * condition in words loads neither this nor the facts' names in both languages it reads.
 */

const words = {
  and: { en: ' and ', 'zh-cn': '，且' },
  or: { en: ' or ', 'zh-cn': '，或' },
  not: { en: 'not: ', 'zh-cn': '并非：' },
  above: { en: 'above', 'zh-cn': '高于' },
  atMost: { en: 'at most', 'zh-cn': '不超过' },
  known: { en: 'is known', 'zh-cn': '已知' },
  unknown: { en: 'is not known', 'zh-cn': '未知' },
  is: { en: ': ', 'zh-cn': '：' },
  either: { en: ' or ', 'zh-cn': '或' },
} as const;

const valueWords = (fact: string, value: Scalar, lang: Lang): string => factWordsBoth[fact]?.values?.[String(value)]?.[lang] ?? String(value);

/**
 * A condition in words, e.g. "damage: severe, does not work and price (order currency) above
 * 30 USD". Money limits are said in `currency` when a case's is known, else in every currency.
 */
export function describe(policy: Policy, condition: Condition, lang: Lang, owner: string, currency?: string): string {
  if ('all' in condition) return condition.all.map((c) => describe(policy, c, lang, owner, currency)).join(words.and[lang]);
  if ('any' in condition) return bracketed(lang, condition.any.map((c) => describe(policy, c, lang, owner, currency)).join(words.or[lang]));
  if ('not' in condition) return `${words.not[lang]}${describe(policy, condition.not, lang, owner, currency)}`;
  const label = factWordsBoth[condition.fact]?.label[lang] ?? condition.fact;
  if ('present' in condition) return `${label} ${condition.present ? words.known[lang] : words.unknown[lang]}`;
  if ('is' in condition) {
    const values = Array.isArray(condition.is) ? condition.is : [condition.is];
    return `${label}${words.is[lang]}${values.map((v) => valueWords(condition.fact, v, lang)).join(words.either[lang])}`;
  }
  const [op, ref] = 'above' in condition ? (['above', condition.above] as const) : (['atMost', condition.atMost] as const);
  const { value, figure } = resolve(policy, ref, owner);
  const shown = figure ? formatFigure(figure, lang, currencyOfFact(condition.fact, currency)) : String(value);
  return lang === 'en' ? `${label} ${words[op].en} ${shown}` : `${label}${words[op]['zh-cn']} ${shown}`;
}
