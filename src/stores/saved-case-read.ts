// Straight from the simulator's modules, not its index: a case page must not load the scenario schema or the generator.
import type { Scenario } from '../engine/simulator/scenario';
import { initialState } from '../engine/simulator/state';
import { play } from '../engine/simulator/step';
import { $savedPlay, migrateOldSaves, setEntryAside } from './saved-play';
import { policy } from '../engine/loaded-policy';

/** What a page resumes: the saved trace (empty: a fresh start), and where an unusable entry was kept aside. */
export interface ReadCase {
  trace: unknown[];
  keptAs?: string;
}

/**
 * A case's saved trace, checked by replaying it: every decision must be one `step` accepts. A
 * trace with a refused decision is kept aside (the trainee told) and the case starts fresh.
 */
export function readCasePlay(key: string, scenario: Scenario): ReadCase {
  migrateOldSaves();
  const entry = $savedPlay.get()[key];
  if (!entry) return { trace: [] };
  const fits = 'trace' in entry && play(policy, scenario, entry.trace, initialState(scenario)).results.every((r) => r.accepted);
  if (fits) return { trace: entry.trace };
  const keptAs = setEntryAside(key, 'trace' in entry ? 'a decision the case refuses' : 'not a case');
  return keptAs ? { trace: [], keptAs } : { trace: [] };
}
