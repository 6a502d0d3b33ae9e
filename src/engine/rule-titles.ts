import { fillFigures } from './figures';
import { rules } from './policy/registry';
import type { Lang } from './text';

/** Every rule's title in `lang`, figures filled in: what a page hands to an island that lists rules by name. */
export const ruleTitles = (lang: Lang): Record<string, string> => Object.fromEntries(rules.map((rule) => [rule.id, fillFigures(rule.title[lang], rule.id, lang)]));
