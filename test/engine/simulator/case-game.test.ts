import { describe, expect, it } from 'vitest';
import { restartGame, startGame } from '../../../src/components/simulator/case-game';
import { generateScenario, initialState, scoreTrace, step, type Decision } from '../../../src/engine/simulator';
import { policy } from '../../../src/engine/loaded-policy';

const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
const decisions: Decision[] = [
  { type: 'triage', kind: 'amazon-message', deadline: 'MSG-2.reply', urgency: 'due-soon' },
  { type: 'check', check: 'check-stock' },
  ...Array.from({ length: 4 }, (): Decision[] => [
    { type: 'resolve', action: { type: 'full-refund' } },
    { type: 'pick-draft', draft: 0 },
  ]).flat(),
];

/** Decides as the case player does: each accepted step's state and effects kept. */
function decideAll(game: ReturnType<typeof startGame>['game']) {
  let g = game;
  for (const d of decisions) {
    const result = step(policy, g.scenario, g.state, d);
    if (result.accepted) g = { ...g, state: result.state, log: [...g.log, result.effects] };
  }
  return g;
}

describe('the case player’s game', () => {
  it('starts again from the first step, with nothing of the last play kept', () => {
    const played = decideAll(startGame(scenario, 'practice:3', []).game);
    expect(played.state.phase).toBe('closed');
    const again = restartGame(played);
    expect(again.state).toEqual(initialState(scenario));
    expect(again.log).toEqual([]);
    expect(again.key).toBe('practice:3');
  });

  it('after "Start again", plays to the same review: every check’s reasons once', () => {
    const first = decideAll(startGame(scenario, 'practice:3', []).game);
    const second = decideAll(restartGame(first));
    expect(second.state).toEqual(first.state);
    expect(second.log).toEqual(first.log);
    const review = scoreTrace(policy, scenario, second.state.trace).review;
    for (const item of review.filter((i) => i.step === 'check')) {
      const reasons = item.citations.map((c) => c.why.en);
      expect(reasons).toEqual([...new Set(reasons)]);
      expect(reasons.length).toBeGreaterThan(0);
    }
  });

  it('resumes a saved trace with the log of every step, and counts what no longer fits', () => {
    const played = decideAll(startGame(scenario, 'k', []).game);
    const { game, dropped } = startGame(scenario, 'k', [...played.state.trace, { type: 'teleport' }]);
    expect(dropped).toBe(1);
    expect(game.state).toEqual(played.state);
    expect(game.log).toEqual(played.log);
  });
});
