import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOf, generateScenario, initialState, play, scoreTrace, type Decision } from '../../../src/engine/simulator';
import { moneyOut, refunds } from '../../../src/engine/simulator/cost-model';
import { choiceArbitrary, decisionFor, scenarioArbitrary } from './walk';
import { policy } from '../../../src/engine/loaded-policy';

describe('what a case costs the seller', () => {
  it('refunds an order once: a full refund repeated, or after a partial one, costs the price', () => {
    expect(moneyOut([{ type: 'full-refund' }, { type: 'full-refund' }], 40, false)).toBe(40);
    expect(moneyOut([{ type: 'partial-refund', percent: 20 }, { type: 'full-refund' }], 40, false)).toBe(40);
    expect(
      moneyOut(
        [
          { type: 'partial-refund', percent: 20 },
          { type: 'partial-refund', percent: 20 },
        ],
        40,
        false,
      ),
    ).toBe(16);
  });

  it('lets a claim take only what was not refunded already', () => {
    expect(moneyOut([{ type: 'full-refund' }], 40, true)).toBe(40);
    expect(moneyOut([{ type: 'partial-refund', percent: 25 }], 40, true)).toBe(40);
    expect(moneyOut([], 40, true)).toBe(40);
  });

  it('counts goods each time they are sent', () => {
    const reship = costOf({ type: 'reship' }, 40);
    expect(moneyOut([{ type: 'reship' }, { type: 'reship' }], 40, false)).toBe(2 * reship);
    expect(moneyOut([{ type: 'reship' }, { type: 'full-refund' }], 40, true)).toBe(reship + 40);
  });

  it('shows a full refund in a case played round after round as the price, not twice it', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
    const rounds: Decision[] = Array.from({ length: 4 }, (): Decision[] => [
      { type: 'resolve', action: { type: 'full-refund' } },
      { type: 'pick-draft', draft: 0 },
    ]).flat();
    const trace: Decision[] = [{ type: 'triage', kind: 'amazon-message', deadline: 'MSG-2.reply', urgency: 'due-soon' }, ...rounds];
    const { state } = play(policy, scenario, trace, initialState(scenario));
    // The buyer asked for more after the first refund, so the refund went out twice.
    expect(state.resolutions.filter((a) => a.type === 'full-refund').length).toBeGreaterThan(1);
    expect(scoreTrace(policy, scenario, state.trace).cost.spent).toBe(scenario.facts.order.price);
  });

  it('never gives back more than the price, however a case is played', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.array(choiceArbitrary, { minLength: 1, maxLength: 40 }), (scenario, choices) => {
        let state = initialState(scenario);
        for (const choice of choices) state = play(policy, scenario, [decisionFor(state, choice)], state).state;
        const price = scenario.facts.order.price;
        const goods = state.resolutions.filter((a) => !refunds.includes(a.type)).reduce((sum, a) => sum + costOf(a, price), 0);
        expect(scoreTrace(policy, scenario, state.trace).cost.spent).toBeLessThanOrEqual(Math.round((price + goods) * 100) / 100 + 0.001);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
