import type { CaseFacts } from '../case';
import { factsWith } from './scenario-facts';
import type { Scenario } from './scenario';
import { neededRevealers, trueFacts, type SimState } from './state';
import { isInvestigation } from './vocabulary';
import type { Policy } from '../policy/policy';

/**
 * What the trainee could have known at this moment: what they found, plus what every check
 * and question the rules need would have brought to light. A question only counts where the
 * buyer can answer it. Scoring judges a choice and names the best one against these facts,
 * so skipping a needed check never hides a mistake the check would have shown.
 */
export function knowableFacts(policy: Policy, scenario: Scenario, state: SimState): CaseFacts {
  const needed = neededRevealers(policy, scenario);
  const reachable = trueFacts(scenario, state).buyerReachable;
  const knowable = scenario.hidden.flatMap((hidden, i) =>
    state.revealed.includes(i) || (needed.includes(hidden.by) && (isInvestigation(hidden.by) || reachable)) ? [i] : [],
  );
  return factsWith(scenario, knowable, state.now, state.round);
}
