import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestPath, generateScenario, initialState, play, scoreTrace, type ReviewItem, type Scenario } from '../../../src/engine/simulator';
import { authoredScenarios } from './authored-scenarios';
import { choiceArbitrary, decisionFor, scenarioArbitrary, scenarioSweep } from './walk';
import { policy } from '../../../src/engine/loaded-policy';

/** Reasons a review item gives more than once. */
const repeated = (item: ReviewItem) => item.citations.map((c) => `${c.ruleId}/${c.branch}: ${c.why.en}`).filter((key, i, all) => all.indexOf(key) !== i);

const reviewOf = (scenario: Scenario, trace: readonly unknown[]) => scoreTrace(policy, scenario, trace).review;

describe('the review of a played case', () => {
  it('gives the reason for a needed check once, however often the rules give it', () => {
    // Stock matters for a damaged item (SHIP-3): the check is both needed and recommended.
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
    const trace = [
      { type: 'triage', kind: 'amazon-message', deadline: 'MSG-2.reply', urgency: 'due-soon' },
      { type: 'check', check: 'check-stock' },
      { type: 'resolve', action: { type: 'full-refund' } },
      { type: 'pick-draft', draft: 0 },
    ];
    const check = reviewOf(scenario, trace).find((i) => i.step === 'check')!;
    expect(check.ruleIds).toContain('SHIP-3');
    expect(check.citations.filter((c) => c.ruleId === 'SHIP-3')).toHaveLength(1);
  });

  it('is the same when the case is played again from the start', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
    const trace = bestPath(policy, scenario);
    const first = reviewOf(scenario, trace);
    // "Start again": a fresh state, the same decisions.
    const again = play(policy, scenario, trace, initialState(scenario)).state.trace;
    expect(reviewOf(scenario, again)).toEqual(first);
  });

  it('never repeats a reason within one decision, for every written case and generated ones, played by the rules or at random', () => {
    for (const scenario of [...authoredScenarios, ...scenarioSweep(2)]) for (const item of reviewOf(scenario, bestPath(policy, scenario))) expect(repeated(item)).toEqual([]);
    fc.assert(
      fc.property(scenarioArbitrary, fc.array(choiceArbitrary, { minLength: 1, maxLength: 30 }), (scenario, choices) => {
        let state = initialState(scenario);
        for (const choice of choices) state = play(policy, scenario, [decisionFor(state, choice)], state).state;
        for (const item of reviewOf(scenario, state.trace)) expect(repeated(item)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
