import { describe, expect, it } from 'vitest';
import { actionTypes, type ActionType } from '../../../src/engine/actions';
import { caseKinds, platformOf, type CaseKind } from '../../../src/engine/case-kinds';
import { kindsOf } from '../../../src/engine/conditions';
import { rules, policy } from '../../../src/engine/loaded-policy';
import type { Rule } from '../../../src/engine/policy/types';
import { bestPath } from '../../../src/engine/simulator/best-path';
import { actionGroups, groupOfAction, isOffered, offeredActions } from '../../../src/engine/simulator/action-groups';
import { isBuyerQuestion, isInvestigation } from '../../../src/engine/simulator/vocabulary';
import type { Scenario } from '../../../src/engine/simulator';
import { authoredScenarios } from './authored-scenarios';
import { scenarioSweep } from './walk';

type Offer = (kind: CaseKind, type: ActionType) => boolean;

/** Every action a rule recommends or accepts for a kind of case that the offer leaves out, as `kind: action (rule)`. */
function hiddenFromTrainee(offer: Offer, ruleList: readonly Rule[] = rules): string[] {
  const out = new Set<string>();
  for (const rule of ruleList) {
    for (const branch of rule.branches ?? []) {
      const kinds = (kindsOf(branch.when) as CaseKind[] | null) ?? caseKinds.filter((k) => rule.platform === 'both' || platformOf(k) === rule.platform);
      for (const kind of kinds)
        for (const verdict of branch.verdicts)
          if (verdict.verdict !== 'wrong' && !isInvestigation(verdict.action.type) && !offer(kind, verdict.action.type))
            out.add(`${kind}: ${verdict.action.type} (${rule.id})`);
    }
  }
  return [...out].sort();
}

/** Every action a case's best play decides on that the offer leaves out, and every question whose answer a hidden fact waits for. */
function bestPlayHidden(offer: Offer, scenarios: readonly Scenario[]): string[] {
  const out = new Set<string>();
  for (const scenario of scenarios) {
    const kind = scenario.facts.kind;
    for (const decision of bestPath(policy, scenario))
      if (decision.type === 'resolve' && !offer(kind, decision.action.type)) out.add(`${scenario.id}: ${decision.action.type}`);
    for (const hidden of scenario.hidden) if (isBuyerQuestion(hidden.by) && !offer(kind, hidden.by)) out.add(`${scenario.id}: ${hidden.by}`);
  }
  return [...out].sort();
}

describe('actions offered per kind of case', () => {
  it('hide nothing a rule recommends or accepts for the kind', () => {
    expect(hiddenFromTrainee(isOffered)).toEqual([]);
  });

  it('the guard bites: an offer without the A-to-z appeal is caught, naming kind, action and rule', () => {
    const withoutAppeal: Offer = (kind, type) => isOffered(kind, type) && !(kind === 'amazon-atoz' && type === 'appeal-claim');
    expect(hiddenFromTrainee(withoutAppeal)).toEqual(expect.arrayContaining(['amazon-atoz: appeal-claim (AZ-3)']));
    // A rule that names no kind speaks to every kind of its platform.
    const anyKind: Rule = {
      ...rules.find((r) => r.id === 'CB-1')!,
      platform: 'amazon',
      branches: [
        { key: 'x', when: { fact: 'shipped', is: true }, verdicts: [{ action: { type: 'claim-lost-return' }, verdict: 'acceptable', why: { en: '', 'zh-cn': '' } }] },
      ],
    };
    expect(hiddenFromTrainee(isOffered, [anyKind])).toEqual(
      expect.arrayContaining(['amazon-chargeback: claim-lost-return (CB-1)', 'amazon-feedback: claim-lost-return (CB-1)']),
    );
    expect(hiddenFromTrainee(isOffered, [anyKind]).some((line) => line.startsWith('ebay'))).toBe(false);
  });

  it('hide nothing the best play of a written or generated case decides on, nor a question a hidden fact waits for', () => {
    const scenarios = [...authoredScenarios, ...scenarioSweep(2)];
    expect(scenarios.length).toBeGreaterThan(40);
    expect(bestPlayHidden(isOffered, scenarios)).toEqual([]);
    const withoutQuestions: Offer = (kind, type) => isOffered(kind, type) && !isBuyerQuestion(type);
    expect(bestPlayHidden(withoutQuestions, scenarios).length).toBeGreaterThan(0);
  });

  it('leave out what no case of the kind calls for: no reship to a new address on a chargeback, no A-to-z appeal on a buyer message', () => {
    expect(isOffered('amazon-chargeback', 'reship-to-new-address')).toBe(false);
    expect(isOffered('amazon-chargeback', 'reship')).toBe(false);
    expect(isOffered('amazon-message', 'appeal-claim')).toBe(false);
    expect(isOffered('amazon-feedback', 'authorize-return')).toBe(false);
    for (const kind of caseKinds) expect(offeredActions(kind).flatMap((g) => g.actions).length, kind).toBeLessThan(actionTypes.length / 2 + 5);
  });

  it('group every action a trainee decides on, never a check, each group once and in order', () => {
    for (const type of actionTypes) expect(type in groupOfAction, type).toBe(!isInvestigation(type));
    for (const kind of caseKinds) {
      const groups = offeredActions(kind).map((g) => g.group);
      expect(groups).toEqual(actionGroups.filter((g) => groups.includes(g)));
      for (const { group, actions } of offeredActions(kind)) {
        expect(actions.length).toBeGreaterThan(0);
        for (const type of actions) expect(groupOfAction[type]).toBe(group);
      }
    }
  });
});
