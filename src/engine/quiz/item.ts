import type { CaseFacts, CaseKind } from '../case';
import type { Policy } from '../policy/policy';
import type { Words } from '../message';
import type { Area, Rule } from '../policy/types';
import { hashSeed } from '../simulator/random';
import type { L10n, Lang } from '../text';
import type { QuestionKind } from './result';
import type { QuizSettings } from './settings';

/**
 * A quiz question as the page shows it and the engine scores it. The marked answer always
 * comes from the rules (a figure, a verdict, `advise`, `checkReply`), never from the
 * question's own text.
 */

export interface QuizOption {
  id: string;
  text: L10n;
}

interface ItemBase {
  /** Stable: derived from the seed and what the item asks. */
  id: string;
  kind: QuestionKind;
  area: Area;
  platform: Rule['platform'];
  /** Rule IDs the item tests, the main one first. */
  rules: string[];
  /**
   * Option ID → the rules that option stands for, where options stand for different rules (a
   * decision's wrong options each cite their own). A wrong answer is charged only to the
   * answer's rules and the chosen options' (`rulesCharged`); without it, to every rule.
   */
  optionRules?: Record<string, string[]>;
  prompt: L10n;
  options: QuizOption[];
  /** Option IDs; more than one only where `multiple` is set ("select all that apply"). */
  answer: string[];
  multiple: boolean;
  /** Why the answer is right, from the rule text or the verdicts, figures filled in; a fix-the-reply item's, the reply checker's explanations (a message). */
  explanation: Words;
  /** Where the main rule is explained. */
  handbook: Rule['handbook'];
}

/** Where a fact question comes from, so anyone can check it against the registry. */
export type FactSource =
  { ask: 'figure'; rule: string; figure: string } | { ask: 'recommended' | 'wrong'; rule: string; branch: string } | { ask: 'payer'; rule: string; branch: string };

export interface FactItem extends ItemBase {
  kind: 'fact';
  source: FactSource;
}

export interface DecisionItem extends ItemBase {
  kind: 'decision';
  /** The case the question describes; `advise(policy, facts)` recommends the answer. */
  facts: CaseFacts;
}

export interface FixReplyItem extends ItemBase {
  kind: 'fix-reply';
  /** The drafted buyer message; `checkReply(draft, context)` finds exactly the answer's kinds. */
  draft: string;
  context: { platform: 'amazon' | 'ebay'; problem: true };
}

export interface CaseItem extends ItemBase {
  kind: 'case';
  /** The simulator plays it; options and answer are empty, the simulator's score decides. */
  case: { scenarioId?: string; seed?: number; kind?: CaseKind };
}

export type QuizItem = FactItem | DecisionItem | FixReplyItem | CaseItem;

export interface Quiz {
  /** The same settings, seed included, give the same ID and the same items. */
  id: string;
  settings: QuizSettings;
  items: QuizItem[];
  /** Questions fewer than `settings.count`: the filters left too small a pool. */
  shortfall: number;
}

/** An item ID from the seed and a key naming what the item asks: stable across builds of the page. */
export const itemIdOf = (kind: QuestionKind, seed: string, key: string): string => `${kind}-${hashSeed('quiz-item', seed, key).toString(36)}`;

/** Area, platform and handbook link of an item whose main rule is `ruleId`. */
export function ruleFields(policy: Policy, ruleId: string): Pick<ItemBase, 'area' | 'platform' | 'handbook'> {
  const rule = policy.ruleOf(ruleId);
  return { area: rule.area, platform: rule.platform, handbook: rule.handbook };
}

/** How many options a single-choice question offers at a difficulty. */
export const optionCount = (difficulty: QuizSettings['difficulty']): number => 2 + difficulty;

/** Text in both languages from one function of the language. */
export const both = (text: (lang: Lang) => string): L10n => ({ en: text('en'), 'zh-cn': text('zh-cn') });

/**
 * The engine's messages in both languages (an action's name), from the catalogs the caller has:
 * `sayBoth` in Node, the strings a page hands its quiz in the browser. An item keeps its texts in
 * both languages, as it is stored and as its ID was always made from.
 */
export type SayBoth = (words: Words) => L10n;

/** Options with no text repeated in either language; earlier ones win, so put the answer first. */
export function distinctOptions(options: readonly QuizOption[]): QuizOption[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const texts = [`en:${option.text.en}`, `zh:${option.text['zh-cn']}`];
    if (texts.some((t) => seen.has(t))) return false;
    texts.forEach((t) => seen.add(t));
    return true;
  });
}
