import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionLabels } from '../../../src/engine/action-labels';
import { sayBoth } from '../../../src/i18n/say-both';
import { actionTypes, appealGrounds, closeReasons, payers, type Action } from '../../../src/engine/actions';
import { checkReply } from '../../../src/engine/reply-check';
import { draftsFor, generateScenario, initialState, type Scenario } from '../../../src/engine/simulator';
import { isInvestigation } from '../../../src/engine/simulator/vocabulary';
import { authoredScenarios } from './authored-scenarios';
import { actionArbitrary, scenarioArbitrary, scenarioSweep } from './walk';
import { policy } from '../../../src/engine/loaded-policy';

/** Every action a reply can carry, with each of its parameters. */
const replyActions: Action[] = actionTypes
  .filter((type) => !isInvestigation(type))
  .flatMap((type): Action[] => {
    if (type === 'partial-refund') return [{ type, percent: 20 }];
    if (type === 'authorize-return') return payers.map((payer) => ({ type, payer }));
    if (type === 'close-return-request') return [{ type }, ...closeReasons.map((reason) => ({ type, reason }))];
    if (type === 'appeal-claim') return appealGrounds.map((ground) => ({ type, ground }));
    return [{ type }];
  });

const labels = Object.values(actionLabels).map((l) => sayBoth(l).en.toLowerCase());
const claimKinds = ['amazon-atoz', 'amazon-property-claim'];

const draftsOf = (scenario: Scenario, action: Action, round = 1) =>
  draftsFor(policy, scenario, { ...initialState(scenario), phase: 'reply', round, pending: action }).map((d) => d.text);

/** What is wrong with a case's drafts for an action: a label let through, a claim that is not there, a withdrawal bought. */
function faults(scenario: Scenario, action: Action, round: number): string[] {
  const claim = claimKinds.includes(scenario.facts.kind);
  return draftsOf(scenario, action, round).flatMap((text) => [
    ...labels.filter((label) => text.toLowerCase().includes(label)).map((label) => `${action.type}: label "${label}"`),
    ...(!claim && /withdraw/i.test(text) ? [`${action.type}: a withdrawal in a ${scenario.facts.kind} case`] : []),
    ...(claim
      ? checkReply(text, { platform: scenario.platform, caseKind: scenario.facts.kind })
          .filter((f) => f.kind === 'incentive')
          .map(() => `${action.type}: a remedy tied to a withdrawal`)
      : []),
  ]);
}

describe('drafted replies', () => {
  it('say what the seller does in the buyer’s words, never with the action’s label', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-atoz' });
    for (const text of draftsOf(scenario, { type: 'wait-for-decision' })) {
      expect(text).not.toContain('taking care of it now');
      expect(text.toLowerCase()).not.toContain('wait for the platform’s decision');
      expect(text).toContain('Amazon is reviewing this now');
    }
  });

  it('never offer to refund a return request “if you withdraw the claim”: there is no claim', () => {
    const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-return' });
    for (let seed = 0; seed < 40; seed++) {
      const drawn = { ...scenario, seed };
      for (const round of [1, 2, 3]) for (const text of draftsOf(drawn, { type: 'full-refund' }, round)) expect(text).not.toMatch(/withdraw/i);
    }
  });

  it('ask for a withdrawal only where a claim exists, in a sentence of its own', () => {
    const claim = draftsOf(generateScenario(policy, { seed: 5, kind: 'amazon-atoz' }), { type: 'ask-claim-withdrawal' });
    expect(claim.every((t) => t.includes('would you consider withdrawing the claim?'))).toBe(true);
    const message = draftsOf(generateScenario(policy, { seed: 5, kind: 'amazon-message' }), { type: 'ask-claim-withdrawal' });
    expect(message.some((t) => /claim/i.test(t))).toBe(false);
  });

  it('hold for every written case and every generated kind and topic, for every action a reply can carry', () => {
    const problems = [...authoredScenarios, ...scenarioSweep(1)].flatMap((scenario) =>
      replyActions.flatMap((action) => [1, 2].flatMap((round) => faults(scenario, action, round).map((f) => `${scenario.id}: ${f}`))),
    );
    expect([...new Set(problems)]).toEqual([]);
  }, 60_000);

  it('hold for any generated case and any action', () => {
    fc.assert(
      fc.property(scenarioArbitrary, actionArbitrary, fc.integer({ min: 1, max: 4 }), (scenario, action, round) => {
        if (isInvestigation(action.type)) return;
        expect(faults(scenario, action, round)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
