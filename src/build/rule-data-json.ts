import type { Rule } from '../engine/policy/types';
import { isL10n, type Lang } from '../engine/text';
import type { RuleData } from './rule-data';

/**
 * The rules as a page carries them (RuleData.astro): without their prose, and with `only`, each
 * text in that language under both keys, for pages whose scripts show, store and send nothing
 * in the other (the tools).
 */
export function ruleDataJson(rules: readonly Rule[], only?: Lang): string {
  const data: RuleData = rules.map(({ title: _title, text: _text, ...rule }) => rule);
  return JSON.stringify(data, (_, value: unknown) => (only && isL10n(value) ? { en: value[only], 'zh-cn': value[only] } : value));
}
