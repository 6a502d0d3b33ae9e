import { localeOfLang, type CountWords } from './format-number';
import { formatMoneyFigure } from './money';
import { leftoverPlaceholder, PlaceholderError, placeholderPattern } from './placeholders';
import type { Policy } from './policy/policy';
import type { Figure } from './policy/types';
import type { Lang } from './text';

/** The unit's words after a number, per language; English plural by Intl.PluralRules on the number shown. */
const unitWords: Record<Exclude<Figure['unit'], 'money' | 'percent' | 'count'>, Record<Lang, CountWords>> = {
  hours: { en: { one: 'hour', other: 'hours' }, 'zh-cn': { other: '小时' } },
  days: { en: { one: 'day', other: 'days' }, 'zh-cn': { other: '天' } },
  rounds: { en: { one: 'round', other: 'rounds' }, 'zh-cn': { other: '轮' } },
};

// Made once per language: Intl objects are slow to build, and rule texts are filled often.
const numberFormats: Record<Lang, Intl.NumberFormat> = { en: new Intl.NumberFormat(localeOfLang('en')), 'zh-cn': new Intl.NumberFormat(localeOfLang('zh-cn')) };
const pluralRules: Record<Lang, Intl.PluralRules> = { en: new Intl.PluralRules(localeOfLang('en')), 'zh-cn': new Intl.PluralRules(localeOfLang('zh-cn')) };

const numberIn = (n: number, lang: Lang): string => numberFormats[lang].format(n);
const unitWord = (unit: keyof typeof unitWords, n: number, lang: Lang): string => {
  const words = unitWords[unit][lang];
  return words[pluralRules[lang].select(n)] ?? words.other;
};

/** A number with its unit: "48 hours", "7 天", "35%", "1,000". */
function withUnit(unit: Exclude<Figure['unit'], 'money'>, n: number, lang: Lang): string {
  if (unit === 'percent') return `${n}%`;
  if (unit === 'count') return numberIn(n, lang);
  return `${numberIn(n, lang)} ${unitWord(unit, n, lang)}`;
}

/**
 * A figure as a reader sees it: "35%", "48 hours", "7 天". Money is shown in the case's
 * currency when one is given ("4,500 JPY"), otherwise in every currency of its table.
 */
export const formatFigure = (figure: Figure, lang: Lang, currency?: string): string =>
  figure.unit === 'money' ? formatMoneyFigure(figure, lang, currency) : withUnit(figure.unit, figure.value, lang);

/** The word between the ends of a range: "2 to 3 days", "2 至 3 天". */
const rangeWord: Record<Lang, string> = { en: 'to', 'zh-cn': '至' };

/**
 * Two figures of one unit as a range, the unit said once: "2 to 3 days", "2 至 3 天" (not
 * "2 days to 3 days", "2 天到 3 天"). Figures of different units, or money, each keep their own.
 */
export function formatFigureRange(from: Figure, to: Figure, lang: Lang, currency?: string): string {
  if (from.unit !== to.unit || from.unit === 'money' || to.unit === 'money')
    return `${formatFigure(from, lang, currency)} ${rangeWord[lang]} ${formatFigure(to, lang, currency)}`;
  if (from.unit === 'percent') return `${from.value}% ${rangeWord[lang]} ${to.value}%`;
  if (from.unit === 'count') return `${numberIn(from.value, lang)} ${rangeWord[lang]} ${numberIn(to.value, lang)}`;
  return `${numberIn(from.value, lang)} ${rangeWord[lang]} ${withUnit(from.unit, to.value, lang)}`;
}

export { placeholderPattern } from './placeholders';

/** Two placeholders joined as a range: "{contactFrom} to {contactTo}", "{contactFrom} 到 {contactTo}", "…至…". */
const rangePattern = /\{(?:([A-Z]+-\d+)\.)?(\w+)\}\s*(?:to|到|至)\s*\{(?:([A-Z]+-\d+)\.)?(\w+)\}/g;

/** Where a filler finds a rule's figure: a policy's rules, or a page's own copy of them. */
export type FigureSource = (ruleId: string, name: string) => Figure | undefined;

/** The figures of a policy's rules, as a filler reads them. */
export const policyFigures =
  (policy: Policy): FigureSource =>
  (ruleId, name) =>
    policy.ruleById.get(ruleId)?.figures?.[name];

/**
 * Fills the figure placeholders of a text of rule `owner`, formatted for the language. A
 * placeholder that names no figure, or any other `{…}`, throws a PlaceholderError naming the
 * rule (and `where` in it, when given) and the placeholder: a reader never sees one. Money is
 * shown in `currency`, the case's, when one is known.
 */
export function fillFiguresFrom(figures: FigureSource, text: string, owner: string, lang: Lang, where = '', currency?: string): string {
  const at = `rule ${owner}${where && ` ${where}`}`;
  const stray = leftoverPlaceholder.exec(text.replace(placeholderPattern, ''));
  if (stray) throw new PlaceholderError(`${at}: ${stray[0]} is not a figure placeholder (write {name} or {RULE-ID.name}) in "${text}"`);
  const figureAt = (whole: string, rule: string | undefined, name: string): Figure => {
    const figure = figures(rule ?? owner, name);
    if (!figure) throw new PlaceholderError(`${at}: ${whole} names no figure of ${rule ?? owner} in "${text}"`);
    return figure;
  };
  // A range ("{from} to {to}", "{from} 到 {to}") says its unit once.
  const ranged = text.replace(rangePattern, (whole, ruleA: string | undefined, nameA: string, ruleB: string | undefined, nameB: string) =>
    formatFigureRange(figureAt(whole, ruleA, nameA), figureAt(whole, ruleB, nameB), lang, currency),
  );
  return ranged.replace(placeholderPattern, (whole, rule: string | undefined, name: string) => formatFigure(figureAt(whole, rule, name), lang, currency));
}

/** Fills the figure placeholders of a rule's text from a policy's figures (see fillFiguresFrom). */
export const fillFigures = (policy: Policy, text: string, owner: string, lang: Lang, currency?: string): string =>
  fillFiguresFrom(policyFigures(policy), text, owner, lang, '', currency);
