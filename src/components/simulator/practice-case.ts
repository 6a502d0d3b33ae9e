import { decodeFacts } from '../../engine/facts-link';
import { generateScenario, type Scenario } from '../../engine/simulator';
import { practiceFromSearch } from './practice';

/**
 * The practice case an address asks for, or the plain case of its seed when the address is
 * wrong (`problem`). Loaded only on the practice page: a written case's page never needs the
 * case generator.
 */
export function practiceCase(search: string): { scenario: Scenario; key: string; problem: boolean } {
  const practice = practiceFromSearch(search, decodeFacts);
  try {
    return { scenario: generateScenario(practice.options), key: practice.key, problem: practice.problem };
  } catch {
    return { scenario: generateScenario({ seed: practice.options.seed }), key: practice.key, problem: true };
  }
}
