import type { Message } from '../message';

/**
 * The shapes of the reply checks, apart from both the checks (reply-checks.ts and the files
 * beside it) and the checker that applies them (../reply-check.ts), so each side imports them
 * without importing the other.
 */

export type FindingKind =
  | 'link'
  | 'email'
  | 'competitor'
  | 'order-tone'
  | 'incentive'
  | 'blame'
  | 'feedback-request'
  | 'feedback-change'
  | 'phone'
  | 'off-platform'
  | 'missing-apology'
  | 'missing-solution'
  | 'missing-choices'
  | 'missing-timeframe';

export type Severity = 'error' | 'warning' | 'suggestion';

export interface ReplyPattern {
  source: string;
  flags: '' | 'i';
  /**
   * A cheaper pattern (same flags) that must match somewhere in the draft before this one
   * is run: it keeps a typical draft with no '@' from paying for the e-mail scan.
   */
  needs?: string;
  /**
   * Match scope: German or French words, tried only on a draft written (at least partly) in
   * that language (`languageMarkers` in reply-words.ts), so an English draft does not pay
   * for them.
   */
  lang?: 'de' | 'fr';
}

interface ReplyCheckBase {
  kind: FindingKind;
  ruleId: string;
  scope: 'match' | 'sentence' | 'missing';
  patterns: readonly ReplyPattern[];
  /** sentence scope: a sentence matching any of these is not a finding. */
  unless?: readonly ReplyPattern[];
  /** match scope: a cheap pattern that every finding's sentence holds (a key word of the phrases). */
  near?: ReplyPattern;
  /** Only in messages on these platforms; absent = both. */
  platforms?: readonly ('amazon' | 'ebay')[];
  /** What is wrong, opening with the rule ID ("MSG-4: no links …"); the words are the catalogs' (engine.reply.explanation.<check>). */
  explanation: Message;
  /** How to put it right (engine.reply.fix.<check>). */
  fix: Message;
}

/**
 * A check: an error's finding is a never-do in the simulator, whose review names the rule apart
 * and gives `why`, the explanation without its rule ID (engine.reply.why.<check>).
 */
export type ReplyCheck = ReplyCheckBase & ({ severity: 'error'; why: Message } | { severity: Exclude<Severity, 'error'>; why?: undefined });
