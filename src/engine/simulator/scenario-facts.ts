import type { CaseFacts } from '../case-fields';
import { parseCaseFacts } from '../check-case-facts';
import { mergeFacts } from './merge-facts';
import { hashSeed } from './random';
import type { Scenario } from './scenario';

/**
 * A scenario's facts as play goes on: what checks have revealed, at the simulated moment.
 * Free of the scenario schema (and of zod), so a case page runs without them: written cases
 * arrive already checked by the build.
 */

type Patch = Record<string, unknown>;

/** Facts already built, per scenario: scoring asks for the same moment many times. */
const factsCache = new WeakMap<Scenario, Map<string, CaseFacts>>();
const FACTS_CACHE_SIZE = 256;

/** The case facts with some hidden facts revealed, at a simulated moment. */
export function factsWith(scenario: Scenario, revealed: readonly number[], now: string, round: number): CaseFacts {
  const key = `${[...revealed].sort((a, b) => a - b).join(',')}|${now}|${round}`;
  let cache = factsCache.get(scenario);
  const hit = cache?.get(key);
  if (hit) return hit;
  const patches = revealed.map((i) => scenario.hidden[i]?.reveals ?? {});
  const live: Patch = { asOf: now };
  // An eBay message thread counts its rounds (MSG-12): each simulated round adds one.
  if (scenario.facts.kind === 'ebay-message') live.roundsSoFar = scenario.facts.roundsSoFar + round - 1;
  const result = parseCaseFacts(mergeFacts(scenario.facts as unknown as Patch, ...patches, live));
  // The schema checked every combination of hidden facts, so this only guards a scenario built by hand.
  if (!result.ok) throw new Error(`scenario ${scenario.id}: ${result.problems.join('; ')}`);
  if (!cache || cache.size >= FACTS_CACHE_SIZE) factsCache.set(scenario, (cache = new Map()));
  cache.set(key, result.facts);
  return result.facts;
}

export const allHidden = (scenario: Scenario): number[] => scenario.hidden.map((_, i) => i);
/** The seed of a scenario's buyer: its own, or one drawn from its id. */
export const scenarioSeed = (scenario: Scenario): number => scenario.seed ?? hashSeed(scenario.id);
