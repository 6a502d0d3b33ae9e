import { formatMoneyFigure } from './money';
import { leftoverPlaceholder, PlaceholderError, placeholderPattern } from './placeholders';
import { ruleById } from './policy/registry';
import type { Figure } from './policy/types';
import type { Lang } from './text';

const units: Record<Exclude<Figure['unit'], 'money'>, Record<Lang, (n: number) => string>> = {
  percent: { en: (n) => `${n}%`, 'zh-cn': (n) => `${n}%` },
  hours: { en: (n) => `${n} ${n === 1 ? 'hour' : 'hours'}`, 'zh-cn': (n) => `${n} 小时` },
  days: { en: (n) => `${n} ${n === 1 ? 'day' : 'days'}`, 'zh-cn': (n) => `${n} 天` },
  count: { en: (n) => n.toLocaleString('en-US'), 'zh-cn': (n) => `${n}` },
  rounds: { en: (n) => `${n} ${n === 1 ? 'round' : 'rounds'}`, 'zh-cn': (n) => `${n} 轮` },
};

/**
 * A figure as a reader sees it: "35%", "48 hours", "7 天". Money is shown in the case's
 * currency when one is given ("4,500 JPY"), otherwise in every currency of its table.
 */
export const formatFigure = (figure: Figure, lang: Lang, currency?: string): string =>
  figure.unit === 'money' ? formatMoneyFigure(figure, lang, currency) : units[figure.unit][lang](figure.value);

export { placeholderPattern } from './placeholders';

/** Where a filler finds a rule's figure: the registry, or a page's own copy of the rules. */
export type FigureSource = (ruleId: string, name: string) => Figure | undefined;

export const registryFigures: FigureSource = (ruleId, name) => ruleById.get(ruleId)?.figures?.[name];

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
  return text.replace(placeholderPattern, (whole, rule: string | undefined, name: string) => {
    const figure = figures(rule ?? owner, name);
    if (!figure) throw new PlaceholderError(`${at}: ${whole} names no figure of ${rule ?? owner} in "${text}"`);
    return formatFigure(figure, lang, currency);
  });
}

/** Fills the figure placeholders of a rule's text from the registry (see fillFiguresFrom). */
export const fillFigures = (text: string, owner: string, lang: Lang, currency?: string): string => fillFiguresFrom(registryFigures, text, owner, lang, '', currency);
