import type { Rule } from '../engine/policy/types';
import { isL10n, type Lang } from '../engine/text';
import type { RuleData } from './rule-data';

/**
 * The rules as a page carries them (RuleData.astro): without their prose or provenance, and with `only`, each
 * text in that language under both keys, for pages whose scripts show, store and send nothing
 * in the other (the tools).
 */
export function ruleDataJson(rules: readonly Rule[], only?: Lang): string {
  // Provenance is for readers of the rule boxes, which the server draws; the islands never read it.
  const data: RuleData = rules.map(({ title: _title, text: _text, checked: _checked, platformToday: _platformToday, ...rule }) => rule);
  return JSON.stringify(data, (_, value: unknown) => (only && isL10n(value) ? { en: value[only], 'zh-cn': value[only] } : value));
}
