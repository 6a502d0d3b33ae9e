import { loadedRules } from '#loaded-rules';
import { createPolicy } from './policy';
import type { Rule } from './types';

/** Every rule of the playbook, in the order of FACTS.md: read from the rule files, or in the browser fetched as /policy/rules.json. */
export const rules: readonly Rule[] = loadedRules;

export const { ruleById, ruleOf, figureOf } = createPolicy(rules);
