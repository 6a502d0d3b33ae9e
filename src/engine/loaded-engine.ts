import { createEngine } from './engine';
import { policy } from './loaded-policy';

export { policy, rules, ruleById, ruleOf, figureOf } from './loaded-policy';

/**
 * The engine on the app's rules (loaded-policy.ts): for the command line, build-time code and
 * tests. It holds every function of the engine, the simulator's and the quiz's included, so
 * page scripts take the policy from loaded-policy.ts instead.
 */
export const engine = createEngine(policy);
