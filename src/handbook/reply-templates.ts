import { formatFigure, placeholderPattern } from '../engine/figures';
import { figureOf } from '../engine/policy/registry';
import type { Figure } from '../engine/policy/types';

export type TemplateLanguage = 'en' | 'de';

/** German units for amazon.de bodies; the engine itself speaks English and Chinese. */
const german: Record<Figure['unit'], (n: number) => string> = {
  percent: (n) => `${n} %`,
  hours: (n) => `${n} Stunden`,
  days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
  money: (n) => `${n}`,
  count: (n) => `${n}`,
  rounds: (n) => `${n} Runden`,
};

/** A template body with its `{RULE-ID.figure}` placeholders filled from the registry. */
export function fillTemplate(body: string, language: TemplateLanguage): string {
  return body.replace(placeholderPattern, (whole, rule: string | undefined, name: string) => {
    if (!rule) throw new Error(`template placeholder ${whole} must name its rule, e.g. {SHIP-8.updateWithin}`);
    const figure = figureOf(rule, name);
    return language === 'de' ? german[figure.unit](figure.value) : formatFigure(figure, 'en');
  });
}

/** Numbered choices ("1." at the start of a line) are the one place a body may hold a digit. */
export const typedDigitInTemplate = (body: string): string | null =>
  /[0-9]/.exec(body.replace(placeholderPattern, '').replace(/^\s*\d[.)]\s/gm, ''))?.[0] ?? null;
