import type { Scenario } from '../../engine/simulator/scenario';

/** The order the simulator lists written cases in: by platform, then easiest first, then by id. */
export const listOrder = (a: Pick<Scenario, 'platform' | 'difficulty' | 'id'>, b: Pick<Scenario, 'platform' | 'difficulty' | 'id'>): number =>
  a.platform.localeCompare(b.platform) || a.difficulty - b.difficulty || a.id.localeCompare(b.id);
