import { formatFigure } from '../engine/figures';
import { figureOf, ruleById, rules, policy } from '../engine/loaded-policy';
import { readableRule } from '../engine/readable-rule';
import { isL10n, type Lang } from '../engine/text';

/**
 * Everything search reads from the policy engine, in one place: the rule texts move between
 * the engine's modules and data files, and only this file names where they come from.
 */

export interface RuleForSearch {
  id: string;
  area: string;
  /** `page#anchor` of the section that explains the rule. */
  home: string;
}

export const searchRules: RuleForSearch[] = rules.map((r) => ({ id: r.id, area: r.area, home: `${r.handbook.page}#${r.handbook.anchor}` }));

export const isRuleId = (id: string): boolean => ruleById.has(id);

/** The figure a `<Figure of="RULE.name" />` shows, as a reader sees it. */
export const figureText = (id: string, name: string, lang: Lang): string => formatFigure(figureOf(id, name), lang);

/** Every text of a rule in one language, figures filled: title and text first, then branches, labels and the rest. */
export function ruleWords(id: string, lang: Lang): string {
  const rule = ruleById.get(id);
  if (!rule) return '';
  const readable = readableRule(policy, rule);
  const out: string[] = [readable.title[lang], readable.text[lang]];
  const walk = (value: unknown, key: string) => {
    if (key === 'title' || key === 'text') return;
    if (isL10n(value)) out.push(value[lang]);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, ''));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const [k, v] of Object.entries(readable)) walk(v, k);
  return out.join(' ');
}
