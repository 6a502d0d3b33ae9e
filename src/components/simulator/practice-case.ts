import type { CaseKind } from '../../engine/case-kinds';
import { decodeFacts } from '../../engine/facts-link';
import { generateScenario } from '../../engine/simulator/generate';
import type { Scenario } from '../../engine/simulator/scenario';
import { practiceFromSearch } from './practice';
import { policy } from '../../engine/loaded-policy';

/**
 * The practice case an address asks for, or the plain case of its seed when the address is
 * wrong (`problem`). Only the practice page's island loads it: a written case's page never
 * needs the case generator.
 */
export function practiceCase(search: string, kinds?: readonly CaseKind[]): { scenario: Scenario; key: string; problem: boolean } {
  const practice = practiceFromSearch(search, decodeFacts);
  try {
    return { scenario: generateScenario(policy, { ...practice.options, kinds }), key: practice.key, problem: practice.problem };
  } catch {
    return { scenario: generateScenario(policy, { seed: practice.options.seed, kinds }), key: practice.key, problem: true };
  }
}
