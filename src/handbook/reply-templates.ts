import { formatFigure, placeholderPattern } from '../engine/figures';
import { amountIn } from '../engine/money';
import { figureOf } from '../engine/loaded-policy';
import type { Figure } from '../engine/policy/types';

export type TemplateLanguage = 'en' | 'de';

/** German units for amazon.de bodies; the engine itself speaks English and Chinese. */
const german: Record<Exclude<Figure['unit'], 'money'>, (n: number) => string> = {
  percent: (n) => `${n} %`,
  hours: (n) => `${n} Stunden`,
  days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
  count: (n) => `${n}`,
  rounds: (n) => `${n} Runden`,
};

/** Money in a German body: the euro amount (amazon.de), or a figure fixed in another currency as it stands. */
function germanMoney(figure: Figure): string {
  const euros = amountIn(figure, 'EUR');
  return euros !== undefined ? `${euros.toLocaleString('de-DE')} EUR` : `${figure.value.toLocaleString('de-DE')} ${figure.currency ?? ''}`.trim();
}

const inGerman = (figure: Figure): string => (figure.unit === 'money' ? germanMoney(figure) : german[figure.unit](figure.value));

/** A template body with its `{RULE-ID.figure}` placeholders filled from the loaded rules. */
export function fillTemplate(body: string, language: TemplateLanguage): string {
  return body.replace(placeholderPattern, (whole, rule: string | undefined, name: string) => {
    if (!rule) throw new Error(`template placeholder ${whole} must name its rule, e.g. {SHIP-8.updateWithin}`);
    const figure = figureOf(rule, name);
    return language === 'de' ? inGerman(figure) : formatFigure(figure, 'en');
  });
}

/** Numbered choices ("1." at the start of a line) are the one place a body may hold a digit. */
export const typedDigitInTemplate = (body: string): string | null => /[0-9]/.exec(body.replace(placeholderPattern, '').replace(/^\s*\d[.)]\s/gm, ''))?.[0] ?? null;
