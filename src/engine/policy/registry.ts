import { createPolicy } from './policy';
import { loadRules } from './rule-files';
import type { Rule } from './types';

/** Every rule of the playbook, in the order of FACTS.md (the files of src/engine/policy/rules/). */
export const rules: readonly Rule[] = loadRules();

export const { ruleById, ruleOf, figureOf } = createPolicy(rules);
