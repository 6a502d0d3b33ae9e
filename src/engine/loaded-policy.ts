import { loadedRules } from '#loaded-rules';
import { createPolicy, type Policy } from './policy/policy';
import type { Rule } from './policy/types';

/**
 * The app's rules: the one module that loads them (`#loaded-rules`: the rule files with
 * team.yaml applied in Node; /policy/rules.json, fetched once, in the browser). The site, the
 * command line and the tests import the policy from here, or the engine made from it from
 * loaded-engine.ts; no other file under src/engine may import either (eslint.config.js), so the
 * engine's functions only read the rules they are handed. A page's script imports the policy
 * from here, not the engine, so that it loads only the functions it runs.
 */
export const policy: Policy = createPolicy(loadedRules);

/** Every rule of the playbook, in the order of FACTS.md, and the policy's lookups. */
export const rules: readonly Rule[] = policy.rules;
export const { ruleById, ruleOf, figureOf } = policy;
