import type { Action } from '../actions';
import type { Citation } from '../advise';
import type { Finding } from '../reply-check';
import type { L10n } from '../text';
import { describeChoice } from './playbook-reading';
import { fill, words } from './words';

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
  step: 'resolve' | 'reply';
  /** The rule broken. */
  ruleId: string;
  /** What was done: the action chosen, or the words of the reply that break the rule. */
  did: L10n;
  /** Why the rule forbids it, in the rule's words. */
  why: L10n;
}

interface At {
  index: number;
  round: number;
  at: string;
}

/**
 * An action the rules call wrong, once per rule that says so. `unchecked`: wrong on what the
 * checks the trainee skipped would have shown, not on what they had found.
 */
export function wrongActionNeverDos(at: At, action: Action, citations: readonly Citation[], unchecked: boolean): NeverDo[] {
  const did = fill(unchecked ? words.neverDoActionUnchecked : words.neverDoAction, { action: describeChoice(action) });
  const seen = new Set<string>();
  return citations.flatMap((c) => {
    if (seen.has(c.ruleId)) return [];
    seen.add(c.ruleId);
    return [{ ...at, step: 'resolve' as const, ruleId: c.ruleId, did, why: c.why }];
  });
}

/** A checker's explanation opens with its rule ID ("MSG-4: no links …"); a never-do names the rule apart. */
function withoutRuleId(text: string): string {
  const rest = text.replace(/^[A-Z]+(?:-[A-Z0-9]+)+\s*[:：]\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
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
    const did = quote ? fill(words.neverDoReply, { text: quote }) : words.neverDoReplyUnquoted;
    const why = { en: withoutRuleId(f.explanation.en), 'zh-cn': withoutRuleId(f.explanation['zh-cn']) };
    return [{ ...at, step: 'reply' as const, ruleId: f.ruleId, did, why }];
  });
}
