import { advise } from '../../engine/advise';
import { ruleOf, policy } from '../../engine/loaded-policy';
import type { AuthoredCase } from '../../engine/quiz';
import { initialState, trueFacts, type Scenario } from '../../engine/simulator';

/** What the quiz needs to know of a written case, worked out at build time: the rules its advice cites, then those it teaches. */
export function authoredCase(scenario: Scenario): AuthoredCase {
  const rules = [...new Set([...advise(policy, trueFacts(scenario, initialState(scenario))).ruleIds, ...scenario.teaches])];
  return { id: scenario.id, area: ruleOf(rules[0]!).area, rules, difficulty: scenario.difficulty as 1 | 2 | 3, platform: scenario.platform, title: scenario.title };
}
