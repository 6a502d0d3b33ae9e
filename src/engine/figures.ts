import { figureOf } from './policy/registry';
import type { Figure } from './policy/types';
import type { Lang } from './text';

const units: Record<Figure['unit'], Record<Lang, (n: number) => string>> = {
  percent: { en: (n) => `${n}%`, 'zh-cn': (n) => `${n}%` },
  hours: { en: (n) => `${n} ${n === 1 ? 'hour' : 'hours'}`, 'zh-cn': (n) => `${n} 小时` },
  days: { en: (n) => `${n} ${n === 1 ? 'day' : 'days'}`, 'zh-cn': (n) => `${n} 天` },
  money: { en: (n) => `${n}`, 'zh-cn': (n) => `${n}` },
  count: { en: (n) => n.toLocaleString('en-US'), 'zh-cn': (n) => `${n}` },
  rounds: { en: (n) => `${n} ${n === 1 ? 'round' : 'rounds'}`, 'zh-cn': (n) => `${n} 轮` },
};

/** A figure as a reader sees it: "35%", "48 hours", "7 天". */
export const formatFigure = (figure: Figure, lang: Lang): string => units[figure.unit][lang](figure.value);

/** `{name}` names a figure of the owning rule; `{MSG-2.replyWithin}` one of another rule. */
export const placeholderPattern = /\{(?:([A-Z]+-\d+)\.)?(\w+)\}/g;

/** Fills the figure placeholders of a rule's text, formatted for the language. */
export const fillFigures = (text: string, owner: string, lang: Lang): string =>
  text.replace(placeholderPattern, (_whole, rule: string | undefined, name: string) => formatFigure(figureOf(rule ?? owner, name), lang));
