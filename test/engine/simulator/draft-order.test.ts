import { describe, expect, it } from 'vitest';
import { bestDraftIndex } from '../../../src/engine/simulator/best-decision';
import { bestPath } from '../../../src/engine/simulator/best-path';
import { draftsFor } from '../../../src/engine/simulator/drafts';
import { initialState, type SimState } from '../../../src/engine/simulator/state';
import { play } from '../../../src/engine/simulator/step';
import type { Scenario } from '../../../src/engine/simulator';
import { authoredScenarios } from './authored-scenarios';
import { policy } from '../../../src/engine/loaded-policy';

/** The state of a case at its first reply, reached by its best play. */
function atFirstReply(scenario: Scenario): SimState {
  const path = bestPath(policy, scenario);
  const reply = path.findIndex((d) => d.type === 'pick-draft');
  return play(policy, scenario, path.slice(0, reply), initialState(scenario)).state;
}

describe('the order of drafted replies', () => {
  it('is the same for a case every time it is drawn', () => {
    for (const scenario of authoredScenarios.slice(0, 5)) {
      const state = atFirstReply(scenario);
      expect(draftsFor(policy, scenario, state)).toEqual(draftsFor(policy, structuredClone(scenario), structuredClone(state)));
    }
  });

  it('puts the best draft in every position across the written cases, so position tells nothing', () => {
    const positions = authoredScenarios.map((scenario) => bestDraftIndex(policy, scenario, atFirstReply(scenario)));
    expect(positions.length).toBeGreaterThan(20);
    const count = (n: number) => positions.filter((p) => p === n).length;
    for (const n of [0, 1, 2]) expect(count(n), `best draft as draft ${n + 1}`).toBeGreaterThan(positions.length / 10);
    // No position holds the best draft in most cases.
    expect(Math.max(count(0), count(1), count(2))).toBeLessThan(positions.length * 0.6);
  });
});
