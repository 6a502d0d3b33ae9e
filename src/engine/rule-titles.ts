import type { Policy } from './policy/policy';
import { readableRules } from './readable-rule';
import type { Lang } from './text';

/** Every rule's title in `lang`, figures filled in: what a page hands to an island that lists rules by name. */
export const ruleTitles = (policy: Policy, lang: Lang): Record<string, string> => Object.fromEntries(readableRules(policy).map((rule) => [rule.id, rule.title[lang]]));
