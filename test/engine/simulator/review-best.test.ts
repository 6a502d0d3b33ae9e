import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/engine/advise';
import { bestPath, describeChoice, initialState, scoreTrace, step, stepBound, trueFacts, type Decision, type ReviewItem, type Scenario } from '../../../src/engine/simulator';
import { isMessage } from '../../../src/engine/message';
import { sayBoth } from '../../../src/i18n/say-both';
import { authoredScenarios } from './fixtures/authored-scenarios';
import { practiceCases } from './spoil';
import { choiceArbitrary, decisionFor, type Choice } from './walk';
import { policy } from '../../../src/engine/loaded-policy';

/**
 * "Best" in a review is what the rules would have done with what the trainee could have
 * known: never an action the rules call wrong, or do not name, on the facts as they are.
 */
const authored = authoredScenarios();
const cases: Scenario[] = [...authored, ...practiceCases(200, 'review-best')];
const TRACES_PER_CASE = 2;

/** A random play to the end: after a refused decision, a plain one, as a trainee would correct it. */
function randomTrace(scenario: Scenario, choices: Choice[]): Decision[] {
  let state = initialState(scenario);
  let refused = false;
  for (let i = 0; state.phase !== 'closed' && i < stepBound(policy, scenario) * 20; i++) {
    const choice = choices[i % choices.length]!;
    const plain = { ...choice, junk: undefined, pick: choice.pick + i, draft: 0, text: 'Sorry for the trouble; we are sorting it out now.' };
    const result = step(policy, scenario, state, decisionFor(state, refused ? plain : choice));
    refused = !result.accepted;
    state = result.state;
  }
  return state.trace;
}

/** What is wrong with the best a review item names for a resolve step, if anything. */
function badBest(scenario: Scenario, item: ReviewItem): string | undefined {
  const best = sayBoth(item.best).en;
  if (!item.bestAction) return isMessage(item.best) && item.best.code === 'sim.noResolutionNamed' ? undefined : `no best action, yet best says “${best}”`;
  const truth = trueFacts(scenario, { ...initialState(scenario), now: item.at, round: item.round });
  const verdict = judge(policy, truth, item.bestAction).verdict;
  if (verdict !== 'recommended' && verdict !== 'acceptable') return `best “${best}” is ${verdict} on the true facts`;
  if (best !== sayBoth(describeChoice(item.bestAction)).en) return `best says “${best}” for ${JSON.stringify(item.bestAction)}`;
  return undefined;
}

describe('the best a review names', () => {
  it('is never an action the rules call wrong or do not name on the true facts, along random traces of every case', () => {
    const samples = fc.sample(fc.array(choiceArbitrary, { minLength: 1, maxLength: 24 }), { numRuns: cases.length * TRACES_PER_CASE, seed: 20261203 });
    let resolves = 0;
    const problems = cases.flatMap((scenario, c) =>
      Array.from({ length: TRACES_PER_CASE }, (_, t) => randomTrace(scenario, samples[c * TRACES_PER_CASE + t]!)).flatMap((trace) =>
        scoreTrace(policy, scenario, trace).review.flatMap((item) => {
          if (item.step !== 'resolve') return [];
          resolves++;
          const bad = badBest(scenario, item);
          return bad ? [`${scenario.id} at ${item.index}: chose “${sayBoth(item.chosen).en}”, ${bad}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
    expect(resolves).toBeGreaterThan(cases.length);
  }, 60_000);

  it('on the best path too', () => {
    const problems = cases.flatMap((scenario) =>
      scoreTrace(policy, scenario, bestPath(policy, scenario)).review.flatMap((item) =>
        item.step === 'resolve' ? [badBest(scenario, item)].filter(Boolean).map((b) => `${scenario.id}: ${b}`) : [],
      ),
    );
    expect(problems).toEqual([]);
  }, 60_000);

  it('does not name the trainee’s own unnamed choice as best: a reply window about to close, checks skipped, a full refund', () => {
    const scenario = authored.find((s) => s.id === 'health-reply-due-soon-uk')!;
    const triage = bestPath(policy, scenario)[0]!;
    const report = scoreTrace(policy, scenario, [triage, { type: 'resolve', action: { type: 'full-refund' } }, { type: 'pick-draft', draft: 0 }]);
    const item = report.review.find((r) => r.step === 'resolve')!;
    expect(sayBoth(item.chosen).en).toBe('Refund in full');
    expect(item.verdict).toBe('unjudged');
    expect(sayBoth(item.best).en).not.toBe('Refund in full');
    expect(badBest(scenario, item)).toBeUndefined();
  });
});
