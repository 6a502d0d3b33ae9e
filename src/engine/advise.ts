import type { Action } from './actions';
import type { CaseFacts } from './case';
import { caseKinds } from './case-kinds';
import { holds, kindsOf, resolve } from './conditions';
import { viewOf } from './facts-view';
import { readableRules } from './readable-rule';
import type { Policy } from './policy/policy';
import type { ActionPattern, Branch, Rule, Verdict, VerdictLevel } from './policy/types';
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

/** A verdict with its action's figures resolved once (per currency, the first time a case in it comes). */
interface ResolvedVerdict {
  verdict: Verdict;
  action: AdvisedAction;
  key: string;
  citation: Citation;
}

interface IndexedBranch {
  rule: Rule;
  branch: Branch;
  verdicts: ResolvedVerdict[];
}

/** Per policy, by currency, then case kind: the branches a case can meet, so it only tries its own; reasons read as a reader sees them, money in the case's currency. */
const branchIndex = new WeakMap<Policy, Map<string, Map<string, IndexedBranch[]>>>();

function branchesOf(policy: Policy, kind: string, currency: string): IndexedBranch[] {
  let byCurrency = branchIndex.get(policy);
  if (!byCurrency) branchIndex.set(policy, (byCurrency = new Map()));
  let byKind = byCurrency.get(currency);
  if (!byKind) {
    const readable = readableRules(policy, currency);
    byKind = new Map(
      caseKinds.map((k) => [
        k,
        readable.flatMap((rule) =>
          (rule.branches ?? [])
            .filter((b) => kindsOf(b.when)?.includes(k) ?? true)
            .map((branch) => ({ rule, branch, verdicts: branch.verdicts.map((verdict) => resolveVerdict(policy, rule, branch, verdict)) })),
        ),
      ]),
    );
    byCurrency.set(currency, byKind);
  }
  return byKind.get(kind) ?? [];
}

function resolveVerdict(policy: Policy, rule: Rule, branch: Branch, verdict: Verdict): ResolvedVerdict {
  const action = advisedAction(policy, verdict.action, rule.id);
  return {
    verdict,
    action,
    key: actionKey(action),
    citation: { ruleId: rule.id, branch: branch.key, why: verdict.why, ...(verdict.fits && { fits: verdict.fits }) },
  };
}

/** A verdict's action pattern with its figures filled in. */
export function advisedAction(policy: Policy, pattern: ActionPattern, owner: string): AdvisedAction {
  const { percentAtMost, percentAbove, ...rest } = pattern;
  return {
    ...rest,
    ...(percentAtMost && { percentAtMost: resolve(policy, percentAtMost, owner).value }),
    ...(percentAbove && { percentAbove: resolve(policy, percentAbove, owner).value }),
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
export function advise(policy: Policy, facts: CaseFacts): Advice {
  const view = viewOf(policy, facts);
  const items = new Map<string, AdviceItem>();
  const ruleIds: string[] = [];
  for (const { rule, branch, verdicts } of branchesOf(policy, facts.kind, facts.order.currency)) {
    if (!holds(policy, branch.when, view, rule.id)) continue;
    if (!ruleIds.includes(rule.id)) ruleIds.push(rule.id);
    for (const { verdict, action, key, citation } of verdicts) {
      // Wrong is kept apart from the positive verdicts so a contradiction stays visible.
      const slot = `${verdict.verdict === 'wrong' ? 'wrong' : 'ok'}:${key}`;
      const item = items.get(slot);
      if (!item) items.set(slot, { key, action, verdict: verdict.verdict, citations: [citation] });
      else {
        item.citations.push(citation);
        if (rank[verdict.verdict] < rank[item.verdict]) item.verdict = verdict.verdict;
      }
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
export function judge(policy: Policy, facts: CaseFacts, action: Action): Judgement {
  const advice = advise(policy, facts);
  for (const verdict of ['wrong', 'recommended', 'acceptable'] as const) {
    const hits = advice[verdict].filter((item) => admits(item.action, action));
    if (hits.length) return { verdict, citations: hits.flatMap((item) => item.citations) };
  }
  return { verdict: 'unjudged', citations: [] };
}
