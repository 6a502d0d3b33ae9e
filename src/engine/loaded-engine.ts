import { loadedRules } from '#loaded-rules';
import { createEngine } from './engine';
import { createPolicy, type Policy } from './policy/policy';
import type { Rule } from './policy/types';

/**
 * The app's rules and its engine: the one module that loads the rules (`#loaded-rules`: the rule
 * files with team.yaml applied in Node; /policy/rules.json, fetched once, in the browser). The
 * site, the command line and the tests import the policy or the engine from here; nothing else
 * under src/engine may (eslint.config.js), so the engine's functions only read the rules they
 * are handed.
 */
export const policy: Policy = createPolicy(loadedRules);

/** Every rule of the playbook, in the order of FACTS.md, and the policy's lookups. */
export const rules: readonly Rule[] = policy.rules;
export const { ruleById, ruleOf, figureOf } = policy;

/** The engine on the app's rules. Pure: a page that uses only `policy` does not load it. */
export const engine = /* @__PURE__ */ createEngine(policy);
