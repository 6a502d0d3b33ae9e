import type { Action } from './actions';
import type { CaseFacts } from './case';
import { holds, resolve } from './conditions';
import { viewOf, type FactsView } from './facts-view';
import { rules } from './policy/registry';
import type { ActionPattern, Rule, Verdict, VerdictLevel } from './policy/types';
import type { L10n } from './text';

/** An action as advice names it: the pattern with its figures filled in. */
export interface AdvisedAction {
  type: Action['type'];
  percentAtMost?: number;
  percentAbove?: number;
  payer?: Action['payer'];
  reason?: ActionPattern['reason'];
  ground?: ActionPattern['ground'];
}

export interface Citation {
  ruleId: string;
  branch: string;
  why: L10n;
  fits?: L10n;
}

export interface AdviceItem {
  /** Stable identity of the action with its parameters, e.g. `partial-refund|<=35`. */
  key: string;
  action: AdvisedAction;
  verdict: VerdictLevel;
  citations: Citation[];
}

export interface Advice {
  recommended: AdviceItem[];
  acceptable: AdviceItem[];
  wrong: AdviceItem[];
  /** Every rule with a branch that applies to the case, in playbook order. */
  ruleIds: string[];
}

interface Applied {
  rule: Rule;
  branch: string;
  verdict: Verdict;
}

/** Every verdict of every branch that holds for the case, in playbook order. */
function appliedVerdicts(view: FactsView): Applied[] {
  const applied: Applied[] = [];
  for (const rule of rules)
    for (const branch of rule.branches ?? [])
      if (holds(branch.when, view, rule.id))
        for (const verdict of branch.verdicts) applied.push({ rule, branch: branch.key, verdict });
  return applied;
}

function advisedAction(pattern: ActionPattern, owner: string): AdvisedAction {
  const { percentAtMost, percentAbove, ...rest } = pattern;
  return {
    ...rest,
    ...(percentAtMost && { percentAtMost: resolve(percentAtMost, owner).value }),
    ...(percentAbove && { percentAbove: resolve(percentAbove, owner).value }),
  };
}

export function actionKey(action: AdvisedAction): string {
  const parts: string[] = [action.type];
  if (action.percentAtMost !== undefined) parts.push(`<=${action.percentAtMost}`);
  if (action.percentAbove !== undefined) parts.push(`>${action.percentAbove}`);
  if (action.payer) parts.push(`payer=${action.payer}`);
  if (action.reason) parts.push(`reason=${[...action.reason].sort().join(',')}`);
  if (action.ground) parts.push(`ground=${[...action.ground].sort().join(',')}`);
  return parts.join('|');
}

const rank: Record<VerdictLevel, number> = { recommended: 0, acceptable: 1, wrong: 2 };

/**
 * What the playbook says for a case: recommended actions, then acceptable ones, then wrong
 * ones, each citing the rules that say so. Where two sources accept different approaches,
 * both are recommended and each says when it fits.
 */
export function advise(facts: CaseFacts): Advice {
  const items = new Map<string, AdviceItem>();
  const ruleIds: string[] = [];
  for (const { rule, branch, verdict } of appliedVerdicts(viewOf(facts))) {
    if (!ruleIds.includes(rule.id)) ruleIds.push(rule.id);
    const action = advisedAction(verdict.action, rule.id);
    // Wrong is kept apart from the positive verdicts so a contradiction stays visible.
    const key = `${verdict.verdict === 'wrong' ? 'wrong' : 'ok'}:${actionKey(action)}`;
    const citation: Citation = { ruleId: rule.id, branch, why: verdict.why, ...(verdict.fits && { fits: verdict.fits }) };
    const item = items.get(key);
    if (!item) items.set(key, { key: actionKey(action), action, verdict: verdict.verdict, citations: [citation] });
    else {
      item.citations.push(citation);
      if (rank[verdict.verdict] < rank[item.verdict]) item.verdict = verdict.verdict;
    }
  }
  const all = [...items.values()];
  return {
    recommended: all.filter((i) => i.verdict === 'recommended'),
    acceptable: all.filter((i) => i.verdict === 'acceptable'),
    wrong: all.filter((i) => i.verdict === 'wrong'),
    ruleIds,
  };
}

/** Whether a concrete action (a 20% partial refund) is one that an advice item speaks about. */
export function admits(advised: AdvisedAction, action: Action): boolean {
  if (advised.type !== action.type) return false;
  if (advised.percentAtMost !== undefined && !(action.percent !== undefined && action.percent <= advised.percentAtMost)) return false;
  if (advised.percentAbove !== undefined && !(action.percent !== undefined && action.percent > advised.percentAbove)) return false;
  if (advised.payer && advised.payer !== action.payer) return false;
  if (advised.reason && !(action.reason && advised.reason.includes(action.reason))) return false;
  if (advised.ground && !(action.ground && advised.ground.includes(action.ground))) return false;
  return true;
}

export interface Judgement {
  verdict: VerdictLevel | 'unjudged';
  citations: Citation[];
}

/**
 * How the playbook judges one concrete action for a case: wrong if any rule says so, else
 * the best verdict given, else unjudged. The simulator scores each choice with it.
 */
export function judge(facts: CaseFacts, action: Action): Judgement {
  const advice = advise(facts);
  for (const verdict of ['wrong', 'recommended', 'acceptable'] as const) {
    const hits = advice[verdict].filter((item) => admits(item.action, action));
    if (hits.length) return { verdict, citations: hits.flatMap((item) => item.citations) };
  }
  return { verdict: 'unjudged', citations: [] };
}
