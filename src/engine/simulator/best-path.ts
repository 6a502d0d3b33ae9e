import { bestDecision } from './best-decision';
import type { Decision } from './decision';
import type { Scenario } from './scenario';
import { initialState, stepBound, type SimState } from './state';
import { step } from './step';
import { perPolicy, type Policy } from '../policy/policy';

const cacheOf = perPolicy(() => new WeakMap<Scenario, Decision[]>());

/**
 * The path that scores best, played from the start with `bestDecision` at every step.
 * Built from the rules each time, never stored in a scenario.
 */
export function bestPath(policy: Policy, scenario: Scenario): Decision[] {
  const cache = cacheOf(policy);
  const cached = cache.get(scenario);
  if (cached) return cached;
  const path: Decision[] = [];
  let state: SimState = initialState(scenario);
  for (let i = 0; i < stepBound(policy, scenario) && state.phase !== 'closed'; i++) {
    const decision = bestDecision(policy, scenario, state)!;
    const result = step(policy, scenario, state, decision);
    if (!result.accepted) throw new Error(`scenario ${scenario.id}: the best decision ${JSON.stringify(decision)} was rejected`);
    path.push(decision);
    state = result.state;
  }
  cache.set(scenario, path);
  return path;
}
