// Straight from the simulator's modules, not its index: a case page must not load the scenario schema or the generator.
import type { Scenario } from '../../engine/simulator/scenario';
import { initialState, type SimState } from '../../engine/simulator/state';
import { play, resume, type Effect } from '../../engine/simulator/step';
import { policy } from '../../engine/loaded-policy';

/** One case as the case player holds it: the state and the effects of every accepted step, oldest first. */
export interface Game {
  scenario: Scenario;
  key: string;
  state: SimState;
  log: Effect[][];
}

/** A case resumed from a saved trace (empty: from the start); `dropped` counts decisions that no longer fit. */
export function startGame(scenario: Scenario, key: string, trace: readonly unknown[]): { game: Game; dropped: number } {
  const { state, dropped } = resume(policy, scenario, trace);
  const log = play(policy, scenario, state.trace, initialState(scenario)).results.map((r) => r.effects);
  return { game: { scenario, key, state, log }, dropped };
}

/** "Start again": the same case from its first step, nothing of the last play kept. */
export const restartGame = (game: Game): Game => startGame(game.scenario, game.key, []).game;
