import type { Action } from '../actions';
import { checkReply, type Finding } from '../reply-check';
import type { Decision } from './decision';
import { draftsFor } from './drafts';
import { knowableFacts } from './knowable-facts';
import { bestClosing, judge } from './playbook-reading';
import type { Scenario } from './scenario';
import { knownFacts, neededRevealers, roundLimit, triageAnswer, trueFacts, type SimState } from './state';
import { isBuyerQuestion, isInvestigation } from './vocabulary';
import type { Policy } from '../policy/policy';

/**
 * The decision that scores best from where the case stands, read from the rules: the
 * case clock for triage, the needed checks and questions, then the cheapest resolution the
 * playbook recommends, then a reply that breaks no message rule. Hints and reviews use it.
 */
export function bestDecision(policy: Policy, scenario: Scenario, state: SimState): Decision | undefined {
  switch (state.phase) {
    case 'triage':
      return { type: 'triage', ...triageAnswer(policy, scenario, state) };
    case 'act': {
      const needed = neededRevealers(policy, scenario);
      const check = needed.find((r) => isInvestigation(r) && !state.checks.includes(r));
      if (check && isInvestigation(check)) return { type: 'check', check };
      const question = needed.find((r) => isBuyerQuestion(r) && !state.asked.includes(r));
      // Ask only while a round is left for the answer to be used in.
      if (question && state.round < roundLimit(policy, scenario) && state.resolutions.length === 0) return { type: 'resolve', action: { type: question } };
      return { type: 'resolve', action: bestClosing(policy, knownFacts(scenario, state)) };
    }
    case 'reply':
      return { type: 'pick-draft', draft: bestDraftIndex(policy, scenario, state) };
    case 'closed':
      return undefined;
  }
}

/**
 * The resolution a review names as best for a resolve step: what the rules would have done
 * here with what the trainee could have known (a needed question first, while a round is
 * left to use its answer; else the best closing once the needed checks are made), and never
 * an action the rules call wrong or do not name on the facts as they really are. Undefined
 * where the playbook names no resolution the facts allow.
 */
export function bestResolution(policy: Policy, scenario: Scenario, state: SimState): Action | undefined {
  const truth = trueFacts(scenario, state);
  const named = (action: Action) => ['recommended', 'acceptable'].includes(judge(policy, truth, action).verdict);
  const next = bestDecision(policy, scenario, state);
  const question = next?.type === 'resolve' && isBuyerQuestion(next.action.type) ? [next.action] : [];
  return [...question, bestClosing(policy, knowableFacts(policy, scenario, state)), bestClosing(policy, truth)].find(named);
}

const severityCost: Record<Finding['severity'], number> = { error: 100, warning: 10, suggestion: 1 };

/** How much a reply's findings weigh: errors far more than warnings, suggestions least. */
export const findingsWeight = (findings: readonly Finding[]): number => findings.reduce((sum, f) => sum + severityCost[f.severity], 0);

export function bestDraftIndex(policy: Policy, scenario: Scenario, state: SimState): number {
  const context = { platform: scenario.platform, caseKind: scenario.facts.kind };
  const weights = draftsFor(policy, scenario, state).map((d) => findingsWeight(checkReply(d.text, context)));
  return weights.indexOf(Math.min(...weights));
}
