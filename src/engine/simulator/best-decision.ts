import { checkReply, type Finding } from '../reply-check';
import type { Decision } from './decision';
import { draftsFor } from './drafts';
import { bestClosing } from './playbook-reading';
import type { Scenario } from './scenario';
import { knownFacts, neededRevealers, roundLimit, triageAnswer, type SimState } from './state';
import { isBuyerQuestion, isInvestigation } from './vocabulary';

/**
 * The decision that scores best from where the case stands, read from the rules: the
 * case clock for triage, the needed checks and questions, then the cheapest resolution the
 * playbook recommends, then a reply that breaks no message rule. Hints and reviews use it.
 */
export function bestDecision(scenario: Scenario, state: SimState): Decision | undefined {
  switch (state.phase) {
    case 'triage':
      return { type: 'triage', ...triageAnswer(scenario, state) };
    case 'act': {
      const needed = neededRevealers(scenario);
      const check = needed.find((r) => isInvestigation(r) && !state.checks.includes(r));
      if (check && isInvestigation(check)) return { type: 'check', check };
      const question = needed.find((r) => isBuyerQuestion(r) && !state.asked.includes(r));
      // Ask only while a round is left for the answer to be used in.
      if (question && state.round < roundLimit(scenario) && state.resolutions.length === 0) return { type: 'resolve', action: { type: question } };
      return { type: 'resolve', action: bestClosing(knownFacts(scenario, state)) };
    }
    case 'reply':
      return { type: 'pick-draft', draft: bestDraftIndex(scenario, state) };
    case 'closed':
      return undefined;
  }
}

const severityCost: Record<Finding['severity'], number> = { error: 100, warning: 10, suggestion: 1 };

/** How much a reply's findings weigh: errors far more than warnings, suggestions least. */
export const findingsWeight = (findings: readonly Finding[]): number => findings.reduce((sum, f) => sum + severityCost[f.severity], 0);

export function bestDraftIndex(scenario: Scenario, state: SimState): number {
  const context = { platform: scenario.platform, caseKind: scenario.facts.kind };
  const weights = draftsFor(scenario, state).map((d) => findingsWeight(checkReply(d.text, context)));
  return weights.indexOf(Math.min(...weights));
}
