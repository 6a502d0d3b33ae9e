import type { Lang } from './text';

/**
 * Numbers as each language writes them: percentages by Intl.NumberFormat ("67%", "67%"),
 * counts by Intl.PluralRules ("1 check", "2 checks"), times since an event as a person says
 * them ("8 hours", "3 days and 2 hours"). One place, so the quiz and the simulator agree.
 */

/** The Intl locale of a language. */
export const localeOfLang = (lang: Lang): string => (lang === 'en' ? 'en-US' : 'zh-CN');

const localeOf = (lang: Lang | string): string => (lang === 'en' || lang === 'zh-cn' ? localeOfLang(lang) : lang);

/** A share (0–1) as a percentage, rounded to `digits` decimals: 2/3 → "67%". */
export function formatPercent(share: number, lang: Lang | string, digits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(share);
}

/**
 * A quiz score, `right` of `total`, as a percentage: rounded as usual, except that it never
 * reads as reaching a pass mark (percent) the score did not reach, nor the other way round
 * (39 of 49 is "79.6%", not "80%", when 80 passes).
 */
export function formatScorePercent(right: number, total: number, passMark: number, lang: Lang | string): string {
  if (total <= 0) return formatPercent(0, lang);
  const exact = (100 * right) / total;
  for (let digits = 0; digits < 3; digits++) {
    const rounded = Math.round(exact * 10 ** digits) / 10 ** digits;
    if (rounded >= passMark === exact >= passMark) return formatPercent(right / total, lang, digits);
  }
  return formatPercent(right / total, lang, 3);
}

/** The words for a count in each plural category a language has; `other` is always there. */
export type CountWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A count in words: the plural form the language's rules pick, `{n}` filled with the number as the language writes it. */
export function formatCount(n: number, words: CountWords, lang: Lang | string): string {
  const locale = localeOf(lang);
  const form = words[new Intl.PluralRules(locale).select(n)] ?? words.other;
  return form.replace(/\{n\}/g, new Intl.NumberFormat(locale).format(n));
}

const minuteWords: Record<Lang, CountWords> = { en: { one: '{n} minute', other: '{n} minutes' }, 'zh-cn': { other: '{n} 分钟' } };
const hourWords: Record<Lang, CountWords> = { en: { one: '{n} hour', other: '{n} hours' }, 'zh-cn': { other: '{n} 小时' } };
const dayWords: Record<Lang, CountWords> = { en: { one: '{n} day', other: '{n} days' }, 'zh-cn': { other: '{n} 天' } };

/**
 * A time in days (0.33, 60.04) as a person says it: minutes under an hour, whole hours under a
 * day ("8 hours"), else days with the hours left over ("60 days and 1 hour"); never a decimal
 * fraction of a day, and never rounded up past a day it has not reached.
 */
export function formatDaysSpoken(days: number, lang: Lang): string {
  if (days * 24 < 1) return formatCount(Math.max(0, Math.round(days * 24 * 60)), minuteWords[lang], lang);
  // Rounded to the hour, unless that would carry it over into a day it has not reached.
  const rounded = Math.round(days * 24);
  const totalHours = Math.floor(rounded / 24) > Math.floor(days) ? Math.floor(days * 24) : rounded;
  const whole = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  if (whole === 0) return formatCount(hours, hourWords[lang], lang);
  const dayPart = formatCount(whole, dayWords[lang], lang);
  if (hours === 0) return dayPart;
  return `${dayPart}${lang === 'en' ? ' and ' : ' '}${formatCount(hours, hourWords[lang], lang)}`;
}
