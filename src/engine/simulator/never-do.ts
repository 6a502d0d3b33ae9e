import type { Action } from '../actions';
import type { CaseFacts } from '../case';
import { neverDoWhy, type Finding } from '../reply-check';
import { message, type Message, type Words } from '../message';
import { describeChoice, judge } from './playbook-reading';
import type { Policy } from '../policy/policy';

/**
 * Never-dos: decisions the rules forbid outright, an action the playbook calls wrong or a
 * reply with an error-severity finding of the reply checker. Each one fails the case,
 * whatever else went well; scoring lists them with the rule they break.
 */
export interface NeverDo {
  /** Position of the decision in the trace. */
  index: number;
  round: number;
  /** The simulated moment of the decision. */
  at: string;
  step: 'check' | 'resolve' | 'reply';
  /** The rule broken. */
  ruleId: string;
  /** What was done: the action chosen, or the words of the reply that break the rule. */
  did: Message;
  /** Why the rule forbids it: the rule's words for an action, the reply checker's for a reply. */
  why: Words;
}

interface At {
  index: number;
  round: number;
  at: string;
}

/** The facts an action is judged on, in this order: the first that calls it wrong is cited. */
export interface FactsToJudge {
  /** What the trainee had found. */
  found: CaseFacts;
  /** What the checks the rules need would have shown (see knowable-facts.ts). */
  knowable: CaseFacts;
  /** The case as it is, found or not. */
  truth: CaseFacts;
}

const wrongOn = { found: 'sim.neverDoAction', knowable: 'sim.neverDoActionUnchecked', truth: 'sim.neverDoActionUnseen' } as const;

/** An action (or check) the rules call wrong, once per rule that says so. */
export function wrongActionNeverDos(policy: Policy, at: At, step: 'check' | 'resolve', action: Action, facts: FactsToJudge): NeverDo[] {
  for (const on of ['found', 'knowable', 'truth'] as const) {
    const judgement = judge(policy, facts[on], action);
    if (judgement.verdict !== 'wrong') continue;
    const did = message(wrongOn[on], { action: describeChoice(action) });
    const seen = new Set<string>();
    return judgement.citations.flatMap((c) => {
      if (seen.has(c.ruleId)) return [];
      seen.add(c.ruleId);
      return [{ ...at, step, ruleId: c.ruleId, did, why: c.why }];
    });
  }
  return [];
}

/** The longest piece of a reply quoted back in a review. */
const QUOTE_CHARS = 80;

/** Every error-severity finding of a reply, whatever its kind, once per kind and rule. */
export function replyNeverDos(at: At, findings: readonly Finding[]): NeverDo[] {
  const seen = new Set<string>();
  return findings.flatMap((f) => {
    const key = `${f.kind}|${f.ruleId}`;
    if (f.severity !== 'error' || seen.has(key)) return [];
    seen.add(key);
    const text = f.text.trim();
    const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
    const did = quote ? message('sim.neverDoReply', { text: quote }) : message('sim.neverDoReplyUnquoted');
    // The review names the rule apart, so the reason is the explanation without its rule ID.
    const why = neverDoWhy(f);
    if (!why) throw new Error(`reply never-do: the ${f.kind} finding (${f.explanation.code}) is an error whose check has no reason for the review (why)`);
    return [{ ...at, step: 'reply' as const, ruleId: f.ruleId, did, why }];
  });
}
