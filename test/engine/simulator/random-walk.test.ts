import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftsFor, initialState, legalDecisionTypes, parseScenario, scoreTrace, step, stepBound, type Scenario, type SimState } from '../../../src/engine/simulator';
import { damagedKettle } from './fixtures/authored';
import { choiceArbitrary, decisionFor, scenarioArbitrary } from './walk';
import { policy } from '../../../src/engine/loaded-policy';

const kettle = (() => {
  const parsed = parseScenario(policy, damagedKettle);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
})();

/** Plays random choices until the case closes; every step must keep the machine whole. */
function walk(scenario: Scenario, choices: Parameters<typeof decisionFor>[1][]): SimState {
  let state = initialState(scenario);
  let accepted = 0;
  const bound = stepBound(policy, scenario);
  let rejected = false;
  for (let i = 0; state.phase !== 'closed'; i++) {
    // Choices are recycled so that every walk runs to the end of the case; after a refusal
    // the next try is a plain one, as a trainee would correct a mistake.
    const choice = choices[i % choices.length]!;
    // (A plain one in every part: its own text too, or an empty draft could be retried forever.)
    const retry = {
      ...choice,
      junk: undefined,
      pick: choice.pick + i,
      draft: 0,
      text: 'Sorry for the trouble; we are sorting it out now.',
      action: { type: 'apologize' as const },
    };
    const result = step(policy, scenario, state, decisionFor(state, rejected ? retry : choice));
    rejected = !result.accepted;
    if (result.accepted) accepted++;
    else expect(result.state).toBe(state);
    state = result.state;
    expect(accepted).toBeLessThanOrEqual(bound);
    if (state.phase !== 'closed') {
      expect(legalDecisionTypes(state).length).toBeGreaterThan(0);
      if (state.phase === 'reply') expect(draftsFor(policy, scenario, state).length).toBeGreaterThan(0);
    }
    // Junk every time cannot stall a walk for long: the bound on attempts is generous.
    expect(i).toBeLessThan(bound * 20);
  }
  expect(state.trace).toHaveLength(accepted);
  return state;
}

describe('random walks through cases', () => {
  it('never throws, never dead-ends, always closes within the step bound, and scores 0–100', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 9, arbitrary: scenarioArbitrary }, { weight: 1, arbitrary: fc.constant(kettle) }),
        fc.array(choiceArbitrary, { minLength: 1, maxLength: 30 }),
        (scenario, choices) => {
          const state = walk(scenario, choices);
          const report = scoreTrace(policy, scenario, state.trace);
          expect(report.closed).toBe(true);
          expect(report.total).toBeGreaterThanOrEqual(0);
          expect(report.total).toBeLessThanOrEqual(100);
          for (const d of Object.values(report.dimensions)) expect(d.score).toBeGreaterThanOrEqual(0);
          // Replaying the trace reaches the same place and the same score.
          expect(scoreTrace(policy, scenario, JSON.parse(JSON.stringify(state.trace)))).toEqual(report);
        },
      ),
      { numRuns: 2000 },
    );
  }, 180_000);
});
